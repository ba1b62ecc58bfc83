#include "Database.h"

#include "Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

namespace {

// Migration N brings a database from user_version N-1 to N. Append, never edit.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> all = {
        // 1: the marketplace's messaging tables, as the Laravel app has them.
        {
            u"CREATE TABLE users ("
            "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
            "  name TEXT NOT NULL,"
            "  email TEXT NOT NULL UNIQUE COLLATE NOCASE,"
            "  role TEXT NOT NULL CHECK (role IN ('seller','buyer')),"
            "  password_hash TEXT NOT NULL,"
            "  avatar_url TEXT,"
            "  last_seen_at INTEGER,"
            "  created_at INTEGER NOT NULL)"_s,
            u"CREATE TABLE personal_access_tokens ("
            "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
            "  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            "  name TEXT NOT NULL,"
            "  token_hash TEXT NOT NULL UNIQUE,"
            "  last_used_at INTEGER,"
            "  created_at INTEGER NOT NULL)"_s,
            u"CREATE TABLE listings ("
            "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
            "  seller_id INTEGER NOT NULL REFERENCES users(id),"
            "  title TEXT NOT NULL,"
            "  image_url TEXT,"
            "  price TEXT NOT NULL,"
            "  currency TEXT NOT NULL)"_s,
            u"CREATE TABLE conversations ("
            "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
            "  listing_id INTEGER NOT NULL REFERENCES listings(id),"
            "  buyer_id INTEGER NOT NULL REFERENCES users(id),"
            "  seller_id INTEGER NOT NULL REFERENCES users(id),"
            "  created_at INTEGER NOT NULL,"
            "  updated_at INTEGER NOT NULL,"
            "  UNIQUE (listing_id, buyer_id))"_s,
            u"CREATE INDEX conversations_buyer ON conversations(buyer_id, updated_at)"_s,
            u"CREATE INDEX conversations_seller ON conversations(seller_id, updated_at)"_s,
            u"CREATE TABLE messages ("
            "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
            "  conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
            "  sender_id INTEGER NOT NULL REFERENCES users(id),"
            "  body TEXT NOT NULL,"
            "  client_id TEXT,"
            "  created_at INTEGER NOT NULL,"
            "  read_at INTEGER)"_s,
            u"CREATE INDEX messages_conversation ON messages(conversation_id, id)"_s,
            u"CREATE UNIQUE INDEX messages_client_id ON messages(sender_id, client_id)"
            "  WHERE client_id IS NOT NULL"_s,
        },
        // 2: a client_id is unique per sender and conversation, the scope in which a
        //    resend is recognised; the same id in another conversation is another message.
        {
            u"DROP INDEX messages_client_id"_s,
            u"CREATE UNIQUE INDEX messages_client_id"
            "  ON messages(sender_id, conversation_id, client_id) WHERE client_id IS NOT NULL"_s,
        },
        // 3: uploaded files (marketplace-api.md §4), stored on disk under their id; an
        //    upload is attached to at most one message, at a position, or expires.
        {
            u"CREATE TABLE attachments ("
            "  id TEXT PRIMARY KEY,"
            "  uploader_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            "  client_id TEXT NOT NULL,"
            "  name TEXT NOT NULL,"
            "  mime TEXT NOT NULL,"
            "  size INTEGER NOT NULL,"
            "  width INTEGER,"
            "  height INTEGER,"
            "  sha256 TEXT NOT NULL,"
            "  message_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,"
            "  position INTEGER,"
            "  created_at INTEGER NOT NULL,"
            "  UNIQUE (uploader_id, client_id))"_s,
            u"CREATE INDEX attachments_message ON attachments(message_id, position)"_s,
            u"CREATE INDEX attachments_unattached ON attachments(created_at)"
            "  WHERE message_id IS NULL"_s,
        },
    };
    return all;
}

} // namespace

Database::~Database()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::open(const QString &path)
{
    m_connectionName = u"sandbox-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (!db.isValid()) {
        m_error = u"The Qt SQLite driver (QSQLITE) is not installed."_s;
        return false;
    }
    const bool inMemory = path == u":memory:"_s;
    if (!inMemory) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            m_error = u"Cannot create the folder %1."_s.arg(info.absolutePath());
            return false;
        }
    }
    db.setDatabaseName(path);
    if (!db.open()) {
        m_error = u"Cannot open the database %1: %2"_s.arg(path, db.lastError().text());
        return false;
    }
    // An unreadable file (not SQLite, truncated) fails here with a clear message.
    QSqlQuery probe(db);
    if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
        m_error = u"%1 is not a readable SQLite database: %2"_s.arg(path, probe.lastError().text());
        return false;
    }
    probe.finish(); // an open statement would keep a read transaction and block WAL mode
    QStringList pragmas = {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA busy_timeout = 5000"_s};
    if (!inMemory)
        pragmas << u"PRAGMA journal_mode = WAL"_s << u"PRAGMA synchronous = NORMAL"_s;
    if (!execAll(pragmas))
        return false;
    return migrate();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool Database::migrate()
{
    const int current = schemaVersion();
    if (current > SchemaVersion) {
        m_error = u"The database has schema version %1, newer than this sandbox understands (%2)."_s
                      .arg(current)
                      .arg(SchemaVersion);
        return false;
    }
    QSqlDatabase db = connection();
    for (int version = current + 1; version <= SchemaVersion; ++version) {
        db.transaction();
        QStringList statements = migrations().at(version - 1);
        statements << u"PRAGMA user_version = %1"_s.arg(version);
        if (!execAll(statements)) {
            db.rollback();
            return false;
        }
        db.commit();
        qCInfo(lcSandboxDb) << "migrated the database to schema version" << version;
    }
    return true;
}

bool Database::execAll(const QStringList &statements)
{
    QSqlQuery query(connection());
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            m_error = u"Database statement failed (%1): %2"_s.arg(statement.left(60),
                                                                  query.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace envisage::sandbox
