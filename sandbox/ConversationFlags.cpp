#include "ConversationFlags.h"

#include "Logging.h"
#include "Timestamps.h"

#include <QSqlError>
#include <QSqlQuery>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

namespace {

bool execWith(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcSandboxDb) << "flags query failed:" << query.lastError().text();
        return false;
    }
    return true;
}

// The WHERE clause of a filter over `conversations c LEFT JOIN conversation_flags f`;
// each ? is the viewer's id.
QString filterCondition(ConversationFilter filter)
{
    const QString notArchived = u"coalesce(f.archived, 0) = 0"_s;
    switch (filter) {
    case ConversationFilter::Inbox:
        return notArchived;
    case ConversationFilter::Unread:
        return notArchived +
               u" AND (coalesce(f.marked_unread, 0) = 1 OR EXISTS (SELECT 1 FROM messages m"
               " WHERE m.conversation_id = c.id AND m.sender_id <> ? AND m.read_at IS NULL))"_s;
    case ConversationFilter::AwaitingReply:
        // The other party wrote last: the same test as awaiting_reply_since being set.
        return notArchived + u" AND (SELECT m.sender_id FROM messages m WHERE"
                             " m.conversation_id = c.id ORDER BY m.id DESC LIMIT 1) <> ?"_s;
    case ConversationFilter::Archived:
        return u"f.archived = 1"_s;
    case ConversationFilter::All:
        break;
    }
    return u"1"_s;
}

struct FilteredFrom
{
    QString sql;
    QVariantList values; // Qt binds plain ? only, so the viewer's id once per use
};

FilteredFrom fromFiltered(qint64 userId, ConversationFilter filter)
{
    const QString sql = u" FROM conversations c LEFT JOIN conversation_flags f"
                        " ON f.conversation_id = c.id AND f.user_id = ?"
                        " WHERE (c.buyer_id = ? OR c.seller_id = ?) AND "_s +
                        filterCondition(filter);
    return {sql, QVariantList(sql.count(u'?'), userId)};
}

} // namespace

std::optional<ConversationFilter> conversationFilterFromString(const QString &name)
{
    if (name.isEmpty() || name == u"inbox"_s)
        return ConversationFilter::Inbox;
    if (name == u"unread"_s)
        return ConversationFilter::Unread;
    if (name == u"awaiting_reply"_s)
        return ConversationFilter::AwaitingReply;
    if (name == u"archived"_s)
        return ConversationFilter::Archived;
    if (name == u"all"_s)
        return ConversationFilter::All;
    return std::nullopt;
}

ConversationFlagValues ConversationFlags::flagsFor(qint64 conversationId, qint64 viewerId) const
{
    ConversationFlagValues flags;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT archived, marked_unread FROM conversation_flags"
                  " WHERE conversation_id = ? AND user_id = ?"_s);
    if (execWith(query, {conversationId, viewerId}) && query.next()) {
        flags.archived = query.value(0).toBool();
        flags.markedUnread = query.value(1).toBool();
    }
    // The other party's oldest message after the viewer's last one (or after the start
    // when the viewer never wrote): how long they have waited for an answer.
    query.prepare(u"SELECT min(created_at) FROM messages WHERE conversation_id = ?"
                  " AND sender_id <> ? AND id > coalesce((SELECT max(id) FROM messages"
                  " WHERE conversation_id = ? AND sender_id = ?), 0)"_s);
    if (execWith(query, {conversationId, viewerId, conversationId, viewerId}) && query.next())
        flags.awaitingReplySince = query.value(0);
    return flags;
}

bool ConversationFlags::setArchived(qint64 conversationId, qint64 userId, bool archived)
{
    return setFlag(u"archived"_s, conversationId, userId, archived);
}

bool ConversationFlags::setMarkedUnread(qint64 conversationId, qint64 userId, bool markedUnread)
{
    return setFlag(u"marked_unread"_s, conversationId, userId, markedUnread);
}

bool ConversationFlags::setFlag(const QString &column, qint64 conversationId, qint64 userId,
                                bool value)
{
    // column is one of two names chosen above, never input.
    QSqlQuery query(m_db);
    query.prepare(
        u"INSERT INTO conversation_flags (conversation_id, user_id, %1) VALUES (?, ?, ?)"
        " ON CONFLICT (conversation_id, user_id) DO UPDATE SET %1 = excluded.%1"_s.arg(column));
    return execWith(query, {conversationId, userId, value ? 1 : 0});
}

QList<qint64> ConversationFlags::conversationIds(qint64 userId, ConversationFilter filter,
                                                 int offset, int limit) const
{
    const FilteredFrom from = fromFiltered(userId, filter);
    QSqlQuery query(m_db);
    query.prepare(u"SELECT c.id"_s + from.sql +
                  u" ORDER BY c.updated_at DESC, c.id DESC LIMIT ? OFFSET ?"_s);
    QList<qint64> ids;
    if (!execWith(query, from.values + QVariantList{limit, offset}))
        return ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

int ConversationFlags::conversationCount(qint64 userId, ConversationFilter filter) const
{
    const FilteredFrom from = fromFiltered(userId, filter);
    QSqlQuery query(m_db);
    query.prepare(u"SELECT count(*)"_s + from.sql);
    if (!execWith(query, from.values) || !query.next())
        return 0;
    return query.value(0).toInt();
}

void ConversationFlags::addTo(QJsonObject &conversationJson, const ConversationFlagValues &flags)
{
    conversationJson.insert(u"archived"_s, flags.archived);
    conversationJson.insert(u"marked_unread"_s, flags.markedUnread);
    conversationJson.insert(u"awaiting_reply_since"_s,
                            isoTimestampOrNull(flags.awaitingReplySince));
}

} // namespace envisage::sandbox
