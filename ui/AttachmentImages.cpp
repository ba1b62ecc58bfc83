#include "AttachmentImages.h"

#include "inbox/InboxSession.h"

#include <QFutureWatcher>
#include <QImageReader>
#include <QtConcurrent/QtConcurrentRun>

namespace envisage::ui {

using namespace Qt::StringLiterals;

namespace {
constexpr int LocalThumbnailSide = 640; // enough for the largest bubble at scale 2

QImage decodeLocalThumbnail(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    reader.setAllocationLimit(256);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > LocalThumbnailSide || size.height() > LocalThumbnailSide))
        reader.setScaledSize(
            size.scaled(LocalThumbnailSide, LocalThumbnailSide, Qt::KeepAspectRatio));
    return reader.read();
}

int costOf(const QImage &image)
{
    return std::max(1, int(image.sizeInBytes() / 1024));
}
} // namespace

AttachmentImages::AttachmentImages(inbox::InboxSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
}

bool AttachmentImages::isImage(const QVariantMap &attachment)
{
    return attachment.value(u"mime"_s).toString().startsWith(u"image/"_s);
}

api::Attachment AttachmentImages::toAttachment(const QVariantMap &attachment)
{
    return attachment.value(u"attachment"_s).value<api::Attachment>();
}

// A sent attachment by its id; an unsent one by its local copy (it has no URL yet).
QString AttachmentImages::keyOf(const QVariantMap &attachment, Kind kind)
{
    if (attachment.contains(u"url"_s))
        return attachment.value(u"id"_s).toString() +
               (kind == Kind::Full ? u"/full"_s : u"/thumb"_s);
    return u"local:"_s + attachment.value(u"path"_s).toString();
}

inbox::AttachmentCache *AttachmentImages::cache()
{
    inbox::AttachmentCache *current = m_session->attachments();
    if (current != m_cache) { // signed in, out, or as someone else: start afresh
        if (m_cache)
            m_cache->disconnect(this);
        m_cache = current;
        m_fullKey.clear();
        m_full = {};
        m_loading.clear();
        m_failures.clear();
        if (current) {
            connect(current, &inbox::AttachmentCache::ready, this, &AttachmentImages::onReady);
            connect(current, &inbox::AttachmentCache::failed, this, &AttachmentImages::onFailed);
        }
    }
    return current;
}

QImage AttachmentImages::image(const QVariantMap &attachment, Kind kind)
{
    const QString key = keyOf(attachment, kind);
    if (key == m_fullKey)
        return m_full;
    if (const QImage *image = m_localImages.object(key))
        return *image;
    if (kind == Kind::Thumbnail && attachment.contains(u"url"_s) && cache()) {
        if (const QImage thumbnail = m_cache->thumbnail(attachment.value(u"id"_s).toString());
            !thumbnail.isNull())
            return thumbnail; // the cache keeps the thumbnails decoded lately
    }
    if (m_loading.contains(key) || m_failures.contains(key))
        return {};
    if (!attachment.contains(u"url"_s)) {
        decodeLocal(key, attachment.value(u"path"_s).toString());
    } else if (inbox::AttachmentCache *attachments = cache()) {
        m_loading.insert(key);
        attachments->request(toAttachment(attachment), kind);
    }
    return {};
}

AttachmentImages::State AttachmentImages::state(const QVariantMap &attachment, Kind kind) const
{
    const QString key = keyOf(attachment, kind);
    if (m_failures.contains(key))
        return State::Failed;
    if (key == m_fullKey || m_localImages.contains(key))
        return State::Ready;
    const bool thumbnailReady = kind == Kind::Thumbnail && m_cache &&
                                !m_cache->thumbnail(attachment.value(u"id"_s).toString()).isNull();
    return thumbnailReady ? State::Ready : State::Loading;
}

QString AttachmentImages::failure(const QVariantMap &attachment, Kind kind) const
{
    return m_failures.value(keyOf(attachment, kind));
}

void AttachmentImages::retry(const QVariantMap &attachment, Kind kind)
{
    m_failures.remove(keyOf(attachment, kind));
    image(attachment, kind);
    Q_EMIT changed(keyOf(attachment, kind));
}

void AttachmentImages::requestFile(const QVariantMap &attachment)
{
    inbox::AttachmentCache *attachments = cache();
    const QString id = attachment.value(u"id"_s).toString();
    if (!attachment.contains(u"url"_s)) { // not sent yet: the local copy is the file
        Q_EMIT fileReady(id, attachment.value(u"path"_s).toString());
        return;
    }
    if (!attachments) {
        Q_EMIT fileFailed(id, tr("Sign in to open attachments."));
        return;
    }
    m_wantFile.insert(id);
    attachments->request(toAttachment(attachment), Kind::Full);
}

QString AttachmentImages::filePath(const QVariantMap &attachment) const
{
    if (!attachment.contains(u"url"_s))
        return attachment.value(u"path"_s).toString();
    return m_cache ? m_cache->cachedPath(attachment.value(u"id"_s).toString(), Kind::Full)
                   : QString();
}

void AttachmentImages::decodeLocal(const QString &key, const QString &path)
{
    m_loading.insert(key);
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, key] {
        watcher->deleteLater();
        m_loading.remove(key);
        const QImage image = watcher->result();
        if (image.isNull())
            m_failures.insert(key, tr("This photo cannot be shown."));
        else
            m_localImages.insert(key, new QImage(image), costOf(image));
        Q_EMIT changed(key);
    });
    watcher->setFuture(QtConcurrent::run(decodeLocalThumbnail, path));
}

void AttachmentImages::onReady(const QString &id, Kind kind, const QImage &image,
                               const QString &path)
{
    const QString key = id + (kind == Kind::Full ? u"/full"_s : u"/thumb"_s);
    m_loading.remove(key);
    if (!image.isNull() && kind == Kind::Full) { // thumbnails stay in the cache
        m_fullKey = key;
        m_full = image;
    }
    if (kind == Kind::Full && m_wantFile.remove(id))
        Q_EMIT fileReady(id, path);
    Q_EMIT changed(key);
}

void AttachmentImages::onFailed(const QString &id, Kind kind, const QString &message)
{
    const QString key = id + (kind == Kind::Full ? u"/full"_s : u"/thumb"_s);
    m_loading.remove(key);
    m_failures.insert(key, message);
    if (kind == Kind::Full && m_wantFile.remove(id))
        Q_EMIT fileFailed(id, message);
    Q_EMIT changed(key);
}

} // namespace envisage::ui
