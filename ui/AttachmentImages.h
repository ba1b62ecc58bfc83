#pragma once
// Decoded attachment images for painting, shared by the bubbles and the viewer: the
// thumbnails the account's AttachmentCache keeps, the one whole photo being viewed, and
// the local copies of photos still being sent (up to a cap, least recently used dropped). Asking
// for an image that is not there yet starts its download or decoding and answers a null image;
// changed() says when to paint again.
#include "inbox/AttachmentCache.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVariantMap>

namespace envisage::inbox {
class InboxSession;
}

namespace envisage::ui {

class AttachmentImages : public QObject
{
    Q_OBJECT
public:
    using Kind = inbox::AttachmentCache::Kind;
    enum class State { Loading, Ready, Failed };

    explicit AttachmentImages(inbox::InboxSession *session, QObject *parent = nullptr);

    // One entry of MessageListModel::AttachmentsRole.
    QImage image(const QVariantMap &attachment, Kind kind = Kind::Thumbnail);
    State state(const QVariantMap &attachment, Kind kind = Kind::Thumbnail) const;
    QString failure(const QVariantMap &attachment, Kind kind = Kind::Thumbnail) const;
    // After a failure: ask again.
    void retry(const QVariantMap &attachment, Kind kind = Kind::Thumbnail);
    // The whole file on disk (downloaded when needed): fileReady() or fileFailed().
    void requestFile(const QVariantMap &attachment);
    // The whole file when it is on disk already (empty otherwise).
    QString filePath(const QVariantMap &attachment) const;

    static api::Attachment toAttachment(const QVariantMap &attachment);
    // What changed() names: the image of this attachment of that kind.
    static QString keyOf(const QVariantMap &attachment, Kind kind);
    static bool isImage(const QVariantMap &attachment);

Q_SIGNALS:
    void changed(const QString &key);
    void fileReady(const QString &attachmentId, const QString &path);
    void fileFailed(const QString &attachmentId, const QString &message);

private:
    inbox::AttachmentCache *cache();
    void decodeLocal(const QString &key, const QString &path);
    void onReady(const QString &id, Kind kind, const QImage &image, const QString &path);
    void onFailed(const QString &id, Kind kind, const QString &message);

    inbox::InboxSession *m_session;
    QPointer<inbox::AttachmentCache> m_cache; // the signed-in account's
    // Photos still being sent, from their local copies (the server's thumbnails stay in
    // the AttachmentCache); cost in KiB: 16 MiB.
    QCache<QString, QImage> m_localImages{16 * 1024};
    // The one whole photo being viewed (a 12-megapixel photo is 48 MiB decoded).
    QString m_fullKey;
    QImage m_full;
    QSet<QString> m_loading;
    QHash<QString, QString> m_failures;
    QSet<QString> m_wantFile; // ids whose whole file was asked for by requestFile()
};

} // namespace envisage::ui
