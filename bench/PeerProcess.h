#pragma once
// A subscriber of bench-realtime-burst run as a child process of its own (our client in
// `--subscriber` mode, or node running pusher-js), so that each one's CPU time is its own
// and the publishing process cannot steal its turns. It speaks JSON lines on stdout:
// {"event":"ready",…} once subscribed, then {"event":"summary",…} when the burst is over,
// or {"event":"error",…}. Started, stopped and watched as a ChildProcess.
#include "ChildProcess.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace envisage::bench {

class PeerProcess : public ChildProcess
{
    Q_OBJECT
public:
    // `client` is what tables and error messages call this peer ("envisage", "pusher-js").
    explicit PeerProcess(QString client, QObject *parent = nullptr);

    QString client() const { return m_client; }
    // Set once it printed them.
    const std::optional<QJsonObject> &readyLine() const { return m_ready; }
    const std::optional<QJsonObject> &summary() const { return m_summary; }

protected:
    void readLine(const QByteArray &line) override;

private:
    QString m_client;
    std::optional<QJsonObject> m_ready;
    std::optional<QJsonObject> m_summary;
};

} // namespace envisage::bench
