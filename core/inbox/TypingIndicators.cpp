#include "TypingIndicators.h"

#include "ConversationListModel.h"

namespace envisage::inbox {

TypingIndicators::TypingIndicators(Clock clock, ConversationListModel &list, QObject *parent)
    : QObject(parent), m_tracker(std::move(clock)), m_list(list)
{
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, [this] {
        for (qint64 conversationId : m_tracker.expire())
            publish(conversationId);
        scheduleExpiry();
    });
}

void TypingIndicators::typingReceived(qint64 conversationId, qint64 userId, const QString &name)
{
    if (m_tracker.typingReceived(conversationId, userId, name))
        publish(conversationId);
    scheduleExpiry();
}

void TypingIndicators::messageReceived(qint64 conversationId, qint64 senderId)
{
    if (m_tracker.messageReceived(conversationId, senderId))
        publish(conversationId);
}

void TypingIndicators::clear()
{
    for (qint64 conversationId : m_tracker.clear())
        publish(conversationId);
    scheduleExpiry();
}

void TypingIndicators::publish(qint64 conversationId)
{
    const QStringList names = m_tracker.typists(conversationId);
    m_list.setTyping(conversationId, names);
    Q_EMIT changed(conversationId, names);
}

void TypingIndicators::scheduleExpiry()
{
    const qint64 next = m_tracker.nextExpiryIn();
    if (next < 0)
        m_expiry.stop();
    else
        m_expiry.start(int(next) + 1);
}

} // namespace envisage::inbox
