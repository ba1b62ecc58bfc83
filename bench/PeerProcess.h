#pragma once
// A subscriber of a benchmark run as a child process of its own (our client in
// `--subscriber` mode, or node running pusher-js), so that each one's CPU time is its own
// and the publishing process cannot steal its turns. It speaks JSON lines on stdout:
// {"event":"ready",…} once subscribed, then {"event":"summary",…} when the burst is over;
// everything on stderr is kept as a tail for error messages. Always stopped (SIGTERM,
// then SIGKILL), also when the benchmark itself dies.
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QString>

#include <optional>

namespace envisage::bench {

class PeerProcess : public QObject
{
    Q_OBJECT
public:
    // `name` is what tables and error messages call this peer ("envisage", "pusher-js").
    explicit PeerProcess(QString name, QObject *parent = nullptr);
    ~PeerProcess() override; // stops the child if it still runs

    void start(const QString &program, const QStringList &arguments);
    QString name() const { return m_name; }
    // Set once ready() or summarized() was emitted.
    const std::optional<QJsonObject> &readyLine() const { return m_ready; }
    const std::optional<QJsonObject> &summary() const { return m_summary; }
    // SIGTERM, up to graceMs with the event loop running, then SIGKILL.
    void stop(int graceMs = 5000);

Q_SIGNALS:
    void ready();
    void summarized();
    // Could not start, printed something that is not a JSON line, or ended without a summary.
    void failed(const QString &problem);

private:
    void readStdout();
    void readStderr();
    void parseLine(const QByteArray &line);
    QString stderrTail() const;

    QString m_name;
    QProcess m_process;
    QByteArray m_stdout;     // an unfinished line (a summary with every latency is long)
    QByteArray m_stderrTail; // shown when the child fails
    bool m_stopping = false;
    std::optional<QJsonObject> m_ready;
    std::optional<QJsonObject> m_summary;
};

} // namespace envisage::bench
