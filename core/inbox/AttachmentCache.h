#pragma once
// Thumbnails and whole files of attachments on disk, one cache per account (beside its
// SQLite cache), for the bubbles and the viewer: request() answers with ready() (the
// file, and the decoded image for images) or failed() (a sentence; request() again is
// Retry). Files are 0600 in a 0700 folder, each with a small sidecar naming its ETag;
// the least recently used are evicted beyond the size cap (default 500 MiB). A whole file
// already on disk is revalidated with If-None-Match once per run (304 keeps it), and used
// as it is when the server cannot be reached; a thumbnail on disk is used as it is (an
// attachment never changes). Images are decoded on a worker
// thread with an allocation limit; a download that is not what it claims (an image that
// does not decode, a size other than announced) is deleted and reported, never shown.
// The marketplace's other pictures (a user's avatar_url, a listing's image_url) are kept
// here too, by URL, under the same rules (Kind::Picture, requestPicture()): fetched only
// from the API's own origin or over https (the token only ever to the API's origin),
// revalidated once per run, decoded to at most 512 px, kept decoded in memory beside the
// thumbnails; one that does not decode is deleted and reported, so the caller keeps its
// initials.
#include "api/MarketplaceApi.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QTemporaryDir>
#include <memory>

namespace envisage::inbox {

class AttachmentCache : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Thumbnail, Full, Picture };
    Q_ENUM(Kind)
    static constexpr qint64 DefaultCapacity = 500LL * 1024 * 1024;
    static constexpr qint64 MaxPictureBytes = 5LL * 1024 * 1024; // longer answers are cut off
    static constexpr int MaxPictureSide = 512;                   // decoded no larger

    // folder empty: a private temporary folder, removed with the cache.
    AttachmentCache(api::MarketplaceApi &api, const QString &folder, QObject *parent = nullptr);
    ~AttachmentCache() override;

    void setCapacity(qint64 bytes);
    qint64 capacity() const { return m_capacity; }
    qint64 usedBytes() const { return m_used; }
    QString folder() const { return m_folder; }

    // Answers with ready() or failed(), from the disk or the server; asking again while
    // a request is on its way adds nothing.
    void request(const api::Attachment &attachment, Kind kind);
    // The file on disk, if there is one (not revalidated).
    QString cachedPath(const QString &attachmentId, Kind kind) const;
    // A thumbnail decoded lately, kept in memory (up to 32 MiB, about 100 of them; the
    // bubbles keep their own tiles), so that a delegate can
    // paint it at once; null otherwise (then request() it).
    QImage thumbnail(const QString &attachmentId) const;
    bool isLoading(const QString &attachmentId, Kind kind) const;

    // A picture by the URL the server gave (relative to the API base or absolute):
    // answers with pictureReady() or pictureFailed(), like request().
    void requestPicture(const QString &url);
    // A picture decoded lately, kept in memory; null otherwise (then requestPicture() it).
    QImage picture(const QString &url) const;

Q_SIGNALS:
    // image: decoded for images (thumbnails always), null for documents.
    void ready(const QString &attachmentId, envisage::inbox::AttachmentCache::Kind kind,
               const QImage &image, const QString &path);
    void failed(const QString &attachmentId, envisage::inbox::AttachmentCache::Kind kind,
                const QString &message);
    void progress(const QString &attachmentId, envisage::inbox::AttachmentCache::Kind kind,
                  qint64 received, qint64 total);
    void pictureReady(const QString &url, const QImage &image);
    void pictureFailed(const QString &url, const QString &message);

private:
    struct Entry
    {
        QString etag;
        QString mime;
        qint64 size = 0;
        qint64 lastUsedMs = 0;
    };
    struct Download;

    static QString keyOf(const QString &attachmentId, Kind kind);
    QString pathOf(const QString &key) const;
    void scan();
    void download(const api::Attachment &attachment, Kind kind, const QString &key);
    void finishDownload(const api::Attachment &attachment, Kind kind, const QString &key,
                        const api::ApiResult<api::DownloadResult> &result);
    void deliver(const api::Attachment &attachment, Kind kind, const QString &key);
    void fail(const QString &attachmentId, Kind kind, const QString &key, const QString &message);
    // ready() or pictureReady(), failed() or pictureFailed(), as the kind says.
    void announceReady(const QString &id, Kind kind, const QImage &image, const QString &path);
    void announceFailure(const QString &id, Kind kind, const QString &message);
    void touch(const QString &key);
    void drop(const QString &key);
    void evict(const QString &keep);

    api::MarketplaceApi &m_api;
    QString m_folder;
    std::unique_ptr<QTemporaryDir> m_temporary;
    qint64 m_capacity = DefaultCapacity;
    qint64 m_used = 0;
    QHash<QString, Entry> m_entries;                      // on disk, by key
    QHash<QString, std::shared_ptr<Download>> m_inFlight; // downloads and decodes, by key
    QSet<QString> m_validated;                            // revalidated during this run
    QCache<QString, QImage> m_thumbnails; // decoded thumbnails and pictures, by key; cost in KiB
};

} // namespace envisage::inbox
