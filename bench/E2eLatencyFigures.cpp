#include "E2eLatencyFigures.h"

#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QStringList>

#include <algorithm>
#include <cstdint>

namespace envisage::bench::e2e {

using namespace Qt::StringLiterals;

namespace {

// One column of the window's timings as monotonic ns; -1 where it did not happen.
std::vector<qint64> timesNs(const QJsonObject &summary, const QString &column)
{
    const QJsonArray us = summary.value(column).toArray();
    std::vector<qint64> ns;
    ns.reserve(size_t(us.size()));
    for (const QJsonValue &value : us)
        ns.push_back(value.toInteger() > 0 ? value.toInteger() * 1000 : -1);
    return ns;
}

// The time from `from` to `to` of messages [first, last) where both happened.
Percentiles spans(const std::vector<qint64> &from, const std::vector<qint64> &to, size_t first = 0,
                  size_t last = SIZE_MAX)
{
    std::vector<qint64> ns;
    last = std::min({last, from.size(), to.size()});
    for (size_t i = first; i < last; ++i) {
        if (from[i] >= 0 && to[i] >= 0)
            ns.push_back(to[i] - from[i]);
    }
    return percentilesOf(std::move(ns));
}

// A latency of the table and the JSON line, named once for both.
struct Latency
{
    QString label;  // the table's row, before "p50 / p99"
    QString prefix; // the JSON keys', before "p50_ms"
    Percentiles percentiles;
    bool withP90AndMax = false; // the headline figure; the rest show p50 and p99
};

QList<Latency> latencies(const E2eFigures &f)
{
    return {
        {u"POST → bubble painted"_s, u"latency_"_s, f.postToPainted, true},
        {u"  first 10% of messages"_s, u"latency_first_tenth_"_s, f.postToPaintedFirstTenth},
        {u"  last 10% of messages"_s, u"latency_last_tenth_"_s, f.postToPaintedLastTenth},
        {u"POST → arrived in the session"_s, u"post_to_arrived_"_s, f.postToArrived},
        {u"arrived → row in the model"_s, u"arrived_to_model_"_s, f.arrivedToInModel},
        {u"row in the model → bubble painted"_s, u"model_to_painted_"_s, f.inModelToPainted},
        {u"POST round trip"_s, u"post_round_trip_"_s, f.posts.roundTrip},
    };
}

QPair<QString, QString> tableRow(const Latency &latency)
{
    const Percentiles &p = latency.percentiles;
    const QList<double> values = latency.withP90AndMax
                                     ? QList<double>{p.p50Ms, p.p90Ms, p.p99Ms, p.maxMs}
                                     : QList<double>{p.p50Ms, p.p99Ms};
    QStringList texts;
    for (const double value : values)
        texts.append(fixedText(value, 2));
    const QString names = latency.withP90AndMax ? u"p50 / p90 / p99 / max"_s : u"p50 / p99"_s;
    return {latency.label + u' ' + names, texts.join(u" / "_s) + u" ms"_s};
}

void insertInto(QJsonObject &json, const Latency &latency)
{
    if (latency.withP90AndMax)
        insertPercentiles(json, latency.prefix, latency.percentiles, {50, 90, 99, 100});
    else
        insertPercentiles(json, latency.prefix, latency.percentiles, {50, 99});
}

} // namespace

std::optional<bool> E2eFigures::targetMet() const
{
    if (rate != TargetRate)
        return std::nullopt;
    return notShown == 0 && scrolledPast == 0 && postToPainted.p99Ms <= TargetP99Ms;
}

E2eFigures e2eFigures(const QJsonObject &summary, const std::vector<qint64> &sentNs)
{
    E2eFigures f;
    const std::vector<qint64> arrived = timesNs(summary, u"arrived_us"_s);
    const std::vector<qint64> inModel = timesNs(summary, u"in_model_us"_s);
    const std::vector<qint64> painted = timesNs(summary, u"painted_us"_s);
    const std::vector<qint64> passed = timesNs(summary, u"scrolled_past_us"_s);
    f.messages = int(sentNs.size());
    for (size_t i = 0; i < sentNs.size(); ++i) {
        const bool wasPainted = i < painted.size() && painted[i] >= 0;
        const bool wasPassed = i < passed.size() && passed[i] >= 0;
        f.painted += wasPainted ? 1 : 0;
        f.scrolledPast += wasPassed ? 1 : 0;
        f.notShown += wasPainted || wasPassed ? 0 : 1;
    }
    const size_t tenth = std::max<size_t>(1, sentNs.size() / 10);
    f.postToPainted = spans(sentNs, painted);
    f.postToPaintedFirstTenth = spans(sentNs, painted, 0, tenth);
    f.postToPaintedLastTenth =
        spans(sentNs, painted, sentNs.size() - std::min(tenth, sentNs.size()));
    f.postToArrived = spans(sentNs, arrived);
    f.arrivedToInModel = spans(arrived, inModel);
    f.inModelToPainted = spans(inModel, painted);

    const auto number = [&summary](const QString &key) {
        const QJsonValue value = summary.value(key);
        return value.isDouble() ? value.toDouble() : NAN;
    };
    f.windowCpuSeconds = number(u"cpu_s"_s);
    if (f.messages > 0)
        f.windowCpuMsPerMessage = f.windowCpuSeconds * 1000 / f.messages;
    f.windowIdleCpuMsPerSecond = number(u"settle_cpu_s"_s) * 1000 / (number(u"settle_ms"_s) / 1000);
    f.bubblePaints = summary.value(u"bubble_paints"_s).toInt();
    f.tailMs = summary.value(u"tail_ms"_s).toInt();
    f.rowsAtEnd = summary.value(u"rows_at_end"_s).toInt();
    const QJsonObject memory = summary.value(u"memory_kib"_s).toObject();
    f.windowRssKiB = memory.value(u"VmRSS"_s).toInteger(-1);
    f.windowPeakRssKiB = memory.value(u"VmHWM"_s).toInteger(-1);
    f.connectionChanges = summary.value(u"connection_changes"_s).toInt();
    f.activeWindow = summary.value(u"active_window"_s).toBool();
    f.platform = summary.value(u"platform"_s).toString();
    return f;
}

void printFigures(const E2eFigures &f)
{
    const auto seconds = [](double value) { return fixedText(value, 2, u" s"_s); };
    const std::optional<bool> met = f.targetMet();
    QList<QPair<QString, QString>> rows = {
        {u"messages"_s, QString::number(f.messages)},
        {u"POST pacing"_s,
         f.rate > 0 ? u"%1 /s, <= %2 in flight"_s.arg(f.rate).arg(BuyerPosts::MaxInFlight)
                    : u"as answered, <= %1 in flight"_s.arg(BuyerPosts::MaxInFlight)},
        {u"bubbles painted / scrolled past / not shown"_s,
         u"%1 / %2 / %3"_s.arg(f.painted).arg(f.scrolledPast).arg(f.notShown)},
        {u"paints that drew new bubbles"_s, QString::number(f.bubblePaints)},
    };
    for (const Latency &latency : latencies(f))
        rows.append(tableRow(latency));
    rows += {
        {u"messages/s (POST); POST phase"_s,
         fixedText(f.posts.messagesPerSecond, 1) + u"; "_s + seconds(f.posts.seconds)},
        {u"window CPU per message"_s, fixedText(f.windowCpuMsPerMessage, 3, u" ms"_s)},
        {u"  window CPU, ready → last bubble + %1 s"_s.arg(f.tailMs / 1000.0),
         fixedText(f.windowCpuSeconds, 3, u" s"_s)},
        {u"  window CPU while idle, before"_s,
         fixedText(f.windowIdleCpuMsPerSecond, 2, u" ms/s"_s)},
        {u"window: rows at the end; RSS; peak RSS"_s, QString::number(f.rowsAtEnd) + u"; "_s +
                                                          mibText(f.windowRssKiB) + u"; "_s +
                                                          mibText(f.windowPeakRssKiB)},
        {u"window: platform; active; connection changes"_s,
         u"%1; %2; %3"_s.arg(f.platform, f.activeWindow ? u"yes"_s : u"no"_s)
             .arg(f.connectionChanges)},
        {u"sandbox CPU; buyer CPU (first POST → end)"_s,
         seconds(f.sandboxCpuSeconds) + u"; "_s + seconds(f.buyerCpuSeconds)},
        {u"total wall time"_s, seconds(f.wallSeconds)},
        {u"target: p99 ≤ %1 ms at %2 messages/s"_s.arg(TargetP99Ms).arg(TargetRate),
         !met   ? u"n/a (another rate)"_s
         : *met ? u"met"_s
                : u"not met"_s},
    };
    printFigureTable(rows, {44, 28});

    // The window's own figures apart from those of the run and the other processes.
    const QJsonObject window{
        {u"cpu_s"_s, jsonNumber(f.windowCpuSeconds, 3)},
        {u"cpu_ms_per_message"_s, jsonNumber(f.windowCpuMsPerMessage, 3)},
        {u"idle_cpu_ms_per_s"_s, jsonNumber(f.windowIdleCpuMsPerSecond, 2)},
        {u"tail_ms"_s, f.tailMs},
        {u"rows_at_end"_s, f.rowsAtEnd},
        {u"rss_kib"_s, f.windowRssKiB},
        {u"peak_rss_kib"_s, f.windowPeakRssKiB},
        {u"connection_changes"_s, f.connectionChanges},
        {u"active"_s, f.activeWindow},
        {u"platform"_s, f.platform},
    };
    QJsonObject json{
        {u"bench"_s, u"e2e_latency"_s},
        {u"messages"_s, f.messages},
        {u"rate"_s, f.rate},
        {u"max_posts_in_flight"_s, BuyerPosts::MaxInFlight},
        {u"painted"_s, f.painted},
        {u"scrolled_past"_s, f.scrolledPast},
        {u"not_shown"_s, f.notShown},
        {u"bubble_paints"_s, f.bubblePaints},
        {u"messages_per_s"_s, jsonNumber(f.posts.messagesPerSecond, 1)},
        {u"post_s"_s, jsonNumber(f.posts.seconds, 3)},
        {u"window"_s, window},
        {u"sandbox_cpu_s"_s, jsonNumber(f.sandboxCpuSeconds, 2)},
        {u"buyer_cpu_s"_s, jsonNumber(f.buyerCpuSeconds, 2)},
        {u"wall_s"_s, jsonNumber(f.wallSeconds, 3)},
        {u"target_p99_20ms_at_10_per_s"_s, met ? QJsonValue(*met) : QJsonValue()},
    };
    for (const Latency &latency : latencies(f))
        insertInto(json, latency);
    printJsonLine(json);
}

} // namespace envisage::bench::e2e
