#pragma once
// This process's user + system CPU time in seconds, all threads: what getrusage(RUSAGE_SELF)
// says, which is also what node's process.cpuUsage() reads for the pusher-js peer.
#include <cmath>
#include <sys/resource.h>

namespace envisage::bench {

inline double ownCpuSeconds()
{
    rusage usage{};
    if (::getrusage(RUSAGE_SELF, &usage) != 0)
        return NAN;
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace envisage::bench
