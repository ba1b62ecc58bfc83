#include "Conversations.h"

#include "Accounts.h"
#include "Attachments.h"
#include "Logging.h"
#include "Timestamps.h"

#include <QSqlError>
#include <QSqlQuery>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

namespace {

const QString MessageColumns =
    u"m.id, m.conversation_id, m.sender_id, u.name, u.avatar_url, m.body, m.client_id, "
    "m.created_at, m.read_at FROM messages m JOIN users u ON u.id = m.sender_id"_s;

MessageRecord messageFromQuery(const QSqlQuery &query)
{
    MessageRecord message;
    message.id = query.value(0).toLongLong();
    message.conversationId = query.value(1).toLongLong();
    message.senderId = query.value(2).toLongLong();
    message.senderName = query.value(3).toString();
    message.senderAvatarUrl = query.value(4).toString();
    message.body = query.value(5).toString();
    message.clientId = query.value(6).toString();
    message.createdAt = query.value(7).toLongLong();
    message.readAt = query.value(8);
    return message;
}

bool execWith(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcSandboxDb) << "query failed:" << query.lastError().text();
        return false;
    }
    return true;
}

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue::Null : QJsonValue(text);
}

} // namespace

std::optional<qint64> Conversations::createListing(qint64 sellerId, const QString &title,
                                                   const QString &price, const QString &currency,
                                                   const QString &imageUrl)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO listings (seller_id, title, image_url, price, currency) "
                  "VALUES (?, ?, ?, ?, ?)"_s);
    if (!execWith(query, {sellerId, title, imageUrl.isEmpty() ? QVariant() : QVariant(imageUrl),
                          price, currency}))
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

std::optional<qint64> Conversations::sellerOfListing(qint64 listingId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT seller_id FROM listings WHERE id = ?"_s);
    if (!execWith(query, {listingId}) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<qint64> Conversations::conversationFor(qint64 listingId, qint64 buyerId, qint64 atMs)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM conversations WHERE listing_id = ? AND buyer_id = ?"_s);
    if (!execWith(query, {listingId, buyerId}))
        return std::nullopt;
    if (query.next())
        return query.value(0).toLongLong();
    const std::optional<qint64> sellerId = sellerOfListing(listingId);
    if (!sellerId)
        return std::nullopt;
    query.prepare(u"INSERT INTO conversations (listing_id, buyer_id, seller_id, created_at, "
                  "updated_at) VALUES (?, ?, ?, ?, ?)"_s);
    if (!execWith(query, {listingId, buyerId, *sellerId, atMs, atMs}))
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

std::optional<ConversationRecord> Conversations::conversation(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, listing_id, buyer_id, seller_id, updated_at FROM conversations "
                  "WHERE id = ?"_s);
    if (!execWith(query, {id}) || !query.next())
        return std::nullopt;
    return ConversationRecord{query.value(0).toLongLong(), query.value(1).toLongLong(),
                              query.value(2).toLongLong(), query.value(3).toLongLong(),
                              query.value(4).toLongLong()};
}

QList<qint64> Conversations::conversationIdsForUser(qint64 userId, int offset, int limit) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM conversations WHERE buyer_id = ? OR seller_id = ? "
                  "ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?"_s);
    QList<qint64> ids;
    if (!execWith(query, {userId, userId, limit, offset}))
        return ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

QList<MessageRecord> Conversations::selectMessages(const QString &where, const QVariantList &values,
                                                   const QString &order, int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT %1 WHERE %2 ORDER BY m.id %3 LIMIT %4"_s.arg(MessageColumns, where, order)
            .arg(limit));
    QList<MessageRecord> messages;
    if (!execWith(query, values))
        return messages;
    while (query.next()) {
        messages.append(messageFromQuery(query));
        messages.last().senderAvatarUrl = m_accounts.publicUrl(messages.last().senderAvatarUrl);
    }
    // One query for the attachments of the whole page.
    QList<qint64> ids;
    for (const MessageRecord &message : std::as_const(messages))
        ids.append(message.id);
    const QHash<qint64, QJsonArray> attachments = Attachments::jsonForMessages(m_db, ids);
    for (MessageRecord &message : messages)
        message.attachments = attachments.value(message.id);
    return messages;
}

MessagePage Conversations::messagesBefore(qint64 conversationId, qint64 beforeId, int limit) const
{
    MessagePage page;
    // One extra row tells whether an older page exists.
    page.messages = beforeId > 0 ? selectMessages(u"m.conversation_id = ? AND m.id < ?"_s,
                                                  {conversationId, beforeId}, u"DESC"_s, limit + 1)
                                 : selectMessages(u"m.conversation_id = ?"_s, {conversationId},
                                                  u"DESC"_s, limit + 1);
    page.hasOlder = page.messages.size() > limit;
    if (page.hasOlder)
        page.messages.removeLast();
    page.hasNewer = beforeId > 0 && !selectMessages(u"m.conversation_id = ? AND m.id >= ?"_s,
                                                    {conversationId, beforeId}, u"ASC"_s, 1)
                                         .isEmpty();
    return page;
}

MessagePage Conversations::messagesNewerThan(qint64 conversationId, qint64 afterId, int limit) const
{
    MessagePage page;
    page.messages = selectMessages(u"m.conversation_id = ? AND m.id > ?"_s,
                                   {conversationId, afterId}, u"ASC"_s, limit + 1);
    page.hasNewer = page.messages.size() > limit;
    if (page.hasNewer)
        page.messages.removeLast();
    std::reverse(page.messages.begin(), page.messages.end());
    page.hasOlder = !selectMessages(u"m.conversation_id = ? AND m.id <= ?"_s,
                                    {conversationId, afterId}, u"DESC"_s, 1)
                         .isEmpty();
    return page;
}

QList<MessageRecord> Conversations::messagesAfter(qint64 conversationId, qint64 afterId,
                                                  int limit) const
{
    return selectMessages(u"m.conversation_id = ? AND m.id > ?"_s, {conversationId, afterId},
                          u"ASC"_s, limit);
}

std::optional<MessageRecord> Conversations::message(qint64 id) const
{
    const QList<MessageRecord> found = selectMessages(u"m.id = ?"_s, {id}, u"ASC"_s, 1);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<MessageRecord> Conversations::lastMessage(qint64 conversationId) const
{
    const QList<MessageRecord> found =
        selectMessages(u"m.conversation_id = ?"_s, {conversationId}, u"DESC"_s, 1);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<MessageRecord> Conversations::messageByClientId(qint64 conversationId,
                                                              qint64 senderId,
                                                              const QString &clientId) const
{
    // A resend is recognised within its conversation only (marketplace-api.md §2).
    const QList<MessageRecord> existing =
        selectMessages(u"m.sender_id = ? AND m.conversation_id = ? AND m.client_id = ?"_s,
                       {senderId, conversationId, clientId}, u"ASC"_s, 1);
    if (existing.isEmpty())
        return std::nullopt;
    return existing.first();
}

InsertResult Conversations::insertMessage(qint64 conversationId, qint64 senderId,
                                          const QString &body, const QString &clientId, qint64 atMs)
{
    if (!clientId.isEmpty()) {
        if (std::optional<MessageRecord> existing =
                messageByClientId(conversationId, senderId, clientId))
            return {*existing, false};
    }
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO messages (conversation_id, sender_id, body, client_id, created_at) "
                  "VALUES (?, ?, ?, ?, ?)"_s);
    if (!execWith(query, {conversationId, senderId, body,
                          clientId.isEmpty() ? QVariant() : QVariant(clientId), atMs}))
        return {};
    const qint64 id = query.lastInsertId().toLongLong();
    query.prepare(u"UPDATE conversations SET updated_at = ? WHERE id = ?"_s);
    execWith(query, {atMs, conversationId});
    return {message(id).value_or(MessageRecord{}), true};
}

int Conversations::markRead(qint64 conversationId, qint64 readerId, qint64 lastReadId, qint64 atMs)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE messages SET read_at = ? WHERE conversation_id = ? AND sender_id <> ? "
                  "AND id <= ? AND read_at IS NULL"_s);
    if (!execWith(query, {atMs, conversationId, readerId, lastReadId}))
        return 0;
    return query.numRowsAffected();
}

bool Conversations::messageBelongsTo(qint64 messageId, qint64 conversationId) const
{
    const std::optional<MessageRecord> found = message(messageId);
    return found && found->conversationId == conversationId;
}

int Conversations::unreadCount(qint64 conversationId, qint64 viewerId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT count(*) FROM messages WHERE conversation_id = ? AND sender_id <> ? "
                  "AND read_at IS NULL"_s);
    if (!execWith(query, {conversationId, viewerId}) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QJsonObject Conversations::listingJson(qint64 listingId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, title, image_url, price, currency FROM listings WHERE id = ?"_s);
    if (!execWith(query, {listingId}) || !query.next())
        return {};
    return {
        {u"id"_s, query.value(0).toLongLong()},
        {u"title"_s, query.value(1).toString()},
        {u"image_url"_s, nullIfEmpty(m_accounts.publicUrl(query.value(2).toString()))},
        {u"price"_s, query.value(3).toString()},
        {u"currency"_s, query.value(4).toString()},
    };
}

QJsonObject Conversations::conversationJson(const ConversationRecord &conversation,
                                            qint64 viewerId) const
{
    const std::optional<MessageRecord> last = lastMessage(conversation.id);
    const std::optional<UserRecord> buyer = m_accounts.userById(conversation.buyerId);
    const std::optional<UserRecord> seller = m_accounts.userById(conversation.sellerId);
    QJsonObject json{
        {u"id"_s, conversation.id},
        {u"listing"_s, listingJson(conversation.listingId)},
        {u"buyer"_s, buyer ? QJsonValue(userJson(*buyer)) : QJsonValue::Null},
        {u"seller"_s, seller ? QJsonValue(userJson(*seller)) : QJsonValue::Null},
        {u"last_message"_s, last ? QJsonValue(messageJson(*last)) : QJsonValue::Null},
        {u"unread_count"_s, unreadCount(conversation.id, viewerId)},
        {u"updated_at"_s, isoTimestamp(conversation.updatedAt)},
    };
    ConversationFlags::addTo(json, m_flags.flagsFor(conversation.id, viewerId));
    return json;
}

QJsonObject Conversations::messageJson(const MessageRecord &message)
{
    return {
        {u"id"_s, message.id},
        {u"conversation_id"_s, message.conversationId},
        {u"sender_id"_s, message.senderId},
        {u"sender"_s, QJsonObject{{u"id"_s, message.senderId},
                                  {u"name"_s, message.senderName},
                                  {u"avatar_url"_s, nullIfEmpty(message.senderAvatarUrl)}}},
        {u"body"_s, message.body},
        {u"client_id"_s, nullIfEmpty(message.clientId)},
        {u"created_at"_s, isoTimestamp(message.createdAt)},
        {u"read_at"_s, isoTimestampOrNull(message.readAt)},
        {u"attachments"_s, message.attachments},
    };
}

} // namespace envisage::sandbox
