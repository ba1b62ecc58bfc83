#include "SandboxProcess.h"

#include "ChildDiagnostics.h"

#include <QDeadlineTimer>
#include <QJsonDocument>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace envisage::testing {

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype StderrKept = 256 * 1024;
}

SandboxProcess::SandboxProcess()
{
    QObject::connect(&m_process, &QProcess::readyReadStandardError, [this] { keepErrorOutput(); });
    QObject::connect(
        &m_process, &QProcess::finished, [this](int exitCode, QProcess::ExitStatus status) {
            keepErrorOutput();
            // SIGTERM/SIGKILL from stop() is no crash of the child's own.
            if (m_signalled)
                status = QProcess::NormalExit;
            logChildEnd(u"envisage-sandbox"_s, m_pid, status, exitCode, m_stderr, m_endExpected);
        });
}

SandboxProcess::~SandboxProcess()
{
    stop();
    QObject::disconnect(&m_process, nullptr, nullptr, nullptr);
}

void SandboxProcess::keepErrorOutput()
{
    m_stderr += m_process.readAllStandardError();
    if (m_stderr.size() > StderrKept)
        m_stderr = m_stderr.right(StderrKept);
}

QString SandboxProcess::executable()
{
    const QString fromEnvironment = qEnvironmentVariable("SANDBOX_BIN");
    return fromEnvironment.isEmpty() ? QStringLiteral(ENVISAGE_SANDBOX_BIN) : fromEnvironment;
}

bool SandboxProcess::start(const QStringList &extraArguments)
{
    m_process.setProgram(executable());
    m_process.setArguments(QStringList{u"--port"_s, u"0"_s, u"--ws-port"_s, u"0"_s} +
                           extraArguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // A test that crashes, or that CTest kills at its timeout, takes its sandbox along
    // instead of leaving it running on the shared machine.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_signalled = false;
    m_endExpected = true; // until ready: a failed start is the test's to judge
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return false;
    m_pid = m_process.processId();
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && !m_process.canReadLine()) {
        if (m_process.state() != QProcess::Running)
            break;
        m_process.waitForReadyRead(100);
    }
    keepErrorOutput();
    if (!m_process.canReadLine())
        return false;
    m_ready = QJsonDocument::fromJson(m_process.readLine()).object();
    const bool ready = m_ready.value(u"event"_s) == u"ready"_s;
    m_endExpected = !ready;
    return ready;
}

int SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    m_endExpected = true;
    m_signalled = true;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        qWarning("envisage-sandbox did not stop within 5 s of SIGTERM; killing it");
        m_process.kill();
        m_process.waitForFinished(2000);
        return -1;
    }
    keepErrorOutput();
    return m_process.exitCode();
}

QUrl SandboxProcess::apiUrl(const QString &path) const
{
    return QUrl(m_ready.value(u"api_url"_s).toString() + path);
}

QUrl SandboxProcess::wsUrl(const QString &key) const
{
    return QUrl(u"ws://%1:%2/app/%3?protocol=7&client=qt-test&version=1&flash=false"_s.arg(wsHost())
                    .arg(wsPort())
                    .arg(key.isEmpty() ? appKey() : key));
}

} // namespace envisage::testing
