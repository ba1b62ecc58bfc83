#pragma once
// The outbox's private copies of the files of an unsent message, made before the message
// is queued so that the seller may move or delete the originals: one folder per message
// (<outbox folder>/<message client_id>/), files 0600 in 0700 folders. Photos lose what
// they tell about the seller on the way: the EXIF orientation is applied to the pixels
// and the metadata (GPS position, camera, time) is dropped by encoding the image again,
// unless the seller chose to keep the originals. Runs on a worker thread (QtConcurrent),
// never on the GUI thread: decoding a large photo takes a while.
#include "store/StoreTypes.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>
#include <memory>

namespace envisage::inbox {

class OutboxFiles
{
    Q_DECLARE_TR_FUNCTIONS(OutboxFiles)
public:
    static constexpr int MaxFiles = 3;
    static constexpr qint64 MaxFileSize = 10 * 1024 * 1024; // marketplace-api.md §4

    struct Prepared
    {
        QList<store::OutboxAttachment> files; // with their copies' paths and upload client ids
        QString error;                        // translated; nothing is left behind then
    };

    using OpenFiles = QList<std::shared_ptr<QFile>>;

    // Checks what can be checked at once (how many, readable, not too large) and opens
    // the files, so that the copies can be made from them even if the seller moves or
    // deletes them right after choosing them. A translated sentence when refused.
    static OpenFiles open(const QStringList &files, QString *error);
    // Copies (and cleans) the files into folder/messageClientId; on a worker thread (the
    // files are then used there only). On any failure (an unreadable file, a full disk)
    // the folder is removed again and the error says which.
    static Prepared prepare(const OpenFiles &files, const QString &folder,
                            const QString &messageClientId, bool keepPhotoMetadata);
    // Removes a message's copies.
    static void remove(const QString &folder, const QString &messageClientId);
    // Removes the folders of messages that are not in the outbox (a crash after copying,
    // before the message was written) and that are older than `minimumAgeSeconds`.
    static void removeOrphans(const QString &folder, const QSet<QString> &messageClientIds,
                              qint64 minimumAgeSeconds);

    // Writes `source` as a new image without metadata and with the EXIF orientation
    // applied; false (with the reason) when it cannot be decoded or written. Exposed for
    // tests.
    static bool writeCleanImage(QIODevice &source, const QString &target, const QByteArray &format,
                                QString *error);
    // Whether the image carries metadata that may say where it was taken: EXIF (JPEG
    // APP1, PNG eXIf, WebP EXIF) or XMP/text. Reads from the start of `image`.
    static bool hasMetadata(QIODevice &image, const QString &mime);
};

} // namespace envisage::inbox
