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
        // 3: seller tools (marketplace-api.md §5). Flags are per viewer: the buyer and
        //    the seller archive a conversation independently. A missing row means no flags.
        {
            u"CREATE TABLE conversation_flags ("
            "  conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
            "  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            "  archived INTEGER NOT NULL DEFAULT 0,"
            "  marked_unread INTEGER NOT NULL DEFAULT 0,"
            "  PRIMARY KEY (conversation_id, user_id)) WITHOUT ROWID"_s,
            // The other party's message brings an archived conversation back to the
            // recipient's inbox, whoever stores it (API, simulator, seeder).
            u"CREATE TRIGGER messages_unarchive AFTER INSERT ON messages BEGIN"
            "  UPDATE conversation_flags SET archived = 0"
            "   WHERE conversation_id = new.conversation_id AND user_id <> new.sender_id"
            "     AND archived = 1;"
            " END"_s,
            u"CREATE TABLE saved_replies ("
            "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
            "  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
            "  title TEXT NOT NULL,"
            "  shortcut TEXT NOT NULL,"
            "  body TEXT NOT NULL,"
            "  created_at INTEGER NOT NULL,"
            "  updated_at INTEGER NOT NULL,"
            "  UNIQUE (user_id, shortcut))"_s,
            // External content: the index holds only tokens, the text stays in messages.
            // remove_diacritics 2 folds accents ("cafe" finds "café") and case.
            u"CREATE VIRTUAL TABLE messages_fts USING fts5(body, content='messages',"
            "  content_rowid='id', tokenize='unicode61 remove_diacritics 2')"_s,
            u"INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')"_s,
            // Triggers keep the index in step with every writer of the messages table.
            u"CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
            "  INSERT INTO messages_fts(rowid, body) VALUES (new.id, new.body);"
            " END"_s,
            u"CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
            "  INSERT INTO messages_fts(messages_fts, rowid, body)"
            "   VALUES ('delete', old.id, old.body);"
            " END"_s,
            u"CREATE TRIGGER messages_fts_update AFTER UPDATE OF body ON messages BEGIN"
            "  INSERT INTO messages_fts(messages_fts, rowid, body)"
            "   VALUES ('delete', old.id, old.body);"
            "  INSERT INTO messages_fts(rowid, body) VALUES (new.id, new.body);"
            " END"_s,
        },
        // 4: uploaded files (marketplace-api.md §4), stored on disk under their id; an
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
