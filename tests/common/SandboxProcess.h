#pragma once
// Starts the real envisage-sandbox executable on free loopback ports for a test,
// reads its "ready" line, and stops it (SIGTERM, then kill) when it goes away.
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace envisage::testing {

class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess();

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
    QString errorOutput() const { return m_stderr; }
    qint64 pid() const { return m_process.processId(); }

    static QString executable();

private:
    QProcess m_process;
    QJsonObject m_ready;
    QString m_stderr;
};

} // namespace envisage::testing
