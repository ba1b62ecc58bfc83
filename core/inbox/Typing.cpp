#include "Typing.h"

#include <QStringList>

namespace envisage::inbox {

bool TypingThrottle::keystroke(qint64 conversationId)
{
    const qint64 now = m_clock();
    const auto last = m_lastSent.constFind(conversationId);
    if (last != m_lastSent.constEnd() && now - *last < IntervalMs)
        return false;
    m_lastSent.insert(conversationId, now);
    return true;
}

bool TypingTracker::typingReceived(qint64 conversationId, qint64 userId, const QString &name)
{
    QList<Typist> &typists = m_typing[conversationId];
    for (Typist &typist : typists) {
        if (typist.userId == userId) {
            typist.lastSeen = m_clock();
            typist.name = name;
            return false;
        }
    }
    typists.append({userId, name, m_clock()});
    return true;
}

bool TypingTracker::messageReceived(qint64 conversationId, qint64 senderId)
{
    auto it = m_typing.find(conversationId);
    if (it == m_typing.end())
        return false;
    const qsizetype removed = it->removeIf([senderId](const Typist &t) { return t.userId == senderId; });
    if (it->isEmpty())
        m_typing.erase(it);
    return removed > 0;
}

QList<qint64> TypingTracker::expire()
{
    const qint64 now = m_clock();
    QList<qint64> changed;
    for (auto it = m_typing.begin(); it != m_typing.end();) {
        if (it->removeIf([now](const Typist &t) { return now - t.lastSeen >= ExpiryMs; }) > 0)
            changed.append(it.key());
        it = it->isEmpty() ? m_typing.erase(it) : std::next(it);
    }
    return changed;
}

QList<qint64> TypingTracker::clear()
{
    const QList<qint64> changed = m_typing.keys();
    m_typing.clear();
    return changed;
}

QStringList TypingTracker::typists(qint64 conversationId) const
{
    QStringList names;
    for (const Typist &typist : m_typing.value(conversationId))
        names.append(typist.name);
    return names;
}

qint64 TypingTracker::nextExpiryIn() const
{
    qint64 soonest = -1;
    const qint64 now = m_clock();
    for (const QList<Typist> &typists : m_typing) {
        for (const Typist &typist : typists) {
            const qint64 left = std::max<qint64>(0, ExpiryMs - (now - typist.lastSeen));
            soonest = soonest < 0 ? left : std::min(soonest, left);
        }
    }
    return soonest;
}

} // namespace envisage::inbox
