#include "FanoutFigures.h"

#include "Figures.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace envisage::bench {

using namespace Qt::StringLiterals;

void printFigures(const FanoutFigures &f)
{
    const auto ms = [](double value) { return fixedText(value, 2, u" ms"_s); };
    const auto seconds = [](double value) { return fixedText(value, 2, u" s"_s); };
    const QList<QPair<QString, QString>> rows = {
        {u"subscribers"_s, QString::number(f.subscribers)},
        {u"messages"_s, QString::number(f.messages)},
        {u"POST pacing"_s, f.rate > 0
                               ? u"%1 /s, <= %2 in flight"_s.arg(f.rate).arg(f.maxPostsInFlight)
                               : u"as answered, <= %1 in flight"_s.arg(f.maxPostsInFlight)},
        {u"deliveries received"_s, u"%1 / %2"_s.arg(f.delivered).arg(f.expected)},
        {u"duplicate deliveries"_s, QString::number(f.duplicates)},
        {u"delivery latency p50"_s, ms(f.latency.p50Ms)},
        {u"delivery latency p90"_s, ms(f.latency.p90Ms)},
        {u"delivery latency p99"_s, ms(f.latency.p99Ms)},
        {u"delivery latency max"_s, ms(f.latency.maxMs)},
        {u"POST round trip p50"_s, ms(f.postRoundTrip.p50Ms)},
        {u"deliveries/s"_s, fixedText(f.deliveriesPerSecond, 0)},
        {u"messages/s (POST)"_s, fixedText(f.messagesPerSecond, 1)},
        {u"connect + subscribe all"_s, seconds(f.subscribeSeconds)},
        {u"POST phase"_s, seconds(f.postSeconds)},
        {u"total wall time"_s, seconds(f.wallSeconds)},
        {u"sandbox peak RSS"_s, mibText(f.sandboxPeakRssKiB)},
        {u"sandbox CPU (whole run)"_s, seconds(f.sandboxCpuSeconds)},
        {u"bench CPU (whole run)"_s, seconds(f.benchCpuSeconds)},
    };
    printFigureTable(rows, {23, 28});

    // By subject: the subscribers, the POSTs, the deliveries, the whole run. The order is for
    // the reader; QJsonObject prints the keys sorted.
    QJsonObject json{
        {u"bench"_s, u"sandbox_fanout"_s},
        {u"subscribers"_s, f.subscribers},
        {u"subscribe_s"_s, jsonNumber(f.subscribeSeconds, 3)},
        {u"messages"_s, f.messages},
        {u"rate"_s, f.rate},
        {u"max_posts_in_flight"_s, f.maxPostsInFlight},
        {u"messages_per_s"_s, jsonNumber(f.messagesPerSecond, 1)},
        {u"post_s"_s, jsonNumber(f.postSeconds, 3)},
        {u"deliveries"_s, f.delivered},
        {u"deliveries_expected"_s, f.expected},
        {u"duplicates"_s, f.duplicates},
        {u"deliveries_per_s"_s, jsonNumber(f.deliveriesPerSecond, 0)},
        {u"wall_s"_s, jsonNumber(f.wallSeconds, 3)},
        {u"sandbox_peak_rss_kib"_s, f.sandboxPeakRssKiB},
        {u"sandbox_cpu_s"_s, jsonNumber(f.sandboxCpuSeconds, 2)},
        {u"bench_cpu_s"_s, jsonNumber(f.benchCpuSeconds, 2)},
    };
    insertPercentiles(json, u"post_round_trip_"_s, f.postRoundTrip, {50});
    insertPercentiles(json, u"latency_"_s, f.latency, {50, 90, 99, 100});
    printJsonLine(json);
}

} // namespace envisage::bench
