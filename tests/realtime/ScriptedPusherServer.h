#pragma once
// An in-process Pusher server whose every move a test scripts: it records what clients
// send, answers the handshake (or not), and sends or closes on command.
#include "realtime/PusherOptions.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QWebSocketServer>
#include <functional>

namespace envisage::testing {

// Client options for a scripted server on this port: loopback, no TLS, short timers.
realtime::PusherOptions scriptedServerOptions(quint16 port);

struct ReceivedFrame
{
    int connection; // index in connections(), in order of arrival
    QString event;
    QString channel;
    QJsonObject data;
};

class ScriptedPusherServer : public QObject
{
    Q_OBJECT
public:
    explicit ScriptedPusherServer(QObject *parent = nullptr);
    bool listen(quint16 port = 0);
    quint16 port() const { return m_server.serverPort(); }
    void stopListening() { m_server.close(); }

    // How the server greets: activity_timeout (0 = leave it out, a bad handshake).
    int activityTimeoutSeconds = 120;
    bool sendHandshake = true;
    bool answerPings = true;
    bool acceptSubscriptions = true; // answer subscribe with subscription_succeeded
    QJsonObject presence;            // data of presence subscription_succeeded

    int connectionCount() const { return int(m_sockets.size()); }
    QString socketIdOf(int connection) const;
    QWebSocket *latest() const { return m_sockets.isEmpty() ? nullptr : m_sockets.last(); }
    QList<ReceivedFrame> received() const { return m_received; }
    QList<ReceivedFrame> received(const QString &event) const;

    void send(const QJsonObject &frame, int connection = -1);
    void sendText(const QString &text, int connection = -1);
    void sendEvent(const QString &event, const QString &channel, const QJsonValue &data, int connection = -1);
    void closeLatest(int code, const QString &reason = {});

    // Waits (bounded) until a frame with this event arrived, or n connections exist.
    bool waitForFrame(const QString &event, int count = 1, int timeoutMs = 3000);
    bool waitForConnections(int count, int timeoutMs = 3000);

Q_SIGNALS:
    void frameArrived();

private:
    bool waitUntil(const std::function<bool()> &condition, int timeoutMs);

    QWebSocketServer m_server;
    QList<QWebSocket *> m_sockets;
    QList<ReceivedFrame> m_received;
};

} // namespace envisage::testing
