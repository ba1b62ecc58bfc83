#include "RateLimiter.h"

#include <cmath>

namespace envisage::sandbox {

RateLimiter::RateLimiter(Clock clock)
    : m_clock(std::move(clock))
{
}

const RateLimiter::Window *RateLimiter::activeWindow(const QString &key) const
{
    const auto it = m_windows.constFind(key);
    if (it == m_windows.constEnd() || it->endsAtMs <= m_clock())
        return nullptr;
    return &*it;
}

bool RateLimiter::hit(const QString &key, int maxAttempts, int decaySeconds)
{
    if (tooManyAttempts(key, maxAttempts))
        return false;
    if (!activeWindow(key))
        m_windows.insert(key, Window{m_clock() + qint64(decaySeconds) * 1000, 0});
    ++m_windows[key].attempts;
    return true;
}

bool RateLimiter::tooManyAttempts(const QString &key, int maxAttempts) const
{
    const Window *window = activeWindow(key);
    return window && window->attempts >= maxAttempts;
}

int RateLimiter::remaining(const QString &key, int maxAttempts) const
{
    const Window *window = activeWindow(key);
    return std::max(0, maxAttempts - (window ? window->attempts : 0));
}

int RateLimiter::availableIn(const QString &key) const
{
    const Window *window = activeWindow(key);
    if (!window)
        return 0;
    return int(std::ceil(double(window->endsAtMs - m_clock()) / 1000.0));
}

void RateLimiter::clear(const QString &key)
{
    m_windows.remove(key);
}

} // namespace envisage::sandbox
