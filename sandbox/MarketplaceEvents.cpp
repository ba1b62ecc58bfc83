#include "MarketplaceEvents.h"

#include "Accounts.h"
#include "Conversations.h"
#include "PusherServer.h"
#include "Timestamps.h"

#include <QJsonDocument>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

namespace {
QString jsonString(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

QString MarketplaceEvents::conversationChannel(qint64 conversationId)
{
    return u"private-conversation.%1"_s.arg(conversationId);
}

QString MarketplaceEvents::userChannel(qint64 userId)
{
    return u"private-App.Models.User.%1"_s.arg(userId);
}

void MarketplaceEvents::messageSent(const ConversationRecord &conversation,
                                    const MessageRecord &message, const QString &exceptSocketId)
{
    m_server.publish({conversationChannel(conversation.id)}, u"message.sent"_s,
                     jsonString(Conversations::messageJson(message)), exceptSocketId);
    const std::optional<ConversationRecord> updated = m_conversations.conversation(conversation.id);
    conversationUpdated(updated.value_or(conversation), conversation.buyerId, exceptSocketId);
    conversationUpdated(updated.value_or(conversation), conversation.sellerId, exceptSocketId);
}

void MarketplaceEvents::userTyping(qint64 conversationId, const UserRecord &user,
                                   const QString &exceptSocketId)
{
    m_server.publish({conversationChannel(conversationId)}, u"user.typing"_s,
                     jsonString({{u"user_id"_s, user.id}, {u"user_name"_s, user.name}}),
                     exceptSocketId);
}

void MarketplaceEvents::messagesRead(const ConversationRecord &conversation, qint64 readerId,
                                     qint64 lastReadId, qint64 readAtMs,
                                     const QString &exceptSocketId)
{
    m_server.publish({conversationChannel(conversation.id)}, u"messages.read"_s,
                     jsonString({{u"user_id"_s, readerId},
                                 {u"last_read_message_id"_s, lastReadId},
                                 {u"read_at"_s, isoTimestamp(readAtMs)}}),
                     exceptSocketId);
    // The reader's other devices learn the new unread count.
    conversationUpdated(conversation, readerId, exceptSocketId);
}

void MarketplaceEvents::conversationUpdated(const ConversationRecord &conversation,
                                            qint64 forUserId, const QString &exceptSocketId)
{
    m_server.publish({userChannel(forUserId)}, u"conversation.updated"_s,
                     jsonString(m_conversations.conversationJson(conversation, forUserId)),
                     exceptSocketId);
}

void MarketplaceEvents::savedRepliesUpdated(qint64 userId, const QJsonArray &replies,
                                            const QString &exceptSocketId)
{
    m_server.publish({userChannel(userId)}, u"saved-replies.updated"_s,
                     jsonString({{u"data"_s, replies}}), exceptSocketId);
}

} // namespace envisage::sandbox
