#pragma once
// Capped exponential backoff with jitter, for reconnects and request retries: attempt n waits a random time
// in [d/2, d] where d = min(max, base · 2ⁿ). The jitter spreads a crowd of clients
// that lost the same server; the floor of d/2 keeps the growth.
#include <chrono>
#include <functional>

namespace envisage {

class Backoff
{
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    Backoff(std::chrono::milliseconds base, std::chrono::milliseconds max,
                     Random random = {});

    std::chrono::milliseconds next();
    // The un-jittered delay the next call will draw from.
    std::chrono::milliseconds ceiling() const;
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_max;
    Random m_random;
    int m_attempt = 0;
};

} // namespace envisage
