#pragma once
// Uploaded files (marketplace-api.md §4): metadata in the attachments table, bytes on
// disk under the generated id (never the name a client sent), owner-only permissions.
// A file database keeps its files in a folder beside it ("sandbox.sqlite" →
// "sandbox-attachments/"); a :memory: database in a temporary folder removed with
// this object. Uploads not attached to a message within UnattachedLifetimeMs are
// deleted by deleteExpiredUploads() (AttachmentSweeper calls it on a timer).
#include "AttachmentInspector.h"
#include "Timestamps.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QTemporaryDir;

namespace envisage::sandbox {

struct AttachmentRecord
{
    QString id; // a uuid, also the file's name on disk
    qint64 uploaderId = 0;
    QString clientId;
    QString name; // sanitised (AttachmentNames)
    QString mime;
    qint64 size = 0;
    QSize imageSize; // invalid for documents
    QByteArray sha256Hex;
    qint64 messageId = 0;      // 0 while not attached
    qint64 conversationId = 0; // of that message
    qint64 createdAt = 0;

    bool isImage() const { return imageSize.isValid(); }
    bool isAttached() const { return messageId != 0; }
};

class Attachments
{
public:
    static constexpr qint64 MaxFileBytes = 10 << 20;
    static constexpr qint64 UnattachedLifetimeMs = 24LL * 60 * 60 * 1000;
    // Uploads one user may have waiting for a message: what one account can make the
    // sandbox hold on disk is bounded (50 × 10 MiB).
    static constexpr int MaxUnattachedPerUser = 50;

    // `folder` empty: a temporary folder (for :memory: databases).
    Attachments(QSqlDatabase db, QString folder, Clock clock = &nowMs);
    ~Attachments();
    Attachments(const Attachments &) = delete;
    Attachments &operator=(const Attachments &) = delete;

    // The folder beside a database file: "/data/sandbox.sqlite" → "/data/sandbox-attachments".
    static QString folderBeside(const QString &databasePath);

    // Creates the folder (0700) and removes files no row names (a crash between writing
    // a file and its row). On failure returns false with a sentence in *error.
    bool open(QString *error);
    QString folder() const { return m_folder; }
    QSqlDatabase database() const { return m_db; }
    QString filePath(const QString &id) const;
    QString thumbnailPath(const QString &id) const;

    std::optional<AttachmentRecord> find(const QString &id) const;
    std::optional<AttachmentRecord> findByClientId(qint64 uploaderId,
                                                   const QString &clientId) const;
    int unattachedCount(qint64 uploaderId) const;

    // Writes the bytes (0600) and the row; nothing stays behind when either fails.
    std::optional<AttachmentRecord> store(qint64 uploaderId, const QString &clientId,
                                          const QString &name, const InspectedFile &content,
                                          const QByteArray &bytes);
    // Attaches uploads, in this order, to a message; false (and nothing changed by the
    // failing statement) when one is not the sender's or is attached already. Call it in
    // the transaction that stores the message.
    bool attach(const QStringList &ids, qint64 senderId, qint64 messageId);
    // Deletes the unattached uploads older than UnattachedLifetimeMs; returns how many.
    int deleteExpiredUploads();

    static QJsonObject json(const AttachmentRecord &attachment);
    // The Attachment JSON arrays of messages, in attachment order; messages without
    // attachments are absent from the answer.
    static QHash<qint64, QJsonArray> jsonForMessages(const QSqlDatabase &db,
                                                     const QList<qint64> &messageIds);

private:
    std::optional<AttachmentRecord> selectOne(const QString &where,
                                              const QVariantList &values) const;
    void removeFiles(const QString &id) const;
    void removeOrphanFiles() const;

    QSqlDatabase m_db;
    QString m_folder;
    std::unique_ptr<QTemporaryDir> m_temporaryFolder;
    Clock m_clock;
};

} // namespace envisage::sandbox
