#pragma once
// Per-viewer conversation state for seller triage (marketplace-api.md §5): archived and
// marked_unread as stored flags, awaiting_reply_since derived from the messages, and
// the list filters built on them. The buyer and the seller of one conversation each
// have their own flags.
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <optional>

namespace envisage::sandbox {

// GET /api/conversations?filter=…; Unread and AwaitingReply are views of the inbox
// (archived conversations are done, whatever their last message).
enum class ConversationFilter { Inbox, Unread, AwaitingReply, Archived, All };

std::optional<ConversationFilter> conversationFilterFromString(const QString &name);

struct ConversationFlagValues
{
    bool archived = false;
    bool markedUnread = false;
    QVariant awaitingReplySince; // ms since epoch, null when nothing waits for the viewer
};

class ConversationFlags
{
public:
    explicit ConversationFlags(QSqlDatabase db) : m_db(db) {}

    ConversationFlagValues flagsFor(qint64 conversationId, qint64 viewerId) const;
    bool setArchived(qint64 conversationId, qint64 userId, bool archived);
    bool setMarkedUnread(qint64 conversationId, qint64 userId, bool markedUnread);

    // One page of the user's conversations passing the filter, newest activity first.
    QList<qint64> conversationIds(qint64 userId, ConversationFilter filter, int offset,
                                  int limit) const;
    int conversationCount(qint64 userId, ConversationFilter filter) const;

    // Adds archived, marked_unread and awaiting_reply_since to a Conversation's JSON.
    static void addTo(QJsonObject &conversationJson, const ConversationFlagValues &flags);

private:
    bool setFlag(const QString &column, qint64 conversationId, qint64 userId, bool value);

    QSqlDatabase m_db;
};

} // namespace envisage::sandbox
