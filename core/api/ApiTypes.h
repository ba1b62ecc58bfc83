#pragma once
// The marketplace's records (marketplace-api.md §1–§2, §4) as typed values. Each is read by
// MarketplaceJson with every field checked: a missing or mistyped field is a protocol
// error, never a default-constructed value.
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace envisage::api {

struct User
{
    qint64 id = 0;
    QString name;
    QString email;
    QString role; // "seller" or "buyer"
    QString avatarUrl;
    QDateTime lastSeenAt; // invalid when never seen
};

struct Sender
{
    qint64 id = 0;
    QString name;
    QString avatarUrl;
};

// A photo or document of a message (§4). The URLs are kept as the server sent them
// (relative to the API base or absolute); MarketplaceApi::resolve() makes them whole.
struct Attachment
{
    QString id; // a uuid chosen by the server
    QString name;
    QString mime;
    qint64 size = 0;
    int width = 0; // 0 when unknown (documents)
    int height = 0;
    QString url;
    QString thumbnailUrl; // empty for documents

    bool isImage() const { return mime.startsWith(QLatin1String("image/")); }
    friend bool operator==(const Attachment &, const Attachment &) = default;
};

struct Message
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 senderId = 0;
    Sender sender;
    QString body;
    QString clientId; // empty when the server has none
    QDateTime createdAt;
    QDateTime readAt;              // invalid while unread
    QList<Attachment> attachments; // at most 3; the body may be empty when there are some
};

struct Listing
{
    qint64 id = 0;
    QString title;
    QString imageUrl;
    QString price;    // a decimal string, "249.00"
    QString currency; // "EUR"
};

struct Conversation
{
    qint64 id = 0;
    Listing listing;
    User buyer;
    User seller;
    std::optional<Message> lastMessage;
    int unreadCount = 0;
    QDateTime updatedAt;
    // Seen by the caller (§5); older servers send none of them: false, false, invalid.
    bool archived = false;
    bool markedUnread = false;    // "mark unread" until the caller reads it again
    QDateTime awaitingReplySince; // the other party's oldest unanswered message; invalid: none

    const User &counterpartOf(qint64 userId) const { return userId == buyer.id ? seller : buyer; }
};

// GET /api/conversations?filter= (§5); Inbox, the server's default, leaves archived out.
enum class ConversationListFilter { Inbox, Unread, AwaitingReply, Archived, All };

struct ConversationPage
{
    QList<Conversation> conversations;
    int currentPage = 1;
    int lastPage = 1;
    int total = 0;
    bool hasMore() const { return currentPage < lastPage; }
};

struct MessagePage
{
    QList<Message> messages; // newest first, as the server sends them
    QString nextCursor;      // older messages; empty at the start of the conversation
    QString prevCursor;      // newer messages; empty at the newest (§5's around_id pages)
};

// A message search's hit (§5): the message and its conversation.
struct FoundMessage
{
    Message message;
    qint64 conversationId = 0;
};

// A page of GET /api/search/messages, newest first.
struct FoundMessagePage
{
    QList<FoundMessage> found;
    int currentPage = 1;
    int lastPage = 1;
    int total = 0;
    bool hasMore() const { return currentPage < lastPage; }
};

struct LoginResult
{
    QString token;
    User user;
};

// A seller's canned answer (§5): the body may hold {buyer}, {listing}, {price} and
// {seller}, filled in by the client when it is inserted.
struct SavedReply
{
    qint64 id = 0;
    QString title;    // 1–60 characters
    QString shortcut; // [a-z0-9-]{1,30}, unique per user
    QString body;     // 1–5000 characters
    QDateTime updatedAt;

    friend bool operator==(const SavedReply &, const SavedReply &) = default;
};

// The realtime payloads of the contract's channel table.
struct TypingEvent
{
    qint64 userId = 0;
    QString userName;
};

struct ReadEvent
{
    qint64 userId = 0;
    qint64 lastReadMessageId = 0;
    QDateTime readAt;
};

} // namespace envisage::api

Q_DECLARE_METATYPE(envisage::api::Attachment)
Q_DECLARE_METATYPE(envisage::api::Message)
Q_DECLARE_METATYPE(envisage::api::Conversation)
Q_DECLARE_METATYPE(envisage::api::SavedReply)
