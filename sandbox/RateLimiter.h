#pragma once
// Laravel's RateLimiter: a fixed window per key that opens at the first hit.
#include "Timestamps.h"

#include <QHash>
#include <QString>

namespace envisage::sandbox {

class RateLimiter
{
public:
    explicit RateLimiter(Clock clock);

    // Counts a hit; returns false when the key already used its maxAttempts.
    bool hit(const QString &key, int maxAttempts, int decaySeconds);
    bool tooManyAttempts(const QString &key, int maxAttempts) const;
    int remaining(const QString &key, int maxAttempts) const;
    // Seconds until the window of `key` closes (what Retry-After says).
    int availableIn(const QString &key) const;
    void clear(const QString &key);

private:
    struct Window
    {
        qint64 endsAtMs = 0;
        int attempts = 0;
    };
    const Window *activeWindow(const QString &key) const;

    Clock m_clock;
    QHash<QString, Window> m_windows;
};

} // namespace envisage::sandbox
