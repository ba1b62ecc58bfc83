#include "FanoutFigures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include <algorithm>
#include <cstdio>

namespace envisage::bench {

using namespace Qt::StringLiterals;

double percentileMs(const std::vector<qint64> &sortedNs, double percent)
{
    if (sortedNs.empty())
        return NAN;
    const auto rank = size_t(std::ceil(percent / 100.0 * double(sortedNs.size())));
    return double(sortedNs[std::clamp<size_t>(rank, 1, sortedNs.size()) - 1]) / 1e6;
}

void printTable(const QList<QStringList> &rows, const QList<int> &minWidths)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths.append(minWidths.value(column, 0));
            widths[column] = std::max(widths[column], row[column].size());
        }
    }
    const auto printRow = [&widths](const QStringList &row) {
        QString line = u"|"_s;
        for (qsizetype column = 0; column < widths.size(); ++column)
            line += u' ' + row.value(column).leftJustified(widths[column]) + u" |"_s;
        std::printf("%s\n", line.toUtf8().constData());
    };
    if (rows.isEmpty())
        return;
    printRow(rows.first());
    QString rule = u"|"_s;
    for (const qsizetype width : std::as_const(widths))
        rule += QString(width + 2, u'-') + u'|';
    std::printf("%s\n", rule.toUtf8().constData());
    for (qsizetype row = 1; row < rows.size(); ++row)
        printRow(rows[row]);
}

QJsonValue jsonNumber(double value, int decimals)
{
    // Rounded so the line stays readable when quoted.
    const double scale = std::pow(10.0, decimals);
    return std::isnan(value) ? QJsonValue() : QJsonValue(std::round(value * scale) / scale);
}

void printFigures(const FanoutFigures &f)
{
    const auto ms = [](double value) {
        return std::isnan(value) ? u"n/a"_s : u"%1 ms"_s.arg(value, 0, 'f', 2);
    };
    const auto fixed = [](double value, int decimals, const QString &unit) {
        return std::isnan(value) ? u"n/a"_s : QString::number(value, 'f', decimals) + unit;
    };
    const QList<QPair<QString, QString>> rows = {
        {u"subscribers"_s, QString::number(f.subscribers)},
        {u"messages"_s, QString::number(f.messages)},
        {u"POST pacing"_s, f.rate > 0
                               ? u"%1 /s, <= %2 in flight"_s.arg(f.rate).arg(f.maxPostsInFlight)
                               : u"as answered, <= %1 in flight"_s.arg(f.maxPostsInFlight)},
        {u"deliveries received"_s, u"%1 / %2"_s.arg(f.delivered).arg(f.expected)},
        {u"duplicate deliveries"_s, QString::number(f.duplicates)},
        {u"delivery latency p50"_s, ms(f.p50Ms)},
        {u"delivery latency p90"_s, ms(f.p90Ms)},
        {u"delivery latency p99"_s, ms(f.p99Ms)},
        {u"delivery latency max"_s, ms(f.maxMs)},
        {u"POST round trip p50"_s, ms(f.postRoundTripP50Ms)},
        {u"deliveries/s"_s, fixed(f.deliveriesPerSecond, 0, {})},
        {u"messages/s (POST)"_s, fixed(f.messagesPerSecond, 1, {})},
        {u"connect + subscribe all"_s, fixed(f.subscribeSeconds, 2, u" s"_s)},
        {u"POST phase"_s, fixed(f.postSeconds, 2, u" s"_s)},
        {u"total wall time"_s, fixed(f.wallSeconds, 2, u" s"_s)},
        {u"sandbox peak RSS"_s,
         f.sandboxPeakRssKiB < 0
             ? u"n/a"_s
             : u"%1 MiB"_s.arg(double(f.sandboxPeakRssKiB) / 1024.0, 0, 'f', 1)},
        {u"sandbox CPU (whole run)"_s, fixed(f.sandboxCpuSeconds, 2, u" s"_s)},
        {u"bench CPU (whole run)"_s, fixed(f.benchCpuSeconds, 2, u" s"_s)},
    };
    QList<QStringList> table{{u"figure"_s, u"value"_s}};
    for (const auto &[name, value] : rows)
        table.append({name, value});
    printTable(table, {23, 28});

    const QJsonObject json{
        {u"bench"_s, u"sandbox_fanout"_s},
        {u"subscribers"_s, f.subscribers},
        {u"messages"_s, f.messages},
        {u"rate"_s, f.rate},
        {u"max_posts_in_flight"_s, f.maxPostsInFlight},
        {u"deliveries"_s, f.delivered},
        {u"deliveries_expected"_s, f.expected},
        {u"duplicates"_s, f.duplicates},
        {u"latency_p50_ms"_s, jsonNumber(f.p50Ms, 3)},
        {u"latency_p90_ms"_s, jsonNumber(f.p90Ms, 3)},
        {u"latency_p99_ms"_s, jsonNumber(f.p99Ms, 3)},
        {u"latency_max_ms"_s, jsonNumber(f.maxMs, 3)},
        {u"post_round_trip_p50_ms"_s, jsonNumber(f.postRoundTripP50Ms, 3)},
        {u"deliveries_per_s"_s, jsonNumber(f.deliveriesPerSecond, 0)},
        {u"messages_per_s"_s, jsonNumber(f.messagesPerSecond, 1)},
        {u"subscribe_s"_s, jsonNumber(f.subscribeSeconds, 3)},
        {u"post_s"_s, jsonNumber(f.postSeconds, 3)},
        {u"wall_s"_s, jsonNumber(f.wallSeconds, 3)},
        {u"sandbox_peak_rss_kib"_s, f.sandboxPeakRssKiB},
        {u"sandbox_cpu_s"_s, jsonNumber(f.sandboxCpuSeconds, 2)},
        {u"bench_cpu_s"_s, jsonNumber(f.benchCpuSeconds, 2)},
    };
    std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace envisage::bench
