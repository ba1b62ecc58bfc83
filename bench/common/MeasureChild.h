#pragma once
// A `--measure` run of the benchmark's own executable (bench-inbox-scale,
// bench-ui-startup): a fresh process, so that "from process start" is a real process
// start. The child prints a JSON line the moment each step it is timed for is done
// ({"event":"first_paint",…}), then one {"event":"summary",…} that holds main_entry_ns,
// the monotonic clock at its main(). The parent takes its own time from just before the
// spawn to the arrival of each line, which includes exec and dynamic linking.
#include "Problem.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <functional>

namespace envisage::bench {

struct MeasureChildRun
{
    QJsonObject summary;
    QHash<QString, double> seenMs; // event → ms from the spawn to its line's arrival
    double spawnToMainMs = NAN;    // from the summary's main_entry_ns
    Problem problem;

    double seenAtMs(const QString &event) const { return seenMs.value(event, NAN); }
    // A figure of the summary by its dotted path ("scroll.memory_kib.VmRSS").
    QJsonValue figure(const QString &path) const;
    // The summary as the parent reports it: without the child's clock reading and with the
    // parent's spawn → main().
    QJsonObject reportedFigures() const;
};

// Runs this executable with `arguments` and reads its lines until it ends: `timedEvents`
// are timed, "summary" is kept, anything else is a problem. Blocking on purpose, so that a
// line is timed when it arrives and not when an event loop gets round to it.
MeasureChildRun runMeasureChild(const QStringList &arguments, const QStringList &timedEvents,
                                int timeoutMs);

// Several runs side by side, for printTable(): a row per figure, a column per run.
class MeasureRunTable
{
public:
    using Cell = std::function<QString(const MeasureChildRun &)>;

    // header: the figure column's title, then one per run. The runs must outlive the table.
    MeasureRunTable(const QStringList &header, const QList<MeasureChildRun> &runs);
    void row(const QString &name, const Cell &cell);
    const QList<QStringList> &rows() const { return m_rows; }

private:
    const QList<MeasureChildRun> &m_runs;
    QList<QStringList> m_rows;
};

// Cells for a figure of the summary (a dotted path) in ms and in MiB (from KiB).
MeasureRunTable::Cell msCell(const QString &path);
MeasureRunTable::Cell mibCell(const QString &path);

} // namespace envisage::bench
