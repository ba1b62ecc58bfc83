#pragma once
// What bench-e2e-latency measured, and how it is printed: a Markdown table for people and
// one JSON line that docs/benchmarks.md quotes.
#include "BuyerPosts.h"
#include "Figures.h"

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

#include <cmath>
#include <optional>
#include <vector>

namespace envisage::bench::e2e {

inline constexpr double TargetRate = 10;  // messages per second
inline constexpr double TargetP99Ms = 20; // POST → bubble painted

struct E2eFigures
{
    int messages = 0;
    double rate = 0; // POSTs per second asked for; 0 = as fast as answered
    int painted = 0;
    int scrolledPast = 0; // the list moved past it before a paint drew it
    int notShown = 0;
    int bubblePaints = 0; // paints of the message list that drew new bubbles
    // Per message, on CLOCK_MONOTONIC; NAN where nothing was measured.
    Percentiles postToPainted;
    Percentiles postToPaintedFirstTenth; // the first 10% of the messages posted
    Percentiles postToPaintedLastTenth;  // the last 10%: the model holds more rows by then
    Percentiles postToArrived;           // to InboxSession::messageReceived
    Percentiles arrivedToInModel;        // to the row in the view's model
    Percentiles inModelToPainted;        // to the end of the paint that drew the bubble
    PostFigures posts;
    // The window's process: from "ready" to the last bubble plus the tail.
    double windowCpuSeconds = NAN;
    double windowCpuMsPerMessage = NAN;
    double windowIdleCpuMsPerSecond = NAN; // while it settled, before the first POST
    int tailMs = 0;
    int rowsAtEnd = 0;
    qint64 windowRssKiB = -1;
    qint64 windowPeakRssKiB = -1;
    int connectionChanges = 0;
    bool activeWindow = false;
    QString platform;
    // The other processes, from the first POST to the window's summary.
    double sandboxCpuSeconds = NAN;
    double buyerCpuSeconds = NAN;
    double wallSeconds = NAN;

    // Only a run at the target's rate can meet it or not.
    std::optional<bool> targetMet() const;
};

// From the window's summary and each message's send time (monotonicNs(), -1 if not sent).
E2eFigures e2eFigures(const QJsonObject &summary, const std::vector<qint64> &sentNs);
void printFigures(const E2eFigures &figures);

} // namespace envisage::bench::e2e
