#include "PeerProcess.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

#include <csignal>
#include <cstdio>

#include <sys/prctl.h>

namespace envisage::bench {

using namespace Qt::StringLiterals;

namespace {

// A summary holds one number per event; this bounds a peer that never ends its line.
constexpr qsizetype MaxLineBytes = 64 * 1024 * 1024;
constexpr qsizetype MaxStderrBytes = 64 * 1024;

} // namespace

PeerProcess::PeerProcess(QString name, QObject *parent)
    : QObject(parent), m_name(std::move(name))
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &PeerProcess::readStdout);
    connect(&m_process, &QProcess::readyReadStandardError, this, &PeerProcess::readStderr);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(u"Cannot start the %1 subscriber (%2): %3"_s.arg(
                m_name, m_process.program(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        readStdout(); // the summary may arrive together with the end of the process
        if (m_stopping || m_summary)
            return;
        const QString how = status == QProcess::CrashExit ? u"was killed or crashed"_s
                                                          : u"exited with code %1"_s.arg(code);
        Q_EMIT failed(u"The %1 subscriber %2 before its summary. Its last output:\n%3"_s.arg(
            m_name, how, stderrTail()));
    });
}

PeerProcess::~PeerProcess()
{
    stop();
    disconnect(&m_process, nullptr, this, nullptr);
}

void PeerProcess::start(const QString &program, const QStringList &arguments)
{
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.setStandardInputFile(QProcess::nullDevice());
    // Should the benchmark die without cleaning up, the kernel stops the peer too.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start();
}

void PeerProcess::stop(int graceMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    QEventLoop loop;
    QTimer grace;
    grace.setSingleShot(true);
    connect(&grace, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    m_process.terminate();
    grace.start(graceMs);
    loop.exec(); // not waitForFinished(): the other children keep being served meanwhile
    if (m_process.state() != QProcess::NotRunning) {
        std::fprintf(stderr, "bench: the %s subscriber ignored SIGTERM for %d ms; killing it.\n",
                     qPrintable(m_name), graceMs);
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

void PeerProcess::readStdout()
{
    m_stdout += m_process.readAllStandardOutput();
    qsizetype newline = 0;
    while ((newline = m_stdout.indexOf('\n')) >= 0) {
        const QByteArray line = m_stdout.left(newline);
        m_stdout.remove(0, newline + 1);
        if (!line.trimmed().isEmpty())
            parseLine(line);
    }
    if (m_stdout.size() > MaxLineBytes) {
        m_stdout.clear();
        Q_EMIT failed(u"The %1 subscriber printed 64 MiB without ending its line."_s.arg(m_name));
    }
}

void PeerProcess::readStderr()
{
    m_stderrTail.append(m_process.readAllStandardError());
    if (m_stderrTail.size() > MaxStderrBytes)
        m_stderrTail = m_stderrTail.right(MaxStderrBytes / 2);
}

QString PeerProcess::stderrTail() const
{
    return QString::fromUtf8(m_stderrTail.right(2000));
}

void PeerProcess::parseLine(const QByteArray &line)
{
    QJsonParseError error{};
    const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
    const QString event = object.value(u"event"_s).toString();
    if (error.error != QJsonParseError::NoError || event.isEmpty()) {
        Q_EMIT failed(u"The %1 subscriber printed a line that is not a JSON event: %2"_s.arg(
            m_name, QString::fromUtf8(line.left(300))));
    } else if (event == u"ready"_s) {
        m_ready = object;
        Q_EMIT ready();
    } else if (event == u"summary"_s) {
        m_summary = object;
        Q_EMIT summarized();
    } else if (event == u"error"_s) {
        Q_EMIT failed(u"The %1 subscriber failed: %2"_s.arg(
            m_name, object.value(u"message"_s).toString()));
    }
}

} // namespace envisage::bench
