#pragma once
// What bench-realtime-burst measured, and how it is printed: one table per client side by
// side with the ratio ours ÷ pusher-js, one table for the publishing side, and one JSON
// line that docs/benchmarks.md quotes.
#include "Figures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <cmath>
#include <vector>

namespace envisage::bench {

inline constexpr QStringView OurClientName = u"envisage";
inline constexpr QStringView PusherJsName = u"pusher-js";

struct ClientFigures
{
    QString name;
    qint64 received = 0;
    qint64 duplicates = 0;
    qint64 unknown = 0;
    bool endSeen = false;
    int disconnects = 0;
    QJsonArray errors;
    // NAN where nothing was measured (printed as n/a and null).
    double eventsPerSecond = NAN; // from the client's first to its last receipt
    Percentiles latency;          // publish → handler
    double cpuSeconds = NAN;      // from subscribed to the end marker
    double eventsPerCpuSecond = NAN;
    double processCpuSeconds = NAN; // the whole process, start-up included
};

// From a subscriber's {"event":"summary",…} line.
ClientFigures clientFigures(const QString &name, const QJsonObject &summary);

struct BurstFigures
{
    int events = 0;
    int batch = 0;
    int inFlight = 0;
    double publishedPerSecond = NAN; // events over first request → last answer
    double publishSeconds = NAN;
    Percentiles roundTrip;            // of a batch_events request
    double sandboxCpuSeconds = NAN;   // during the burst
    double publisherCpuSeconds = NAN; // during the burst
    double wallSeconds = NAN;
    std::vector<ClientFigures> clients;
};

void printFigures(const BurstFigures &figures);

} // namespace envisage::bench
