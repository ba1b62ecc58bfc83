#include "BurstFigures.h"

#include "Figures.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace envisage::bench {

using namespace Qt::StringLiterals;

ClientFigures clientFigures(const QString &name, const QJsonObject &summary)
{
    ClientFigures f;
    f.name = name;
    f.received = summary.value(u"received"_s).toInteger();
    f.duplicates = summary.value(u"duplicates"_s).toInteger();
    f.unknown = summary.value(u"unknown"_s).toInteger();
    f.endSeen = summary.value(u"end_seen"_s).toBool();
    f.disconnects = summary.value(u"disconnects"_s).toInt();
    f.errors = summary.value(u"errors"_s).toArray();
    const auto number = [&summary](const QString &key) {
        const QJsonValue value = summary.value(key);
        return value.isDouble() ? value.toDouble() : NAN;
    };
    f.cpuSeconds = number(u"cpu_s"_s);
    f.processCpuSeconds = number(u"cpu_process_s"_s);
    // Both peers report raw latencies so that one function computes every percentile.
    const QJsonArray latencies = summary.value(u"latencies_us"_s).toArray();
    std::vector<qint64> latenciesNs;
    latenciesNs.reserve(size_t(latencies.size()));
    for (const QJsonValue &latency : latencies)
        latenciesNs.push_back(latency.toInteger() * 1000);
    std::sort(latenciesNs.begin(), latenciesNs.end());
    f.p50Ms = percentileMs(latenciesNs, 50);
    f.p99Ms = percentileMs(latenciesNs, 99);
    f.maxMs = percentileMs(latenciesNs, 100);
    const double spanUs = number(u"last_us"_s) - number(u"first_us"_s);
    if (f.received > 1 && spanUs > 0)
        f.eventsPerSecond = double(f.received - 1) / (spanUs / 1e6);
    if (f.received > 0 && f.cpuSeconds > 0)
        f.eventsPerCpuSecond = double(f.received) / f.cpuSeconds;
    return f;
}

namespace {

QJsonObject clientJson(const ClientFigures &c)
{
    return {
        {u"received"_s, c.received},
        {u"duplicates"_s, c.duplicates},
        {u"unknown"_s, c.unknown},
        {u"end_seen"_s, c.endSeen},
        {u"disconnects"_s, c.disconnects},
        {u"errors"_s, c.errors},
        {u"events_per_s"_s, jsonNumber(c.eventsPerSecond, 0)},
        {u"latency_p50_ms"_s, jsonNumber(c.p50Ms, 3)},
        {u"latency_p99_ms"_s, jsonNumber(c.p99Ms, 3)},
        {u"latency_max_ms"_s, jsonNumber(c.maxMs, 3)},
        {u"cpu_s"_s, jsonNumber(c.cpuSeconds, 3)},
        {u"events_per_cpu_s"_s, jsonNumber(c.eventsPerCpuSecond, 0)},
        {u"process_cpu_s"_s, jsonNumber(c.processCpuSeconds, 3)},
    };
}

} // namespace

void printFigures(const BurstFigures &f)
{
    const ClientFigures *ours = nullptr;
    const ClientFigures *theirs = nullptr;
    for (const ClientFigures &client : f.clients)
        (client.name == OurClientName ? ours : theirs) = &client;
    const bool compared = ours && theirs;
    const auto ratio = [ours, theirs](double ClientFigures::*field) {
        return ours && theirs ? ours->*field / theirs->*field : NAN;
    };

    QList<QStringList> table{{u"figure"_s}};
    for (const ClientFigures &client : f.clients)
        table[0].append(client.name);
    if (compared)
        table[0].append(u"envisage ÷ pusher-js"_s);
    using Cell = std::function<QString(const ClientFigures &)>;
    const auto row = [&](const QString &name, const Cell &cell,
                         double ClientFigures::*ratioOf = nullptr) {
        QStringList cells{name};
        for (const ClientFigures &client : f.clients)
            cells.append(cell(client));
        if (compared)
            cells.append(ratioOf ? fixedText(ratio(ratioOf), 2, u"×"_s) : QString());
        table.append(cells);
    };
    const auto value = [](double ClientFigures::*field, int decimals, const QString &unit) {
        return [field, decimals, unit](const ClientFigures &c) {
            return fixedText(c.*field, decimals, unit);
        };
    };
    row(u"events received"_s,
        [&f](const ClientFigures &c) { return u"%1 / %2"_s.arg(c.received).arg(f.events); });
    row(u"duplicates / unknown"_s,
        [](const ClientFigures &c) { return u"%1 / %2"_s.arg(c.duplicates).arg(c.unknown); });
    row(u"events/s (first→last receipt)"_s, value(&ClientFigures::eventsPerSecond, 0, {}),
        &ClientFigures::eventsPerSecond);
    row(u"latency p50 (publish→handler)"_s, value(&ClientFigures::p50Ms, 2, u" ms"_s),
        &ClientFigures::p50Ms);
    row(u"latency p99"_s, value(&ClientFigures::p99Ms, 2, u" ms"_s), &ClientFigures::p99Ms);
    row(u"latency max"_s, value(&ClientFigures::maxMs, 2, u" ms"_s), &ClientFigures::maxMs);
    row(u"CPU, subscribed→end marker"_s, value(&ClientFigures::cpuSeconds, 2, u" s"_s),
        &ClientFigures::cpuSeconds);
    row(u"events per CPU-second"_s, value(&ClientFigures::eventsPerCpuSecond, 0, {}),
        &ClientFigures::eventsPerCpuSecond);
    row(u"CPU, whole process"_s, value(&ClientFigures::processCpuSeconds, 2, u" s"_s),
        &ClientFigures::processCpuSeconds);
    row(u"disconnects"_s, [](const ClientFigures &c) { return QString::number(c.disconnects); });
    printTable(table);
    std::printf("\n");

    printTable({
        {u"publishing"_s, u"value"_s},
        {u"events × batch × in flight"_s,
         u"%1 × %2 × %3"_s.arg(f.events).arg(f.batch).arg(f.inFlight)},
        {u"published events/s"_s, fixedText(f.publishedPerSecond, 0)},
        {u"publish phase"_s, fixedText(f.publishSeconds, 2, u" s"_s)},
        {u"batch_events round trip p50"_s, fixedText(f.roundTripP50Ms, 2, u" ms"_s)},
        {u"batch_events round trip p99"_s, fixedText(f.roundTripP99Ms, 2, u" ms"_s)},
        {u"sandbox CPU, burst"_s, fixedText(f.sandboxCpuSeconds, 2, u" s"_s)},
        {u"publisher CPU, burst"_s, fixedText(f.publisherCpuSeconds, 2, u" s"_s)},
        {u"total wall time"_s, fixedText(f.wallSeconds, 2, u" s"_s)},
    });

    QJsonObject clients;
    for (const ClientFigures &client : f.clients)
        clients.insert(client.name, clientJson(client));
    QJsonObject json{
        {u"bench"_s, u"realtime_burst"_s},
        {u"events"_s, f.events},
        {u"batch"_s, f.batch},
        {u"in_flight"_s, f.inFlight},
        {u"published_events_per_s"_s, jsonNumber(f.publishedPerSecond, 0)},
        {u"publish_s"_s, jsonNumber(f.publishSeconds, 3)},
        {u"round_trip_p50_ms"_s, jsonNumber(f.roundTripP50Ms, 3)},
        {u"round_trip_p99_ms"_s, jsonNumber(f.roundTripP99Ms, 3)},
        {u"sandbox_cpu_s"_s, jsonNumber(f.sandboxCpuSeconds, 2)},
        {u"publisher_cpu_s"_s, jsonNumber(f.publisherCpuSeconds, 2)},
        {u"wall_s"_s, jsonNumber(f.wallSeconds, 3)},
        {u"clients"_s, clients},
    };
    if (compared) {
        const double throughput = ratio(&ClientFigures::eventsPerSecond);
        const double perCpu = ratio(&ClientFigures::eventsPerCpuSecond);
        json.insert(u"ratio_events_per_s"_s, jsonNumber(throughput, 3));
        json.insert(u"ratio_events_per_cpu_s"_s, jsonNumber(perCpu, 3));
        json.insert(u"ratio_p99"_s, jsonNumber(ratio(&ClientFigures::p99Ms), 3));
        // The target: at least 3× pusher-js's throughput, and a lower p99.
        json.insert(u"target_3x_events_per_s"_s, throughput >= 3);
        json.insert(u"target_3x_events_per_cpu_s"_s, perCpu >= 3);
        json.insert(u"target_lower_p99"_s, ours->p99Ms < theirs->p99Ms);
    }
    printJsonLine(json);
}

} // namespace envisage::bench
