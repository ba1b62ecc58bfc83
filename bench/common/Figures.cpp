#include "Figures.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace envisage::bench {

using namespace Qt::StringLiterals;

namespace {

double percentileMs(const std::vector<qint64> &sortedNs, double percent)
{
    if (sortedNs.empty())
        return NAN;
    const auto rank = size_t(std::ceil(percent / 100.0 * double(sortedNs.size())));
    return double(sortedNs[std::clamp<size_t>(rank, 1, sortedNs.size()) - 1]) / 1e6;
}

} // namespace

Percentiles percentilesOf(std::vector<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    return {percentileMs(ns, 50), percentileMs(ns, 90), percentileMs(ns, 99),
            percentileMs(ns, 100)};
}

void insertPercentiles(QJsonObject &json, const QString &prefix, const Percentiles &percentiles,
                       std::initializer_list<int> percents)
{
    for (const int percent : percents) {
        const double ms = percent == 50   ? percentiles.p50Ms
                          : percent == 90 ? percentiles.p90Ms
                          : percent == 99 ? percentiles.p99Ms
                                          : percentiles.maxMs;
        const QString name = percent == 100 ? u"max"_s : u"p%1"_s.arg(percent);
        json.insert(prefix + name + u"_ms"_s, jsonNumber(ms, 3));
    }
}

QJsonValue jsonNumber(double value, int decimals)
{
    // Rounded so the line stays readable when quoted.
    const double scale = std::pow(10.0, decimals);
    return std::isnan(value) ? QJsonValue() : QJsonValue(std::round(value * scale) / scale);
}

QString fixedText(double value, int decimals, const QString &unit)
{
    return std::isnan(value) ? u"n/a"_s : QString::number(value, 'f', decimals) + unit;
}

QString msText(double ms)
{
    return fixedText(ms, 1, u" ms"_s);
}

QString msText(const QJsonValue &ms)
{
    return ms.isDouble() ? msText(ms.toDouble()) : u"n/a"_s;
}

QString mibText(qint64 kib)
{
    return kib < 0 ? u"n/a"_s : u"%1 MiB"_s.arg(double(kib) / 1024.0, 0, 'f', 1);
}

QString mibText(const QJsonValue &kib)
{
    return mibText(kib.toInteger(-1));
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

void printFigureTable(const QList<QPair<QString, QString>> &rows, const QList<int> &minWidths)
{
    QList<QStringList> table{{u"figure"_s, u"value"_s}};
    for (const auto &[name, value] : rows)
        table.append({name, value});
    printTable(table, minWidths);
}

void printJsonLine(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace envisage::bench
