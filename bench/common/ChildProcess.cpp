#include "ChildProcess.h"

#include <QEventLoop>
#include <QTimer>

#include <csignal>
#include <cstdio>

#include <sys/prctl.h>

namespace envisage::bench {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxStderrBytes = 64 * 1024;

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

ChildProcess::ChildProcess(QString name, QString awaited, qsizetype maxLineBytes, QObject *parent)
    : QObject(parent), m_name(std::move(name)), m_awaited(std::move(awaited)),
      m_maxLineBytes(maxLineBytes)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &ChildProcess::readStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, &ChildProcess::readStderr);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(u"Cannot start %1 (%2): %3"_s.arg(m_name, m_process.program(),
                                                            m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        readStdout(); // what it owed may arrive together with its end
        if (m_exitAllowed)
            return;
        const QString how = status == QProcess::CrashExit ? u"was killed or crashed"_s
                                                          : u"exited with code %1"_s.arg(code);
        Q_EMIT failed(u"%1 %2 before %3. Its last output:\n%4"_s.arg(capitalized(m_name), how,
                                                                     m_awaited, stderrTail()));
    });
}

ChildProcess::~ChildProcess()
{
    // The subclass is gone already: nothing may call readLine() while the child stops.
    disconnect(&m_process, nullptr, this, nullptr);
    stop();
}

void ChildProcess::start(const QString &program, const QStringList &arguments)
{
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.setStandardInputFile(QProcess::nullDevice());
    // Should the benchmark die without cleaning up (SIGKILL, a crash), the kernel sends the
    // child SIGTERM rather than leaving it running on the shared machine.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start();
}

void ChildProcess::stop(int graceMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_exitAllowed = true;
    QEventLoop loop;
    QTimer grace;
    grace.setSingleShot(true);
    grace.setTimerType(Qt::PreciseTimer);
    connect(&grace, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    m_process.terminate();
    grace.start(graceMs);
    loop.exec();
    if (m_process.state() != QProcess::NotRunning) {
        std::fprintf(stderr, "bench: %s ignored SIGTERM for %d ms; killing it.\n",
                     qPrintable(m_name), graceMs);
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString ChildProcess::stderrTail() const
{
    return QString::fromUtf8(m_stderrTail.right(2000));
}

void ChildProcess::readStdout()
{
    m_stdout += m_process.readAllStandardOutput();
    qsizetype newline = 0;
    while ((newline = m_stdout.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdout.left(newline);
        m_stdout.remove(0, newline + 1);
        if (line.trimmed().isEmpty())
            continue;
        readLine(line);
        Q_EMIT lineHandled();
    }
    if (m_stdout.size() > m_maxLineBytes) {
        m_stdout.clear();
        Q_EMIT failed(u"%1 printed %2 bytes without ending its line."_s.arg(capitalized(m_name))
                          .arg(m_maxLineBytes));
    }
}

void ChildProcess::readStderr()
{
    m_stderrTail.append(m_process.readAllStandardError());
    if (m_stderrTail.size() > MaxStderrBytes)
        m_stderrTail = m_stderrTail.right(MaxStderrBytes / 2);
}

} // namespace envisage::bench
