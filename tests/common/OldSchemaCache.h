#pragma once
// A cache file as an older app left it, for the migration tests: the schema up to
// `version` built with that version's own migration statements and user_version set, open
// for the test to add the rows the upgrade must keep. The connection is closed and
// removed when it goes, so the current Store can open the file next.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace envisage::store {
class Store;
}

namespace envisage::testing {

class OldSchemaCache
{
public:
    OldSchemaCache(const QString &path, int version);
    ~OldSchemaCache();
    OldSchemaCache(const OldSchemaCache &) = delete;
    OldSchemaCache &operator=(const OldSchemaCache &) = delete;

    // Opens the file and builds the schema; false with the statement that failed in error().
    bool create();
    QString error() const { return m_error; }
    // For the test's own rows (and prepared statements).
    QSqlQuery query() const { return QSqlQuery(m_db); }

private:
    QString m_path;
    int m_version;
    QString m_connection;
    QSqlDatabase m_db;
    QString m_error;
};

// Opens `store` on such a file as the app would: empty if it opened, kept the file (did
// not set it aside as unreadable) and is now at the current schema; else what went wrong.
QString openUpgraded(store::Store &store);

} // namespace envisage::testing
