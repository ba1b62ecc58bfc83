#pragma once
// Percentiles of measured times, and how figures are printed: a Markdown table for people
// and compact JSON lines that docs/benchmarks.md and scripts quote. A figure that was not
// measured is NAN (or a negative size) and prints as n/a in a table and null in JSON.
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <cmath>
#include <initializer_list>
#include <vector>

namespace envisage::bench {

// Nearest-rank percentiles of one set of measured times, in milliseconds; NAN when the set
// was empty.
struct Percentiles
{
    double p50Ms = NAN;
    double p90Ms = NAN;
    double p99Ms = NAN;
    double maxMs = NAN;
};

// Sorts the times (in nanoseconds) and reads the percentiles off them.
Percentiles percentilesOf(std::vector<qint64> ns);
// Adds "<prefix>p50_ms" (…p90, p99; "max" for 100) with 3 decimals for each of `percents`.
void insertPercentiles(QJsonObject &json, const QString &prefix, const Percentiles &percentiles,
                       std::initializer_list<int> percents);

// value rounded to `decimals` places for a JSON line; null when NAN.
QJsonValue jsonNumber(double value, int decimals);
// value with `decimals` places and the unit after it ("12.50 ms"); n/a when NAN.
QString fixedText(double value, int decimals, const QString &unit = {});
// Milliseconds with one decimal, from a number or from a child's JSON (n/a when not a number).
QString msText(double ms);
QString msText(const QJsonValue &ms);
// KiB as MiB with one decimal; n/a when negative, or not a number in a child's JSON.
QString mibText(qint64 kib);
QString mibText(const QJsonValue &kib);

// A Markdown table; rows[0] is the header. Columns are at least minWidths[i] characters wide
// (counted in characters, so "×" or "→" do not shift the bars).
void printTable(const QList<QStringList> &rows, const QList<int> &minWidths = {});
// The same for a single run: a "figure" and a "value" column, a row per pair.
void printFigureTable(const QList<QPair<QString, QString>> &rows, const QList<int> &minWidths = {});
// One compact JSON line on stdout, flushed at once: a parent reading it times its arrival.
void printJsonLine(const QJsonObject &object);

} // namespace envisage::bench
