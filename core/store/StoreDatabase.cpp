#include "StoreDatabase.h"

#include "StoreLogging.h"
#include "api/MarketplaceJson.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "envisage.store", QtInfoMsg)

namespace envisage::store {

using namespace Qt::StringLiterals;
namespace Json = api::MarketplaceJson;

namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

bool run(QSqlQuery &query, const QVariantList &values = {})
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcStore) << "statement failed:" << query.lastError().text();
        return false;
    }
    return true;
}

QList<api::Conversation> readConversations(QSqlQuery &query)
{
    QList<api::Conversation> result;
    while (query.next()) {
        QString error;
        if (std::optional<api::Conversation> conversation = Json::readConversation(parse(query.value(0).toString()), &error))
            result.append(std::move(*conversation));
        else
            qCWarning(lcStore) << "skipping an unreadable cached conversation:" << error;
    }
    return result;
}

QString stateName(OutboxEntry::State state)
{
    return state == OutboxEntry::State::Failed ? u"failed"_s : u"pending"_s;
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
    default:
        return {};
    }
}

OpenResult StoreDatabase::open()
{
    QString error;
    if (openFile(&error) && migrate(&error))
        return {true, false, {}};
    // Unreadable or not a database: keep the file for inspection, start a new cache.
    qCWarning(lcStore).noquote() << "the cache" << m_path << "is unreadable (" << error
                                 << "); moving it aside and rebuilding from the server";
    moveAside();
    QString second;
    if (openFile(&second) && migrate(&second))
        return {true, true, error};
    return {false, true, second};
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
        QDir().mkpath(QFileInfo(m_path).absolutePath());
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
    return exec(u"PRAGMA foreign_keys = ON"_s, error)
        && (!onDisk || (exec(u"PRAGMA journal_mode = WAL"_s, error) && exec(u"PRAGMA synchronous = NORMAL"_s, error)));
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

void StoreDatabase::moveAside()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    if (m_path == u":memory:"_s)
        return;
    const QString suffix = u".corrupt-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QFile::rename(m_path, m_path + suffix);
    QFile::remove(m_path + u"-wal"_s);
    QFile::remove(m_path + u"-shm"_s);
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
    if (current < 0 || current > SchemaVersion) {
        *error = u"schema version %1 is not one this app knows"_s.arg(current);
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
        db.commit();
        qCInfo(lcStore) << "cache migrated to schema version" << version;
    }
    return true;
}

QList<api::Conversation> StoreDatabase::conversations(int limit)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT json FROM conversations ORDER BY updated_at DESC, id DESC LIMIT ?"_s);
    if (!run(query, {limit < 0 ? -1 : limit}))
        return {};
    return readConversations(query);
}

QList<api::Conversation> StoreDatabase::conversationsAfter(qint64 updatedAtMs, qint64 id, int limit)
{
    // A key, not an OFFSET: rows written meanwhile cannot shift the next page.
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT json FROM conversations WHERE (updated_at, id) < (?, ?) "
                  "ORDER BY updated_at DESC, id DESC LIMIT ?"_s);
    if (!run(query, {updatedAtMs, id, limit < 0 ? -1 : limit}))
        return {};
    return readConversations(query);
}

void StoreDatabase::saveConversations(const QList<api::Conversation> &conversations)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.transaction();
    QSqlQuery query(db);
    // Upsert that keeps the history columns.
    query.prepare(u"INSERT INTO conversations (id, updated_at, json) VALUES (?, ?, ?) "
                  "ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at, json = excluded.json"_s);
    for (const api::Conversation &conversation : conversations)
        run(query, {conversation.id, conversation.updatedAt.toMSecsSinceEpoch(), compact(Json::writeConversation(conversation))});
    db.commit();
}

void StoreDatabase::deleteConversation(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"DELETE FROM conversations WHERE id = ?"_s);
    run(query, {id});
    query.prepare(u"DELETE FROM messages WHERE conversation_id = ?"_s);
    run(query, {id});
}

QList<api::Message> StoreDatabase::messagesBefore(qint64 conversationId, qint64 beforeId, int limit)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT json FROM messages WHERE conversation_id = ? AND id < ? ORDER BY id DESC LIMIT ?"_s);
    QList<api::Message> result;
    if (!run(query, {conversationId, beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max(), limit}))
        return result;
    while (query.next()) {
        QString error;
        if (std::optional<api::Message> message = Json::readMessage(parse(query.value(0).toString()), &error))
            result.append(std::move(*message));
    }
    return result;
}

QList<api::Message> StoreDatabase::messagesAfter(qint64 conversationId, qint64 afterId, int limit)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT json FROM messages WHERE conversation_id = ? AND id > ? ORDER BY id ASC LIMIT ?"_s);
    QList<api::Message> result;
    if (!run(query, {conversationId, afterId, limit}))
        return result;
    while (query.next()) {
        QString error;
        if (std::optional<api::Message> message = Json::readMessage(parse(query.value(0).toString()), &error))
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
    query.prepare(u"INSERT OR REPLACE INTO messages (id, conversation_id, client_id, json) VALUES (?, ?, ?, ?)"_s);
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
    query.prepare(u"INSERT OR REPLACE INTO drafts (conversation_id, body, updated_at) VALUES (?, ?, ?)"_s);
    run(query, {conversationId, text, QDateTime::currentMSecsSinceEpoch()});
}

QList<OutboxEntry> StoreDatabase::outbox()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QList<OutboxEntry> result;
    if (!query.exec(u"SELECT client_id, conversation_id, body, created_at, state, attempts, last_error, "
                    "sequence FROM outbox ORDER BY sequence"_s))
        return result;
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

void StoreDatabase::addToOutbox(OutboxEntry entry)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"INSERT INTO outbox (client_id, conversation_id, body, created_at, state, attempts, "
                  "last_error, sequence) VALUES (?, ?, ?, ?, ?, ?, ?, "
                  "(SELECT coalesce(max(sequence), 0) + 1 FROM outbox))"_s);
    run(query, {entry.clientId, entry.conversationId, entry.body, entry.createdAt.toMSecsSinceEpoch(),
                stateName(entry.state), entry.attempts, entry.lastError});
}

void StoreDatabase::updateOutbox(const OutboxEntry &entry)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"UPDATE outbox SET state = ?, attempts = ?, last_error = ? WHERE client_id = ?"_s);
    run(query, {stateName(entry.state), entry.attempts, entry.lastError, entry.clientId});
}

void StoreDatabase::removeFromOutbox(const QString &clientId)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"DELETE FROM outbox WHERE client_id = ?"_s);
    run(query, {clientId});
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
