#pragma once
// CLOCK_MONOTONIC (std::steady_clock on Linux), which every process on the machine shares:
// a parent and the child it spawned, a publisher and its subscribers (node's
// process.hrtime too) read one clock, so a time taken in one process can be subtracted
// from a time taken in another.
#include <QtGlobal>

#include <chrono>

namespace envisage::bench {

inline qint64 monotonicNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count();
}

// Whole microseconds: exact in a JSON number (a double) for centuries of uptime.
inline qint64 monotonicMicroseconds()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace envisage::bench
