// The saved replies in the cache (schema version 5): the server's list as last seen,
// one row per reply with its JSON, and the seller's edits still to be applied there.
#include "StoreDatabase.h"
#include "StoreSql.h"
#include "api/MarketplaceJson.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace envisage::store {

using namespace Qt::StringLiterals;
namespace Json = api::MarketplaceJson;
using sql::compact;
using sql::parse;
using sql::run;

namespace {

const QString KnownKey = u"saved_replies_known"_s;

QString kindName(SavedReplyEdit::Kind kind)
{
    switch (kind) {
    case SavedReplyEdit::Kind::Create:
        return u"create"_s;
    case SavedReplyEdit::Kind::Update:
        return u"update"_s;
    case SavedReplyEdit::Kind::Delete:
        return u"delete"_s;
    }
    return {};
}

std::optional<SavedReplyEdit::Kind> kindOf(const QString &name)
{
    if (name == u"create"_s)
        return SavedReplyEdit::Kind::Create;
    if (name == u"update"_s)
        return SavedReplyEdit::Kind::Update;
    if (name == u"delete"_s)
        return SavedReplyEdit::Kind::Delete;
    return std::nullopt;
}

QVariant nullable(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString textOf(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

bool replaceReplies(QSqlDatabase &db, const QList<api::SavedReply> &replies)
{
    QSqlQuery clear(db);
    if (!clear.exec(u"DELETE FROM saved_replies"_s))
        return false;
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO saved_replies (id, position, json) VALUES (?, ?, ?)"_s);
    for (qsizetype i = 0; i < replies.size(); ++i) {
        if (!run(insert, {replies.at(i).id, i, compact(Json::writeSavedReply(replies.at(i)))}))
            return false;
    }
    QSqlQuery known(db);
    known.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')"_s);
    return run(known, {KnownKey});
}

} // namespace

SavedReplyCache StoreDatabase::savedReplyCache()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    SavedReplyCache cache;
    cache.known = meta(KnownKey) == u"1"_s;
    QSqlQuery replies(db);
    replies.setForwardOnly(true);
    if (replies.exec(u"SELECT json FROM saved_replies ORDER BY position"_s)) {
        while (replies.next()) {
            QString error;
            if (std::optional<api::SavedReply> reply =
                    Json::readSavedReply(parse(replies.value(0).toString()), &error))
                cache.replies.append(std::move(*reply));
        }
    }
    QSqlQuery edits(db);
    edits.setForwardOnly(true);
    if (edits.exec(u"SELECT edit_id, kind, reply_id, title, shortcut, body, attempts "
                   "FROM saved_reply_edits ORDER BY sequence"_s)) {
        while (edits.next()) {
            const std::optional<SavedReplyEdit::Kind> kind = kindOf(edits.value(1).toString());
            if (!kind)
                continue; // written by a newer version that knows more kinds
            SavedReplyEdit edit;
            edit.editId = edits.value(0).toString();
            edit.kind = *kind;
            edit.replyId = edits.value(2).toLongLong();
            edit.title = textOf(edits.value(3));
            edit.shortcut = textOf(edits.value(4));
            edit.body = textOf(edits.value(5));
            edit.attempts = edits.value(6).toInt();
            cache.edits.append(edit);
        }
    }
    return cache;
}

bool StoreDatabase::saveSavedReplies(const QList<api::SavedReply> &replies)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.transaction();
    if (!replaceReplies(db, replies)) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool StoreDatabase::addSavedReplyEdit(const SavedReplyEdit &edit)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"INSERT INTO saved_reply_edits (sequence, edit_id, kind, reply_id, title, "
                  "shortcut, body, attempts) VALUES ((SELECT coalesce(max(sequence), 0) + 1 FROM "
                  "saved_reply_edits), ?, ?, ?, ?, ?, ?, ?)"_s);
    return run(query, {edit.editId, kindName(edit.kind), edit.replyId, nullable(edit.title),
                       nullable(edit.shortcut), nullable(edit.body), edit.attempts});
}

bool StoreDatabase::updateSavedReplyEdit(const SavedReplyEdit &edit)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"UPDATE saved_reply_edits SET reply_id = ?, title = ?, shortcut = ?, body = ?, "
                  "attempts = ? WHERE edit_id = ?"_s);
    return run(query, {edit.replyId, nullable(edit.title), nullable(edit.shortcut),
                       nullable(edit.body), edit.attempts, edit.editId}) &&
           query.numRowsAffected() == 1;
}

bool StoreDatabase::removeSavedReplyEdits(const QStringList &editIds)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM saved_reply_edits WHERE edit_id = ?"_s);
    for (const QString &editId : editIds) {
        if (!run(query, {editId})) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

bool StoreDatabase::savedReplyEditApplied(const QString &editId,
                                          const QList<api::SavedReply> &replies, qint64 localId,
                                          qint64 serverId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.transaction();
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM saved_reply_edits WHERE edit_id = ?"_s);
    QSqlQuery retarget(db);
    retarget.prepare(u"UPDATE saved_reply_edits SET reply_id = ? WHERE reply_id = ?"_s);
    const bool ok = run(remove, {editId}) && replaceReplies(db, replies) &&
                    (localId >= 0 || run(retarget, {serverId, localId}));
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

} // namespace envisage::store
