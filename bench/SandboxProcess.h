#pragma once
// envisage-sandbox as a child process of a benchmark: started, its ready line read,
// and always stopped (SIGTERM, then SIGKILL after a grace period), also on errors and
// when the benchmark itself is killed.
#include <QObject>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <optional>

namespace envisage::bench {

// Where the sandbox listens, from its first stdout line (always loopback).
struct SandboxEndpoints
{
    QUrl apiUrl; // "http://127.0.0.1:PORT"
    QString wsHost;
    int wsPort = 0;
    QString appKey;
};

class SandboxProcess : public QObject
{
    Q_OBJECT
public:
    explicit SandboxProcess(QString program, QObject *parent = nullptr);
    ~SandboxProcess() override; // stops the child if it still runs

    void start(const QStringList &arguments);
    // Set once ready() was emitted.
    const std::optional<SandboxEndpoints> &endpoints() const { return m_endpoints; }
    // The child's peak resident set (VmHWM) in KiB; -1 when /proc cannot tell.
    qint64 peakRssKiB() const;
    // User + system CPU time the child has used so far, in seconds; NAN when /proc cannot tell.
    double cpuSeconds() const;
    // SIGTERM, up to graceMs with the event loop running, then SIGKILL.
    void stop(int graceMs = 5000);

Q_SIGNALS:
    void ready();
    // Could not start, printed no valid ready line, or exited before stop().
    void failed(const QString &problem);

private:
    void readStdout();
    void readStderr();
    void parseReadyLine(const QByteArray &line);

    QString m_program;
    QProcess m_process;
    QByteArray m_stdout;
    QByteArray m_stderrTail; // shown when the child dies
    bool m_sawReadyLine = false;
    bool m_stopping = false;
    std::optional<SandboxEndpoints> m_endpoints;
};

} // namespace envisage::bench
