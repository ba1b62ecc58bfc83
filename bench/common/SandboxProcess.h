#pragma once
// envisage-sandbox as a child process of a benchmark: started, its ready line read and
// checked (loopback only), and always stopped (see ChildProcess). Its CPU time and peak
// RSS are figures of the benchmarks that measure it.
//
// Not tests/common's SandboxProcess: that one blocks in waitForReadyRead() and
// waitForFinished(), which would stop serving the sockets a benchmark holds; it runs
// $SANDBOX_BIN or the binary it was built with, not a benchmark's --sandbox; and it does
// not report the sandbox dying in the middle of a run.
#include "ChildProcess.h"
#include "Problem.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace envisage::bench {

class BoundedWait;

// Where the sandbox listens, from its first stdout line (always loopback).
struct SandboxEndpoints
{
    QUrl apiUrl; // "http://127.0.0.1:PORT"
    QString wsHost;
    int wsPort = 0;
    QString appKey;
};

class SandboxProcess : public ChildProcess
{
    Q_OBJECT
public:
    // `program` is the envisage-sandbox binary (a benchmark's --sandbox).
    explicit SandboxProcess(QString program, QObject *parent = nullptr);

    // Starts the sandbox and waits until its ready line. `wait` follows it from then on,
    // so that its death ends whatever the benchmark waits for later.
    Problem startAndWaitUntilReady(const QStringList &arguments, BoundedWait &wait, int timeoutMs);
    // Set once the ready line was read.
    const std::optional<SandboxEndpoints> &endpoints() const { return m_endpoints; }
    // The child's peak resident set (VmHWM) in KiB; -1 when /proc cannot tell.
    qint64 peakRssKiB() const;
    // User + system CPU time the child has used so far, in seconds; NAN when /proc cannot tell.
    double cpuSeconds() const;

protected:
    void readLine(const QByteArray &line) override;

private:
    QString m_program;
    bool m_firstLineRead = false;
    std::optional<SandboxEndpoints> m_endpoints;
};

} // namespace envisage::bench
