#include "JsonLinesProcess.h"

#include "ChildDiagnostics.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

namespace envisage::testing {

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype StderrKept = 64 * 1024;
constexpr qsizetype LinesReported = 20;
} // namespace

JsonMatch is(const QString &type, const QString &channel, JsonMatch also)
{
    return [=](const QJsonObject &line) {
        return line.value(u"type"_s).toString() == type &&
               (channel.isEmpty() || line.value(u"channel"_s).toString() == channel) &&
               (!also || also(line));
    };
}

JsonMatch withData(const QString &key, const QJsonValue &value)
{
    return [=](const QJsonObject &line) {
        return line.value(u"data"_s).toObject().value(key) == value;
    };
}

JsonLinesProcess::JsonLinesProcess(QString name) : m_name(std::move(name))
{
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] { readLines(); });
    QObject::connect(&m_process, &QProcess::readyReadStandardError, [this] { keepErrorOutput(); });
    QObject::connect(&m_process, &QProcess::finished,
                     [this](int exitCode, QProcess::ExitStatus status) {
                         readLines();
                         keepErrorOutput();
                         // SIGTERM/SIGKILL from stop() is no crash of the child's own.
                         if (m_signalled)
                             status = QProcess::NormalExit;
                         logChildEnd(m_name, m_pid, status, exitCode, m_stderr, m_endExpected);
                     });
}

JsonLinesProcess::~JsonLinesProcess()
{
    stop();
    QObject::disconnect(&m_process, nullptr, nullptr, nullptr);
}

void JsonLinesProcess::keepErrorOutput()
{
    m_stderr += m_process.readAllStandardError();
    if (m_stderr.size() > StderrKept)
        m_stderr = m_stderr.right(StderrKept);
}

bool JsonLinesProcess::start(const QString &program, const QStringList &arguments,
                             const QProcessEnvironment &environment,
                             const QString &workingDirectory)
{
    m_process.setProcessEnvironment(environment);
    m_process.setWorkingDirectory(workingDirectory);
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(10000))
        return false;
    m_pid = m_process.processId();
    m_signalled = false;
    m_endExpected = false;
    return true;
}

void JsonLinesProcess::write(const QJsonObject &line)
{
    m_process.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
}

std::optional<QJsonObject> JsonLinesProcess::take(const JsonMatch &match, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            if (!m_taken.at(i) && match(m_lines.at(i))) {
                m_taken[i] = true;
                return m_lines.at(i);
            }
        }
        if (deadline.hasExpired() || m_process.state() != QProcess::Running ||
            (m_fatal && count(m_fatal)))
            return std::nullopt;
        QTest::qWait(10);
    }
}

qsizetype JsonLinesProcess::count(const JsonMatch &match) const
{
    return std::count_if(m_lines.cbegin(), m_lines.cend(), match);
}

QString JsonLinesProcess::report(const QString &expected) const
{
    QStringList lines;
    for (qsizetype i = std::max<qsizetype>(0, m_lines.size() - LinesReported); i < m_lines.size();
         ++i)
        lines.append(
            QString::fromUtf8(QJsonDocument(m_lines.at(i)).toJson(QJsonDocument::Compact)));
    qWarning().noquote() << u"%1: last lines:\n"_s.arg(m_name) + lines.join(u'\n') +
                                u"\n%1: stderr:\n"_s.arg(m_name) +
                                QString::fromUtf8(m_stderr.right(4000));
    return u"%1 did not report %2 (its output is logged above)"_s.arg(m_name, expected);
}

int JsonLinesProcess::stop(int graceMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    m_endExpected = true;
    m_process.closeWriteChannel();
    if (graceMs > 0 && m_process.waitForFinished(graceMs))
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    m_signalled = true;
    m_process.terminate();
    if (!m_process.waitForFinished(2000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    return -1;
}

void JsonLinesProcess::readLines()
{
    while (m_process.canReadLine()) {
        const QByteArray line = m_process.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        m_lines.append(document.isObject() ? document.object()
                                           : QJsonObject{{u"type"_s, u"unparsable"_s},
                                                         {u"line"_s, QString::fromUtf8(line)}});
        m_taken.append(false);
    }
}

} // namespace envisage::testing
