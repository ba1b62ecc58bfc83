#include "OldSchemaCache.h"

#include "FutureResult.h"
#include "store/Store.h"
#include "store/StoreDatabase.h"

#include <QSqlError>

namespace envisage::testing {

using namespace Qt::StringLiterals;

OldSchemaCache::OldSchemaCache(const QString &path, int version)
    : m_path(path), m_version(version), m_connection(u"old-schema:"_s + path)
{
}

OldSchemaCache::~OldSchemaCache()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase(); // no handle left: removeDatabase() would warn
    QSqlDatabase::removeDatabase(m_connection);
}

bool OldSchemaCache::create()
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return false;
    }
    QSqlQuery query(m_db);
    for (int version = 1; version <= m_version; ++version) {
        for (const QString &statement : store::StoreDatabase::migrationStatements(version)) {
            if (!query.exec(statement)) {
                m_error = statement;
                return false;
            }
        }
    }
    if (!query.exec(u"PRAGMA user_version = %1"_s.arg(m_version))) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

QString openUpgraded(store::Store &store)
{
    const store::OpenResult opened = futureResult(store.open());
    if (!opened.ok)
        return u"not opened: "_s + opened.error;
    if (opened.rebuilt)
        return u"set aside and rebuilt"_s;
    const int version =
        futureResult(store.run<int>([](store::StoreDatabase &db) { return db.schemaVersion(); }));
    if (version != store::StoreDatabase::SchemaVersion)
        return u"at version %1, not %2"_s.arg(version).arg(store::StoreDatabase::SchemaVersion);
    return {};
}

} // namespace envisage::testing
