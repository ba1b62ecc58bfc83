#include "AttachmentCache.h"

#include "CoreLogging.h"
#include "api/MarketplaceApi.h"
#include "common/FutureWatch.h"
#include "common/Guarded.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace envisage::inbox {

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions PrivateFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr int AllocationLimitMiB = 256;
constexpr qint64 MaxPixels = 50'000'000; // the contract's limit for uploads

struct Decoded
{
    QImage image;
    QString error; // empty when the file is what it claims to be
};

// On a worker thread: the image decoded (orientation applied, size checked before any
// pixel is allocated), or a document's size checked.
Decoded decode(const QString &path, bool isImage, qint64 expectedSize, int maxSide)
{
    Decoded result;
    if (!isImage) {
        const qint64 size = QFileInfo(path).size();
        if (expectedSize > 0 && size != expectedSize)
            result.error = u"%1 bytes, announced %2"_s.arg(size).arg(expectedSize);
        return result;
    }
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    // The contract's image formats only (§4): the bytes come from the network, and Qt's other
    // decoders (TGA, ICNS, SVG, …) need not see them.
    static const QList<QByteArray> formats{"jpeg", "png", "gif", "webp"};
    if (!formats.contains(reader.format())) {
        result.error = u"not a JPEG, PNG, GIF or WebP image"_s;
        return result;
    }
    reader.setAutoTransform(true);
    reader.setAllocationLimit(AllocationLimitMiB);
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > MaxPixels) {
        result.error = u"%1×%2 pixels"_s.arg(size.width()).arg(size.height());
        return result;
    }
    if (maxSide > 0 && size.isValid() && std::max(size.width(), size.height()) > maxSide)
        reader.setScaledSize(size.scaled(maxSide, maxSide, Qt::KeepAspectRatio));
    result.image = reader.read();
    if (result.image.isNull())
        result.error = reader.errorString();
    return result;
}

} // namespace

struct AttachmentCache::Download
{
    std::unique_ptr<QFile> part;
    // The request's context: destroying it aborts the request. Declared last, so that it
    // goes first, while the file the request writes to still exists.
    std::unique_ptr<QObject> scope;
};

AttachmentCache::AttachmentCache(api::MarketplaceApi &api, const QString &folder, QObject *parent)
    : QObject(parent), m_api(api), m_folder(folder), m_thumbnails(32 * 1024)
{
    if (m_folder.isEmpty()) {
        m_temporary = std::make_unique<QTemporaryDir>();
        m_folder = m_temporary->path();
    }
    QDir().mkpath(m_folder);
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    scan();
}

AttachmentCache::~AttachmentCache()
{
    m_inFlight.clear(); // aborts the downloads before their files go
}

void AttachmentCache::setCapacity(qint64 bytes)
{
    m_capacity = bytes;
    evict({});
}

QString AttachmentCache::keyOf(const QString &attachmentId, Kind kind)
{
    // Ids come from the server: hashed, so that no id can name another path.
    const QByteArray hash =
        QCryptographicHash::hash(attachmentId.toUtf8(), QCryptographicHash::Sha256).toHex();
    const QString suffix = kind == Kind::Thumbnail ? u"-t"_s
                           : kind == Kind::Full    ? u"-f"_s
                                                   : u"-p"_s;
    return QString::fromLatin1(hash.left(40)) + suffix;
}

QString AttachmentCache::pathOf(const QString &key) const
{
    return QDir(m_folder).filePath(key + u".data"_s);
}

QString AttachmentCache::cachedPath(const QString &attachmentId, Kind kind) const
{
    const QString key = keyOf(attachmentId, kind);
    return m_entries.contains(key) ? pathOf(key) : QString();
}

QImage AttachmentCache::thumbnail(const QString &attachmentId) const
{
    const QImage *image = m_thumbnails.object(keyOf(attachmentId, Kind::Thumbnail));
    return image ? *image : QImage();
}

QImage AttachmentCache::picture(const QString &url) const
{
    const QImage *image = m_thumbnails.object(keyOf(url, Kind::Picture));
    return image ? *image : QImage();
}

void AttachmentCache::requestPicture(const QString &url)
{
    api::Attachment picture;
    picture.id = url; // hashed into its key, as an attachment id is
    picture.url = url;
    picture.mime = u"image/*"_s;
    request(picture, Kind::Picture);
}

bool AttachmentCache::isLoading(const QString &attachmentId, Kind kind) const
{
    return m_inFlight.contains(keyOf(attachmentId, kind));
}

void AttachmentCache::scan()
{
    const QDir dir(m_folder);
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files | QDir::Hidden)) {
        const QString name = info.fileName();
        if (name.endsWith(u".part"_s)) {
            QFile::remove(info.filePath()); // a download a crash interrupted
            continue;
        }
        if (!name.endsWith(u".data"_s))
            continue;
        const QString key = name.chopped(5);
        QFile meta(dir.filePath(key + u".meta"_s));
        const QJsonObject fields = meta.open(QIODevice::ReadOnly)
                                       ? QJsonDocument::fromJson(meta.read(4096)).object()
                                       : QJsonObject();
        if (fields.isEmpty()) {
            QFile::remove(info.filePath());
            continue;
        }
        Entry entry;
        entry.etag = fields.value(u"etag"_s).toString();
        entry.mime = fields.value(u"mime"_s).toString();
        entry.size = info.size();
        entry.lastUsedMs = info.lastModified().toMSecsSinceEpoch();
        m_entries.insert(key, entry);
        m_used += entry.size;
    }
    // Metadata without its file.
    for (const QString &name : dir.entryList({u"*.meta"_s}, QDir::Files | QDir::Hidden)) {
        if (!m_entries.contains(name.chopped(5)))
            QFile::remove(dir.filePath(name));
    }
    evict({});
}

void AttachmentCache::request(const api::Attachment &attachment, Kind kind)
{
    const QString key = keyOf(attachment.id, kind);
    if (m_inFlight.contains(key))
        return;
    const QString url = kind == Kind::Thumbnail ? attachment.thumbnailUrl : attachment.url;
    if (url.isEmpty()) {
        announceFailure(attachment.id, kind, tr("There is no preview of this file."));
        return;
    }
    // A thumbnail on disk is current: an attachment id names one upload's bytes for good,
    // and the server's picture of them cannot change. Asking again for every thumbnail a
    // seller scrolls past would cost a request each, on the GUI thread, for nothing. Whole
    // files are revalidated once per run (their ETag), as the contract offers.
    const bool current = m_validated.contains(key) || kind == Kind::Thumbnail;
    if (m_entries.contains(key) && current) {
        if (const QImage *image = m_thumbnails.object(key)) {
            // Decoded already: answered on the next turn, as any other answer is.
            QTimer::singleShot(0, this, [this, id = attachment.id, kind, key, image = *image] {
                if (m_entries.contains(key))
                    announceReady(id, kind, image, pathOf(key));
            });
            return;
        }
        deliver(attachment, kind, key);
        return;
    }
    download(attachment, kind, key);
}

void AttachmentCache::download(const api::Attachment &attachment, Kind kind, const QString &key)
{
    auto state = std::make_shared<Download>();
    state->part = std::make_unique<QFile>(pathOf(key) + u".part"_s);
    if (!state->part->open(QIODevice::WriteOnly | QIODevice::Truncate, PrivateFile)) {
        announceFailure(
            attachment.id, kind,
            tr("The file cannot be saved on this computer: %1").arg(state->part->errorString()));
        return;
    }
    state->scope = std::make_unique<QObject>();
    QObject *scope = state->scope.get();
    m_inFlight.insert(key, state);
    const auto cached = m_entries.constFind(key);
    const QString etag = cached != m_entries.cend() ? cached->etag : QString();
    auto finished = [this, attachment, kind,
                     key](const api::ApiResult<api::DownloadResult> &result) {
        finishDownload(attachment, kind, key, result);
    };
    if (kind == Kind::Picture) {
        m_api.downloadPicture(scope, attachment.url, etag, state->part.get(), MaxPictureBytes,
                              std::move(finished));
        return;
    }
    m_api.downloadAttachment(
        scope, kind == Kind::Thumbnail ? attachment.thumbnailUrl : attachment.url, etag,
        state->part.get(),
        guarded(scope,
                [this, id = attachment.id, kind](qint64 received, qint64 total) {
                    Q_EMIT progress(id, kind, received, total);
                }),
        std::move(finished));
}

void AttachmentCache::finishDownload(const api::Attachment &attachment, Kind kind,
                                     const QString &key,
                                     const api::ApiResult<api::DownloadResult> &result)
{
    const std::shared_ptr<Download> state = m_inFlight.value(key);
    if (!state)
        return;
    const QString partPath = state->part->fileName();
    state->part->close();
    state->scope.release()->deleteLater(); // this runs inside its request
    if (!result.ok() || result.value().notModified) {
        QFile::remove(partPath);
        const bool haveCopy = m_entries.contains(key);
        if (result.ok() || (haveCopy && result.error().isTemporary())) {
            // Current (304), or the server cannot say: the copy on disk is what there is.
            if (result.ok())
                m_validated.insert(key);
            deliver(attachment, kind, key);
            return;
        }
        fail(attachment.id, kind, key, result.error().message());
        return;
    }
    drop(key); // the older copy, if any
    const QString path = pathOf(key);
    QFile meta(QDir(m_folder).filePath(key + u".meta"_s));
    const QByteArray fields = QJsonDocument(QJsonObject{{u"etag"_s, result.value().etag},
                                                        {u"mime"_s, result.value().mime}})
                                  .toJson(QJsonDocument::Compact);
    if (!QFile::rename(partPath, path) ||
        !meta.open(QIODevice::WriteOnly | QIODevice::Truncate, PrivateFile) ||
        meta.write(fields) != fields.size() || !meta.flush()) {
        QFile::remove(partPath);
        QFile::remove(path);
        meta.remove();
        fail(attachment.id, kind, key, tr("The file cannot be saved on this computer."));
        return;
    }
    meta.close();
    Entry entry;
    entry.etag = result.value().etag;
    entry.mime = result.value().mime;
    entry.size = QFileInfo(path).size();
    entry.lastUsedMs = QDateTime::currentMSecsSinceEpoch();
    m_entries.insert(key, entry);
    m_used += entry.size;
    m_validated.insert(key);
    evict(key);
    deliver(attachment, kind, key);
}

void AttachmentCache::deliver(const api::Attachment &attachment, Kind kind, const QString &key)
{
    // In flight while it is decoded, so that a second request waits for this answer.
    if (!m_inFlight.contains(key))
        m_inFlight.insert(key, std::make_shared<Download>());
    const QString path = pathOf(key);
    const bool isImage = kind != Kind::Full || attachment.isImage();
    const QFuture<Decoded> decoding =
        QtConcurrent::run(decode, path, isImage, kind == Kind::Full ? attachment.size : 0,
                          kind == Kind::Picture ? MaxPictureSide : 0);
    whenFinished(
        this, decoding, [this, id = attachment.id, kind, key, path](const Decoded &decoded) {
            if (!m_inFlight.contains(key))
                return; // dropped meanwhile
            if (!decoded.error.isEmpty()) {
                qCInfo(lcInbox) << "a downloaded attachment is not what it claims:"
                                << decoded.error;
                drop(key); // garbage: fetched again on Retry
                m_validated.remove(key);
                fail(id, kind, key, tr("The file could not be read. It may be damaged."));
                return;
            }
            m_inFlight.remove(key);
            touch(key);
            if (kind != Kind::Full)
                m_thumbnails.insert(key, new QImage(decoded.image),
                                    qMax<qsizetype>(1, decoded.image.sizeInBytes() / 1024));
            announceReady(id, kind, decoded.image, path);
        });
}

void AttachmentCache::fail(const QString &attachmentId, Kind kind, const QString &key,
                           const QString &message)
{
    m_inFlight.remove(key);
    announceFailure(attachmentId, kind, message);
}

void AttachmentCache::announceReady(const QString &id, Kind kind, const QImage &image,
                                    const QString &path)
{
    if (kind == Kind::Picture)
        Q_EMIT pictureReady(id, image);
    else
        Q_EMIT ready(id, kind, image, path);
}

void AttachmentCache::announceFailure(const QString &id, Kind kind, const QString &message)
{
    if (kind == Kind::Picture) {
        qCInfo(lcInbox) << "a picture could not be shown:" << message;
        Q_EMIT pictureFailed(id, message);
    } else {
        Q_EMIT failed(id, kind, message);
    }
}

void AttachmentCache::touch(const QString &key)
{
    const auto entry = m_entries.find(key);
    if (entry == m_entries.end())
        return;
    entry->lastUsedMs = QDateTime::currentMSecsSinceEpoch();
    // The modification time is the last use, so that the order survives a restart.
    QFile file(pathOf(key));
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
}

void AttachmentCache::drop(const QString &key)
{
    const auto entry = m_entries.constFind(key);
    if (entry == m_entries.cend())
        return;
    m_used -= entry->size;
    m_entries.erase(entry);
    m_thumbnails.remove(key);
    QFile::remove(pathOf(key));
    QFile::remove(QDir(m_folder).filePath(key + u".meta"_s));
}

void AttachmentCache::evict(const QString &keep)
{
    if (m_used <= m_capacity)
        return;
    QList<std::pair<qint64, QString>> byAge;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it.key() != keep && !m_inFlight.contains(it.key()))
            byAge.append({it->lastUsedMs, it.key()});
    }
    std::sort(byAge.begin(), byAge.end());
    for (const auto &[lastUsed, key] : std::as_const(byAge)) {
        if (m_used <= m_capacity)
            break;
        drop(key);
        m_validated.remove(key);
    }
}

} // namespace envisage::inbox
