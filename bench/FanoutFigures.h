#pragma once
// What bench-sandbox-fanout measured, and how it is printed: a Markdown table for people
// and one JSON line that docs/benchmarks.md and scripts can quote.
#include "Figures.h"

#include <QtGlobal>

#include <cmath>

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
    Percentiles latency;       // from just before a message's POST to each delivery
    Percentiles postRoundTrip; // from just before a POST to its answer
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

void printFigures(const FanoutFigures &figures);

} // namespace envisage::bench
