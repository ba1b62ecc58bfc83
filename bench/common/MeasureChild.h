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
#include <QString>
#include <QStringList>

#include <cmath>

namespace envisage::bench {

struct MeasureChildRun
{
    QJsonObject summary;
    QHash<QString, double> seenMs; // event → ms from the spawn to its line's arrival
    double spawnToMainMs = NAN;    // from the summary's main_entry_ns
    Problem problem;

    double seenAtMs(const QString &event) const { return seenMs.value(event, NAN); }
};

// Runs this executable with `arguments` and reads its lines until it ends: `timedEvents`
// are timed, "summary" is kept, anything else is a problem. Blocking on purpose, so that a
// line is timed when it arrives and not when an event loop gets round to it.
MeasureChildRun runMeasureChild(const QStringList &arguments, const QStringList &timedEvents,
                                int timeoutMs);

} // namespace envisage::bench
