#pragma once
// The marketplace's pictures for painting: buyers' avatars and listings' images, from the
// signed-in account's AttachmentCache (the same cache, folder and eviction as the
// attachments), scaled and clipped once per size (a circle for an avatar, a rounded
// square for a listing) and kept. Asking for one that is not there yet starts its
// download and answers a null pixmap, as does one that failed or a URL the cache refuses
// (another host over plain http): the caller then paints the initials. changed() says
// when to paint again.
#include <QCache>
#include <QObject>
#include <QPixmap>
#include <QPointer>
#include <QSet>

namespace envisage::inbox {
class AttachmentCache;
class InboxSession;
} // namespace envisage::inbox

namespace envisage::ui {

class MarketplacePictures : public QObject
{
    Q_OBJECT
public:
    enum class Shape { Circle, Rounded };

    explicit MarketplacePictures(inbox::InboxSession *session, QObject *parent = nullptr);

    // The picture at `url` filled into `size` (device-independent pixels) at that pixel
    // ratio, cropped to the shape; null while it loads, after a failure, or for no URL.
    QPixmap pixmap(const QString &url, QSize size, Shape shape, qreal devicePixelRatio);
    bool hasFailed(const QString &url) const { return m_failed.contains(url); }

Q_SIGNALS:
    void changed(const QString &url);

private:
    inbox::AttachmentCache *cache();
    void onReady(const QString &url);
    void onFailed(const QString &url);

    inbox::InboxSession *m_session;
    QPointer<inbox::AttachmentCache> m_cache; // the signed-in account's
    QSet<QString> m_loading;
    QSet<QString> m_failed;                      // until the account changes: the initials stay
    QCache<QString, QPixmap> m_scaled{4 * 1024}; // by URL, size, shape; cost in KiB
};

} // namespace envisage::ui
