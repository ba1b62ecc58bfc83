#include "RateLimiter.h"

#include <cmath>

namespace envisage::sandbox {

RateLimiter::RateLimiter(Clock clock, int maxKeys)
    : m_clock(std::move(clock)), m_maxKeys(std::max(1, maxKeys))
{
}

void RateLimiter::forget(const QString &key)
{
    const auto it = m_windows.find(key);
    if (it == m_windows.end())
        return;
    m_byEnd.erase(it->inIndex);
    m_windows.erase(it);
}

void RateLimiter::makeRoom(qint64 nowMs)
{
    while (!m_byEnd.empty() && (m_byEnd.begin()->first <= nowMs || m_windows.size() >= m_maxKeys)) {
        m_windows.remove(m_byEnd.begin()->second);
        m_byEnd.erase(m_byEnd.begin());
    }
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
    if (!activeWindow(key)) {
        const qint64 now = m_clock();
        forget(key);
        makeRoom(now);
        const qint64 endsAt = now + qint64(decaySeconds) * 1000;
        m_windows.insert(key, Window{endsAt, 0, m_byEnd.emplace(endsAt, key)});
    }
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
    forget(key);
}

} // namespace envisage::sandbox
