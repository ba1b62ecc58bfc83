// bench-demo-pictures: the buyers' avatars and the listings' pictures of the demo inbox
// (issue 13), timed as the seller sees them, and what they cost in memory and on disk
// (docs/benchmarks.md, "Pictures of the demo inbox").
//
// The sandbox runs as a child with the demo seed (20 buyers, every listing and two buyers
// in three with a picture drawn in code; its start-up time includes the drawing). The window
// is this process: QApplication, InboxSession on a cache file, MainWindow, sign-in as the
// demo seller. Two passes over the same cache folder, each a new session and window:
//  - cold: nothing cached; every picture comes from the sandbox over loopback HTTP and is
//    decoded on the cache's worker;
//  - warm: the pictures the cold pass left in the account's folder (a restart of the app).
// In each pass:
//  - sign-in → the first paint of the conversation list with rows (initials while the
//    pictures load), and → the first paint on which every visible row that has an avatar
//    URL draws the picture;
//  - opening each of the first --conversations rows: openConversation() → the header's
//    name painted, and → the listing's picture (and the avatar, when there is one)
//    painted; then the same conversations once more (the pictures in memory);
//  - RSS signed out (window shown) and at the end, and the account's picture files. The
//    warm pass runs in the cold pass's process, so only the cold pass's RSS is printed
//    in the table (both are in the JSON lines).
// For comparison in the same run: the header's text, which needs no picture, against
// its pictures.
//   QT_QPA_PLATFORM=offscreen build/release/bench/bench-demo-pictures [--conversations K]
#include "BoundedWait.h"
#include "BuyerPosts.h"
#include "ConversationHeader.h"
#include "ConversationListPanel.h"
#include "ConversationView.h"
#include "DemoSellerWindow.h"
#include "DesktopAppSetup.h"
#include "ElidedLabel.h"
#include "Figures.h"
#include "MainWindow.h"
#include "MarketplacePictures.h"
#include "MonotonicClock.h"
#include "ProcessStats.h"
#include "SandboxProcess.h"
#include "inbox/AttachmentCache.h"
#include "inbox/ConversationListModel.h"
#include "inbox/InboxSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDirIterator>
#include <QLabel>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace envisage;
using Role = inbox::ConversationListModel::Role;

namespace {

constexpr int ReadyTimeoutMs = 60000;
constexpr int SignInTimeoutMs = 30000;
constexpr int PicturesTimeoutMs = 20000;
constexpr int ListAvatarSize = 44; // the delegate's avatar in a row of the default height

// Times the list viewport's paints after the sign-in: the first with rows, and the first
// on which every visible row with an avatar URL had its picture. The paint is delivered
// here so that the time is taken when it has finished.
class ListPaintProbe : public QObject
{
public:
    ListPaintProbe(QListView *view, ui::MarketplacePictures *pictures)
        : m_view(view), m_pictures(pictures)
    {
        m_view->viewport()->installEventFilter(this);
    }

    qint64 rowsPaintedNs = 0;
    qint64 avatarsPaintedNs = 0;
    int avatarsInView = 0; // visible rows with an avatar URL at the last paint

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_delivering || avatarsPaintedNs != 0)
            return false;
        m_delivering = true;
        static_cast<QObject *>(watched)->event(event);
        m_delivering = false;
        const qint64 now = bench::monotonicNs();
        if (m_view->model()->rowCount() == 0)
            return true;
        if (rowsPaintedNs == 0)
            rowsPaintedNs = now;
        if (visibleAvatarsReady())
            avatarsPaintedNs = now;
        return true;
    }

private:
    bool visibleAvatarsReady()
    {
        avatarsInView = 0;
        bool ready = true;
        const qreal ratio = m_view->viewport()->devicePixelRatioF();
        for (int y = 0; y < m_view->viewport()->height(); y += 8) {
            const QModelIndex index = m_view->indexAt(QPoint(1, y));
            if (!index.isValid())
                break;
            if (index.data(Role::PlaceholderRole).toBool())
                return false;
            const QRect rect = m_view->visualRect(index);
            y = rect.bottom();
            const QString url = index.data(Role::CounterpartAvatarUrlRole).toString();
            if (url.isEmpty())
                continue;
            ++avatarsInView;
            // The same size and ratio as the delegate's, so the scaled picture it drew is
            // the one asked for here (the cache's answer, nothing drawn anew).
            if (m_pictures
                    ->pixmap(url, QSize(ListAvatarSize, ListAvatarSize),
                             ui::MarketplacePictures::Shape::Circle, ratio)
                    .isNull() &&
                !m_pictures->hasFailed(url))
                ready = false;
        }
        return ready;
    }

    QListView *m_view;
    ui::MarketplacePictures *m_pictures;
    bool m_delivering = false;
};

// Times the header after openConversation(): its name painted, and its pictures painted.
class HeaderPaintProbe : public QObject
{
public:
    explicit HeaderPaintProbe(ui::ConversationHeader *header) : m_header(header)
    {
        header->nameLabel()->installEventFilter(this);
        header->listingImageLabel()->installEventFilter(this);
        header->avatarLabel()->installEventFilter(this);
    }

    void start(qint64 conversationId, bool hasAvatar)
    {
        m_conversationId = conversationId;
        m_hasAvatar = hasAvatar;
        namePaintedNs = listingPaintedNs = avatarPaintedNs = 0;
        startNs = bench::monotonicNs();
    }
    bool done() const
    {
        return namePaintedNs != 0 && listingPaintedNs != 0 && (!m_hasAvatar || avatarPaintedNs);
    }
    qint64 picturesPaintedNs() const { return std::max(listingPaintedNs, avatarPaintedNs); }

    qint64 startNs = 0;
    qint64 namePaintedNs = 0;
    qint64 listingPaintedNs = 0;
    qint64 avatarPaintedNs = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_delivering || startNs == 0)
            return false;
        m_delivering = true;
        static_cast<QObject *>(watched)->event(event);
        m_delivering = false;
        const qint64 now = bench::monotonicNs();
        if (m_header->content().counterpartId == 0)
            return true;
        if (watched == m_header->nameLabel() && namePaintedNs == 0)
            namePaintedNs = now;
        else if (watched == m_header->listingImageLabel() && m_header->showsListingPicture() &&
                 listingPaintedNs == 0)
            listingPaintedNs = now;
        else if (watched == m_header->avatarLabel() && m_header->showsAvatarPicture() &&
                 avatarPaintedNs == 0)
            avatarPaintedNs = now;
        return true;
    }

private:
    ui::ConversationHeader *m_header;
    qint64 m_conversationId = 0;
    bool m_hasAvatar = false;
    bool m_delivering = false;
};

struct Opened
{
    std::vector<qint64> nameNs;
    std::vector<qint64> picturesNs;
};

struct PassFigures
{
    QString name;
    qint64 signInNs = 0; // signIn() → Ready and Online
    qint64 rowsPaintedNs = 0;
    qint64 avatarsPaintedNs = 0;
    int avatarsInView = 0;
    Opened firstOpen;
    Opened againOpen;
    qint64 rssSignedOutKiB = -1;
    qint64 rssEndKiB = -1;
    qint64 hwmEndKiB = -1;
    int pictureFiles = 0;
    qint64 pictureBytes = 0;
};

// Files and bytes under the account's attachment folder (pictures, nothing else here:
// the demo seller opens no photo in this run).
void countFiles(const QString &folder, PassFigures *figures)
{
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++figures->pictureFiles;
        figures->pictureBytes += it.fileInfo().size();
    }
}

QString fail(const QString &sentence)
{
    std::fprintf(stderr, "bench-demo-pictures: %s\n", qPrintable(sentence));
    return sentence;
}

// The first `count` conversations of the list (its order) with a listing picture.
QList<std::pair<qint64, bool>> conversationsToOpen(const QAbstractItemModel *model, int count)
{
    QList<std::pair<qint64, bool>> ids; // id, has an avatar URL
    for (int row = 0; row < model->rowCount() && ids.size() < count; ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(Role::ListingImageUrlRole).toString().isEmpty())
            continue;
        ids.append({index.data(Role::IdRole).toLongLong(),
                    !index.data(Role::CounterpartAvatarUrlRole).toString().isEmpty()});
    }
    return ids;
}

bool openEach(ui::MainWindow &window, HeaderPaintProbe &probe,
              const QList<std::pair<qint64, bool>> &ids, Opened *opened)
{
    for (const auto &[id, hasAvatar] : ids) {
        probe.start(id, hasAvatar);
        window.openConversation(id);
        if (!bench::spinUntil([&probe] { return probe.done(); }, PicturesTimeoutMs)) {
            fail(u"conversation %1's header was not painted with its pictures within %2 s"_s.arg(id)
                     .arg(PicturesTimeoutMs / 1000));
            return false;
        }
        opened->nameNs.push_back(probe.namePaintedNs - probe.startNs);
        opened->picturesNs.push_back(probe.picturesPaintedNs() - probe.startNs);
        bench::idleFor(50);
    }
    return true;
}

bool runPass(const inbox::ServerProfile &profile, const QString &cachePath, int conversations,
             PassFigures *figures)
{
    inbox::InboxSession::Options options;
    options.cachePath = cachePath;
    options.rememberSignIn = false;
    inbox::InboxSession session(profile, nullptr, options);
    ui::MainWindow window(&session);
    window.resize(1280, 800);
    window.showAndRaise();
    if (!QTest::qWaitForWindowExposed(&window)) {
        fail(u"the window was not shown"_s);
        return false;
    }
    bench::idleFor(300);
    figures->rssSignedOutKiB = bench::memoryKiB("VmRSS");

    ui::ConversationView *view = window.conversationView();
    ListPaintProbe list(window.conversationList()->view(), view->pictures());
    const qint64 start = bench::monotonicNs();
    if (!bench::signInAsDemoSeller(session, SignInTimeoutMs)) {
        fail(u"the demo seller was not signed in and online within %1 s"_s.arg(SignInTimeoutMs /
                                                                               1000));
        return false;
    }
    figures->signInNs = bench::monotonicNs() - start;
    if (!bench::spinUntil([&list] { return list.avatarsPaintedNs != 0; }, PicturesTimeoutMs)) {
        fail(
            u"the list's avatars were not all painted within %1 s"_s.arg(PicturesTimeoutMs / 1000));
        return false;
    }
    figures->rowsPaintedNs = list.rowsPaintedNs - start;
    figures->avatarsPaintedNs = list.avatarsPaintedNs - start;
    figures->avatarsInView = list.avatarsInView;

    const auto ids = conversationsToOpen(window.conversationList()->view()->model(), conversations);
    HeaderPaintProbe header(view->header());
    if (!openEach(window, header, ids, &figures->firstOpen) ||
        !openEach(window, header, ids, &figures->againOpen))
        return false;
    bench::idleFor(300);
    figures->rssEndKiB = bench::memoryKiB("VmRSS");
    figures->hwmEndKiB = bench::memoryKiB("VmHWM");
    if (inbox::AttachmentCache *cache = session.attachments())
        countFiles(cache->folder(), figures);
    return true;
}

QString percentilesText(const std::vector<qint64> &ns)
{
    const bench::Percentiles p = bench::percentilesOf(ns);
    return u"%1 / %2"_s.arg(bench::msText(p.p50Ms), bench::msText(p.maxMs));
}

void printPass(const PassFigures &f)
{
    QJsonObject line{{u"pass"_s, f.name},
                     {u"sign_in_ms"_s, bench::jsonNumber(f.signInNs / 1e6, 3)},
                     {u"list_rows_painted_ms"_s, bench::jsonNumber(f.rowsPaintedNs / 1e6, 3)},
                     {u"list_avatars_painted_ms"_s, bench::jsonNumber(f.avatarsPaintedNs / 1e6, 3)},
                     {u"avatars_in_view"_s, f.avatarsInView},
                     {u"opened"_s, qint64(f.firstOpen.nameNs.size())},
                     {u"rss_signed_out_kib"_s, f.rssSignedOutKiB},
                     {u"rss_end_kib"_s, f.rssEndKiB},
                     {u"hwm_end_kib"_s, f.hwmEndKiB},
                     {u"picture_files"_s, f.pictureFiles},
                     {u"picture_bytes"_s, f.pictureBytes}};
    bench::insertPercentiles(line, u"first_open_name_"_s, bench::percentilesOf(f.firstOpen.nameNs),
                             {50, 100});
    bench::insertPercentiles(line, u"first_open_pictures_"_s,
                             bench::percentilesOf(f.firstOpen.picturesNs), {50, 100});
    bench::insertPercentiles(line, u"again_open_name_"_s, bench::percentilesOf(f.againOpen.nameNs),
                             {50, 100});
    bench::insertPercentiles(line, u"again_open_pictures_"_s,
                             bench::percentilesOf(f.againOpen.picturesNs), {50, 100});
    bench::printJsonLine(line);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    bench::setUpLikeTheDesktopApp(u"bench-demo-pictures"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{u"sandbox"_s, u"The envisage-sandbox binary (default: the one built with this)."_s,
          u"path"_s, QString::fromUtf8(SANDBOX_BIN)},
         {u"conversations"_s, u"Conversations opened in each pass (10)."_s, u"n"_s, u"10"_s}});
    parser.process(app);
    const int conversations = std::max(1, parser.value(u"conversations"_s).toInt());

    bench::BoundedWait wait;
    bench::SandboxProcess sandbox(parser.value(u"sandbox"_s));
    const qint64 spawned = bench::monotonicNs();
    if (const bench::Problem problem =
            sandbox.startAndWaitUntilReady(bench::demoSandboxArguments(), wait, ReadyTimeoutMs))
        return bench::reportProblem(*problem);
    const double sandboxReadyMs = (bench::monotonicNs() - spawned) / 1e6;
    const double sandboxCpuS = sandbox.cpuSeconds();
    const inbox::ServerProfile profile = bench::sandboxProfile(*sandbox.endpoints());

    QTemporaryDir folder;
    if (!folder.isValid()) {
        fail(u"no temporary folder: "_s + folder.errorString());
        return 1;
    }
    const QString cachePath = folder.filePath(u"cache.sqlite"_s);
    PassFigures cold;
    cold.name = u"cold"_s;
    PassFigures warm;
    warm.name = u"warm"_s;
    if (!runPass(profile, cachePath, conversations, &cold) ||
        !runPass(profile, cachePath, conversations, &warm))
        return 1;

    std::printf("demo sandbox: ready %.0f ms after it was started (seed and pictures drawn), "
                "%.2f s of CPU; %s platform\n\n",
                sandboxReadyMs, sandboxCpuS, qPrintable(QGuiApplication::platformName()));
    QList<QStringList> table{{u"pass"_s, u"sign-in → online"_s, u"list rows painted"_s,
                              u"list avatars painted (in view)"_s, u"header name p50 / max"_s,
                              u"header pictures p50 / max"_s, u"again: name / pictures p50"_s,
                              u"RSS signed out → end (HWM)"_s, u"picture files"_s}};
    for (const PassFigures *f : {&cold, &warm}) {
        printPass(*f);
        table.append(
            {f->name, bench::msText(f->signInNs / 1e6), bench::msText(f->rowsPaintedNs / 1e6),
             u"%1 (%2)"_s.arg(bench::msText(f->avatarsPaintedNs / 1e6)).arg(f->avatarsInView),
             percentilesText(f->firstOpen.nameNs), percentilesText(f->firstOpen.picturesNs),
             u"%1 / %2"_s.arg(bench::msText(bench::percentilesOf(f->againOpen.nameNs).p50Ms),
                              bench::msText(bench::percentilesOf(f->againOpen.picturesNs).p50Ms)),
             f == &cold ? u"%1 → %2 MiB (%3)"_s.arg(f->rssSignedOutKiB / 1024.0, 0, 'f', 1)
                              .arg(f->rssEndKiB / 1024.0, 0, 'f', 1)
                              .arg(f->hwmEndKiB / 1024.0, 0, 'f', 1)
                        : u"(the cold pass's process)"_s,
             u"%1, %2 KiB"_s.arg(f->pictureFiles).arg(f->pictureBytes / 1024)});
    }
    std::printf("\n");
    bench::printTable(table);
    return 0;
}
