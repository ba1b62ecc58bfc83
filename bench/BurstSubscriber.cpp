#include "BurstSubscriber.h"

#include "realtime/PusherClient.h"

#include "Figures.h"
#include "MonotonicClock.h"
#include "ProcessStats.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <cmath>
#include <vector>

namespace envisage::bench::burst {

using namespace Qt::StringLiterals;
using envisage::realtime::PusherChannel;
using envisage::realtime::PusherClient;
using envisage::realtime::PusherConnection;
using envisage::realtime::PusherOptions;
using envisage::realtime::RealtimeError;

namespace {

constexpr int MaxReportedErrors = 10;

class BurstSubscriber
{
public:
    explicit BurstSubscriber(const SubscriberSetup &setup);
    void start();

private:
    static PusherOptions optionsFor(const SubscriberSetup &setup);
    void onSubscribed();
    void onBurstEvent(const QJsonValue &data);
    void summarize(bool endSeen);

    SubscriberSetup m_setup;
    PusherClient m_client;
    QTimer m_deadline;
    // The burst as it arrived.
    std::vector<qint64> m_latenciesUs; // in order of arrival
    std::vector<bool> m_seen;
    qint64 m_firstUs = -1;
    qint64 m_lastUs = -1;
    // What went wrong on the way.
    qint64 m_duplicates = 0;
    qint64 m_unknown = 0;
    int m_disconnects = 0;
    QJsonArray m_errors;
    // Where this subscriber is: ready (since when in CPU time), summarized.
    double m_cpuAtReady = NAN;
    bool m_readyPrinted = false;
    bool m_summarized = false;
};

BurstSubscriber::BurstSubscriber(const SubscriberSetup &setup)
    : m_setup(setup), m_client(optionsFor(setup), nullptr)
{
    m_latenciesUs.reserve(size_t(setup.events));
    m_seen.assign(size_t(setup.events), false);
}

PusherOptions BurstSubscriber::optionsFor(const SubscriberSetup &setup)
{
    PusherOptions options;
    options.key = setup.appKey;
    options.host = setup.host;
    options.port = setup.port;
    options.useTls = false;
    options.watchNetwork = false; // loopback only; no network backend to load
    return options;
}

void BurstSubscriber::start()
{
    QObject::connect(m_client.connection(), &PusherConnection::stateChanged,
                     [this](PusherConnection::State previous, PusherConnection::State) {
                         if (previous == PusherConnection::State::Connected)
                             ++m_disconnects;
                     });
    QObject::connect(&m_client, &PusherClient::errorOccurred, [this](const RealtimeError &error) {
        if (m_errors.size() < MaxReportedErrors)
            m_errors.append(error.toString());
    });

    PusherChannel *channel = m_client.subscribe(m_setup.channel);
    QObject::connect(channel, &PusherChannel::subscribed, [this] { onSubscribed(); });
    // The handlers an application would bind: the data arrives decoded from its JSON string.
    channel->bind(EventName.toString(),
                  [this](const QJsonValue &data, const QString &) { onBurstEvent(data); });
    channel->bind(EndEventName.toString(),
                  [this](const QJsonValue &, const QString &) { summarize(true); });

    m_deadline.setSingleShot(true);
    QObject::connect(&m_deadline, &QTimer::timeout, [this] { summarize(false); });
    m_deadline.start(m_setup.deadlineMs);
    m_client.open();
}

void BurstSubscriber::onSubscribed()
{
    if (m_readyPrinted) // a resubscription after a reconnect is counted, not announced
        return;
    m_readyPrinted = true;
    m_cpuAtReady = ownCpuSeconds();
    printJsonLine({{u"event"_s, u"ready"_s},
                   {u"client"_s, u"envisage"_s},
                   {u"socket_id"_s, m_client.socketId()}});
}

void BurstSubscriber::onBurstEvent(const QJsonValue &data)
{
    const qint64 nowUs = monotonicMicroseconds(); // before any work of ours
    const QJsonObject event = data.toObject();
    const qint64 index = event.value(u"i"_s).toInteger(-1);
    const qint64 sentUs = event.value(u"t"_s).toInteger(-1);
    if (index < 0 || index >= qint64(m_seen.size()) || sentUs < 0) {
        ++m_unknown;
        return;
    }
    if (m_seen[size_t(index)]) {
        ++m_duplicates;
        return;
    }
    m_seen[size_t(index)] = true;
    if (m_firstUs < 0)
        m_firstUs = nowUs;
    m_lastUs = nowUs;
    m_latenciesUs.push_back(nowUs - sentUs);
}

void BurstSubscriber::summarize(bool endSeen)
{
    if (m_summarized)
        return;
    m_summarized = true;
    const double cpuNow = ownCpuSeconds();
    QJsonArray latencies;
    for (const qint64 latency : m_latenciesUs)
        latencies.append(latency);
    printJsonLine({{u"event"_s, u"summary"_s},
                   {u"client"_s, u"envisage"_s},
                   {u"end_seen"_s, endSeen},
                   {u"received"_s, qint64(m_latenciesUs.size())},
                   {u"duplicates"_s, m_duplicates},
                   {u"unknown"_s, m_unknown},
                   {u"first_us"_s, m_firstUs},
                   {u"last_us"_s, m_lastUs},
                   {u"cpu_s"_s, cpuNow - m_cpuAtReady},
                   {u"cpu_process_s"_s, cpuNow},
                   {u"disconnects"_s, m_disconnects},
                   {u"errors"_s, m_errors},
                   {u"latencies_us"_s, latencies}});
    m_client.close();
    QCoreApplication::exit(endSeen ? 0 : 1);
}

} // namespace

int runSubscriber(const SubscriberSetup &setup)
{
    BurstSubscriber subscriber(setup);
    subscriber.start();
    return QCoreApplication::exec();
}

} // namespace envisage::bench::burst
