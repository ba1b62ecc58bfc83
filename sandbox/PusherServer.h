#pragma once
// The Pusher protocol-7 WebSocket server of the sandbox (pusher-protocol.md §2):
// handshake, ping/pong and idle pruning, public/private/presence channels with
// signature checks, client events (members only, never echoed, rate limited) and
// publishing for the REST API and the Pusher HTTP API.
#include "ChannelRegistry.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <memory>

class QAbstractHttpServer;
class QWebSocket;

namespace envisage::sandbox {

struct PusherAppConfig
{
    QString id = QStringLiteral("local");
    QString key = QStringLiteral("local");
    QString secret = QStringLiteral("local");
    int activityTimeoutSeconds = 30;         // advertised in connection_established
    int pingAfterMs = 60000;                 // a silent connection is pinged after this
    int pongTimeoutMs = 30000;               // ... and closed with 4201 if still silent
    qint64 maxFrameBytes = 100 * 1024;       // larger inbound frames get pusher:error
    int clientEventsPerSecond = 10;          // per connection; more get 4301
    qint64 maxWriteBufferBytes = 8 << 20;    // a client this far behind is closed with 4100
    int closeGraceMs = 5000;                 // a close not finished by then is an abort
    int maxSubscriptionsPerConnection = 100; // more get pusher:subscription_error LimitReached
    int maxConnectionsPerAddress = 100;      // more are refused with 4004; 0 = no limit
};

// One client socket and what it joined. Owned by PusherServer, which deletes it from
// the event loop once its socket has disconnected, never from inside a signal.
class PusherConnection
{
public:
    QWebSocket *socket = nullptr;
    QString socketId;
    QHostAddress peerAddress;         // kept: the socket forgets it once disconnected
    QHash<QString, QString> channels; // channel → presence user id ("" when not presence)
    QString signedInUserId;
    qint64 lastActivityMs = 0;
    qint64 pingSentAtMs = 0;          // 0 while no ping is outstanding
    QList<qint64> recentClientEvents; // times of client events in the last second
};

class PusherServer : public QObject
{
    Q_OBJECT
public:
    explicit PusherServer(PusherAppConfig config, QObject *parent = nullptr);
    ~PusherServer() override;

    // Takes the WebSocket upgrades that arrive on this HTTP server.
    void attach(QAbstractHttpServer *server);

    // Sends `event` with the JSON string `data` to every subscriber of the channels but
    // the connection whose socket id is exceptSocketId (Laravel's toOthers()).
    // Returns how many frames were sent.
    int publish(const QStringList &channels, const QString &event, const QString &data,
                const QString &exceptSocketId = {});

    // Presence for a user who has no socket (the demo's simulated buyers).
    void setSimulatedPresence(const QString &channel, const QString &userId,
                              const QJsonObject &info, bool online);

    // Graceful shutdown: pusher:error + close with `code` on every connection.
    void closeAll(int code, const QString &reason);

    const PusherAppConfig &config() const { return m_config; }
    const ChannelRegistry &channels() const { return m_channels; }
    int connectionCount() const { return int(m_connections.size()); }

Q_SIGNALS:
    void presenceMemberJoined(const QString &channel, const QString &userId);
    void presenceMemberLeft(const QString &channel, const QString &userId);

private:
    void accept(QWebSocket *socket);
    void refuse(QWebSocket *socket, int code, const QString &message);
    void closeSocket(QWebSocket *socket, int code, const QString &reason);
    void handleFrame(PusherConnection *connection, const QString &text);
    void handleSubscribe(PusherConnection *connection, const QJsonObject &data);
    void handleUnsubscribe(PusherConnection *connection, const QJsonObject &data);
    void handleClientEvent(PusherConnection *connection, const QString &event,
                           const QJsonObject &frame);
    void handleSignin(PusherConnection *connection, const QJsonObject &data);
    void leaveChannel(PusherConnection *connection, const QString &channel);
    void drop(QWebSocket *socket);
    void sweepIdleConnections();
    bool allowClientEvent(PusherConnection *connection, qint64 nowMs);
    void announceMember(const QString &channel, const QString &event, const QJsonObject &member,
                        PusherConnection *except);

    void send(PusherConnection *connection, const QJsonObject &frame);
    void sendText(PusherConnection *connection, const QString &text);
    void sendError(PusherConnection *connection, int code, const QString &message);
    void sendSubscriptionError(PusherConnection *connection, const QString &channel,
                               const QString &type, const QString &error, int status);

    QString newSocketId() const;

    PusherAppConfig m_config;
    ChannelRegistry m_channels;
    QHash<QWebSocket *, PusherConnection *> m_connections;
    QHash<QString, PusherConnection *> m_bySocketId;
    QHash<QHostAddress, int> m_connectionsByAddress;
    QTimer m_sweepTimer;
};

} // namespace envisage::sandbox
