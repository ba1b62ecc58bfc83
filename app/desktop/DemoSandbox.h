#pragma once
// The demo's marketplace: the installed envisage-sandbox as a child process on free
// loopback ports, with demo data in memory and simulated buyers. It stops when this
// object goes away, and (on Linux) when the app dies without cleaning up.
#include <QJsonObject>
#include <QObject>
#include <QProcess>

#include <optional>

namespace envisage::app {

class DemoSandbox : public QObject
{
    Q_OBJECT
public:
    struct Failure
    {
        enum class Kind {
            Missing,        // no envisage-sandbox where it is installed (or built)
            DidNotRun,      // it exists but could not be executed
            ExitedEarly,    // it stopped before its ready line
            NotReady,       // no ready line within the wait
            UnexpectedLine, // its first line was not the ready line
        };
        Kind kind;
        QString message; // translated, names envisage-sandbox
    };

    explicit DemoSandbox(QObject *parent = nullptr);
    ~DemoSandbox() override;

    // Starts envisage-sandbox and waits (at most readyTimeoutMs) for its ready line.
    // With `verbose` false its info logs are hidden, as the app's are.
    std::optional<Failure> start(bool verbose, int readyTimeoutMs = 20000);
    // SIGTERM, then kill after a bounded wait. Nothing is emitted.
    void stop();

    // The sandbox's {"event":"ready","api_url":…} line.
    QJsonObject readyInfo() const { return m_ready; }
    qint64 processId() const { return m_process.processId(); }

    // Where start() looks: next to the app (installed), then the build tree's sandbox/.
    static QStringList searchDirectories();
    static QString executableName();

Q_SIGNALS:
    // The sandbox stopped on its own after it was ready; the demo has no marketplace now.
    void stoppedUnexpectedly(const QString &message);

private:
    std::optional<Failure> waitForReadyLine(int timeoutMs);
    void forwardErrorOutput();
    void onFinished();

    QProcess m_process;
    QJsonObject m_ready;
    QByteArray m_errorTail; // the end of its stderr, for a failure's message
    bool m_stopping = false;
};

} // namespace envisage::app
