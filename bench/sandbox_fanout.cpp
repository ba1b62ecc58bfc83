// bench-sandbox-fanout: how fast envisage-sandbox fans one conversation's messages out to
// many Pusher subscribers, measured from outside the way clients see it.
//
// The real sandbox binary runs as a child process, so the figures include its HTTP and
// WebSocket stacks and the peak RSS is the sandbox's own. N WebSockets subscribe to one
// private conversation channel; the buyer posts M messages; every delivery is timed from
// the moment its POST left this process. Prints a table and one JSON line that
// docs/benchmarks.md quotes.
#include "DemoSeeder.h"
#include "FanoutFigures.h"
#include "PusherSubscribers.h"
#include "SandboxProcess.h"

#include <QCommandLineParser>
#include "ProcessCpu.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using envisage::bench::ownCpuSeconds;
using envisage::bench::FanoutFigures;
using envisage::bench::percentileMs;
using envisage::bench::printFigures;
using envisage::bench::PusherSubscribers;
using envisage::bench::SandboxEndpoints;
using envisage::bench::SandboxProcess;
using envisage::sandbox::DemoAccounts;

namespace {

constexpr int MaxPostsInFlight = 8;
// QNetworkAccessManager opens at most 6 connections per host and queues further requests
// inside itself, which would add hidden queueing to the latency; two managers with at most
// 4 requests each give every POST in flight a connection of its own.
constexpr int PostManagers = 2;
constexpr int ReadyTimeoutMs = 15000;
constexpr int RequestTimeoutMs = 10000;
constexpr int SetupTimeoutMs = 120000;
constexpr int DeliveryCapMs = 120000;
constexpr int StopGraceMs = 5000;
constexpr qint64 MaxDeliveries = 10'000'000; // keeps the per-delivery bookkeeping < 100 MB
constexpr QStringView ClientIdPrefix = u"bench-";

// A step's failure as a sentence for the person running the benchmark; empty on success.
using Problem = std::optional<QString>;

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

    bool ok = false;
    options->subscribers = parser.value(u"subscribers"_s).toInt(&ok);
    if (!ok || options->subscribers < 1 || options->subscribers > 20000)
        return u"--subscribers must be a whole number from 1 to 20000."_s;
    options->messages = parser.value(u"messages"_s).toInt(&ok);
    if (!ok || options->messages < 1 || options->messages > 1000000)
        return u"--messages must be a whole number from 1 to 1000000."_s;
    if (qint64(options->subscribers) * options->messages > MaxDeliveries)
        return u"--subscribers × --messages must stay within %1 deliveries."_s.arg(MaxDeliveries);
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
    ~FanoutBench();
    FanoutBench(const FanoutBench &) = delete;
    FanoutBench &operator=(const FanoutBench &) = delete;

    int run();

private:
    Problem startSandbox();
    Problem signIn(const QString &email, const QString &password, QString *token);
    Problem findConversation();
    Problem subscribeAll();
    Problem postAndCollect();
    FanoutFigures figures() const;

    QNetworkRequest apiRequest(const QString &path, const QString &token) const;
    Problem callApi(const QByteArray &verb, const QString &path, const QString &token,
                    const QJsonObject &body, int expectedStatus, QJsonObject *answer);

    void onMessageSent(int subscriber, const QJsonObject &message, qint64 receivedNs);
    void sendDuePosts();
    void post(int message);
    void onPostAnswered(int message, int manager, QNetworkReply *reply);

    Problem waitUntil(const std::function<bool()> &done, int timeoutMs, const QString &what);
    void fail(const QString &problem);
    void progress();

    Options m_options;
    QElapsedTimer m_clock;        // one monotonic clock for send and receive times
    std::function<void()> m_wake; // set while waitUntil() runs the event loop
    Problem m_problem;            // the first failure reported by a signal handler

    SandboxProcess m_sandbox;
    QUrl m_apiUrl;
    QUrl m_wsUrl;
    QString m_appKey;

    QNetworkAccessManager m_api;
    std::array<QNetworkAccessManager, PostManagers> m_posters;
    std::array<int, PostManagers> m_postsInFlightPer{};
    QString m_sellerToken;
    QString m_buyerToken;
    qint64 m_conversationId = 0;
    QString m_channel;

    PusherSubscribers m_subscribers;
    qint64 m_subscribeNs = 0;

    QTimer m_postTimer; // paces POSTs when --rate is set
    int m_nextMessage = 0;
    int m_postsInFlight = 0;
    int m_answered = 0;
    qint64 m_postStartNs = 0;
    std::vector<qint64> m_sentAtNs;
    std::vector<qint64> m_answeredAtNs;
    std::vector<bool> m_seen; // [subscriber * messages + message]
    std::vector<qint64> m_latenciesNs;
    qint64 m_delivered = 0;
    qint64 m_duplicates = 0;
    qint64 m_lastDeliveryNs = 0;
};

FanoutBench::FanoutBench(Options options)
    : m_options(std::move(options)), m_sandbox(m_options.sandboxPath), m_subscribers(m_clock)
{
    m_clock.start();
    // Loopback only: an http_proxy in the environment must not see these requests.
    m_api.setProxy(QNetworkProxy::NoProxy);
    for (QNetworkAccessManager &manager : m_posters)
        manager.setProxy(QNetworkProxy::NoProxy);
}

FanoutBench::~FanoutBench()
{
    // Handlers capture `this`: cut them before the members they touch go away.
    QObject::disconnect(&m_subscribers, nullptr, nullptr, nullptr);
    m_subscribers.closeAll();
    const auto cutReplies = [](QNetworkAccessManager &manager) {
        const QList<QNetworkReply *> replies = manager.findChildren<QNetworkReply *>();
        for (QNetworkReply *reply : replies)
            QObject::disconnect(reply, nullptr, nullptr, nullptr);
    };
    cutReplies(m_api);
    for (QNetworkAccessManager &manager : m_posters)
        cutReplies(manager);
    QObject::disconnect(&m_postTimer, nullptr, nullptr, nullptr);
    QObject::disconnect(&m_sandbox, nullptr, nullptr, nullptr);
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
        problem = signIn(u"buyer1@envisage.test"_s,
                         QString::fromLatin1(DemoAccounts::BuyerPassword), &m_buyerToken);
    if (!problem)
        problem = findConversation();
    if (!problem)
        problem = subscribeAll();
    if (problem) {
        std::fprintf(stderr, "bench-sandbox-fanout: %s\n", qPrintable(*problem));
        return 1;
    }

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
    if (problem) {
        std::fprintf(stderr, "bench-sandbox-fanout: %s\n", qPrintable(*problem));
        return 1;
    }
    return 0;
}

Problem FanoutBench::startSandbox()
{
    QObject::connect(&m_sandbox, &SandboxProcess::ready, [this] { progress(); });
    QObject::connect(&m_sandbox, &SandboxProcess::failed,
                     [this](const QString &problem) { fail(problem); });
    m_sandbox.start({u"--port"_s, u"0"_s, u"--ws-port"_s, u"0"_s, u"--database"_s, u":memory:"_s,
                     u"--seed"_s, u"demo"_s, u"--send-limit"_s, u"0"_s,
                     // every subscriber connects from 127.0.0.1
                     u"--max-connections-per-address"_s, u"0"_s});
    if (Problem problem = waitUntil([this] { return m_sandbox.endpoints().has_value(); },
                                    ReadyTimeoutMs, u"the sandbox's ready line"_s))
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

QNetworkRequest FanoutBench::apiRequest(const QString &path, const QString &token) const
{
    QNetworkRequest request(m_apiUrl.resolved(QUrl(path)));
    request.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(RequestTimeoutMs);
    return request;
}

Problem FanoutBench::callApi(const QByteArray &verb, const QString &path, const QString &token,
                             const QJsonObject &body, int expectedStatus, QJsonObject *answer)
{
    QNetworkRequest request = apiRequest(path, token);
    QByteArray bytes;
    if (!body.isEmpty()) {
        request.setRawHeader("Content-Type", "application/json");
        bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    const std::unique_ptr<QNetworkReply> reply(m_api.sendCustomRequest(request, verb, bytes));
    QObject::connect(reply.get(), &QNetworkReply::finished, [this] { progress(); });
    const QString what = QString::fromLatin1(verb) + u' ' + path;
    if (Problem problem = waitUntil([&reply] { return reply->isFinished(); },
                                    RequestTimeoutMs + 1000, u"the answer to "_s + what))
        return problem;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    *answer = QJsonDocument::fromJson(reply->readAll()).object();
    if (status == 0)
        return u"%1 failed: %2"_s.arg(what, reply->errorString());
    if (status != expectedStatus)
        return u"%1 answered %2: %3"_s.arg(what).arg(status).arg(
            answer->value(u"message"_s).toString());
    return {};
}

Problem FanoutBench::signIn(const QString &email, const QString &password, QString *token)
{
    QJsonObject answer;
    const QJsonObject body{
        {u"email"_s, email}, {u"password"_s, password}, {u"device_name"_s, u"bench"_s}};
    if (Problem problem = callApi("POST", u"/api/login"_s, {}, body, 200, &answer))
        return problem;
    *token = answer.value(u"token"_s).toString();
    if (token->isEmpty())
        return u"POST /api/login for %1 answered without a token."_s.arg(email);
    return {};
}

Problem FanoutBench::findConversation()
{
    QJsonObject page;
    if (Problem problem =
            callApi("GET", u"/api/conversations?per_page=100"_s, m_buyerToken, {}, 200, &page))
        return problem;
    const QJsonArray conversations = page.value(u"data"_s).toArray();
    for (const QJsonValue &item : conversations) {
        const QJsonObject conversation = item.toObject();
        const QJsonObject seller = conversation.value(u"seller"_s).toObject();
        if (seller.value(u"email"_s) == QLatin1StringView(DemoAccounts::SellerEmail)) {
            m_conversationId = conversation.value(u"id"_s).toInteger();
            m_channel = u"private-conversation.%1"_s.arg(m_conversationId);
            return {};
        }
    }
    return u"buyer1 has no conversation with %1; is the demo seed unchanged?"_s.arg(
        QLatin1StringView(DemoAccounts::SellerEmail));
}

Problem FanoutBench::subscribeAll()
{
    QObject::connect(&m_subscribers, &PusherSubscribers::subscribed, [this] { progress(); });
    QObject::connect(&m_subscribers, &PusherSubscribers::failed,
                     [this](const QString &problem) { fail(problem); });
    QObject::connect(&m_subscribers, &PusherSubscribers::messageSent,
                     [this](int subscriber, const QJsonObject &message, qint64 receivedNs) {
                         onMessageSent(subscriber, message, receivedNs);
                     });
    envisage::bench::SubscriberSetup setup;
    setup.wsUrl = m_wsUrl;
    setup.appKey = m_appKey;
    setup.channel = m_channel;
    setup.authUrl = m_apiUrl.resolved(QUrl(u"/broadcasting/auth"_s));
    setup.bearerToken = m_sellerToken;
    setup.requestTimeoutMs = RequestTimeoutMs;

    const int count = m_options.subscribers;
    const qint64 startNs = m_clock.nsecsElapsed();
    m_subscribers.open(count, setup);
    Problem problem = waitUntil([this, count] { return m_subscribers.subscribedCount() == count; },
                                SetupTimeoutMs, u"%1 subscriptions"_s.arg(count));
    m_subscribeNs = m_clock.nsecsElapsed() - startNs;
    return problem;
}

void FanoutBench::onMessageSent(int subscriber, const QJsonObject &message, qint64 receivedNs)
{
    const QString clientId = message.value(u"client_id"_s).toString();
    if (!clientId.startsWith(ClientIdPrefix))
        return; // not one of ours
    bool ok = false;
    const int number = QStringView(clientId).mid(ClientIdPrefix.size()).toInt(&ok);
    if (!ok || number < 0 || number >= m_options.messages || m_sentAtNs[size_t(number)] < 0)
        return;
    const size_t slot = size_t(subscriber) * size_t(m_options.messages) + size_t(number);
    if (m_seen[slot]) {
        ++m_duplicates;
        return;
    }
    m_seen[slot] = true;
    ++m_delivered;
    m_latenciesNs.push_back(receivedNs - m_sentAtNs[size_t(number)]);
    m_lastDeliveryNs = receivedNs;
    progress();
}

Problem FanoutBench::postAndCollect()
{
    const int messages = m_options.messages;
    const qint64 expected = qint64(m_options.subscribers) * messages;
    m_sentAtNs.assign(size_t(messages), -1);
    m_answeredAtNs.assign(size_t(messages), -1);
    m_seen.assign(size_t(expected), false);
    m_latenciesNs.reserve(size_t(expected));

    m_postTimer.setSingleShot(true);
    m_postTimer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_postTimer, &QTimer::timeout, [this] { sendDuePosts(); });
    const qint64 pacedMs =
        m_options.rate > 0 ? qint64(std::ceil(messages / m_options.rate * 1000.0)) : 0;
    const int capMs = int(std::min<qint64>(INT_MAX, DeliveryCapMs + pacedMs));

    m_postStartNs = m_clock.nsecsElapsed();
    sendDuePosts();
    const Problem problem = waitUntil(
        [this, messages, expected] { return m_answered == messages && m_delivered == expected; },
        capMs, u"the deliveries"_s);
    if (problem && !m_problem) // the cap, not a failure: say how far it got
        return u"Stopped after the %1 s cap: %2 of %3 deliveries and %4 of %5 POST answers "
               "arrived."_s.arg(capMs / 1000.0)
                   .arg(m_delivered)
                   .arg(expected)
                   .arg(m_answered)
                   .arg(messages);
    return problem;
}

void FanoutBench::sendDuePosts()
{
    while (m_nextMessage < m_options.messages && m_postsInFlight < MaxPostsInFlight) {
        if (m_options.rate > 0) {
            const qint64 dueNs = m_postStartNs + qint64(m_nextMessage * 1e9 / m_options.rate);
            const qint64 nowNs = m_clock.nsecsElapsed();
            if (nowNs < dueNs) {
                if (!m_postTimer.isActive())
                    m_postTimer.start(int((dueNs - nowNs + 999'999) / 1'000'000));
                return;
            }
        }
        post(m_nextMessage++);
    }
}

void FanoutBench::post(int message)
{
    const auto least = std::min_element(m_postsInFlightPer.begin(), m_postsInFlightPer.end());
    const int manager = int(least - m_postsInFlightPer.begin());
    ++m_postsInFlightPer[size_t(manager)];
    ++m_postsInFlight;

    QNetworkRequest request =
        apiRequest(u"/api/conversations/%1/messages"_s.arg(m_conversationId), m_buyerToken);
    request.setRawHeader("Content-Type", "application/json");
    const QJsonObject body{{u"body"_s, u"bench %1"_s.arg(message)},
                           {u"client_id"_s, ClientIdPrefix.toString() + QString::number(message)}};
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    m_sentAtNs[size_t(message)] = m_clock.nsecsElapsed();
    QNetworkReply *reply = m_posters[size_t(manager)].post(request, bytes);
    QObject::connect(reply, &QNetworkReply::finished, [this, message, manager, reply] {
        reply->deleteLater();
        onPostAnswered(message, manager, reply);
    });
}

void FanoutBench::onPostAnswered(int message, int manager, QNetworkReply *reply)
{
    m_answeredAtNs[size_t(message)] = m_clock.nsecsElapsed();
    --m_postsInFlightPer[size_t(manager)];
    --m_postsInFlight;
    ++m_answered;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 201)
        return fail(u"POST of message %1 answered %2 %3"_s.arg(message).arg(status).arg(
            reply->errorString()));
    sendDuePosts();
    progress();
}

FanoutFigures FanoutBench::figures() const
{
    FanoutFigures result;
    result.subscribers = m_options.subscribers;
    result.messages = m_options.messages;
    result.rate = m_options.rate;
    result.maxPostsInFlight = MaxPostsInFlight;
    result.delivered = m_delivered;
    result.expected = qint64(m_options.subscribers) * m_options.messages;
    result.duplicates = m_duplicates;

    std::vector<qint64> latencies = m_latenciesNs;
    std::sort(latencies.begin(), latencies.end());
    result.p50Ms = percentileMs(latencies, 50);
    result.p90Ms = percentileMs(latencies, 90);
    result.p99Ms = percentileMs(latencies, 99);
    result.maxMs = percentileMs(latencies, 100);

    std::vector<qint64> roundTrips;
    qint64 lastAnswerNs = 0;
    for (size_t i = 0; i < m_answeredAtNs.size(); ++i) {
        if (m_answeredAtNs[i] >= 0) {
            roundTrips.push_back(m_answeredAtNs[i] - m_sentAtNs[i]);
            lastAnswerNs = std::max(lastAnswerNs, m_answeredAtNs[i]);
        }
    }
    std::sort(roundTrips.begin(), roundTrips.end());
    result.postRoundTripP50Ms = percentileMs(roundTrips, 50);
    if (!roundTrips.empty()) {
        result.postSeconds = double(lastAnswerNs - m_postStartNs) / 1e9;
        result.messagesPerSecond = double(roundTrips.size()) / result.postSeconds;
    }
    if (m_delivered > 0)
        result.deliveriesPerSecond =
            double(m_delivered) / (double(m_lastDeliveryNs - m_postStartNs) / 1e9);
    result.subscribeSeconds = double(m_subscribeNs) / 1e9;
    result.wallSeconds = double(m_clock.nsecsElapsed()) / 1e9;
    return result;
}

Problem FanoutBench::waitUntil(const std::function<bool()> &done, int timeoutMs,
                               const QString &what)
{
    // Woken by progress() from the handlers instead of polling, so waiting takes no CPU
    // from the sandbox on the same cores.
    if (!m_problem && !done()) {
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        m_wake = [this, &done, &loop] {
            if (m_problem || done())
                loop.quit();
        };
        deadline.start(timeoutMs);
        loop.exec();
        m_wake = nullptr;
    }
    if (m_problem)
        return m_problem;
    if (!done())
        return u"Timed out after %1 s waiting for %2."_s.arg(timeoutMs / 1000.0).arg(what);
    return {};
}

void FanoutBench::fail(const QString &problem)
{
    if (!m_problem)
        m_problem = problem;
    progress();
}

void FanoutBench::progress()
{
    if (m_wake)
        m_wake();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench-sandbox-fanout"_s);
    Options options;
    if (const Problem problem = parseOptions(app, &options)) {
        std::fprintf(stderr, "bench-sandbox-fanout: %s\n", qPrintable(*problem));
        return 2;
    }
    FanoutBench bench(std::move(options));
    return bench.run();
}
