#pragma once
// The broadcasts of the contract's channel table (marketplace-api.md §3), built from
// the stored records and published through the Pusher server. Every event goes
// toOthers(): the connection named by X-Socket-ID is left out.
#include <QJsonArray>
#include <QString>

namespace envisage::sandbox {

class Accounts;
class Conversations;
class PusherServer;
struct ConversationRecord;
struct MessageRecord;
struct UserRecord;

class MarketplaceEvents
{
public:
    MarketplaceEvents(PusherServer &server, Conversations &conversations)
        : m_server(server), m_conversations(conversations)
    {
    }

    static QString conversationChannel(qint64 conversationId);
    static QString userChannel(qint64 userId);
    static constexpr auto PresenceChannel = "presence-online";

    // message.sent on the conversation, conversation.updated to both participants.
    void messageSent(const ConversationRecord &conversation, const MessageRecord &message,
                     const QString &exceptSocketId);
    void userTyping(qint64 conversationId, const UserRecord &user, const QString &exceptSocketId);
    void messagesRead(const ConversationRecord &conversation, qint64 readerId, qint64 lastReadId,
                      qint64 readAtMs, const QString &exceptSocketId);
    void conversationUpdated(const ConversationRecord &conversation, qint64 forUserId,
                             const QString &exceptSocketId);
    // saved-replies.updated {"data":[SavedReply…]} on the owner's channel (§5).
    void savedRepliesUpdated(qint64 userId, const QJsonArray &replies,
                             const QString &exceptSocketId);

private:
    PusherServer &m_server;
    Conversations &m_conversations;
};

} // namespace envisage::sandbox
