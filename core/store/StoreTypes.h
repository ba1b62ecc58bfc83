#pragma once
// What the offline cache keeps besides the marketplace's own records.
#include "api/ApiTypes.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace envisage::store {

// A file of an unsent message: the outbox's private copy (so the seller may move or
// delete the original), uploaded with its own client_id (a re-upload after a crash gets
// the same attachment back), and the server's id once it has been uploaded.
struct OutboxAttachment
{
    QString path; // the private copy in the account's outbox folder
    QString name; // as the seller's file was called
    QString mime;
    qint64 size = 0;
    QString clientId;
    QString attachmentId; // empty until uploaded
    qint64 uploaded = 0;  // bytes sent by the upload in flight (not stored)

    bool isUploaded() const { return !attachmentId.isEmpty(); }
};

// A message the seller wrote that the server has not confirmed yet (Kaidan's outbox):
// stored with its client_id before the first POST, sent in order, retried with the same
// client_id, failed after a final error until Retry or Discard.
struct OutboxEntry
{
    enum class State { Pending, Failed };

    QString clientId;
    qint64 conversationId = 0;
    QString body;
    QDateTime createdAt;
    State state = State::Pending;
    int attempts = 0;
    QString lastError;
    qint64 sequence = 0;                 // the order of writing, which is the order of sending
    QList<OutboxAttachment> attachments; // uploaded in this order before the message
};

// How much of a conversation's history the cache holds.
struct HistoryState
{
    QString olderCursor;       // the server cursor for what is older than the cache
    bool reachedStart = false; // the cache holds the first message
};

// Which conversations the list shows (marketplace-api.md §5, seen by the seller): Inbox
// is every one not archived; Unread and Awaiting reply leave archived ones out too, as
// the server's filters do (archiving is how a seller says "done").
using ConversationFilter = api::ConversationListFilter;

// The list's order: most recent activity first, or (Awaiting reply only) the longest
// wait first.
enum class ConversationOrder { Activity, LongestWait };

// A conversation's place in the list (the higher rank first, then the higher id): all
// the conversation list keeps of a conversation it is not showing. The rank is
// updated_at in ms, or for the longest wait minus awaiting_reply_since in ms.
struct ConversationKey
{
    qint64 rank = 0;
    qint64 id = 0;

    friend bool operator==(const ConversationKey &, const ConversationKey &) = default;
    // Whether a comes before b in the list.
    static bool before(const ConversationKey &a, const ConversationKey &b)
    {
        return a.rank != b.rank ? a.rank > b.rank : a.id > b.id;
    }
    static ConversationKey of(const api::Conversation &conversation,
                              ConversationOrder order = ConversationOrder::Activity)
    {
        if (order == ConversationOrder::LongestWait && conversation.awaitingReplySince.isValid())
            return {-conversation.awaitingReplySince.toMSecsSinceEpoch(), conversation.id};
        return {conversation.updatedAt.toMSecsSinceEpoch(), conversation.id};
    }
};

// How many conversations each triage filter holds (whatever the search).
struct ConversationCounts
{
    int inbox = 0;
    int unread = 0;
    int awaitingReply = 0;
    int archived = 0;

    friend bool operator==(const ConversationCounts &, const ConversationCounts &) = default;
    int of(ConversationFilter filter) const
    {
        switch (filter) {
        case ConversationFilter::Inbox:
            return inbox;
        case ConversationFilter::Unread:
            return unread;
        case ConversationFilter::AwaitingReply:
            return awaitingReply;
        case ConversationFilter::Archived:
            return archived;
        case ConversationFilter::All:
            break;
        }
        return inbox + archived;
    }
};

// The top of the list and how long it is, read together when the list first shows.
struct ConversationHead
{
    int total = 0;
    QList<api::Conversation> first; // most recent activity first
};

// A change to the saved replies the seller made that the server has not applied yet:
// kept in the cache before it is sent, sent once and in order (SavedReplies). Replies
// the server does not know yet have a negative local id until their create is applied.
struct SavedReplyEdit
{
    enum class Kind { Create, Update, Delete };

    QString editId; // a uuid: the edit's identity in the queue
    Kind kind = Kind::Create;
    qint64 replyId = 0; // the server's id, or the local id of a reply still being created
    QString title;      // Create: all three; Update: those that change (null: unchanged)
    QString shortcut;
    QString body;
    int attempts = 0;

    friend bool operator==(const SavedReplyEdit &, const SavedReplyEdit &) = default;
};

// What the cache holds of the saved replies: the server's list as last seen, and the
// edits still to apply on top of it.
struct SavedReplyCache
{
    QList<api::SavedReply> replies;
    QList<SavedReplyEdit> edits; // in sending order
    bool known = false;          // the list was ever stored (an empty one too)
};

struct OpenResult
{
    bool ok = false;
    bool rebuilt = false;   // the old file could not be used, was kept aside and started anew
    QString error;          // why (names both schema versions for a newer file)
    QString keptAt;         // where the old file (with its -wal and -shm) now is
    int salvagedOutbox = 0; // unsent messages carried over from it
    int salvagedDrafts = 0;
    QString salvageError; // why nothing could be carried over, if so
};

} // namespace envisage::store

Q_DECLARE_METATYPE(envisage::store::OutboxEntry)
Q_DECLARE_METATYPE(envisage::store::ConversationCounts)
