#include "ImageConversationWindow.h"

#include "BoundedWait.h"
#include "ConversationView.h"
#include "DemoSellerWindow.h"
#include "DesktopAppSetup.h"
#include "Figures.h"
#include "HistoryScroll.h"
#include "MainWindow.h"
#include "MessageListView.h"
#include "MonotonicClock.h"
#include "ProcessStats.h"
#include "inbox/AttachmentCache.h"
#include "inbox/InboxSession.h"

#include <QApplication>
#include <QJsonObject>
#include <QScrollBar>
#include <QSet>

#include <functional>
#include <limits>

namespace envisage::bench::attachments {

using namespace Qt::StringLiterals;
using inbox::InboxSession;

namespace {

constexpr int SignInTimeoutMs = 30000;
constexpr int FirstPageTimeoutMs = 30000;
constexpr int ThumbnailsTimeoutMs = 60000;
constexpr int SettleMs = 1000; // after sign-in: the conversation list's own thumbnails, if any
constexpr QSize WindowSize(1280, 800);

int reportError(const QString &message)
{
    printJsonLine({{u"event"_s, u"error"_s}, {u"message"_s, message}});
    return 1;
}

// Notes the first paint of the message list's viewport that draws every photo in sight
// with its thumbnail: at the paint's start, the rows are laid out at the newest message and
// each photo in sight has its thumbnail decoded (so this paint draws it, not a placeholder).
class ThumbnailPaintProbe : public QObject
{
public:
    ThumbnailPaintProbe(QWidget *viewport, std::function<bool()> showsEveryThumbnail)
        : m_showsEveryThumbnail(std::move(showsEveryThumbnail))
    {
        viewport->installEventFilter(this);
    }
    qint64 paintedNs = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && paintedNs == 0 && m_showsEveryThumbnail())
            paintedNs = monotonicNs();
        return false;
    }

private:
    std::function<bool()> m_showsEveryThumbnail;
};

// The ids of the photos in the rows the viewport shows.
QSet<QString> photosInSight(const ui::MessageListView &list)
{
    QSet<QString> ids;
    QSet<int> rows;
    const QWidget *viewport = list.viewport();
    for (int y = 0; y < viewport->height(); y += 4) {
        const QModelIndex index = list.indexAt(QPoint(viewport->width() / 2, y));
        if (!index.isValid() || rows.contains(index.row()))
            continue;
        rows.insert(index.row());
        const QVariantList attachments =
            index.data(inbox::MessageListModel::AttachmentsRole).toList();
        for (const QVariant &item : attachments) {
            const QVariantMap map = item.toMap();
            if (map.value(u"mime"_s).toString().startsWith(u"image/"_s))
                ids.insert(map.value(u"id"_s).toString());
        }
    }
    return ids;
}

bool allThumbnailsDecoded(const inbox::AttachmentCache &cache, const QSet<QString> &ids)
{
    for (const QString &id : ids) {
        if (cache.thumbnail(id).isNull())
            return false;
    }
    return true;
}

} // namespace

int runImageConversationWindow(const WindowSetup &setup)
{
    setUpLikeTheDesktopApp(u"bench-attachments"_s);
    InboxSession::Options options;
    options.cachePath = setup.cacheFolder + u"/cache.sqlite"_s;
    options.rememberSignIn = false;
    InboxSession session(setup.profile, nullptr, options);
    int thumbnailsReady = 0;
    int thumbnailsFailed = 0;
    ui::MainWindow window(&session);
    ui::MessageListView *list = window.conversationView()->messageList();
    // A laptop's window, not the platform's default size: rows in sight as a seller sees them.
    window.resize(WindowSize);
    window.showAndRaise();

    if (!signInAsDemoSeller(session, SignInTimeoutMs))
        return reportError(
            u"the seller was not signed in and online within %1 s"_s.arg(SignInTimeoutMs / 1000));
    inbox::AttachmentCache *cache = session.attachments();
    QObject::connect(cache, &inbox::AttachmentCache::ready, &session,
                     [&thumbnailsReady](const QString &, inbox::AttachmentCache::Kind kind) {
                         thumbnailsReady += kind == inbox::AttachmentCache::Kind::Thumbnail;
                     });
    QObject::connect(cache, &inbox::AttachmentCache::failed, &session,
                     [&thumbnailsFailed](const QString &, inbox::AttachmentCache::Kind kind) {
                         thumbnailsFailed += kind == inbox::AttachmentCache::Kind::Thumbnail;
                     });
    const qint64 cacheBytesBefore = cache->usedBytes();
    int photosAtPaint = 0;
    ThumbnailPaintProbe probe(list->viewport(), [&] {
        if (list->verticalScrollBar()->maximum() == 0 || !list->isAtBottom())
            return false;
        const QSet<QString> inSight = photosInSight(*list);
        photosAtPaint = int(inSight.size());
        return allThumbnailsDecoded(*cache, inSight); // none: a conversation of text
    });
    idleFor(SettleMs);

    inbox::MessageListModel *messages = session.messages();
    const double cpuBefore = ownCpuSeconds();
    const qint64 openNs = monotonicNs();
    window.openConversation(setup.conversationId);
    if (!spinUntil([&] { return messages->messageCount() > 0; }, FirstPageTimeoutMs))
        return reportError(
            u"conversation %1 showed no first page within %2 s"_s.arg(setup.conversationId)
                .arg(FirstPageTimeoutMs / 1000));
    const qint64 firstPageNs = monotonicNs();
    const bool painted = spinUntil([&probe] { return probe.paintedNs != 0; }, ThumbnailsTimeoutMs);
    const double cpuAtPaint = ownCpuSeconds();
    if (!painted)
        return reportError(u"the %1 photos in sight had no thumbnails within %2 s (%3 failed)"_s
                               .arg(photosInSight(*list).size())
                               .arg(ThumbnailsTimeoutMs / 1000)
                               .arg(thumbnailsFailed));
    const qint64 paintedNs = probe.paintedNs;
    const auto sinceOpen = [openNs](qint64 ns) { return jsonNumber(double(ns - openNs) / 1e6, 3); };

    QJsonObject summary{{u"event"_s, u"summary"_s},
                        {u"open_to_first_page_ms"_s, sinceOpen(firstPageNs)},
                        {u"open_to_thumbnails_painted_ms"_s, sinceOpen(paintedNs)},
                        {u"photos_in_sight"_s, photosAtPaint},
                        {u"cpu_to_thumbnails_painted_s"_s, jsonNumber(cpuAtPaint - cpuBefore, 3)},
                        {u"attachment_cache_bytes_at_start"_s, cacheBytesBefore},
                        {u"memory_after_open_kib"_s, memoryFigures()}};
    if (setup.scrollHistory) {
        HistoryScrollSetup scroll;
        scroll.targetMessages = std::numeric_limits<int>::max(); // to the start
        summary.insert(u"scroll"_s, scrollHistoryToTop(*messages, *list, scroll));
        // The thumbnails asked for on the way up, before they are counted.
        idleFor(SettleMs);
    }
    summary.insert(u"thumbnails_ready"_s, thumbnailsReady);
    summary.insert(u"thumbnails_failed"_s, thumbnailsFailed);
    summary.insert(u"attachment_cache_bytes_at_end"_s, cache->usedBytes());
    summary.insert(u"platform"_s, QGuiApplication::platformName());
    printJsonLine(summary);
    return 0;
}

} // namespace envisage::bench::attachments
