// bench-sandbox-fanout: how fast envisage-sandbox fans one conversation's messages out to
// many Pusher subscribers, measured from outside the way clients see it.
//
// The real sandbox binary runs as a child process, so the figures include its HTTP and
// WebSocket stacks and the peak RSS is the sandbox's own. N WebSockets subscribe to one
// private conversation channel; the buyer posts M messages; every delivery is timed from
// the moment its POST left this process. Prints a table and one JSON line that
// docs/benchmarks.md quotes.
#include "BoundedWait.h"
#include "BuyerPosts.h"
#include "CommandLine.h"
#include "DemoSeeder.h"
#include "FanoutFigures.h"
#include "Figures.h"
#include "ProcessStats.h"
#include "PusherSubscribers.h"
#include "SandboxProcess.h"
#include "TestHttp.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QUrlQuery>

#include <algorithm>
#include <climits>
#include <cmath>
#include <vector>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace envisage::bench {
namespace {

using sandbox::DemoAccounts;

constexpr int ReadyTimeoutMs = 15000;
constexpr int RequestTimeoutMs = 10000;
constexpr int SetupTimeoutMs = 120000;
constexpr int DeliveryCapMs = 120000;
constexpr int StopGraceMs = 5000;
constexpr qint64 MaxDeliveries = 10'000'000; // keeps the per-delivery bookkeeping < 100 MB

struct Options
{
    int subscribers = 100;
    int messages = 500;
    QString sandboxPath;
    double rate = 0; // POSTs per second; 0 = as fast as the answers come
};

Problem parseOptions(const QCoreApplication &app, Options *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Measures how envisage-sandbox fans messages out to many Pusher subscribers: "
        "delivery latency percentiles, throughput and the sandbox's peak RSS."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"subscribers"_s, u"WebSockets subscribed to the conversation (default 100)."_s, u"N"_s,
         u"100"_s},
        {u"messages"_s, u"Messages the buyer posts (default 500)."_s, u"M"_s, u"500"_s},
        {u"sandbox"_s, u"The envisage-sandbox binary (default: the one built with this)."_s,
         u"path"_s, QString::fromUtf8(SANDBOX_BIN)},
        {u"rate"_s,
         u"POSTs per second; 0 = as fast as the server answers, at most 8 in flight "
         "(default 0). Delivery waits M/R + 120 s at most."_s,
         u"R"_s, u"0"_s},
    });
    parser.process(app);

    if (!integerOption(parser, u"subscribers"_s, 1, 20000, &options->subscribers))
        return u"--subscribers must be a whole number from 1 to 20000."_s;
    if (!integerOption(parser, u"messages"_s, 1, 1000000, &options->messages))
        return u"--messages must be a whole number from 1 to 1000000."_s;
    if (qint64(options->subscribers) * options->messages > MaxDeliveries)
        return u"--subscribers × --messages must stay within %1 deliveries."_s.arg(MaxDeliveries);
    bool ok = false;
    options->rate = parser.value(u"rate"_s).toDouble(&ok);
    if (!ok || (options->rate != 0 && (options->rate < 0.1 || options->rate > 1e6)))
        return u"--rate must be 0 or a number from 0.1 to 1000000."_s;
    options->sandboxPath = parser.value(u"sandbox"_s);
    return {};
}

// Each subscriber is one socket here and one in the sandbox, which inherits this limit.
Problem raiseOpenFileLimit(int subscribers)
{
    const rlim_t needed = rlim_t(subscribers) + 256;
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= needed)
        return {};
    if (limit.rlim_max != RLIM_INFINITY && limit.rlim_max < needed)
        return u"%1 subscribers need %2 open files, but the hard limit is %3 (ulimit -Hn)."_s
            .arg(subscribers)
            .arg(qulonglong(needed))
            .arg(qulonglong(limit.rlim_max));
    limit.rlim_cur = needed;
    if (::setrlimit(RLIMIT_NOFILE, &limit) != 0)
        return u"Cannot raise the open file limit to %1."_s.arg(qulonglong(needed));
    return {};
}

class FanoutBench
{
public:
    explicit FanoutBench(Options options);
    ~FanoutBench(); // stops the children; copies are ruled out by the QObject members

    int run();

private:
    Problem startSandbox();
    Problem signIn(const QString &email, const QString &password, QString *token);
    Problem subscribeAll();
    Problem postAndCollect();
    FanoutFigures figures() const;

    void onMessageSent(int subscriber, const QJsonObject &message, qint64 receivedNs);

    Options m_options;
    QElapsedTimer m_clock; // one monotonic clock for send and receive times
    BoundedWait m_wait;    // before what reports to it, so it outlives their handlers

    SandboxProcess m_sandbox;
    QUrl m_apiUrl;
    QUrl m_wsUrl;
    QString m_appKey;

    // Setup only (sign-in, the conversation): one request at a time, nothing measured.
    testing::TestHttp m_setupHttp;
    QString m_sellerToken;
    QString m_buyerToken;
    qint64 m_conversationId = 0;
    QString m_channel;

    PusherSubscribers m_subscribers;
    qint64 m_subscribeNs = 0;

    BuyerPosts m_posts;
    std::vector<bool> m_seen; // [subscriber * messages + message]
    std::vector<qint64> m_latenciesNs;
    qint64 m_delivered = 0;
    qint64 m_duplicates = 0;
    qint64 m_lastDeliveryNs = 0;
};

FanoutBench::FanoutBench(Options options)
    : m_options(std::move(options)), m_sandbox(m_options.sandboxPath), m_subscribers(m_clock),
      m_posts(m_clock)
{
    m_clock.start();
    // Loopback only: an http_proxy in the environment must not see any request of ours,
    // m_setupHttp's included (its manager is out of reach, so not per manager).
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

FanoutBench::~FanoutBench()
{
    // Handlers capture `this`: cut them before the members they touch go away.
    QObject::disconnect(&m_subscribers, nullptr, nullptr, nullptr);
    m_subscribers.closeAll();
    m_sandbox.stop(StopGraceMs);
}

int FanoutBench::run()
{
    Problem problem = raiseOpenFileLimit(m_options.subscribers);
    if (!problem)
        problem = startSandbox();
    if (!problem)
        problem = signIn(QString::fromLatin1(DemoAccounts::SellerEmail),
                         QString::fromLatin1(DemoAccounts::SellerPassword), &m_sellerToken);
    if (!problem)
        problem = signIn(BuyerEmail.toString(), QString::fromLatin1(DemoAccounts::BuyerPassword),
                         &m_buyerToken);
    if (!problem)
        problem =
            findConversationWithDemoSeller(m_setupHttp, m_apiUrl, m_buyerToken, &m_conversationId);
    if (!problem) {
        m_channel = u"private-conversation.%1"_s.arg(m_conversationId);
        problem = subscribeAll();
    }
    if (problem)
        return reportProblem(*problem);

    problem = postAndCollect();
    FanoutFigures result = figures();
    result.sandboxPeakRssKiB = m_sandbox.peakRssKiB();
    result.sandboxCpuSeconds = m_sandbox.cpuSeconds();
    result.benchCpuSeconds = ownCpuSeconds();
    m_subscribers.closeAll();
    m_sandbox.stop(StopGraceMs);

    printFigures(result);

    if (!problem && result.duplicates > 0)
        problem = u"%1 deliveries arrived twice."_s.arg(result.duplicates);
    return problem ? reportProblem(*problem) : 0;
}

Problem FanoutBench::startSandbox()
{
    if (Problem problem =
            m_sandbox.startAndWaitUntilReady(demoSandboxArguments(), m_wait, ReadyTimeoutMs))
        return problem;
    const SandboxEndpoints &endpoints = *m_sandbox.endpoints();
    m_apiUrl = endpoints.apiUrl;
    m_appKey = endpoints.appKey;
    m_wsUrl.setScheme(u"ws"_s);
    m_wsUrl.setHost(endpoints.wsHost);
    m_wsUrl.setPort(endpoints.wsPort);
    m_wsUrl.setPath(u"/app/"_s + m_appKey);
    m_wsUrl.setQuery(QUrlQuery({{u"protocol"_s, u"7"_s},
                                {u"client"_s, u"bench"_s},
                                {u"version"_s, u"1"_s},
                                {u"flash"_s, u"false"_s}}));
    return {};
}

Problem FanoutBench::signIn(const QString &email, const QString &password, QString *token)
{
    return bench::signIn(m_setupHttp, m_apiUrl, email, password, m_wait, token);
}

Problem FanoutBench::subscribeAll()
{
    QObject::connect(&m_subscribers, &PusherSubscribers::subscribed, &m_wait,
                     &BoundedWait::progress);
    QObject::connect(&m_subscribers, &PusherSubscribers::failed, &m_wait, &BoundedWait::fail);
    QObject::connect(&m_subscribers, &PusherSubscribers::messageSent,
                     [this](int subscriber, const QJsonObject &message, qint64 receivedNs) {
                         onMessageSent(subscriber, message, receivedNs);
                     });
    SubscriberSetup setup;
    setup.wsUrl = m_wsUrl;
    setup.appKey = m_appKey;
    setup.channel = m_channel;
    setup.authUrl = m_apiUrl.resolved(QUrl(u"/broadcasting/auth"_s));
    setup.bearerToken = m_sellerToken;
    setup.requestTimeoutMs = RequestTimeoutMs;

    const int count = m_options.subscribers;
    const qint64 startNs = m_clock.nsecsElapsed();
    m_subscribers.open(count, setup);
    Problem problem =
        m_wait.waitUntil([this, count] { return m_subscribers.subscribedCount() == count; },
                         SetupTimeoutMs, u"%1 subscriptions"_s.arg(count));
    m_subscribeNs = m_clock.nsecsElapsed() - startNs;
    return problem;
}

void FanoutBench::onMessageSent(int subscriber, const QJsonObject &message, qint64 receivedNs)
{
    const std::optional<int> number =
        benchMessageOfClientId(message.value(u"client_id"_s).toString());
    if (!number || *number >= m_options.messages || m_posts.sentAtNs(*number) < 0)
        return; // not one of ours
    const size_t slot = size_t(subscriber) * size_t(m_options.messages) + size_t(*number);
    if (m_seen[slot]) {
        ++m_duplicates;
        return;
    }
    m_seen[slot] = true;
    ++m_delivered;
    m_latenciesNs.push_back(receivedNs - m_posts.sentAtNs(*number));
    m_lastDeliveryNs = receivedNs;
    m_wait.progress();
}

Problem FanoutBench::postAndCollect()
{
    const int messages = m_options.messages;
    const qint64 expected = qint64(m_options.subscribers) * messages;
    m_seen.assign(size_t(expected), false);
    m_latenciesNs.reserve(size_t(expected));

    QObject::connect(&m_posts, &BuyerPosts::answered, &m_wait, &BoundedWait::progress);
    QObject::connect(&m_posts, &BuyerPosts::failed, &m_wait, &BoundedWait::fail);
    const qint64 pacedMs =
        m_options.rate > 0 ? qint64(std::ceil(messages / m_options.rate * 1000.0)) : 0;
    const int capMs = int(std::min<qint64>(INT_MAX, DeliveryCapMs + pacedMs));

    m_posts.start(
        {m_apiUrl, m_buyerToken, m_conversationId, messages, m_options.rate, RequestTimeoutMs});
    const Problem problem = m_wait.waitUntil(
        [this, expected] { return m_posts.allAnswered() && m_delivered == expected; }, capMs,
        u"the deliveries"_s);
    if (problem && !m_wait.hasFailed()) // the cap, not a failure: say how far it got
        return u"Stopped after the %1 s cap: %2 of %3 deliveries and %4 of %5 POST answers "
               "arrived."_s.arg(capMs / 1000.0)
                   .arg(m_delivered)
                   .arg(expected)
                   .arg(m_posts.answeredCount())
                   .arg(messages);
    return problem;
}

FanoutFigures FanoutBench::figures() const
{
    FanoutFigures result;
    result.subscribers = m_options.subscribers;
    result.messages = m_options.messages;
    result.rate = m_options.rate;
    result.maxPostsInFlight = BuyerPosts::MaxInFlight;
    result.delivered = m_delivered;
    result.expected = qint64(m_options.subscribers) * m_options.messages;
    result.duplicates = m_duplicates;

    result.latency = percentilesOf(m_latenciesNs);

    const PostFigures posts = m_posts.figures();
    result.postRoundTrip = posts.roundTrip;
    result.postSeconds = posts.seconds;
    result.messagesPerSecond = posts.messagesPerSecond;
    if (m_delivered > 0)
        result.deliveriesPerSecond =
            double(m_delivered) / (double(m_lastDeliveryNs - m_posts.startNs()) / 1e9);
    result.subscribeSeconds = double(m_subscribeNs) / 1e9;
    result.wallSeconds = double(m_clock.nsecsElapsed()) / 1e9;
    return result;
}

int runFromCommandLine(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench-sandbox-fanout"_s);
    Options options;
    if (const Problem problem = parseOptions(app, &options))
        return reportProblem(*problem, 2);
    return FanoutBench(std::move(options)).run();
}

} // namespace
} // namespace envisage::bench

int main(int argc, char *argv[])
{
    return envisage::bench::runFromCommandLine(argc, argv);
}
