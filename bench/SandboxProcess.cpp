#include "SandboxProcess.h"

#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cmath>
#include <csignal>
#include <cstdio>

#include <sys/prctl.h>
#include <unistd.h>

namespace envisage::bench {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxOutputBytes = 64 * 1024;

bool isLoopback(const QString &host)
{
    return host == u"localhost"_s || QHostAddress(host).isLoopback();
}

} // namespace

SandboxProcess::SandboxProcess(QString program, QObject *parent)
    : QObject(parent), m_program(std::move(program))
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::readStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, &SandboxProcess::readStderr);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(
                u"Cannot start the sandbox %1: %2"_s.arg(m_program, m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (m_stopping)
            return;
        const QString how = status == QProcess::CrashExit ? u"was killed or crashed"_s
                                                          : u"exited with code %1"_s.arg(code);
        Q_EMIT failed(u"The sandbox %1 before the benchmark ended. Its last output:\n%2"_s.arg(
            how, QString::fromUtf8(m_stderrTail.right(2000))));
    });
}

SandboxProcess::~SandboxProcess()
{
    stop();
    disconnect(&m_process, nullptr, this, nullptr);
}

void SandboxProcess::start(const QStringList &arguments)
{
    m_process.setProgram(m_program);
    m_process.setArguments(arguments);
    m_process.setStandardInputFile(QProcess::nullDevice());
    // Should the benchmark die without cleaning up (SIGKILL, a crash), the kernel sends the
    // sandbox SIGTERM rather than leaving it running.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start();
}

qint64 SandboxProcess::peakRssKiB() const
{
    const qint64 pid = m_process.processId();
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (pid <= 0 || !status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:")) // "VmHWM:     45312 kB"
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double SandboxProcess::cpuSeconds() const
{
    const qint64 pid = m_process.processId();
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return NAN;
    // "pid (comm) state ppid …": comm may hold spaces, so count fields after its ')'.
    // There field 3 (state) is index 0, so utime (14) and stime (15) are 11 and 12.
    const QByteArray content = stat.readAll();
    const QList<QByteArray> fields = content.mid(content.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return NAN;
    const qint64 ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong();
    return double(ticks) / double(::sysconf(_SC_CLK_TCK));
}

void SandboxProcess::stop(int graceMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    QEventLoop loop;
    QTimer grace;
    grace.setSingleShot(true);
    grace.setTimerType(Qt::PreciseTimer);
    connect(&grace, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    m_process.terminate();
    grace.start(graceMs);
    loop.exec(); // not waitForFinished(): sockets of ours keep being served while it stops
    if (m_process.state() != QProcess::NotRunning) {
        std::fprintf(stderr, "bench: the sandbox ignored SIGTERM for %d ms; killing it.\n",
                     graceMs);
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

void SandboxProcess::readStdout()
{
    const QByteArray chunk = m_process.readAllStandardOutput();
    if (m_sawReadyLine)
        return; // only the first line is for us; the rest is read so the pipe never fills
    m_stdout += chunk;
    const qsizetype newline = m_stdout.indexOf('\n');
    if (newline >= 0) {
        m_sawReadyLine = true;
        parseReadyLine(m_stdout.left(newline));
        m_stdout.clear();
    } else if (m_stdout.size() > MaxOutputBytes) {
        m_sawReadyLine = true;
        Q_EMIT failed(u"The sandbox printed 64 KiB without a ready line."_s);
    }
}

void SandboxProcess::readStderr()
{
    m_stderrTail.append(m_process.readAllStandardError());
    if (m_stderrTail.size() > MaxOutputBytes)
        m_stderrTail = m_stderrTail.right(MaxOutputBytes / 2);
}

void SandboxProcess::parseReadyLine(const QByteArray &line)
{
    QJsonParseError error{};
    const QJsonObject info = QJsonDocument::fromJson(line, &error).object();
    if (error.error != QJsonParseError::NoError || info.value(u"event"_s) != u"ready"_s) {
        Q_EMIT failed(u"The sandbox's first line is not its ready event: %1"_s.arg(
            QString::fromUtf8(line.left(500))));
        return;
    }
    SandboxEndpoints endpoints;
    endpoints.apiUrl = QUrl(info.value(u"api_url"_s).toString());
    endpoints.wsHost = info.value(u"ws_host"_s).toString();
    endpoints.wsPort = info.value(u"ws_port"_s).toInt();
    endpoints.appKey = info.value(u"app_key"_s).toString();
    // Benchmarks talk to loopback only; anything else means a misconfigured sandbox.
    if (!endpoints.apiUrl.isValid() || !isLoopback(endpoints.apiUrl.host()) ||
        !isLoopback(endpoints.wsHost) || endpoints.wsPort <= 0 || endpoints.wsPort > 65535 ||
        endpoints.appKey.isEmpty()) {
        Q_EMIT failed(u"The ready event names no loopback API and WebSocket address: %1"_s.arg(
            QString::fromUtf8(line)));
        return;
    }
    m_endpoints = endpoints;
    Q_EMIT ready();
}

} // namespace envisage::bench
