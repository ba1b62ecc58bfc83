// bench-realtime-burst: our Pusher client (core/realtime) against pusher-js on one burst
// of events that the sandbox publishes to both at once.
//
// What runs where, all on this machine and on loopback only:
//   this process                          starts everything; publishes the burst through
//                                         the sandbox's signed Pusher HTTP API
//                                         (batch_events, --batch per request, --in-flight
//                                         requests at a time)
//   envisage-sandbox                      the Pusher server; writes each event to both sockets
//   bench-realtime-burst --subscriber     our PusherClient, alone in its process
//   node bench/peers/pusherjs-subscriber  pusher-js 8, alone in its process
// Each subscriber takes the time first thing in its event handler; the publish time is in
// the event, on CLOCK_MONOTONIC which all processes share. Throughput is events/s from a
// client's first to its last receipt; since both receive one stream at the rate it is
// published, events per CPU-second of each subscriber process is the figure that compares
// what each client can do.
#include "BoundedWait.h"
#include "BurstFigures.h"
#include "BurstSubscriber.h"
#include "CommandLine.h"
#include "Figures.h"
#include "MonotonicClock.h"
#include "PeerProcess.h"
#include "ProcessStats.h"
#include "PusherHttpApi.h"
#include "PusherSigner.h"
#include "SandboxProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <algorithm>
#include <climits>
#include <cmath>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace envisage::bench {
namespace {

constexpr int ReadyTimeoutMs = 30000;
constexpr int RequestTimeoutMs = 10000;
constexpr int SummaryGraceMs = 15000; // after the end marker, or after the cap
constexpr int StopGraceMs = 5000;
constexpr QStringView AppId = u"bench";
constexpr QStringView AppKey = u"bench-key";
constexpr QStringView Channel = u"bench";
constexpr QStringView OurClient = OurClientName;
constexpr QStringView PusherJs = PusherJsName;
// What a `message.sent` of the marketplace carries, so decoding costs what it would.
constexpr auto MessageJson =
    u"{\"id\":4711,\"conversation_id\":12,\"sender_id\":7,\"sender\":{\"id\":7,\"name\":"
    "\"Amira Buyer\",\"avatar_url\":null},\"body\":\"Is the blue one still available? I could "
    "pick it up tomorrow.\",\"client_id\":null,\"created_at\":\"2024-05-01T12:00:00.000000Z\","
    "\"read_at\":null}";

struct Options
{
    int events = 50000;
    int batch = 10;
    int inFlight = 4;
    int timeoutSeconds = 180;
    QStringList clients{OurClient.toString(), PusherJs.toString()};
    QString sandboxPath;
    QString nodePath;
};

class BurstBench
{
public:
    explicit BurstBench(Options options);
    ~BurstBench(); // stops the children; copies are ruled out by the QObject members

    int run();

private:
    Problem startSandbox();
    Problem startPeers();
    Problem publishBurst();
    Problem publishEnd();
    void publishDue();
    void postBatch(const QJsonArray &batch, std::function<void(QNetworkReply *)> answered);
    QJsonArray burstBatch(int first, int count, qint64 sentUs) const;
    void onBatchAnswered(QNetworkReply *reply, qint64 sentNs);
    void stopAll();
    BurstFigures figures() const;

    Options m_options;
    QElapsedTimer m_clock;
    BoundedWait m_wait; // before what reports to it, so it outlives their handlers

    SandboxProcess m_sandbox;
    QString m_appSecret;
    QUrl m_apiBase; // http://127.0.0.1:WS_PORT (the HTTP API shares the WebSocket port)
    std::vector<std::unique_ptr<PeerProcess>> m_peers;

    QNetworkAccessManager m_network;
    bool m_publishing = false;
    int m_nextEvent = 0;
    int m_inFlight = 0;
    int m_answeredEvents = 0;
    qint64 m_burstStartNs = 0;
    qint64 m_lastAnswerNs = 0;
    std::vector<qint64> m_roundTripsNs;
    std::optional<int> m_endStatus; // the end marker's HTTP status, once answered
    double m_sandboxCpuAtStart = NAN, m_sandboxCpuAtEnd = NAN;
    double m_ownCpuAtStart = NAN, m_ownCpuAtEnd = NAN;
};

BurstBench::BurstBench(Options options)
    : m_options(std::move(options)), m_sandbox(m_options.sandboxPath)
{
    m_clock.start();
    // Loopback only: an http_proxy in the environment must not see these requests.
    m_network.setProxy(QNetworkProxy::NoProxy);
    // Random per run: this secret guards nothing, but no fixed one belongs in a repository.
    m_appSecret = QString::number(QRandomGenerator::system()->generate64(), 16);
}

BurstBench::~BurstBench()
{
    // Handlers capture `this`: cut them before the members they touch go away.
    const QList<QNetworkReply *> replies = m_network.findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        QObject::disconnect(reply, nullptr, nullptr, nullptr);
    stopAll();
}

void BurstBench::stopAll()
{
    for (const std::unique_ptr<PeerProcess> &peer : m_peers)
        peer->stop(StopGraceMs);
    m_sandbox.stop(StopGraceMs);
}

int BurstBench::run()
{
    Problem problem = startSandbox();
    if (!problem)
        problem = startPeers();
    if (problem)
        return reportProblem(*problem);

    problem = publishBurst();
    // The end marker goes out even after a failure, so the subscribers report what they got.
    const Problem endProblem = publishEnd();
    if (!problem)
        problem = endProblem;
    const auto allSummarized = [this] {
        return std::all_of(m_peers.begin(), m_peers.end(),
                           [](const auto &peer) { return peer->summary().has_value(); });
    };
    m_wait.forgetProblem(); // a failure is noted in `problem`; the summaries may still come
    const Problem summaryProblem =
        m_wait.waitUntil(allSummarized, SummaryGraceMs, u"the subscribers' summaries"_s);
    if (!problem)
        problem = summaryProblem;
    m_sandboxCpuAtEnd = m_sandbox.cpuSeconds();
    m_ownCpuAtEnd = ownCpuSeconds();
    stopAll();

    const BurstFigures result = figures();
    printFigures(result);

    for (const ClientFigures &client : result.clients) {
        if (problem)
            break;
        if (client.received != m_options.events || client.duplicates > 0 || client.unknown > 0 ||
            client.disconnects > 0)
            problem = u"%1 received %2 of %3 events (%4 duplicates, %5 unknown, %6 "
                      "disconnects)."_s.arg(client.name)
                          .arg(client.received)
                          .arg(m_options.events)
                          .arg(client.duplicates)
                          .arg(client.unknown)
                          .arg(client.disconnects);
    }
    return problem ? reportProblem(*problem) : 0;
}

Problem BurstBench::startSandbox()
{
    if (Problem problem = m_sandbox.startAndWaitUntilReady(
            {u"--port"_s, u"0"_s, u"--ws-port"_s, u"0"_s, u"--database"_s, u":memory:"_s,
             u"--app-id"_s, AppId.toString(), u"--app-key"_s, AppKey.toString(), u"--app-secret"_s,
             m_appSecret},
            m_wait, ReadyTimeoutMs))
        return problem;
    m_apiBase.setScheme(u"http"_s);
    m_apiBase.setHost(m_sandbox.endpoints()->wsHost);
    m_apiBase.setPort(m_sandbox.endpoints()->wsPort);
    return {};
}

Problem BurstBench::startPeers()
{
    const QStringList common{
        u"--host"_s, m_sandbox.endpoints()->wsHost, u"--ws-port"_s,
        QString::number(m_sandbox.endpoints()->wsPort), u"--app-key"_s, AppKey.toString(),
        u"--channel"_s, Channel.toString(), u"--events"_s, QString::number(m_options.events),
        // Past our own cap, so that normally we, not the deadline, end the run.
        u"--deadline-ms"_s,
        QString::number(ReadyTimeoutMs + m_options.timeoutSeconds * 1000 + 2 * SummaryGraceMs)};
    for (const QString &client : std::as_const(m_options.clients)) {
        auto peer = std::make_unique<PeerProcess>(client);
        m_wait.follow(*peer);
        if (client == OurClient)
            peer->start(QCoreApplication::applicationFilePath(),
                        QStringList{u"--subscriber"_s} + common);
        else
            peer->start(m_options.nodePath, QStringList{QString::fromUtf8(PUSHERJS_PEER)} + common);
        m_peers.push_back(std::move(peer));
    }
    return m_wait.waitUntil(
        [this] {
            return std::all_of(m_peers.begin(), m_peers.end(),
                               [](const auto &peer) { return peer->readyLine().has_value(); });
        },
        ReadyTimeoutMs, u"the subscribers' ready lines"_s);
}

QJsonArray BurstBench::burstBatch(int first, int count, qint64 sentUs) const
{
    QJsonArray batch;
    for (int index = first; index < first + count; ++index) {
        const QString data = u"{\"i\":%1,\"t\":%2,\"message\":%3}"_s.arg(index).arg(sentUs).arg(
            QStringView(MessageJson));
        batch.append(QJsonObject{{u"channel"_s, Channel.toString()},
                                 {u"name"_s, burst::EventName.toString()},
                                 {u"data"_s, data}});
    }
    return batch;
}

void BurstBench::postBatch(const QJsonArray &batch, std::function<void(QNetworkReply *)> answered)
{
    const QString path = u"/apps/%1/batch_events"_s.arg(AppId);
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"batch"_s, batch}}).toJson(QJsonDocument::Compact);
    QUrl url = m_apiBase;
    url.setPath(path);
    url.setQuery(sandbox::PusherSigner::signedQuery(AppKey.toString(), m_appSecret, u"POST"_s, path,
                                                    body, QDateTime::currentSecsSinceEpoch()));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    // HTTP/1.1 on separate connections: one request in flight per connection, as counted.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(RequestTimeoutMs);
    QNetworkReply *reply = m_network.post(request, body);
    QObject::connect(reply, &QNetworkReply::finished, [reply, answered = std::move(answered)] {
        reply->deleteLater();
        answered(reply);
    });
}

void BurstBench::publishDue()
{
    while (m_publishing && !m_wait.hasFailed() && m_nextEvent < m_options.events &&
           m_inFlight < m_options.inFlight) {
        const int first = m_nextEvent;
        const int count = std::min(m_options.batch, m_options.events - first);
        m_nextEvent += count;
        ++m_inFlight;
        const qint64 sentNs = m_clock.nsecsElapsed();
        postBatch(burstBatch(first, count, monotonicMicroseconds()),
                  [this, sentNs, count](QNetworkReply *reply) {
                      m_answeredEvents += count;
                      onBatchAnswered(reply, sentNs);
                  });
    }
}

void BurstBench::onBatchAnswered(QNetworkReply *reply, qint64 sentNs)
{
    m_lastAnswerNs = m_clock.nsecsElapsed();
    m_roundTripsNs.push_back(m_lastAnswerNs - sentNs);
    --m_inFlight;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return m_wait.fail(u"batch_events answered %1 %2: %3"_s.arg(status).arg(
            reply->errorString(), QString::fromUtf8(reply->readAll().left(300))));
    publishDue();
    m_wait.progress();
}

Problem BurstBench::publishBurst()
{
    m_roundTripsNs.reserve(size_t(m_options.events / m_options.batch + 1));
    m_sandboxCpuAtStart = m_sandbox.cpuSeconds();
    m_ownCpuAtStart = ownCpuSeconds();
    m_burstStartNs = m_clock.nsecsElapsed();
    m_publishing = true;
    publishDue();
    const int capMs = m_options.timeoutSeconds * 1000;
    const Problem problem = m_wait.waitUntil(
        [this] { return m_answeredEvents == m_options.events; }, capMs, u"the burst"_s);
    // Also after the cap: answers still in flight start no more.
    m_publishing = false;
    if (problem && !m_wait.hasFailed()) // the cap, not a failure: say how far it got
        return u"Stopped after the %1 s cap: %2 of %3 events were published."_s
            .arg(m_options.timeoutSeconds)
            .arg(m_answeredEvents)
            .arg(m_options.events);
    return problem;
}

Problem BurstBench::publishEnd()
{
    // Published once every burst event was answered, so it reaches each socket after them.
    const QString data = u"{\"events\":%1}"_s.arg(m_options.events);
    const QJsonArray batch{QJsonObject{{u"channel"_s, Channel.toString()},
                                       {u"name"_s, burst::EndEventName.toString()},
                                       {u"data"_s, data}}};
    postBatch(batch, [this](QNetworkReply *reply) {
        m_endStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_wait.progress();
    });
    m_wait.forgetProblem(); // a failure of the burst is already reported by the caller
    if (Problem problem = m_wait.waitUntil([this] { return m_endStatus.has_value(); },
                                           RequestTimeoutMs + 1000, u"the end marker's answer"_s))
        return problem;
    if (*m_endStatus != 200)
        return u"The end marker was answered %1."_s.arg(*m_endStatus);
    return {};
}

BurstFigures BurstBench::figures() const
{
    BurstFigures f;
    f.events = m_options.events;
    f.batch = m_options.batch;
    f.inFlight = m_options.inFlight;
    f.roundTrip = percentilesOf(m_roundTripsNs);
    if (!m_roundTripsNs.empty()) {
        f.publishSeconds = double(m_lastAnswerNs - m_burstStartNs) / 1e9;
        f.publishedPerSecond = m_answeredEvents / f.publishSeconds;
    }
    f.sandboxCpuSeconds = m_sandboxCpuAtEnd - m_sandboxCpuAtStart;
    f.publisherCpuSeconds = m_ownCpuAtEnd - m_ownCpuAtStart;
    f.wallSeconds = double(m_clock.nsecsElapsed()) / 1e9;
    for (const std::unique_ptr<PeerProcess> &peer : m_peers) {
        if (peer->summary())
            f.clients.push_back(clientFigures(peer->client(), *peer->summary()));
    }
    return f;
}

// Shared by both modes; the subscriber's are hidden since only the benchmark passes them.
Problem parseOptions(const QCoreApplication &app, Options *options,
                     std::optional<burst::SubscriberSetup> *subscriber)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Publishes a burst of events through envisage-sandbox to our Pusher client and to "
        "pusher-js at once; prints events/s, publish→handler latency and CPU per client."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"events"_s, u"Events in the burst (default 50000)."_s, u"N"_s, u"50000"_s},
        {u"batch"_s, u"Events per batch_events request, 1 to 10 (default 10)."_s, u"B"_s, u"10"_s},
        {u"in-flight"_s, u"batch_events requests in flight, 1 to 6 (default 4)."_s, u"K"_s, u"4"_s},
        {u"timeout"_s, u"Cap on publishing, in seconds (default 180)."_s, u"S"_s, u"180"_s},
        {u"clients"_s, u"Comma-separated subscribers: envisage, pusher-js (default both)."_s,
         u"list"_s, u"envisage,pusher-js"_s},
        {u"sandbox"_s, u"The envisage-sandbox binary (default: the one built with this)."_s,
         u"path"_s, QString::fromUtf8(SANDBOX_BIN)},
        {u"node"_s, u"The node binary for the pusher-js peer (default: node on PATH)."_s, u"path"_s,
         u"node"_s},
    });
    for (const char16_t *name : {u"host", u"ws-port", u"app-key", u"channel", u"deadline-ms"}) {
        QCommandLineOption option(QString::fromUtf16(name), QString(), u"value"_s);
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    QCommandLineOption subscriberMode(u"subscriber"_s);
    subscriberMode.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(subscriberMode);
    parser.process(app);

    if (!integerOption(parser, u"events"_s, 1, 1'000'000, &options->events))
        return u"--events must be a whole number from 1 to 1000000."_s;
    if (parser.isSet(subscriberMode)) {
        burst::SubscriberSetup setup;
        setup.host = parser.value(u"host"_s);
        int port = 0;
        if (!integerOption(parser, u"ws-port"_s, 1, 65535, &port) ||
            !integerOption(parser, u"deadline-ms"_s, 1, INT_MAX, &setup.deadlineMs))
            return u"--subscriber needs --ws-port and --deadline-ms."_s;
        setup.port = quint16(port);
        setup.appKey = parser.value(u"app-key"_s);
        setup.channel = parser.value(u"channel"_s);
        setup.events = options->events;
        *subscriber = setup;
        return {};
    }
    if (!integerOption(parser, u"batch"_s, 1, sandbox::PusherHttpApi::MaxBatchSize,
                       &options->batch))
        return u"--batch must be a whole number from 1 to 10 (the HTTP API's limit)."_s;
    // QNetworkAccessManager opens at most 6 connections per host and queues the rest
    // inside itself, which would hide queueing in the latency.
    if (!integerOption(parser, u"in-flight"_s, 1, 6, &options->inFlight))
        return u"--in-flight must be a whole number from 1 to 6."_s;
    if (!integerOption(parser, u"timeout"_s, 1, 3600, &options->timeoutSeconds))
        return u"--timeout must be a whole number of seconds from 1 to 3600."_s;
    options->clients = parser.value(u"clients"_s).split(u',', Qt::SkipEmptyParts);
    options->clients.removeDuplicates();
    if (options->clients.isEmpty())
        return u"--clients names no subscriber."_s;
    for (const QString &client : std::as_const(options->clients)) {
        if (client != OurClient && client != PusherJs)
            return u"--clients knows envisage and pusher-js, not %1."_s.arg(client);
    }
    options->sandboxPath = parser.value(u"sandbox"_s);
    options->nodePath = QStandardPaths::findExecutable(parser.value(u"node"_s));
    if (options->clients.contains(PusherJs) && options->nodePath.isEmpty())
        return u"No node binary %1 found; pass --node PATH."_s.arg(parser.value(u"node"_s));
    return {};
}

// The benchmark, or with --subscriber one of its subscribers.
int runFromCommandLine(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench-realtime-burst"_s);
    Options options;
    std::optional<burst::SubscriberSetup> subscriber;
    if (const Problem problem = parseOptions(app, &options, &subscriber))
        return reportProblem(*problem, 2);
    if (subscriber)
        return burst::runSubscriber(*subscriber);
    return BurstBench(std::move(options)).run();
}

} // namespace
} // namespace envisage::bench

int main(int argc, char *argv[])
{
    return envisage::bench::runFromCommandLine(argc, argv);
}
