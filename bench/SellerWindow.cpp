#include "SellerWindow.h"

#include "BoundedWait.h"
#include "BubblePaintProbe.h"
#include "ConversationView.h"
#include "DemoSellerWindow.h"
#include "DesktopAppSetup.h"
#include "Figures.h"
#include "MainWindow.h"
#include "MessageListView.h"
#include "ProcessStats.h"
#include "inbox/InboxSession.h"
#include "realtime/Echo.h"

#include <QApplication>
#include <QJsonObject>
#include <QScrollBar>
#include <QTemporaryDir>

namespace envisage::bench::e2e {

using namespace Qt::StringLiterals;
using inbox::InboxSession;

namespace {

constexpr int SignInTimeoutMs = 30000;
constexpr int OpenTimeoutMs = 30000;
// After the last bubble: the work the messages leave behind (cache writes on the store's
// thread, read receipts) is part of what they cost.
constexpr int TailMs = 1000;

int reportError(const QString &message)
{
    printJsonLine({{u"event"_s, u"error"_s}, {u"message"_s, message}});
    return 1;
}

// Whether buyer1's messages can reach the window by realtime yet: the channel that
// OpenConversation subscribed to (asking for it again changes nothing).
bool conversationChannelSubscribed(InboxSession &session, qint64 conversationId)
{
    const realtime::PusherChannel *channel =
        session.echo()->privateChannel(u"conversation.%1"_s.arg(conversationId)).pusherChannel();
    return channel && channel->isSubscribed();
}

} // namespace

int runSellerWindow(const WindowSetup &setup)
{
    setUpLikeTheDesktopApp(u"bench-e2e-latency"_s);
    QTemporaryDir cacheFolder; // the app keeps its cache in a file too
    if (!cacheFolder.isValid())
        return reportError(u"no temporary folder for the cache: "_s + cacheFolder.errorString());
    InboxSession::Options options;
    options.cachePath = cacheFolder.filePath(u"cache.sqlite"_s);
    options.rememberSignIn = false;
    InboxSession session(setup.profile, nullptr, options);
    int connectionChanges = 0;
    QObject::connect(&session, &InboxSession::connectionChanged, &session,
                     [&connectionChanges] { ++connectionChanges; });
    ui::MainWindow window(&session);
    ui::MessageListView *list = window.conversationView()->messageList();
    BubblePaintProbe probe(list, setup.messages);
    QObject::connect(
        &session, &InboxSession::messageReceived, &probe,
        [&probe](qint64, const api::Message &message) { probe.noteArrived(message.body); });
    window.showAndRaise();

    if (!signInAsDemoSeller(session, SignInTimeoutMs))
        return reportError(
            u"the seller was not signed in and online within %1 s"_s.arg(SignInTimeoutMs / 1000));
    window.openConversation(setup.conversationId);
    if (!spinUntil(
            [&] {
                return session.messages()->messageCount() > 0 &&
                       conversationChannelSubscribed(session, setup.conversationId) &&
                       list->verticalScrollBar()->maximum() > 0 && list->isAtBottom();
            },
            OpenTimeoutMs))
        return reportError(u"conversation %1 was not open at its newest page, its channel "
                           "subscribed, within %2 s"_s.arg(setup.conversationId)
                               .arg(OpenTimeoutMs / 1000));

    const int changesAtReady = connectionChanges;
    const double cpuBeforeSettling = ownCpuSeconds();
    idleFor(setup.settleMs);
    const double cpuAtReady = ownCpuSeconds();
    printJsonLine({{u"event"_s, u"ready"_s}, {u"rows"_s, list->model()->rowCount()}});

    const bool complete = spinUntil([&probe] { return probe.allShown(); }, setup.deadlineS * 1000);
    idleFor(TailMs);
    const double cpuAtEnd = ownCpuSeconds();
    QJsonObject summary = probe.timings();
    summary.insert(u"event"_s, u"summary"_s);
    summary.insert(u"complete"_s, complete);
    summary.insert(u"shown"_s, probe.shownCount());
    summary.insert(u"bubble_paints"_s, probe.bubblePaints());
    summary.insert(u"cpu_s"_s, jsonNumber(cpuAtEnd - cpuAtReady, 4));
    summary.insert(u"tail_ms"_s, TailMs);
    summary.insert(u"settle_ms"_s, setup.settleMs);
    summary.insert(u"settle_cpu_s"_s, jsonNumber(cpuAtReady - cpuBeforeSettling, 4));
    summary.insert(u"process_cpu_s"_s, jsonNumber(cpuAtEnd, 3));
    summary.insert(u"rows_at_end"_s, list->model()->rowCount());
    summary.insert(u"connection_changes"_s, connectionChanges - changesAtReady);
    summary.insert(u"active_window"_s, window.isActiveWindow());
    summary.insert(u"platform"_s, QGuiApplication::platformName());
    summary.insert(u"memory_kib"_s, memoryKiB(QList<QByteArrayView>{"VmRSS", "VmHWM"}));
    printJsonLine(summary);
    return 0;
}

} // namespace envisage::bench::e2e
