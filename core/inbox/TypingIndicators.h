#pragma once
// "Ada is typing…" for every conversation: who is typing where (TypingTracker), ended
// 5 s after their last signal, at once when their message arrives, and for everyone
// when the connection drops. Each change reaches the conversation list and changed().
#include "Typing.h"

#include <QObject>
#include <QTimer>

namespace envisage::inbox {

class ConversationListModel;

class TypingIndicators : public QObject
{
    Q_OBJECT
public:
    TypingIndicators(Clock clock, ConversationListModel &list, QObject *parent = nullptr);

    void typingReceived(qint64 conversationId, qint64 userId, const QString &name);
    void messageReceived(qint64 conversationId, qint64 senderId);
    // No typing news can arrive (the connection dropped): nobody is typing any more.
    void clear();
    QStringList typists(qint64 conversationId) const { return m_tracker.typists(conversationId); }

Q_SIGNALS:
    void changed(qint64 conversationId, const QStringList &names);

private:
    void publish(qint64 conversationId);
    void scheduleExpiry();

    TypingTracker m_tracker;
    ConversationListModel &m_list;
    QTimer m_expiry;
};

} // namespace envisage::inbox
