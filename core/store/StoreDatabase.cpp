#include "StoreDatabase.h"

#include "CoreLogging.h"
#include "StoreSql.h"
#include "api/MarketplaceJson.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace envisage::store {

using namespace Qt::StringLiterals;
namespace Json = api::MarketplaceJson;
using sql::compact;
using sql::parse;
using sql::run;

namespace {

QString stateName(OutboxEntry::State state)
{
    return state == OutboxEntry::State::Failed ? u"failed"_s : u"pending"_s;
}

// The outbox's columns, in the order readOutboxRows() reads them (the same in every
// schema version that has an outbox, so an older or newer file can be read too).
const QString OutboxColumns =
    u"client_id, conversation_id, body, created_at, state, attempts, last_error, sequence"_s;

QList<OutboxEntry> readOutboxRows(QSqlQuery &query)
{
    QList<OutboxEntry> result;
    while (query.next()) {
        OutboxEntry entry;
        entry.clientId = query.value(0).toString();
        entry.conversationId = query.value(1).toLongLong();
        entry.body = query.value(2).toString();
        entry.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
        entry.state = query.value(4).toString() == u"failed"_s ? OutboxEntry::State::Failed
                                                               : OutboxEntry::State::Pending;
        entry.attempts = query.value(5).toInt();
        entry.lastError = query.value(6).toString();
        entry.sequence = query.value(7).toLongLong();
        result.append(entry);
    }
    return result;
}

} // namespace

StoreDatabase::~StoreDatabase()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QStringList StoreDatabase::migrationStatements(int toVersion)
{
    switch (toVersion) {
    case 1:
        return {
            u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"_s,
            u"CREATE TABLE conversations (id INTEGER PRIMARY KEY, updated_at INTEGER NOT NULL, "
            "json TEXT NOT NULL)"_s,
            u"CREATE INDEX conversations_activity ON conversations(updated_at DESC, id DESC)"_s,
            u"CREATE TABLE messages (id INTEGER PRIMARY KEY, conversation_id INTEGER NOT NULL, "
            "client_id TEXT, json TEXT NOT NULL)"_s,
            u"CREATE INDEX messages_by_conversation ON messages(conversation_id, id)"_s,
            u"CREATE TABLE drafts (conversation_id INTEGER PRIMARY KEY, body TEXT NOT NULL, "
            "updated_at INTEGER NOT NULL)"_s,
            u"CREATE TABLE outbox (client_id TEXT PRIMARY KEY, conversation_id INTEGER NOT NULL, "
            "body TEXT NOT NULL, created_at INTEGER NOT NULL, state TEXT NOT NULL, "
            "attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, "
            "sequence INTEGER NOT NULL)"_s,
        };
    case 2:
        return {
            // Which messages were already notified, so a restart does not repeat them.
            u"CREATE TABLE notified (message_id INTEGER PRIMARY KEY, notified_at INTEGER NOT NULL)"_s,
            // How far back the cache reaches, so history paging resumes at the server.
            u"ALTER TABLE conversations ADD COLUMN older_cursor TEXT"_s,
            u"ALTER TABLE conversations ADD COLUMN reached_start INTEGER NOT NULL DEFAULT 0"_s,
        };
    case 3:
        return {
            // What the conversation list reads without the JSON: the unread counts (the
            // total and the badges of rows not read yet) and the folded texts a search
            // matches (store/ConversationSearch.h), filled from the JSON by migrateData().
            u"ALTER TABLE conversations ADD COLUMN unread_count INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE conversations ADD COLUMN buyer_id INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE conversations ADD COLUMN search_buyer TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE conversations ADD COLUMN search_seller TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE conversations ADD COLUMN search_about TEXT NOT NULL DEFAULT ''"_s,
            u"CREATE INDEX conversations_unread ON conversations(unread_count) WHERE unread_count > 0"_s,
            // Covers a search: read in list order without touching the rows' JSON.
            u"CREATE INDEX conversations_search ON conversations(updated_at DESC, id DESC, "
            u"buyer_id, "
            "search_buyer, search_seller, search_about)"_s,
        };
    case 4:
        return {
            // The files of unsent messages (OutboxAttachment): the private copy, its own
            // upload client_id and the server's id once uploaded, in the message's order.
            u"CREATE TABLE outbox_attachments (message_client_id TEXT NOT NULL "
            "REFERENCES outbox(client_id) ON DELETE CASCADE, position INTEGER NOT NULL, "
            "path TEXT NOT NULL, name TEXT NOT NULL, mime TEXT NOT NULL, "
            "size INTEGER NOT NULL, client_id TEXT NOT NULL, attachment_id TEXT, "
            "PRIMARY KEY (message_client_id, position))"_s,
        };
    case 5:
        return {
            // The saved replies as the server last sent them (position: its order), and
            // the seller's edits not applied there yet (SavedReplyEdit), in order.
            u"CREATE TABLE saved_replies (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, "
            "json TEXT NOT NULL)"_s,
            u"CREATE TABLE saved_reply_edits (sequence INTEGER PRIMARY KEY, edit_id TEXT NOT NULL "
            "UNIQUE, kind TEXT NOT NULL, "
            "reply_id INTEGER NOT NULL, title TEXT, shortcut TEXT, body TEXT, "
            "attempts INTEGER NOT NULL DEFAULT 0)"_s,
        };
    case 6:
        return {
            // The seller's triage flags (marketplace-api.md §5), for the list's filters and
            // their counts. Caches before this never had them (the server's default list
            // leaves archived conversations out): the defaults are right, nothing to fill.
            u"ALTER TABLE conversations ADD COLUMN archived INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE conversations ADD COLUMN marked_unread INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE conversations ADD COLUMN awaiting_since INTEGER"_s,
            // Covers a filter's places in list order and the counts of all filters.
            u"CREATE INDEX conversations_triage ON conversations(archived, updated_at DESC, "
            "id DESC, unread_count, marked_unread, awaiting_since)"_s,
            // Covers a search within a filter, as version 3's index did without one.
            u"DROP INDEX conversations_search"_s,
            u"CREATE INDEX conversations_search ON conversations(updated_at DESC, id DESC, "
            "archived, unread_count, marked_unread, awaiting_since, buyer_id, search_buyer, "
            "search_seller, search_about)"_s,
        };
    case MessageSearchSchema:
        return messageSearchMigration();
    default:
        return {};
    }
}

OpenResult StoreDatabase::open()
{
    QString error;
    if (openFile(&error) && migrate(&error)) {
        makePrivate();
        OpenResult result;
        result.ok = true;
        return result;
    }
    const bool newer = isNewerThanKnown();
    qCWarning(lcStore).noquote() << "the cache" << m_path << "cannot be used (" << error
                                 << "); keeping it aside and rebuilding from the server";
    OpenResult result;
    result.rebuilt = true;
    result.error = error;
    result.keptAt = moveAside(newer ? u"newer"_s : u"unreadable"_s);
    QString second;
    if (!openFile(&second) || !migrate(&second)) {
        result.error = second;
        return result;
    }
    makePrivate();
    result.ok = true;
    if (!result.keptAt.isEmpty())
        salvageFrom(result.keptAt, &result);
    return result;
}

void StoreDatabase::makePrivate()
{
    if (m_path == u":memory:"_s)
        return;
    // Messages, drafts and unsent text of one seller: readable by that user only. The
    // folder too, so that files SQLite creates next to the cache are not listable.
    QFile::setPermissions(QFileInfo(m_path).absolutePath(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(m_path + suffix))
            QFile::setPermissions(m_path + suffix, QFile::ReadOwner | QFile::WriteOwner);
    }
}

void StoreDatabase::salvageFrom(const QString &keptPath, OpenResult *result)
{
    // Read a scratch copy, so that the kept file stays exactly as it was (opening a WAL
    // database can checkpoint it).
    const QString scratch = m_path + u".salvage"_s;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QFile::remove(scratch + suffix);
        if (QFile::exists(keptPath + suffix))
            QFile::copy(keptPath + suffix, scratch + suffix);
    }
    const QString name = u"salvage-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        old.setDatabaseName(scratch);
        QSqlQuery outbox(old);
        QSqlQuery drafts(old);
        if (!old.open() ||
            !outbox.exec(u"SELECT %1 FROM outbox ORDER BY sequence"_s.arg(OutboxColumns))) {
            result->salvageError = outbox.lastError().text().isEmpty() ? old.lastError().text()
                                                                       : outbox.lastError().text();
        } else {
            QList<OutboxEntry> entries = readOutboxRows(outbox);
            readOutboxAttachments(old, entries);
            for (const OutboxEntry &entry : std::as_const(entries)) {
                if (!entry.clientId.isEmpty() && addToOutbox(entry)) // a new sequence, same order
                    ++result->salvagedOutbox;
            }
            if (drafts.exec(u"SELECT conversation_id, body FROM drafts"_s)) {
                while (drafts.next()) {
                    saveDraft(drafts.value(0).toLongLong(), drafts.value(1).toString());
                    ++result->salvagedDrafts;
                }
            }
        }
        old.close();
    }
    QSqlDatabase::removeDatabase(name);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(scratch + suffix);
    qCInfo(lcStore) << "carried over" << result->salvagedOutbox << "unsent message(s) and"
                    << result->salvagedDrafts << "draft(s) from the old cache";
}

bool StoreDatabase::openFile(QString *error)
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase old = QSqlDatabase::database(m_connectionName, false);
            old.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_connectionName = u"store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (m_path != u":memory:"_s)
        QDir().mkpath(QFileInfo(m_path).absolutePath()); // made private in makePrivate()
    if (m_path != u":memory:"_s && !QFile::exists(m_path)) {
        // Created private before SQLite writes a byte (its -wal and -shm take this mode).
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly, QFile::ReadOwner | QFile::WriteOwner)) {
            *error = file.errorString();
            return false;
        }
    }
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    {
        QSqlQuery probe(db);
        if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
            *error = probe.lastError().text();
            return false;
        }
    }
    const bool onDisk = m_path != u":memory:"_s;
    return exec(u"PRAGMA foreign_keys = ON"_s, error) &&
           (!onDisk || (exec(u"PRAGMA journal_mode = WAL"_s, error) &&
                        exec(u"PRAGMA synchronous = NORMAL"_s, error)));
}

bool StoreDatabase::exec(const QString &statement, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(statement))
        return true;
    if (error)
        *error = u"%1: %2"_s.arg(statement.left(50), query.lastError().text());
    return false;
}

QString StoreDatabase::moveAside(const QString &reason)
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    if (m_path == u":memory:"_s)
        return {};
    // The -wal holds committed rows not yet in the main file: it moves with it.
    const QString kept =
        m_path +
        u".%1-%2"_s.arg(reason, QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmsszzz"_s));
    if (!QFile::rename(m_path, kept))
        return {};
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
        if (QFile::exists(m_path + suffix))
            QFile::rename(m_path + suffix, kept + suffix);
    }
    return kept;
}

int StoreDatabase::schemaVersion()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool StoreDatabase::migrate(QString *error)
{
    const int current = schemaVersion();
    if (current > SchemaVersion) {
        *error =
            u"written by a newer version of Envisage Inbox (schema %1; this version reads up to %2)"_s
                .arg(current)
                .arg(SchemaVersion);
        return false;
    }
    if (current < 0) {
        *error = u"the schema version cannot be read"_s;
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    for (int version = current + 1; version <= SchemaVersion; ++version) {
        db.transaction();
        QStringList statements = migrationStatements(version);
        statements << u"PRAGMA user_version = %1"_s.arg(version);
        for (const QString &statement : std::as_const(statements)) {
            if (!exec(statement, error)) {
                db.rollback();
                return false;
            }
        }
        if (!migrateData(version, error)) {
            db.rollback();
            return false;
        }
        db.commit();
        qCInfo(lcStore) << "cache migrated to schema version" << version;
    }
    return true;
}

QList<api::Message> StoreDatabase::messagesBefore(qint64 conversationId, qint64 beforeId, int limit)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT json FROM messages WHERE conversation_id = ? AND id < ? ORDER BY id DESC LIMIT ?"_s);
    QList<api::Message> result;
    if (!run(query,
             {conversationId, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max(), limit}))
        return result;
    while (query.next()) {
        QString error;
        if (std::optional<api::Message> message =
                Json::readMessage(parse(query.value(0).toString()), &error))
            result.append(std::move(*message));
    }
    return result;
}

QList<api::Message> StoreDatabase::messagesAfter(qint64 conversationId, qint64 afterId, int limit)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT json FROM messages WHERE conversation_id = ? AND id > ? ORDER BY id ASC LIMIT ?"_s);
    QList<api::Message> result;
    if (!run(query, {conversationId, afterId, limit}))
        return result;
    while (query.next()) {
        QString error;
        if (std::optional<api::Message> message =
                Json::readMessage(parse(query.value(0).toString()), &error))
            result.append(std::move(*message));
    }
    return result;
}

qint64 StoreDatabase::newestMessageId(qint64 conversationId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT max(id) FROM messages WHERE conversation_id = ?"_s);
    if (!run(query, {conversationId}) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

qint64 StoreDatabase::messageCount(qint64 conversationId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT count(*) FROM messages WHERE conversation_id = ?"_s);
    if (!run(query, {conversationId}) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

void StoreDatabase::saveMessages(const QList<api::Message> &messages)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.transaction();
    QSqlQuery query(db);
    // An upsert, not INSERT OR REPLACE: a replaced row would leave the search index's
    // tokens of the old text behind (REPLACE fires no delete trigger).
    query.prepare(
        u"INSERT INTO messages (id, conversation_id, client_id, json) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET conversation_id = excluded.conversation_id, "
        "client_id = excluded.client_id, json = excluded.json"_s);
    for (const api::Message &message : messages) {
        run(query, {message.id, message.conversationId,
                    message.clientId.isEmpty() ? QVariant() : QVariant(message.clientId),
                    compact(Json::writeMessage(message))});
    }
    db.commit();
}

HistoryState StoreDatabase::historyState(qint64 conversationId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT older_cursor, reached_start FROM conversations WHERE id = ?"_s);
    if (!run(query, {conversationId}) || !query.next())
        return {};
    return {query.value(0).toString(), query.value(1).toBool()};
}

void StoreDatabase::saveHistoryState(qint64 conversationId, const HistoryState &state)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"UPDATE conversations SET older_cursor = ?, reached_start = ? WHERE id = ?"_s);
    run(query, {state.olderCursor.isEmpty() ? QVariant() : QVariant(state.olderCursor),
                state.reachedStart ? 1 : 0, conversationId});
}

QHash<qint64, QString> StoreDatabase::drafts()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QHash<qint64, QString> result;
    if (!query.exec(u"SELECT conversation_id, body FROM drafts"_s))
        return result;
    while (query.next())
        result.insert(query.value(0).toLongLong(), query.value(1).toString());
    return result;
}

void StoreDatabase::saveDraft(qint64 conversationId, const QString &text)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (text.trimmed().isEmpty()) {
        query.prepare(u"DELETE FROM drafts WHERE conversation_id = ?"_s);
        run(query, {conversationId});
        return;
    }
    query.prepare(
        u"INSERT OR REPLACE INTO drafts (conversation_id, body, updated_at) VALUES (?, ?, ?)"_s);
    run(query, {conversationId, text, QDateTime::currentMSecsSinceEpoch()});
}

QList<OutboxEntry> StoreDatabase::outbox()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!query.exec(u"SELECT %1 FROM outbox ORDER BY sequence"_s.arg(OutboxColumns)))
        return {};
    QList<OutboxEntry> entries = readOutboxRows(query);
    readOutboxAttachments(db, entries);
    return entries;
}

void StoreDatabase::readOutboxAttachments(QSqlDatabase db, QList<OutboxEntry> &entries)
{
    if (entries.isEmpty() || !db.tables().contains(u"outbox_attachments"_s))
        return; // a file from before schema version 4
    QHash<QString, qsizetype> byClientId;
    for (qsizetype i = 0; i < entries.size(); ++i)
        byClientId.insert(entries.at(i).clientId, i);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT message_client_id, path, name, mime, size, client_id, "
                    "attachment_id FROM outbox_attachments ORDER BY message_client_id, "
                    "position"_s)) {
        qCWarning(lcStore) << "the outbox's attachments cannot be read:"
                           << query.lastError().text();
        return;
    }
    while (query.next()) {
        const auto at = byClientId.constFind(query.value(0).toString());
        if (at == byClientId.cend())
            continue;
        OutboxAttachment attachment;
        attachment.path = query.value(1).toString();
        attachment.name = query.value(2).toString();
        attachment.mime = query.value(3).toString();
        attachment.size = query.value(4).toLongLong();
        attachment.clientId = query.value(5).toString();
        attachment.attachmentId = query.value(6).toString();
        entries[*at].attachments.append(attachment);
    }
}

bool StoreDatabase::addToOutbox(OutboxEntry entry)
{
    // The message and its files together, or nothing: an entry without the attachments
    // it was written with would go out as a different message.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return false;
    QSqlQuery query(db);
    query.prepare(
        u"INSERT INTO outbox (client_id, conversation_id, body, created_at, state, attempts, "
        "last_error, sequence) VALUES (?, ?, ?, ?, ?, ?, ?, "
        "(SELECT coalesce(max(sequence), 0) + 1 FROM outbox))"_s);
    // A message of files only has an empty body: "", never NULL (a null QString binds as NULL).
    const QString body = entry.body.isNull() ? u""_s : entry.body;
    bool ok =
        run(query, {entry.clientId, entry.conversationId, body, entry.createdAt.toMSecsSinceEpoch(),
                    stateName(entry.state), entry.attempts, entry.lastError});
    QSqlQuery files(db);
    files.prepare(u"INSERT INTO outbox_attachments (message_client_id, position, path, name, "
                  "mime, size, client_id, attachment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; ok && i < entry.attachments.size(); ++i) {
        const OutboxAttachment &file = entry.attachments.at(i);
        ok = run(files,
                 {entry.clientId, int(i), file.path, file.name, file.mime, file.size, file.clientId,
                  file.attachmentId.isEmpty() ? QVariant() : QVariant(file.attachmentId)});
    }
    if (!ok || !db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

bool StoreDatabase::setOutboxAttachmentId(const QString &messageClientId, int position,
                                          const QString &attachmentId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"UPDATE outbox_attachments SET attachment_id = ? WHERE message_client_id = ? "
                  "AND position = ?"_s);
    return run(query, {attachmentId, messageClientId, position}) && query.numRowsAffected() == 1;
}

bool StoreDatabase::updateOutbox(const OutboxEntry &entry)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        u"UPDATE outbox SET state = ?, attempts = ?, last_error = ? WHERE client_id = ?"_s);
    return run(query, {stateName(entry.state), entry.attempts, entry.lastError, entry.clientId});
}

bool StoreDatabase::removeFromOutbox(const QString &clientId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"DELETE FROM outbox WHERE client_id = ?"_s);
    return run(query, {clientId});
}

bool StoreDatabase::markNotified(qint64 messageId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"INSERT OR IGNORE INTO notified (message_id, notified_at) VALUES (?, ?)"_s);
    if (!run(query, {messageId, QDateTime::currentMSecsSinceEpoch()}))
        return false;
    return query.numRowsAffected() > 0;
}

QString StoreDatabase::meta(const QString &key)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    if (!run(query, {key}) || !query.next())
        return {};
    return query.value(0).toString();
}

void StoreDatabase::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"_s);
    run(query, {key, value});
}

} // namespace envisage::store
