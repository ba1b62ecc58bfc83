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
    f.latency = percentilesOf(std::move(latenciesNs));
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
    // By subject: what arrived, how fast, at what CPU cost, the connection. The order is for
    // the reader; QJsonObject prints the keys sorted.
    QJsonObject json{
        {u"received"_s, c.received},
        {u"duplicates"_s, c.duplicates},
        {u"unknown"_s, c.unknown},
        {u"end_seen"_s, c.endSeen},
        {u"events_per_s"_s, jsonNumber(c.eventsPerSecond, 0)},
        {u"cpu_s"_s, jsonNumber(c.cpuSeconds, 3)},
        {u"events_per_cpu_s"_s, jsonNumber(c.eventsPerCpuSecond, 0)},
        {u"process_cpu_s"_s, jsonNumber(c.processCpuSeconds, 3)},
        {u"disconnects"_s, c.disconnects},
        {u"errors"_s, c.errors},
    };
    insertPercentiles(json, u"latency_"_s, c.latency, {50, 99, 100});
    return json;
}

} // namespace

void printFigures(const BurstFigures &f)
{
    const ClientFigures *ours = nullptr;
    const ClientFigures *theirs = nullptr;
    for (const ClientFigures &client : f.clients)
        (client.name == OurClientName ? ours : theirs) = &client;
    const bool compared = ours && theirs;
    // A number each client has, for its cells and the ratio between the two.
    using Number = std::function<double(const ClientFigures &)>;
    const auto field = [](double ClientFigures::*member) -> Number {
        return [member](const ClientFigures &c) { return c.*member; };
    };
    const auto latency = [](double Percentiles::*member) -> Number {
        return [member](const ClientFigures &c) { return c.latency.*member; };
    };
    const auto ratio = [ours, theirs](const Number &number) {
        return ours && theirs ? number(*ours) / number(*theirs) : NAN;
    };

    QList<QStringList> table{{u"figure"_s}};
    for (const ClientFigures &client : f.clients)
        table[0].append(client.name);
    if (compared)
        table[0].append(u"envisage ÷ pusher-js"_s);
    using Cell = std::function<QString(const ClientFigures &)>;
    const auto row = [&](const QString &name, const Cell &cell, const Number &ratioOf = {}) {
        QStringList cells{name};
        for (const ClientFigures &client : f.clients)
            cells.append(cell(client));
        if (compared)
            cells.append(ratioOf ? fixedText(ratio(ratioOf), 2, u"×"_s) : QString());
        table.append(cells);
    };
    const auto numberRow = [&](const QString &name, const Number &number, int decimals,
                               const QString &unit) {
        const Cell cell = [number, decimals, unit](const ClientFigures &c) {
            return fixedText(number(c), decimals, unit);
        };
        row(name, cell, number);
    };
    row(u"events received"_s,
        [&f](const ClientFigures &c) { return u"%1 / %2"_s.arg(c.received).arg(f.events); });
    row(u"duplicates / unknown"_s,
        [](const ClientFigures &c) { return u"%1 / %2"_s.arg(c.duplicates).arg(c.unknown); });
    numberRow(u"events/s (first→last receipt)"_s, field(&ClientFigures::eventsPerSecond), 0, {});
    numberRow(u"latency p50 (publish→handler)"_s, latency(&Percentiles::p50Ms), 2, u" ms"_s);
    numberRow(u"latency p99"_s, latency(&Percentiles::p99Ms), 2, u" ms"_s);
    numberRow(u"latency max"_s, latency(&Percentiles::maxMs), 2, u" ms"_s);
    numberRow(u"CPU, subscribed→end marker"_s, field(&ClientFigures::cpuSeconds), 2, u" s"_s);
    numberRow(u"events per CPU-second"_s, field(&ClientFigures::eventsPerCpuSecond), 0, {});
    numberRow(u"CPU, whole process"_s, field(&ClientFigures::processCpuSeconds), 2, u" s"_s);
    row(u"disconnects"_s, [](const ClientFigures &c) { return QString::number(c.disconnects); });
    printTable(table);
    std::printf("\n");

    printTable({
        {u"publishing"_s, u"value"_s},
        {u"events × batch × in flight"_s,
         u"%1 × %2 × %3"_s.arg(f.events).arg(f.batch).arg(f.inFlight)},
        {u"published events/s"_s, fixedText(f.publishedPerSecond, 0)},
        {u"publish phase"_s, fixedText(f.publishSeconds, 2, u" s"_s)},
        {u"batch_events round trip p50"_s, fixedText(f.roundTrip.p50Ms, 2, u" ms"_s)},
        {u"batch_events round trip p99"_s, fixedText(f.roundTrip.p99Ms, 2, u" ms"_s)},
        {u"sandbox CPU, burst"_s, fixedText(f.sandboxCpuSeconds, 2, u" s"_s)},
        {u"publisher CPU, burst"_s, fixedText(f.publisherCpuSeconds, 2, u" s"_s)},
        {u"total wall time"_s, fixedText(f.wallSeconds, 2, u" s"_s)},
    });

    QJsonObject clients;
    for (const ClientFigures &client : f.clients)
        clients.insert(client.name, clientJson(client));
    // By subject: the events, the requests that published them, CPU, the clients. The order
    // is for the reader; QJsonObject prints the keys sorted.
    QJsonObject json{
        {u"bench"_s, u"realtime_burst"_s},
        {u"events"_s, f.events},
        {u"published_events_per_s"_s, jsonNumber(f.publishedPerSecond, 0)},
        {u"publish_s"_s, jsonNumber(f.publishSeconds, 3)},
        {u"batch"_s, f.batch},
        {u"in_flight"_s, f.inFlight},
        {u"sandbox_cpu_s"_s, jsonNumber(f.sandboxCpuSeconds, 2)},
        {u"publisher_cpu_s"_s, jsonNumber(f.publisherCpuSeconds, 2)},
        {u"wall_s"_s, jsonNumber(f.wallSeconds, 3)},
        {u"clients"_s, clients},
    };
    insertPercentiles(json, u"round_trip_"_s, f.roundTrip, {50, 99});
    if (compared) {
        const double throughput = ratio(field(&ClientFigures::eventsPerSecond));
        const double perCpu = ratio(field(&ClientFigures::eventsPerCpuSecond));
        json.insert(u"ratio_events_per_s"_s, jsonNumber(throughput, 3));
        json.insert(u"ratio_events_per_cpu_s"_s, jsonNumber(perCpu, 3));
        json.insert(u"ratio_p99"_s, jsonNumber(ratio(latency(&Percentiles::p99Ms)), 3));
        // The target: at least 3× pusher-js's throughput, and a lower p99.
        json.insert(u"target_3x_events_per_s"_s, throughput >= 3);
        json.insert(u"target_3x_events_per_cpu_s"_s, perCpu >= 3);
        json.insert(u"target_lower_p99"_s, ours->latency.p99Ms < theirs->latency.p99Ms);
    }
    printJsonLine(json);
}

} // namespace envisage::bench
