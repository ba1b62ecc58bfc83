#include "MeasureChild.h"

#include "Figures.h"
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

QJsonValue MeasureChildRun::figure(const QString &path) const
{
    const QStringList keys = path.split(u'.');
    QJsonValue value = summary;
    for (const QString &key : keys)
        value = value.toObject().value(key);
    return value;
}

QJsonObject MeasureChildRun::reportedFigures() const
{
    QJsonObject figures = summary;
    figures.remove(u"event"_s);
    figures.remove(u"main_entry_ns"_s);
    figures[u"spawn_to_main_ms"_s] = jsonNumber(spawnToMainMs, 3);
    return figures;
}

MeasureRunTable::MeasureRunTable(const QStringList &header, const QList<MeasureChildRun> &runs)
    : m_runs(runs), m_rows{header}
{
}

void MeasureRunTable::row(const QString &name, const Cell &cell)
{
    QStringList line{name};
    for (const MeasureChildRun &run : m_runs)
        line.append(cell(run));
    m_rows.append(line);
}

MeasureRunTable::Cell msCell(const QString &path)
{
    return [path](const MeasureChildRun &run) { return msText(run.figure(path)); };
}

MeasureRunTable::Cell mibCell(const QString &path)
{
    return [path](const MeasureChildRun &run) { return mibText(run.figure(path)); };
}

} // namespace envisage::bench
