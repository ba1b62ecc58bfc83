#include "UiStartupMeasure.h"

#include "BoundedWait.h"
#include "ConversationListPanel.h"
#include "ConversationView.h"
#include "DesktopAppSetup.h"
#include "Figures.h"
#include "HistoryScroll.h"
#include "InboxScaleCache.h"
#include "MainWindow.h"
#include "MessageListView.h"
#include "MonotonicClock.h"
#include "ProcessStats.h"
#include "inbox/InboxSession.h"

#include <QApplication>
#include <QJsonObject>
#include <QListView>
#include <QScrollBar>
#include <QTimer>

#include <cmath>
#include <cstdio>

namespace envisage::bench::startup {

using namespace Qt::StringLiterals;
using inbox::InboxSession;

namespace {

constexpr int FirstPaintTimeoutMs = 30000;
constexpr int PageTimeoutMs = 10000;

// Notes the first paint of the conversation list's viewport that draws rows: the model
// has rows and the view has laid them out (its scroll range is set by the layout; the
// first page of 100 conversations is taller than the view). The paint is delivered from
// here, through the view's own viewport filter, so that its end can be timed too.
class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(QListView *view) : m_view(view)
    {
        m_view->viewport()->installEventFilter(this);
    }

    qint64 firstAnyPaintNs = 0; // any paint of the viewport, rows or not
    qint64 paintStartNs = 0;
    qint64 paintDoneNs = 0;
    qint64 turnDoneNs = 0; // back in the event loop: the frame is flushed
    int paintsBefore = 0;  // viewport paints before the one with rows
    int rowsAtPaint = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_delivering || paintStartNs != 0 ||
            watched != m_view->viewport())
            return false;
        const qint64 startNs = monotonicNs();
        if (firstAnyPaintNs == 0)
            firstAnyPaintNs = startNs;
        if (m_view->model()->rowCount() == 0 || m_view->verticalScrollBar()->maximum() == 0) {
            ++paintsBefore;
            return false;
        }
        paintStartNs = startNs;
        rowsAtPaint = m_view->model()->rowCount();
        m_delivering = true;
        QCoreApplication::sendEvent(watched, event);
        m_delivering = false;
        paintDoneNs = monotonicNs();
        QTimer::singleShot(0, this, [this] { turnDoneNs = monotonicNs(); });
        return true;
    }

private:
    QListView *m_view;
    bool m_delivering = false;
};

class StartupRun
{
public:
    StartupRun(const StartupSetup &setup, qint64 mainEntryNs)
        : m_setup(setup), m_mainEntryNs(mainEntryNs)
    {
    }

    int run();

private:
    double sinceMainMs(qint64 ns) const { return ns == 0 ? NAN : double(ns - m_mainEntryNs) / 1e6; }
    QJsonValue ms(qint64 ns) const { return jsonNumber(sinceMainMs(ns), 3); }
    QJsonObject scrollHistory(ui::MainWindow &window, InboxSession &session);

    StartupSetup m_setup;
    qint64 m_mainEntryNs;
};

inbox::ServerProfile offlineProfile(quint16 closedPort)
{
    inbox::ServerProfile profile;
    profile.name = u"bench (offline)"_s;
    profile.apiUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(closedPort));
    profile.wsHost = u"127.0.0.1"_s;
    profile.wsPort = closedPort;
    profile.wsTls = false;
    profile.appKey = u"bench"_s;
    return profile;
}

int StartupRun::run()
{
    const qint64 appNs = monotonicNs(); // QApplication was made just before
    // As app/desktop/main.cpp does for a remembered sign-in, with settings kept apart.
    setUpLikeTheDesktopApp(u"bench-ui-startup"_s);

    InboxSession::Options options;
    options.cachePath = m_setup.cachePath;
    options.rememberSignIn = false;
    InboxSession session(offlineProfile(m_setup.closedPort), nullptr, options);
    qint64 firstRowsNs = 0;
    QObject::connect(session.conversations(), &QAbstractItemModel::rowsInserted, &session, [&] {
        if (firstRowsNs == 0)
            firstRowsNs = monotonicNs();
    });
    int connectionChanges = 0;
    QObject::connect(&session, &InboxSession::connectionChanged, &session,
                     [&connectionChanges] { ++connectionChanges; });
    ui::MainWindow window(&session);
    FirstPaintProbe probe(window.conversationList()->view());
    const qint64 windowNs = monotonicNs();
    window.show();
    const qint64 shownNs = monotonicNs();
    session.signInWithToken(u"bench|token"_s);

    const bool painted = spinUntil([&probe] { return probe.turnDoneNs != 0; }, FirstPaintTimeoutMs);
    const double cpuAtPaint = ownCpuSeconds();
    printJsonLine({{u"event"_s, u"first_paint"_s}, {u"painted"_s, painted}});
    if (!painted) {
        std::fprintf(stderr, "bench-ui-startup: no paint with rows within %d ms\n",
                     FirstPaintTimeoutMs);
        return 1;
    }

    const int changesBeforeIdle = connectionChanges;
    const double cpuBeforeIdle = ownCpuSeconds();
    // The second half shows what idling costs once the cache is in (the realtime client
    // retrying the closed port, timers); the first half still loads conversations.
    idleFor(m_setup.idleMs / 2);
    const double cpuHalfway = ownCpuSeconds();
    idleFor(m_setup.idleMs - m_setup.idleMs / 2);
    const QJsonObject idleMemory = memoryFigures();
    const double cpuAfterIdle = ownCpuSeconds();
    const int conversationsAtIdle = session.conversations()->rowCount();

    const QJsonObject scroll = scrollHistory(window, session);
    printJsonLine({{u"event"_s, u"summary"_s},
                   {u"main_entry_ns"_s, m_mainEntryNs},
                   {u"qapplication_ms"_s, ms(appNs)},
                   {u"window_built_ms"_s, ms(windowNs)},
                   {u"window_shown_ms"_s, ms(shownNs)},
                   {u"first_rows_in_model_ms"_s, ms(firstRowsNs)},
                   {u"first_viewport_paint_ms"_s, ms(probe.firstAnyPaintNs)},
                   {u"first_paint_with_rows_start_ms"_s, ms(probe.paintStartNs)},
                   {u"first_paint_with_rows_done_ms"_s, ms(probe.paintDoneNs)},
                   {u"first_paint_turn_done_ms"_s, ms(probe.turnDoneNs)},
                   {u"viewport_paints_before"_s, probe.paintsBefore},
                   {u"rows_at_first_paint"_s, probe.rowsAtPaint},
                   {u"cpu_at_first_paint_s"_s, jsonNumber(cpuAtPaint, 3)},
                   {u"idle_ms"_s, m_setup.idleMs},
                   {u"idle_memory_kib"_s, idleMemory},
                   {u"idle_cpu_s"_s, jsonNumber(cpuAfterIdle - cpuBeforeIdle, 3)},
                   {u"idle_cpu_second_half_s"_s, jsonNumber(cpuAfterIdle - cpuHalfway, 3)},
                   {u"idle_connection_changes"_s, connectionChanges - changesBeforeIdle},
                   {u"conversations_at_idle"_s, conversationsAtIdle},
                   {u"platform"_s, QGuiApplication::platformName()},
                   {u"scroll"_s, scroll}});
    return 0;
}

// Opens the long conversation and scrolls back through it (HistoryScroll.h) until the
// target is in the model.
QJsonObject StartupRun::scrollHistory(ui::MainWindow &window, InboxSession &session)
{
    inbox::MessageListModel *messages = session.messages();
    ui::MessageListView *list = window.conversationView()->messageList();
    QScrollBar *bar = list->verticalScrollBar();
    const qint64 openNs = monotonicNs();
    window.openConversation(scale::LongConversationId);
    const bool opened = spinUntil([&] { return messages->messageCount() > 0; }, PageTimeoutMs);
    const qint64 firstPageNs = monotonicNs();
    spinUntil([&] { return bar->maximum() > 0 && list->isAtBottom(); }, PageTimeoutMs);
    HistoryScrollSetup scroll;
    scroll.targetMessages = m_setup.targetMessages;
    scroll.maxRounds = m_setup.maxScrollRounds;
    scroll.timeoutS = m_setup.scrollTimeoutS;
    scroll.pageTimeoutMs = PageTimeoutMs;
    QJsonObject figures = opened ? scrollHistoryToTop(*messages, *list, scroll)
                                 : QJsonObject{{u"stopped_by"_s, u"no first page"_s}};
    figures.insert(u"opened"_s, opened);
    figures.insert(u"open_to_first_page_ms"_s, jsonNumber(double(firstPageNs - openNs) / 1e6, 3));
    return figures;
}

} // namespace

int runStartupMeasure(const StartupSetup &setup, qint64 mainEntryNs)
{
    StartupRun run(setup, mainEntryNs);
    return run.run();
}

} // namespace envisage::bench::startup
