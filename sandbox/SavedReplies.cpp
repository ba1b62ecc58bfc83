#include "SavedReplies.h"

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
        qCWarning(lcSandboxDb) << "saved replies query failed:" << query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

QList<SavedReplyRecord> SavedReplies::select(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, user_id, title, shortcut, body, updated_at FROM saved_replies"
                  " WHERE %1 ORDER BY title COLLATE NOCASE, id"_s.arg(where));
    QList<SavedReplyRecord> replies;
    if (!execWith(query, values))
        return replies;
    while (query.next()) {
        replies.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                        query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toString(), query.value(5).toLongLong()});
    }
    return replies;
}

QList<SavedReplyRecord> SavedReplies::forUser(qint64 userId) const
{
    return select(u"user_id = ?"_s, {userId});
}

std::optional<SavedReplyRecord> SavedReplies::find(qint64 id) const
{
    const QList<SavedReplyRecord> found = select(u"id = ?"_s, {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

int SavedReplies::countForUser(qint64 userId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT count(*) FROM saved_replies WHERE user_id = ?"_s);
    if (!execWith(query, {userId}) || !query.next())
        return 0;
    return query.value(0).toInt();
}

std::optional<SavedReplyRecord> SavedReplies::withShortcut(qint64 userId, const QString &shortcut,
                                                           qint64 exceptId) const
{
    const QList<SavedReplyRecord> found =
        select(u"user_id = ? AND shortcut = ? AND id <> ?"_s, {userId, shortcut, exceptId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<SavedReplyRecord> SavedReplies::create(qint64 userId, const QString &title,
                                                     const QString &shortcut, const QString &body,
                                                     qint64 atMs)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO saved_replies (user_id, title, shortcut, body, created_at,"
                  " updated_at) VALUES (?, ?, ?, ?, ?, ?)"_s);
    if (!execWith(query, {userId, title, shortcut, body, atMs, atMs}))
        return std::nullopt;
    return find(query.lastInsertId().toLongLong());
}

std::optional<SavedReplyRecord> SavedReplies::update(const SavedReplyRecord &reply, qint64 atMs)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE saved_replies SET title = ?, shortcut = ?, body = ?, updated_at = ?"
                  " WHERE id = ?"_s);
    if (!execWith(query, {reply.title, reply.shortcut, reply.body, atMs, reply.id}))
        return std::nullopt;
    return find(reply.id);
}

bool SavedReplies::remove(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM saved_replies WHERE id = ?"_s);
    return execWith(query, {id});
}

QJsonObject SavedReplies::json(const SavedReplyRecord &reply)
{
    return {
        {u"id"_s, reply.id},
        {u"title"_s, reply.title},
        {u"shortcut"_s, reply.shortcut},
        {u"body"_s, reply.body},
        {u"updated_at"_s, isoTimestamp(reply.updatedAt)},
    };
}

QJsonArray SavedReplies::json(const QList<SavedReplyRecord> &replies)
{
    QJsonArray array;
    for (const SavedReplyRecord &reply : replies)
        array.append(json(reply));
    return array;
}

} // namespace envisage::sandbox
