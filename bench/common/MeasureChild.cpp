#include "MeasureChild.h"

#include "MonotonicClock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcess>

namespace envisage::bench {

using namespace Qt::StringLiterals;

MeasureChildRun runMeasureChild(const QStringList &arguments, const QStringList &timedEvents,
                                int timeoutMs)
{
    MeasureChildRun run;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.setStandardInputFile(QProcess::nullDevice());
    const qint64 spawnNs = monotonicNs();
    child.start(QCoreApplication::applicationFilePath(), arguments);
    const auto onLine = [&](const QByteArray &line) {
        const double seenMs = double(monotonicNs() - spawnNs) / 1e6;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        const QString event = object.value(u"event"_s).toString();
        if (timedEvents.contains(event))
            run.seenMs.insert(event, seenMs);
        else if (event == u"summary"_s)
            run.summary = object;
        else
            run.problem = u"unexpected output: %1"_s.arg(QString::fromUtf8(line.left(200)));
    };
    while (child.waitForReadyRead(timeoutMs)) {
        while (child.canReadLine())
            onLine(child.readLine().trimmed());
    }
    if (child.state() != QProcess::NotRunning && !child.waitForFinished(timeoutMs)) {
        child.kill();
        child.waitForFinished();
        run.problem = u"the --measure child did not finish in time"_s;
    }
    if (const QByteArray rest = child.readAll().trimmed(); !rest.isEmpty())
        onLine(rest);
    if (!run.problem && (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0))
        run.problem = u"the --measure child failed (exit code %1)"_s.arg(child.exitCode());
    if (!run.problem && run.summary.isEmpty())
        run.problem = u"the --measure child printed no summary"_s;
    run.spawnToMainMs = double(run.summary.value(u"main_entry_ns"_s).toInteger() - spawnNs) / 1e6;
    return run;
}

} // namespace envisage::bench
