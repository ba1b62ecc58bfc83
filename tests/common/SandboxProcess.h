#pragma once
// Starts the real envisage-sandbox executable on free loopback ports for a test,
// reads its "ready" line, and stops it (SIGTERM, then kill) when it goes away. Its
// stderr is kept (and drained as it comes, so a chatty sandbox never blocks on a full
// pipe); when it crashes, prints a sanitizer report or leaves before the test stops it,
// the test's log shows that stderr (ChildDiagnostics.h).
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace envisage::testing {

class SandboxProcess
{
public:
    SandboxProcess();
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Extra flags are appended to --port 0 --ws-port 0. Waits up to 20 s for readiness.
    bool start(const QStringList &extraArguments = {});
    // SIGTERM and wait; returns the exit code (or -1 if it had to be killed).
    int stop();

    QUrl apiUrl(const QString &path = {}) const;
    QString wsHost() const { return m_ready.value(QStringLiteral("ws_host")).toString(); }
    quint16 wsPort() const { return quint16(m_ready.value(QStringLiteral("ws_port")).toInt()); }
    QString appId() const { return m_ready.value(QStringLiteral("app_id")).toString(); }
    QString appKey() const { return m_ready.value(QStringLiteral("app_key")).toString(); }
    QUrl wsUrl(const QString &key = {}) const;
    // The sandbox's {"event":"ready",…} line (what `envisage-cli --sandbox-ready` takes).
    QJsonObject readyLine() const { return m_ready; }
    QString errorOutput() const { return QString::fromUtf8(m_stderr); }
    qint64 pid() const { return m_process.processId(); }

    static QString executable();

private:
    void keepErrorOutput();

    QJsonObject m_ready;
    QByteArray m_stderr;
    qint64 m_pid = 0;
    bool m_endExpected = true; // false from "ready" until stop()
    bool m_signalled = false;  // stop() sent SIGTERM or SIGKILL
    QProcess m_process;        // last: destroyed first, before what its handlers touch
};

} // namespace envisage::testing
