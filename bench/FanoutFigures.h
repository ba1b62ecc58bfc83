#pragma once
// What bench-sandbox-fanout measured, and how it is printed: a Markdown table for people
// and one JSON line that docs/benchmarks.md and scripts can quote. The percentile, table
// and JSON helpers serve bench-realtime-burst (BurstFigures) too.
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QtGlobal>

#include <cmath>
#include <vector>

namespace envisage::bench {

struct FanoutFigures
{
    int subscribers = 0;
    int messages = 0;
    double rate = 0; // POSTs per second asked for; 0 = as fast as answered
    int maxPostsInFlight = 0;
    qint64 delivered = 0;
    qint64 expected = 0;
    qint64 duplicates = 0;
    // NAN where nothing was measured (printed as n/a and null).
    double p50Ms = NAN, p90Ms = NAN, p99Ms = NAN, maxMs = NAN;
    double postRoundTripP50Ms = NAN;
    double deliveriesPerSecond = NAN;
    double messagesPerSecond = NAN;
    double subscribeSeconds = NAN;
    double postSeconds = NAN;
    double wallSeconds = NAN;
    qint64 sandboxPeakRssKiB = -1;
    // Whole run, setup included: where the two processes' CPU went.
    double sandboxCpuSeconds = NAN;
    double benchCpuSeconds = NAN;
};

// Nearest-rank percentile of sorted nanoseconds, in milliseconds; NAN when empty.
double percentileMs(const std::vector<qint64> &sortedNs, double percent);

void printFigures(const FanoutFigures &figures);

// A Markdown table; rows[0] is the header. Columns are at least minWidths[i] characters wide
// (counted in characters, so "×" or "→" do not shift the bars).
void printTable(const QList<QStringList> &rows, const QList<int> &minWidths = {});
// value rounded to `decimals` places for a JSON line; null when NAN (nothing measured).
QJsonValue jsonNumber(double value, int decimals);

} // namespace envisage::bench
