#pragma once
// Laravel's RateLimiter: a fixed window per key that opens at the first hit.
// Clients choose the keys (sign-in is keyed by email), so memory is bounded: windows
// that ended are dropped whenever a new one opens, and at most maxKeys are kept; past
// that, the window that ends first gives way (as in a cache with a size limit).
#include "Timestamps.h"

#include <QHash>
#include <QString>
#include <map>

namespace envisage::sandbox {

class RateLimiter
{
public:
    static constexpr int DefaultMaxKeys = 10000;

    explicit RateLimiter(Clock clock, int maxKeys = DefaultMaxKeys);
    Q_DISABLE_COPY_MOVE(RateLimiter) // windows keep iterators into m_byEnd

    // Counts a hit; returns false when the key already used its maxAttempts.
    bool hit(const QString &key, int maxAttempts, int decaySeconds);
    bool tooManyAttempts(const QString &key, int maxAttempts) const;
    int remaining(const QString &key, int maxAttempts) const;
    // Seconds until the window of `key` closes (what Retry-After says).
    int availableIn(const QString &key) const;
    void clear(const QString &key);
    // How many keys have a window in memory.
    int trackedKeys() const { return int(m_windows.size()); }

private:
    // Windows by the time they end, so that ended ones and the first to end are found
    // without a scan.
    using EndIndex = std::multimap<qint64, QString>;
    struct Window
    {
        qint64 endsAtMs = 0;
        int attempts = 0;
        EndIndex::iterator inIndex;
    };
    const Window *activeWindow(const QString &key) const;
    void forget(const QString &key);
    // Before a new window opens: drops the ended ones, then the first to end if full.
    void makeRoom(qint64 nowMs);

    Clock m_clock;
    int m_maxKeys;
    QHash<QString, Window> m_windows;
    EndIndex m_byEnd;
};

} // namespace envisage::sandbox
