#pragma once
// A measured client run as a child process of its own, so that its CPU time is its own and
// the benchmark's process cannot steal its turns: a subscriber of bench-realtime-burst (our
// client in `--subscriber` mode, or node running pusher-js), the seller's window of
// bench-e2e-latency. It speaks JSON lines on stdout: {"event":"ready",…} once set up, then
// {"event":"summary",…} when the run is over, or {"event":"error",…}. Started, stopped and
// watched as a ChildProcess.
#include "ChildProcess.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace envisage::bench {

class PeerProcess : public ChildProcess
{
    Q_OBJECT
public:
    // `client` is what tables and error messages call this peer ("envisage", "pusher-js"),
    // `role` what it does ("subscriber", "window").
    explicit PeerProcess(QString client, QString role = QStringLiteral("subscriber"),
                         QObject *parent = nullptr);

    QString client() const { return m_client; }
    // Set once it printed them.
    const std::optional<QJsonObject> &readyLine() const { return m_ready; }
    const std::optional<QJsonObject> &summary() const { return m_summary; }

protected:
    void readLine(const QByteArray &line) override;

private:
    QString m_client;
    QString m_role;
    std::optional<QJsonObject> m_ready;
    std::optional<QJsonObject> m_summary;
};

} // namespace envisage::bench
