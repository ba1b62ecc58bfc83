#include "MarketplacePictures.h"

#include "inbox/AttachmentCache.h"
#include "inbox/InboxSession.h"

#include <QPainter>
#include <QPainterPath>

namespace envisage::ui {

using namespace Qt::StringLiterals;

MarketplacePictures::MarketplacePictures(inbox::InboxSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
}

inbox::AttachmentCache *MarketplacePictures::cache()
{
    inbox::AttachmentCache *current = m_session->attachments();
    if (current != m_cache) { // signed in, out, or as someone else: start afresh
        if (m_cache)
            m_cache->disconnect(this);
        m_cache = current;
        m_loading.clear();
        m_failed.clear();
        m_scaled.clear();
        if (current) {
            connect(current, &inbox::AttachmentCache::pictureReady, this,
                    &MarketplacePictures::onReady);
            connect(current, &inbox::AttachmentCache::pictureFailed, this,
                    &MarketplacePictures::onFailed);
        }
    }
    return current;
}

QPixmap MarketplacePictures::pixmap(const QString &url, QSize size, Shape shape,
                                    qreal devicePixelRatio)
{
    inbox::AttachmentCache *pictures = cache();
    if (url.isEmpty() || !pictures || size.isEmpty() || m_failed.contains(url))
        return {};
    const QString key = u"%1|%2x%3|%4|%5"_s.arg(url)
                            .arg(size.width())
                            .arg(size.height())
                            .arg(int(shape))
                            .arg(devicePixelRatio);
    if (const QPixmap *scaled = m_scaled.object(key))
        return *scaled;
    const QImage image = pictures->picture(url);
    if (image.isNull()) {
        if (!m_loading.contains(url)) {
            m_loading.insert(url);
            pictures->requestPicture(url);
        }
        return {};
    }
    // Filled (cropped to the middle), as chat apps show avatars and product pictures.
    const QSize pixels = size * devicePixelRatio;
    const QImage filled =
        image.scaled(pixels, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    QPixmap result(pixels);
    result.fill(Qt::transparent);
    {
        QPainter painter(&result);
        painter.setRenderHint(QPainter::Antialiasing);
        QPainterPath clip;
        const QRectF area(QPointF(0, 0), QSizeF(pixels));
        if (shape == Shape::Circle)
            clip.addEllipse(area);
        else
            clip.addRoundedRect(area, pixels.width() * 0.18, pixels.width() * 0.18);
        painter.setClipPath(clip);
        painter.drawImage(QPointF((pixels.width() - filled.width()) / 2.0,
                                  (pixels.height() - filled.height()) / 2.0),
                          filled);
    }
    result.setDevicePixelRatio(devicePixelRatio);
    m_scaled.insert(key, new QPixmap(result),
                    std::max<qsizetype>(1, qsizetype(pixels.width()) * pixels.height() / 256));
    return result;
}

void MarketplacePictures::onReady(const QString &url)
{
    m_loading.remove(url);
    Q_EMIT changed(url);
}

void MarketplacePictures::onFailed(const QString &url)
{
    m_loading.remove(url);
    m_failed.insert(url);
    Q_EMIT changed(url);
}

} // namespace envisage::ui
