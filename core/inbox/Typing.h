#pragma once
// Typing indicators both ways (marketplace-api.md §3), on an injectable clock so they
// are tested without sleeping.
//  - TypingThrottle: while the seller types, at most one typing signal every 2 s per
//    conversation; nothing once they stop.
//  - TypingTracker: who is typing where; an entry ends 5 s after that person's last
//    typing event, or at once when their message arrives.
#include <QHash>
#include <QList>
#include <QString>
#include <functional>

namespace envisage::inbox {

using Clock = std::function<qint64()>; // milliseconds, monotonic enough for intervals

class TypingThrottle
{
public:
    static constexpr qint64 IntervalMs = 2000;

    explicit TypingThrottle(Clock clock) : m_clock(std::move(clock)) {}
    // A keystroke: true when a typing signal should go out now.
    bool keystroke(qint64 conversationId);
    // The message was sent or the text cleared: the next keystroke signals at once.
    void reset(qint64 conversationId) { m_lastSent.remove(conversationId); }

private:
    Clock m_clock;
    QHash<qint64, qint64> m_lastSent;
};

class TypingTracker
{
public:
    static constexpr qint64 ExpiryMs = 5000;

    explicit TypingTracker(Clock clock) : m_clock(std::move(clock)) {}

    // Each returns true when the conversation's typists changed.
    bool typingReceived(qint64 conversationId, qint64 userId, const QString &name);
    bool messageReceived(qint64 conversationId, qint64 senderId);
    // Drops expired entries; returns the conversations whose typists changed.
    QList<qint64> expire();
    // Forgets everyone (the connection dropped: no typing news can arrive); returns
    // the conversations that had typists.
    QList<qint64> clear();

    QStringList typists(qint64 conversationId) const;
    // Milliseconds until the next entry expires, or -1 when nobody is typing.
    qint64 nextExpiryIn() const;

private:
    struct Typist
    {
        qint64 userId;
        QString name;
        qint64 lastSeen;
    };
    Clock m_clock;
    QHash<qint64, QList<Typist>> m_typing;
};

} // namespace envisage::inbox
