#include "Attachments.h"

#include "Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

namespace {

const QString Columns =
    u"a.id, a.uploader_id, a.client_id, a.name, a.mime, a.size, a.width, a.height, a.sha256, "
    "a.message_id, m.conversation_id, a.created_at "
    "FROM attachments a LEFT JOIN messages m ON m.id = a.message_id"_s;

constexpr QFile::Permissions OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
const QString ThumbnailSuffix = u".thumb.jpg"_s;

AttachmentRecord recordFromQuery(const QSqlQuery &query)
{
    AttachmentRecord record;
    record.id = query.value(0).toString();
    record.uploaderId = query.value(1).toLongLong();
    record.clientId = query.value(2).toString();
    record.name = query.value(3).toString();
    record.mime = query.value(4).toString();
    record.size = query.value(5).toLongLong();
    if (!query.value(6).isNull())
        record.imageSize = QSize(query.value(6).toInt(), query.value(7).toInt());
    record.sha256Hex = query.value(8).toByteArray();
    record.messageId = query.value(9).toLongLong();
    record.conversationId = query.value(10).toLongLong();
    record.createdAt = query.value(11).toLongLong();
    return record;
}

bool execWith(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcSandboxDb) << "attachments query failed:" << query.lastError().text();
        return false;
    }
    return true;
}

QVariant nullIfInvalid(int value, bool valid)
{
    return valid ? QVariant(value) : QVariant();
}

} // namespace

Attachments::Attachments(QSqlDatabase db, QString folder, Clock clock)
    : m_db(db), m_folder(std::move(folder)), m_clock(std::move(clock))
{
}

Attachments::~Attachments() = default;

QString Attachments::folderBeside(const QString &databasePath)
{
    const QFileInfo database(databasePath);
    return database.absoluteDir().filePath(database.completeBaseName() + u"-attachments"_s);
}

bool Attachments::open(QString *error)
{
    if (m_folder.isEmpty()) {
        m_temporaryFolder = std::make_unique<QTemporaryDir>();
        if (!m_temporaryFolder->isValid()) {
            *error = u"Cannot create a temporary folder for attachments: %1"_s.arg(
                m_temporaryFolder->errorString());
            return false;
        }
        m_folder = m_temporaryFolder->path(); // QTemporaryDir makes it 0700
        return true;
    }
    if (!QDir().mkpath(m_folder) || !QFile::setPermissions(m_folder, OwnerOnly | QFile::ExeOwner)) {
        *error = u"Cannot create the attachments folder %1."_s.arg(m_folder);
        return false;
    }
    removeOrphanFiles();
    return true;
}

QString Attachments::filePath(const QString &id) const
{
    return QDir(m_folder).filePath(id);
}

QString Attachments::thumbnailPath(const QString &id) const
{
    return QDir(m_folder).filePath(id + ThumbnailSuffix);
}

std::optional<AttachmentRecord> Attachments::selectOne(const QString &where,
                                                       const QVariantList &values) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT %1 WHERE %2"_s.arg(Columns, where));
    if (!execWith(query, values) || !query.next())
        return std::nullopt;
    return recordFromQuery(query);
}

std::optional<AttachmentRecord> Attachments::find(const QString &id) const
{
    return selectOne(u"a.id = ?"_s, {id});
}

std::optional<AttachmentRecord> Attachments::findByClientId(qint64 uploaderId,
                                                            const QString &clientId) const
{
    return selectOne(u"a.uploader_id = ? AND a.client_id = ?"_s, {uploaderId, clientId});
}

int Attachments::unattachedCount(qint64 uploaderId) const
{
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT count(*) FROM attachments WHERE uploader_id = ? AND message_id IS NULL"_s);
    if (!execWith(query, {uploaderId}) || !query.next())
        return 0;
    return query.value(0).toInt();
}

std::optional<AttachmentRecord> Attachments::store(qint64 uploaderId, const QString &clientId,
                                                   const QString &name,
                                                   const InspectedFile &content,
                                                   const QByteArray &bytes)
{
    AttachmentRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.uploaderId = uploaderId;
    record.clientId = clientId;
    record.name = name;
    record.mime = content.mime;
    record.size = bytes.size();
    record.imageSize = content.imageSize;
    record.sha256Hex = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    record.createdAt = m_clock();

    // Created owner-only, never over an existing file: no moment where others could read it.
    QFile file(filePath(record.id));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly) ||
        file.write(bytes) != bytes.size() || !file.flush()) {
        qCWarning(lcSandboxDb) << "cannot write" << file.fileName() << file.errorString();
        file.remove();
        return std::nullopt;
    }
    file.close();

    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO attachments (id, uploader_id, client_id, name, mime, size, width, "
                  "height, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const bool image = record.isImage();
    if (!execWith(query, {record.id, uploaderId, clientId, name, record.mime, record.size,
                          nullIfInvalid(record.imageSize.width(), image),
                          nullIfInvalid(record.imageSize.height(), image),
                          QString::fromLatin1(record.sha256Hex), record.createdAt})) {
        QFile::remove(file.fileName());
        return std::nullopt;
    }
    return record;
}

bool Attachments::attach(const QStringList &ids, qint64 senderId, qint64 messageId)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE attachments SET message_id = ?, position = ? "
                  "WHERE id = ? AND uploader_id = ? AND message_id IS NULL"_s);
    for (qsizetype position = 0; position < ids.size(); ++position) {
        if (!execWith(query, {messageId, position, ids.at(position), senderId}) ||
            query.numRowsAffected() != 1)
            return false;
    }
    return true;
}

int Attachments::deleteExpiredUploads()
{
    const qint64 cutoff = m_clock() - UnattachedLifetimeMs;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM attachments WHERE message_id IS NULL AND created_at < ?"_s);
    if (!execWith(query, {cutoff}))
        return 0;
    QStringList expired;
    while (query.next())
        expired.append(query.value(0).toString());
    query.finish();
    int deleted = 0;
    QSqlQuery remove(m_db);
    remove.prepare(u"DELETE FROM attachments WHERE id = ? AND message_id IS NULL"_s);
    for (const QString &id : std::as_const(expired)) {
        if (execWith(remove, {id}) && remove.numRowsAffected() == 1) {
            removeFiles(id);
            ++deleted;
        }
    }
    if (deleted > 0)
        qCInfo(lcSandboxDb) << "deleted" << deleted << "uploads never attached to a message";
    return deleted;
}

void Attachments::removeFiles(const QString &id) const
{
    QFile::remove(filePath(id));
    QFile::remove(thumbnailPath(id));
}

void Attachments::removeOrphanFiles() const
{
    const QStringList names = QDir(m_folder).entryList(QDir::Files | QDir::Hidden);
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM attachments WHERE id = ?"_s);
    for (const QString &name : names) {
        const QString id =
            name.endsWith(ThumbnailSuffix) ? name.chopped(ThumbnailSuffix.size()) : name;
        if (execWith(query, {id}) && query.next())
            continue;
        qCInfo(lcSandboxDb) << "removing" << name << "from the attachments folder: no row names it";
        QFile::remove(QDir(m_folder).filePath(name));
    }
}

QJsonObject Attachments::json(const AttachmentRecord &attachment)
{
    const QString url = u"/api/attachments/"_s + attachment.id;
    const bool image = attachment.isImage();
    return {
        {u"id"_s, attachment.id},
        {u"name"_s, attachment.name},
        {u"mime"_s, attachment.mime},
        {u"size"_s, attachment.size},
        {u"width"_s, image ? QJsonValue(attachment.imageSize.width()) : QJsonValue::Null},
        {u"height"_s, image ? QJsonValue(attachment.imageSize.height()) : QJsonValue::Null},
        {u"url"_s, url},
        {u"thumbnail_url"_s, image ? QJsonValue(url + u"/thumbnail"_s) : QJsonValue::Null},
    };
}

QHash<qint64, QJsonArray> Attachments::jsonForMessages(const QSqlDatabase &db,
                                                       const QList<qint64> &messageIds)
{
    QHash<qint64, QJsonArray> byMessage;
    if (messageIds.isEmpty())
        return byMessage;
    QStringList placeholders;
    QVariantList values;
    for (const qint64 id : messageIds) {
        placeholders.append(u"?"_s);
        values.append(id);
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 WHERE a.message_id IN (%2) ORDER BY a.message_id, a.position"_s.arg(
        Columns, placeholders.join(u',')));
    if (!execWith(query, values))
        return byMessage;
    while (query.next()) {
        const AttachmentRecord record = recordFromQuery(query);
        byMessage[record.messageId].append(json(record));
    }
    return byMessage;
}

} // namespace envisage::sandbox
