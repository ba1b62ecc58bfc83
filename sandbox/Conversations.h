#pragma once
// Listings, conversations and messages: the queries behind the REST API, and the
// contract's JSON shapes for them (always from one viewer's side: unread_count is
// what that viewer has not read).
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <optional>

namespace envisage::sandbox {

class Accounts;

struct ConversationRecord
{
    qint64 id = 0;
    qint64 listingId = 0;
    qint64 buyerId = 0;
    qint64 sellerId = 0;
    qint64 updatedAt = 0;

    bool hasParticipant(qint64 userId) const { return userId == buyerId || userId == sellerId; }
    qint64 counterpartOf(qint64 userId) const { return userId == buyerId ? sellerId : buyerId; }
};

struct MessageRecord
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 senderId = 0;
    QString senderName;
    QString senderAvatarUrl;
    QString body;
    QString clientId;
    qint64 createdAt = 0;
    QVariant readAt;
    QJsonArray attachments; // Attachment JSON, in order (marketplace-api.md §4)
};

// A message read from the keyset of the messages table. Newer = larger id.
struct MessagePage
{
    QList<MessageRecord> messages; // newest first
    bool hasOlder = false;
    bool hasNewer = false;
};

struct InsertResult
{
    MessageRecord message;
    bool created = false; // false: this sender already stored the client_id in this conversation
};

class Conversations
{
public:
    Conversations(QSqlDatabase db, Accounts &accounts) : m_db(db), m_accounts(accounts) {}

    std::optional<qint64> createListing(qint64 sellerId, const QString &title, const QString &price,
                                        const QString &currency, const QString &imageUrl = {});
    std::optional<qint64> sellerOfListing(qint64 listingId) const;
    // The buyer's conversation about the listing, created when there is none yet.
    std::optional<qint64> conversationFor(qint64 listingId, qint64 buyerId, qint64 atMs);

    std::optional<ConversationRecord> conversation(qint64 id) const;
    // One page of the user's conversations, newest activity first, and the total.
    QList<qint64> conversationIdsForUser(qint64 userId, int offset, int limit) const;
    int conversationCountForUser(qint64 userId) const;

    // Messages older than beforeId (or the newest when 0), newest first.
    MessagePage messagesBefore(qint64 conversationId, qint64 beforeId, int limit) const;
    // Messages newer than afterId, newest first (the "previous" cursor direction).
    MessagePage messagesNewerThan(qint64 conversationId, qint64 afterId, int limit) const;
    // Catch-up after a reconnect: oldest first.
    QList<MessageRecord> messagesAfter(qint64 conversationId, qint64 afterId, int limit) const;

    // The sender's message with this client_id in the conversation (a resend).
    std::optional<MessageRecord> messageByClientId(qint64 conversationId, qint64 senderId,
                                                   const QString &clientId) const;
    InsertResult insertMessage(qint64 conversationId, qint64 senderId, const QString &body,
                               const QString &clientId, qint64 atMs);
    // Marks the counterpart's messages up to lastReadId as read; returns how many changed.
    int markRead(qint64 conversationId, qint64 readerId, qint64 lastReadId, qint64 atMs);
    bool messageBelongsTo(qint64 messageId, qint64 conversationId) const;

    QJsonObject conversationJson(const ConversationRecord &conversation, qint64 viewerId) const;
    static QJsonObject messageJson(const MessageRecord &message);

private:
    std::optional<MessageRecord> message(qint64 id) const;
    std::optional<MessageRecord> lastMessage(qint64 conversationId) const;
    int unreadCount(qint64 conversationId, qint64 viewerId) const;
    QJsonObject listingJson(qint64 listingId) const;
    QList<MessageRecord> selectMessages(const QString &where, const QVariantList &values,
                                        const QString &order, int limit) const;

    QSqlDatabase m_db;
    Accounts &m_accounts;
};

} // namespace envisage::sandbox
