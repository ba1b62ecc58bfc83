#pragma once
// The sandbox's SQLite database: opening (file or :memory:), WAL, and the ordered
// schema migrations recorded in PRAGMA user_version.
#include <QSqlDatabase>
#include <QString>

namespace envisage::sandbox {

class Database
{
public:
    // The schema version this build writes; older files are migrated forward.
    static constexpr int SchemaVersion = 3;

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating folders and file as needed) and migrates. On failure returns
    // false and errorString() says why in a sentence.
    bool open(const QString &path);
    QString errorString() const { return m_error; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

private:
    bool migrate();
    bool execAll(const QStringList &statements);

    QString m_connectionName;
    QString m_error;
};

} // namespace envisage::sandbox
