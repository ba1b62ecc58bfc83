// bench-e2e-latency: end-to-end latency as the seller sees it — from just before buyer1's
// POST to the moment the seller's window has painted the new message's bubble.
//
// What runs where, all on this machine and on loopback only:
//   this process                      starts everything; buyer1's REST client (BuyerPosts:
//                                     POST /api/conversations/{id}/messages, paced by
//                                     --rate or as fast as answered, <= 8 in flight)
//   envisage-sandbox                  the marketplace API and Pusher server (--send-limit 0)
//   bench-e2e-latency --window …      the real window (SellerWindow.h): InboxSession +
//                                     ui::MainWindow, signed in as the demo seller, buyer1's
//                                     conversation open; BubblePaintProbe times every
//                                     message to its painted bubble
// The window is a process of its own so that its CPU time per message is the window's
// alone. Send times and paint times are read on CLOCK_MONOTONIC, which both processes share.
// Run it under the platform to measure:
//   QT_QPA_PLATFORM=offscreen build/release/bench/bench-e2e-latency --messages 1000 --rate 10
#include "BoundedWait.h"
#include "BuyerPosts.h"
#include "CommandLine.h"
#include "DemoSeeder.h"
#include "DemoSellerWindow.h"
#include "DesktopAppSetup.h"
#include "E2eLatencyFigures.h"
#include "MonotonicClock.h"
#include "PeerProcess.h"
#include "ProcessStats.h"
#include "SandboxProcess.h"
#include "SellerWindow.h"
#include "TestHttp.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkProxy>

#include <climits>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace envisage::bench::e2e {
namespace {

using sandbox::DemoAccounts;

constexpr int ReadyTimeoutMs = 15000;
constexpr int WindowReadyTimeoutMs = 90000; // sign-in, first page, subscription, settling
constexpr int RequestTimeoutMs = 10000;
constexpr int ShowCapS = 120; // after the last POST is due, for the last bubble
constexpr int SummaryGraceMs = 30000;
constexpr int StopGraceMs = 5000;

struct Options
{
    int messages = 1000;
    double rate = TargetRate; // POSTs per second; 0 = as fast as the answers come
    int settleMs = 1000;
    QString sandboxPath;
    std::optional<WindowSetup> window; // `--window`: be the seller's window
};

class E2eBench
{
public:
    explicit E2eBench(Options options);
    ~E2eBench(); // stops the children; copies are ruled out by the QObject members

    int run();

private:
    Problem startSandbox();
    Problem startWindow();
    Problem postAndWaitForBubbles();
    int windowDeadlineS() const;
    E2eFigures figures() const;

    Options m_options;
    QElapsedTimer m_clock;     // the buyer's send times
    qint64 m_clockStartNs = 0; // m_clock's start on monotonicNs(), the window's clock
    BoundedWait m_wait;        // before what reports to it, so it outlives their handlers

    SandboxProcess m_sandbox;
    QUrl m_apiUrl;
    testing::TestHttp m_setupHttp; // sign-in and finding the conversation: nothing measured
    QString m_buyerToken;
    qint64 m_conversationId = 0;

    PeerProcess m_window;
    BuyerPosts m_posts;
    double m_sandboxCpuAtStart = NAN, m_sandboxCpuAtEnd = NAN;
    double m_buyerCpuAtStart = NAN, m_buyerCpuAtEnd = NAN;
};

E2eBench::E2eBench(Options options)
    : m_options(std::move(options)), m_sandbox(m_options.sandboxPath),
      m_window(u"seller"_s, u"window"_s), m_posts(m_clock)
{
    m_clock.start();
    // Both read CLOCK_MONOTONIC (QElapsedTimer's clock on Linux): the offset is exact to the
    // few ns between these two readings.
    m_clockStartNs = monotonicNs() - m_clock.nsecsElapsed();
    // Loopback only: an http_proxy in the environment must not see any request of ours.
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

E2eBench::~E2eBench()
{
    m_window.stop(StopGraceMs);
    m_sandbox.stop(StopGraceMs);
}

int E2eBench::run()
{
    Problem problem = startSandbox();
    if (!problem)
        problem =
            bench::signIn(m_setupHttp, m_apiUrl, BuyerEmail.toString(),
                          QString::fromLatin1(DemoAccounts::BuyerPassword), m_wait, &m_buyerToken);
    if (!problem)
        problem =
            findConversationWithDemoSeller(m_setupHttp, m_apiUrl, m_buyerToken, &m_conversationId);
    if (!problem)
        problem = startWindow();
    if (problem)
        return reportProblem(*problem);

    problem = postAndWaitForBubbles();
    if (!m_window.summary())
        return reportProblem(problem.value_or(u"The seller window printed no summary."_s));
    const E2eFigures result = figures();
    m_window.stop(StopGraceMs);
    m_sandbox.stop(StopGraceMs);
    printFigures(result);

    if (!problem && result.notShown > 0)
        problem = u"%1 of %2 messages were not shown in the window before its deadline."_s
                      .arg(result.notShown)
                      .arg(result.messages);
    return problem ? reportProblem(*problem) : 0;
}

Problem E2eBench::startSandbox()
{
    Problem problem =
        m_sandbox.startAndWaitUntilReady(demoSandboxArguments(), m_wait, ReadyTimeoutMs);
    if (!problem)
        m_apiUrl = m_sandbox.endpoints()->apiUrl;
    return problem;
}

int E2eBench::windowDeadlineS() const
{
    const double pacedS = m_options.rate > 0 ? m_options.messages / m_options.rate : 0;
    return int(std::ceil(pacedS)) + ShowCapS;
}

Problem E2eBench::startWindow()
{
    const inbox::ServerProfile profile = sandboxProfile(*m_sandbox.endpoints());
    m_wait.follow(m_window);
    m_window.start(
        QCoreApplication::applicationFilePath(),
        {u"--window"_s,
         QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact)),
         u"--conversation"_s, QString::number(m_conversationId), u"--messages"_s,
         QString::number(m_options.messages), u"--settle-ms"_s, QString::number(m_options.settleMs),
         u"--deadline-s"_s, QString::number(windowDeadlineS())});
    return m_wait.waitUntil([this] { return m_window.readyLine().has_value(); },
                            WindowReadyTimeoutMs + m_options.settleMs,
                            u"the seller window's ready line"_s);
}

Problem E2eBench::postAndWaitForBubbles()
{
    QObject::connect(&m_posts, &BuyerPosts::answered, &m_wait, &BoundedWait::progress);
    QObject::connect(&m_posts, &BuyerPosts::failed, &m_wait, &BoundedWait::fail);
    m_sandboxCpuAtStart = m_sandbox.cpuSeconds();
    m_buyerCpuAtStart = ownCpuSeconds();
    m_posts.start({m_apiUrl, m_buyerToken, m_conversationId, m_options.messages, m_options.rate,
                   RequestTimeoutMs});
    const int capMs =
        int(std::min<qint64>(INT_MAX, qint64(windowDeadlineS()) * 1000 + SummaryGraceMs));
    Problem problem =
        m_wait.waitUntil([this] { return m_posts.allAnswered() && m_window.summary().has_value(); },
                         capMs, u"the POST answers and the seller window's summary"_s);
    m_sandboxCpuAtEnd = m_sandbox.cpuSeconds();
    m_buyerCpuAtEnd = ownCpuSeconds();
    return problem;
}

E2eFigures E2eBench::figures() const
{
    std::vector<qint64> sentNs(size_t(m_options.messages), -1);
    for (int i = 0; i < m_options.messages; ++i) {
        if (m_posts.sentAtNs(i) >= 0)
            sentNs[size_t(i)] = m_clockStartNs + m_posts.sentAtNs(i);
    }
    E2eFigures result = e2eFigures(*m_window.summary(), sentNs);
    result.rate = m_options.rate;
    result.posts = m_posts.figures();
    result.sandboxCpuSeconds = m_sandboxCpuAtEnd - m_sandboxCpuAtStart;
    result.buyerCpuSeconds = m_buyerCpuAtEnd - m_buyerCpuAtStart;
    result.wallSeconds = double(m_clock.nsecsElapsed()) / 1e9;
    return result;
}

Problem parseOptions(const QCoreApplication &app, Options *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"End-to-end latency as the seller sees it: buyer1 posts messages through the "
        "sandbox's REST API, and each is timed from just before its POST to the paint of its "
        "bubble in the real window (a process of its own; run under QT_QPA_PLATFORM=offscreen "
        "or a display). Also the window's CPU time per message."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"messages"_s, u"Messages buyer1 posts (default 1000)."_s, u"N"_s, u"1000"_s},
        {u"rate"_s,
         u"POSTs per second; 0 = as fast as the server answers, at most 8 in flight "
         "(default 10)."_s,
         u"R"_s, u"10"_s},
        {u"settle-ms"_s,
         u"The window idles this long after opening the conversation, before the first POST "
         "(default 1000)."_s,
         u"ms"_s, u"1000"_s},
        {u"sandbox"_s, u"The envisage-sandbox binary (default: the one built with this)."_s,
         u"path"_s, QString::fromUtf8(SANDBOX_BIN)},
        {u"window"_s,
         u"Be the seller's window for this server profile (what the benchmark "
         "spawns)."_s,
         u"profile JSON"_s},
        {u"conversation"_s, u"--window: the conversation to open."_s, u"id"_s},
        {u"deadline-s"_s, u"--window: how long to wait for the bubbles."_s, u"s"_s},
    });
    parser.process(app);

    if (!integerOption(parser, u"messages"_s, 1, 1'000'000, &options->messages))
        return u"--messages must be a whole number from 1 to 1000000."_s;
    bool ok = false;
    options->rate = parser.value(u"rate"_s).toDouble(&ok);
    if (!ok || (options->rate != 0 && (options->rate < 0.1 || options->rate > 1e6)))
        return u"--rate must be 0 or a number from 0.1 to 1000000."_s;
    if (!integerOption(parser, u"settle-ms"_s, 0, 600'000, &options->settleMs))
        return u"--settle-ms must be a whole number from 0 to 600000."_s;
    options->sandboxPath = parser.value(u"sandbox"_s);
    if (!parser.isSet(u"window"_s))
        return {};

    WindowSetup window;
    window.profile = inbox::ServerProfile::fromJson(
        QJsonDocument::fromJson(parser.value(u"window"_s).toUtf8()).object());
    window.conversationId = parser.value(u"conversation"_s).toLongLong(&ok);
    if (!ok || window.conversationId <= 0 || !window.profile.apiUrl.isValid())
        return u"--window needs a server profile and --conversation."_s;
    if (!integerOption(parser, u"deadline-s"_s, 1, 86'400 * 7, &window.deadlineS))
        return u"--window needs --deadline-s, a whole number of seconds."_s;
    window.messages = options->messages;
    window.settleMs = options->settleMs;
    options->window = window;
    return {};
}

} // namespace
} // namespace envisage::bench::e2e

int main(int argc, char *argv[])
{
    using namespace envisage::bench;
    using namespace envisage::bench::e2e;
    const std::unique_ptr<QCoreApplication> app = applicationFor(argc, argv, "--window");
    QCoreApplication::setApplicationName(u"bench-e2e-latency"_s);
    Options options;
    if (const Problem problem = parseOptions(*app, &options))
        return reportProblem(*problem, 2);
    if (options.window)
        return runSellerWindow(*options.window);
    return E2eBench(std::move(options)).run();
}
