#include "PusherServer.h"

#include "ConstantTime.h"
#include "Logging.h"
#include "PusherSigner.h"
#include "Timestamps.h"

#include <QAbstractHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QWebSocket>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxChannelNameLength = 200;

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool isValidChannelName(const QString &name)
{
    static const QRegularExpression allowed(u"^[A-Za-z0-9_\\-=@,.;]+$"_s);
    return !name.isEmpty() && name.size() <= MaxChannelNameLength && allowed.match(name).hasMatch();
}

bool needsAuthorization(const QString &channel)
{
    return channel.startsWith(u"private-"_s) || channel.startsWith(u"presence-"_s);
}

// pusher:* data arrives as an object (pusher-js) or, from some clients, as a JSON string.
QJsonObject objectData(const QJsonValue &data)
{
    if (data.isObject())
        return data.toObject();
    if (data.isString())
        return QJsonDocument::fromJson(data.toString().toUtf8()).object();
    return {};
}

// Presence user ids are strings on the wire; Laravel sends integers in channel_data.
QString userIdString(const QJsonValue &id)
{
    if (id.isString())
        return id.toString();
    if (id.isDouble())
        return QString::number(qint64(id.toDouble()));
    return {};
}

} // namespace

PusherServer::PusherServer(PusherAppConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config))
{
    const int smallest = std::min(m_config.pingAfterMs, m_config.pongTimeoutMs);
    m_sweepTimer.setInterval(std::clamp(smallest / 4, 10, 5000));
    connect(&m_sweepTimer, &QTimer::timeout, this, &PusherServer::sweepIdleConnections);
    m_sweepTimer.start();
}

PusherServer::~PusherServer()
{
    for (PusherConnection *connection : std::as_const(m_connections)) {
        connection->socket->disconnect(this);
        connection->socket->abort();
        delete connection;
    }
}

void PusherServer::attach(QAbstractHttpServer *server)
{
    connect(server, &QAbstractHttpServer::newWebSocketConnection, this, [this, server] {
        while (server->hasPendingWebSocketConnections()) {
            QWebSocket *socket = server->nextPendingWebSocketConnection().release();
            socket->setParent(this);
            accept(socket);
        }
    });
}

void PusherServer::accept(QWebSocket *socket)
{
    // Frames up to 8× the limit are read and refused in the protocol; beyond that Qt
    // closes with 1009 so that one client cannot make us buffer without bound.
    socket->setMaxAllowedIncomingMessageSize(
        quint64(std::max<qint64>(m_config.maxFrameBytes * 8, 1 << 20)));
    const QUrl url = socket->requestUrl();
    static const QRegularExpression appPath(u"^(?:/.*)?/app/([^/]+)/?$"_s);
    const QRegularExpressionMatch match = appPath.match(url.path());
    if (!match.hasMatch())
        return refuse(socket, 4005, u"Path not found"_s);
    if (match.captured(1) != m_config.key)
        return refuse(socket, 4001, u"App key %1 does not exist."_s.arg(match.captured(1)));
    const QString protocol = QUrlQuery(url).queryItemValue(u"protocol"_s);
    if (!protocol.isEmpty() && (protocol.toInt() < 5 || protocol.toInt() > 7))
        return refuse(socket, 4007, u"Unsupported protocol version"_s);
    int &fromAddress = m_connectionsByAddress[socket->peerAddress()];
    if (m_config.maxConnectionsPerAddress > 0 && fromAddress >= m_config.maxConnectionsPerAddress)
        return refuse(socket, 4004,
                      u"Over connection quota: at most %1 connections per address"_s.arg(
                          m_config.maxConnectionsPerAddress));
    ++fromAddress; // until drop()

    auto *connection = new PusherConnection;
    connection->socket = socket;
    connection->socketId = newSocketId();
    connection->peerAddress = socket->peerAddress();
    connection->lastActivityMs = nowMs();
    m_connections.insert(socket, connection);
    m_bySocketId.insert(connection->socketId, connection);

    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
        if (PusherConnection *connection = m_connections.value(socket))
            handleFrame(connection, text);
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &) {
        if (PusherConnection *connection = m_connections.value(socket))
            sendError(connection, 4200, u"Binary frames are not supported"_s);
    });
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        if (PusherConnection *connection = m_connections.value(socket)) {
            connection->lastActivityMs = nowMs();
            connection->pingSentAtMs = 0;
        }
    });
    // Queued: close() emits disconnected at once when nothing is left to write, which
    // can be in the middle of a loop over connections or subscribers (the idle sweep, a
    // relay to a slow subscriber). The connection is forgotten and deleted only after
    // that code is done with it.
    connect(
        socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); },
        Qt::QueuedConnection);

    qCDebug(lcSandboxWs) << "connection" << connection->socketId << "from"
                         << connection->peerAddress.toString();
    const QJsonObject established{{u"socket_id"_s, connection->socketId},
                                  {u"activity_timeout"_s, m_config.activityTimeoutSeconds}};
    send(connection,
         {{u"event"_s, u"pusher:connection_established"_s}, {u"data"_s, compactJson(established)}});
}

void PusherServer::refuse(QWebSocket *socket, int code, const QString &message)
{
    qCInfo(lcSandboxWs) << "refusing connection to" << socket->requestUrl().path() << code
                        << message;
    const QJsonObject frame{{u"event"_s, u"pusher:error"_s},
                            {u"data"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}};
    socket->sendTextMessage(compactJson(frame));
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    closeSocket(socket, code, message);
}

void PusherServer::closeSocket(QWebSocket *socket, int code, const QString &reason)
{
    socket->close(QWebSocketProtocol::CloseCode(code), reason);
    // The close frame goes out behind whatever is still buffered for the peer. A peer
    // that stops reading would keep the socket, and those bytes, for ever: after a
    // grace period the socket is aborted (the timer dies with the socket).
    QTimer::singleShot(m_config.closeGraceMs, socket, [socket] {
        if (socket->state() == QAbstractSocket::UnconnectedState)
            return;
        qCInfo(lcSandboxWs) << "aborting a connection whose close did not finish in time";
        socket->abort();
    });
}

void PusherServer::handleFrame(PusherConnection *connection, const QString &text)
{
    connection->lastActivityMs = nowMs();
    connection->pingSentAtMs = 0;
    const QByteArray bytes = text.toUtf8();
    if (bytes.size() > m_config.maxFrameBytes) {
        qCInfo(lcSandboxWs) << connection->socketId << "sent an oversize frame of" << bytes.size()
                            << "bytes";
        return sendError(connection, 4200,
                         u"Message exceeds the limit of %1 bytes"_s.arg(m_config.maxFrameBytes));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject frame = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        !frame.value(u"event"_s).isString()) {
        qCInfo(lcSandboxWs) << connection->socketId << "sent a malformed frame";
        return sendError(connection, 4200, u"Invalid message format"_s);
    }
    const QString event = frame.value(u"event"_s).toString();
    if (event == u"pusher:ping"_s)
        return send(connection, {{u"event"_s, u"pusher:pong"_s}, {u"data"_s, QJsonObject()}});
    if (event == u"pusher:pong"_s)
        return;
    if (event.startsWith(u"client-"_s))
        return handleClientEvent(connection, event, frame);

    const QJsonValue rawData = frame.value(u"data"_s);
    const QJsonObject data = objectData(rawData);
    if (event == u"pusher:subscribe"_s)
        return handleSubscribe(connection, data);
    if (event == u"pusher:unsubscribe"_s)
        return handleUnsubscribe(connection, data);
    if (event == u"pusher:signin"_s)
        return handleSignin(connection, data);
    qCInfo(lcSandboxWs) << connection->socketId << "sent an unknown event" << event;
    sendError(connection, 4200, u"Unknown event %1"_s.arg(event.left(MaxChannelNameLength)));
}

void PusherServer::handleSubscribe(PusherConnection *connection, const QJsonObject &data)
{
    if (!data.value(u"channel"_s).isString())
        return sendError(connection, 4200, u"Invalid message format: data.channel is missing"_s);
    const QString channel = data.value(u"channel"_s).toString();
    if (!isValidChannelName(channel)) {
        return sendSubscriptionError(
            connection, channel.left(MaxChannelNameLength), u"InvalidChannel"_s,
            u"The channel name is invalid or longer than 200 characters."_s, 400);
    }
    if (!connection->channels.contains(channel) &&
        connection->channels.size() >= m_config.maxSubscriptionsPerConnection) {
        qCInfo(lcSandboxWs) << connection->socketId << "is at its limit of"
                            << m_config.maxSubscriptionsPerConnection << "channels";
        return sendSubscriptionError(connection, channel, u"LimitReached"_s,
                                     u"A connection may subscribe to at most %1 channels."_s.arg(
                                         m_config.maxSubscriptionsPerConnection),
                                     4100);
    }
    const QString channelData = data.value(u"channel_data"_s).toString();
    const bool presence = channel.startsWith(u"presence-"_s);
    if (needsAuthorization(channel)) {
        const QString expected =
            PusherSigner::channelAuth(m_config.key, m_config.secret, connection->socketId, channel,
                                      presence ? channelData : QString());
        if (!constantTimeEquals(data.value(u"auth"_s).toString().toUtf8(), expected.toUtf8())) {
            qCInfo(lcSandboxWs) << connection->socketId << "bad signature for" << channel;
            return sendSubscriptionError(connection, channel, u"AuthError"_s,
                                         u"The connection is unauthorized."_s, 401);
        }
    }

    QString userId;
    QJsonValue userInfo;
    if (presence) {
        const QJsonObject member = QJsonDocument::fromJson(channelData.toUtf8()).object();
        userId = userIdString(member.value(u"user_id"_s));
        if (userId.isEmpty()) {
            return sendSubscriptionError(connection, channel, u"AuthError"_s,
                                         u"channel_data must hold a user_id."_s, 400);
        }
        userInfo = member.value(u"user_info"_s);
    }

    const bool alreadySubscribed = connection->channels.contains(channel);
    if (alreadySubscribed && connection->channels.value(channel) != userId)
        leaveChannel(connection, channel); // re-subscribe as another presence user
    if (!connection->channels.contains(channel)) {
        connection->channels.insert(channel, userId);
        m_channels.subscribe(channel, connection);
        if (presence && m_channels.joinPresence(channel, userId, userInfo)) {
            announceMember(channel, u"pusher_internal:member_added"_s,
                           {{u"user_id"_s, userId}, {u"user_info"_s, userInfo}}, connection);
            Q_EMIT presenceMemberJoined(channel, userId);
        }
    }
    const QJsonObject reply = presence ? m_channels.presenceSnapshot(channel) : QJsonObject();
    send(connection, {{u"event"_s, u"pusher_internal:subscription_succeeded"_s},
                      {u"channel"_s, channel},
                      {u"data"_s, compactJson(reply)}});
}

void PusherServer::handleUnsubscribe(PusherConnection *connection, const QJsonObject &data)
{
    const QString channel = data.value(u"channel"_s).toString();
    if (channel.isEmpty())
        return sendError(connection, 4200, u"Invalid message format: data.channel is missing"_s);
    leaveChannel(connection, channel);
}

void PusherServer::leaveChannel(PusherConnection *connection, const QString &channel)
{
    const auto it = connection->channels.constFind(channel);
    if (it == connection->channels.constEnd())
        return;
    const QString userId = *it;
    connection->channels.erase(it);
    m_channels.unsubscribe(channel, connection);
    if (!userId.isEmpty() && m_channels.leavePresence(channel, userId)) {
        announceMember(channel, u"pusher_internal:member_removed"_s, {{u"user_id"_s, userId}},
                       connection);
        Q_EMIT presenceMemberLeft(channel, userId);
    }
}

void PusherServer::handleClientEvent(PusherConnection *connection, const QString &event,
                                     const QJsonObject &frame)
{
    const QString channel = frame.value(u"channel"_s).toString();
    if (!channel.startsWith(u"private-"_s) && !channel.startsWith(u"presence-"_s))
        return sendError(connection, 4301,
                         u"Client events are only supported on private and presence channels"_s);
    if (channel.startsWith(u"private-encrypted-"_s))
        return sendError(connection, 4301,
                         u"Client events are not supported on encrypted channels"_s);
    if (!connection->channels.contains(channel))
        return sendError(connection, 4009,
                         u"The client is not a member of the specified channel."_s);
    if (event.size() > MaxChannelNameLength)
        return sendError(connection, 4301, u"The event name is longer than 200 characters"_s);
    if (!allowClientEvent(connection, nowMs()))
        return sendError(connection, 4301, u"Client event rejected due to rate limit"_s);

    QJsonObject relayed{
        {u"event"_s, event}, {u"channel"_s, channel}, {u"data"_s, frame.value(u"data"_s)}};
    const QString userId = connection->channels.value(channel);
    if (!userId.isEmpty())
        relayed.insert(u"user_id"_s, userId);
    const QString text = compactJson(relayed);
    if (const ChannelState *state = m_channels.channel(channel)) {
        for (PusherConnection *subscriber : state->subscribers) {
            if (subscriber != connection)
                sendText(subscriber, text);
        }
    }
}

bool PusherServer::allowClientEvent(PusherConnection *connection, qint64 nowMs)
{
    QList<qint64> &times = connection->recentClientEvents;
    while (!times.isEmpty() && nowMs - times.first() >= 1000)
        times.removeFirst();
    if (times.size() >= m_config.clientEventsPerSecond)
        return false;
    times.append(nowMs);
    return true;
}

void PusherServer::handleSignin(PusherConnection *connection, const QJsonObject &data)
{
    const QString userData = data.value(u"user_data"_s).toString();
    const QString expected =
        m_config.key + u':' +
        PusherSigner::userSignature(m_config.secret, connection->socketId, userData);
    const QString id =
        QJsonDocument::fromJson(userData.toUtf8()).object().value(u"id"_s).toString();
    if (id.isEmpty() ||
        !constantTimeEquals(data.value(u"auth"_s).toString().toUtf8(), expected.toUtf8()))
        return sendError(connection, 4009, u"Invalid signin signature or user_data"_s);
    connection->signedInUserId = id;
    send(connection, {{u"event"_s, u"pusher:signin_success"_s},
                      {u"data"_s, QJsonObject{{u"user_data"_s, userData}}}});
}

void PusherServer::announceMember(const QString &channel, const QString &event,
                                  const QJsonObject &member, PusherConnection *except)
{
    const ChannelState *state = m_channels.channel(channel);
    if (!state)
        return;
    const QString text = compactJson(
        {{u"event"_s, event}, {u"channel"_s, channel}, {u"data"_s, compactJson(member)}});
    for (PusherConnection *subscriber : state->subscribers) {
        if (subscriber != except)
            sendText(subscriber, text);
    }
}

int PusherServer::publish(const QStringList &channels, const QString &event, const QString &data,
                          const QString &exceptSocketId)
{
    PusherConnection *except = m_bySocketId.value(exceptSocketId);
    int sent = 0;
    for (const QString &channel : channels) {
        const ChannelState *state = m_channels.channel(channel);
        if (!state)
            continue;
        const QString text =
            compactJson({{u"event"_s, event}, {u"channel"_s, channel}, {u"data"_s, data}});
        // Copy: a send may close a slow subscriber, which changes the set.
        const QSet<PusherConnection *> subscribers = state->subscribers;
        for (PusherConnection *subscriber : subscribers) {
            if (subscriber != except) {
                sendText(subscriber, text);
                ++sent;
            }
        }
    }
    return sent;
}

void PusherServer::setSimulatedPresence(const QString &channel, const QString &userId,
                                        const QJsonObject &info, bool online)
{
    if (online && m_channels.joinPresence(channel, userId, info)) {
        announceMember(channel, u"pusher_internal:member_added"_s,
                       {{u"user_id"_s, userId}, {u"user_info"_s, info}}, nullptr);
        Q_EMIT presenceMemberJoined(channel, userId);
    } else if (!online && m_channels.leavePresence(channel, userId)) {
        announceMember(channel, u"pusher_internal:member_removed"_s, {{u"user_id"_s, userId}},
                       nullptr);
        Q_EMIT presenceMemberLeft(channel, userId);
    }
}

void PusherServer::closeAll(int code, const QString &reason)
{
    const QList<PusherConnection *> all = m_connections.values();
    for (PusherConnection *connection : all) {
        sendError(connection, code, reason);
        closeSocket(connection->socket, code, reason);
    }
}

void PusherServer::drop(QWebSocket *socket)
{
    PusherConnection *connection = m_connections.take(socket);
    socket->deleteLater();
    if (!connection)
        return;
    qCDebug(lcSandboxWs) << "closed" << connection->socketId << socket->closeCode();
    const QStringList joined = connection->channels.keys();
    for (const QString &channel : joined)
        leaveChannel(connection, channel);
    m_bySocketId.remove(connection->socketId);
    const auto fromAddress = m_connectionsByAddress.find(connection->peerAddress);
    if (fromAddress != m_connectionsByAddress.end() && --*fromAddress <= 0)
        m_connectionsByAddress.erase(fromAddress);
    delete connection;
}

void PusherServer::sweepIdleConnections()
{
    const qint64 now = nowMs();
    const QList<PusherConnection *> all = m_connections.values();
    for (PusherConnection *connection : all) {
        if (connection->socket->state() != QAbstractSocket::ConnectedState)
            continue; // closing already
        if (connection->pingSentAtMs > 0) {
            if (now - connection->pingSentAtMs >= m_config.pongTimeoutMs) {
                qCInfo(lcSandboxWs) << connection->socketId << "missed its pong; closing";
                sendError(connection, 4201, u"Pong reply not received in time"_s);
                closeSocket(connection->socket, 4201, u"Pong reply not received in time"_s);
            }
        } else if (now - connection->lastActivityMs >= m_config.pingAfterMs) {
            connection->pingSentAtMs = now;
            send(connection, {{u"event"_s, u"pusher:ping"_s}, {u"data"_s, QJsonObject()}});
        }
    }
}

void PusherServer::send(PusherConnection *connection, const QJsonObject &frame)
{
    sendText(connection, compactJson(frame));
}

void PusherServer::sendText(PusherConnection *connection, const QString &text)
{
    QWebSocket *socket = connection->socket;
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (socket->bytesToWrite() > m_config.maxWriteBufferBytes) {
        qCWarning(lcSandboxWs) << connection->socketId << "is too slow to read; closing with 4100";
        closeSocket(socket, 4100, u"Over capacity"_s);
        return;
    }
    socket->sendTextMessage(text);
}

void PusherServer::sendError(PusherConnection *connection, int code, const QString &message)
{
    send(connection, {{u"event"_s, u"pusher:error"_s},
                      {u"data"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}}}});
}

void PusherServer::sendSubscriptionError(PusherConnection *connection, const QString &channel,
                                         const QString &type, const QString &error, int status)
{
    send(connection,
         {{u"event"_s, u"pusher:subscription_error"_s},
          {u"channel"_s, channel},
          {u"data"_s, QJsonObject{{u"type"_s, type}, {u"error"_s, error}, {u"status"_s, status}}}});
}

QString PusherServer::newSocketId() const
{
    QString id;
    do {
        id = u"%1.%2"_s.arg(QRandomGenerator::global()->bounded(1, 1000000000))
                 .arg(QRandomGenerator::global()->bounded(1, 1000000000));
    } while (m_bySocketId.contains(id));
    return id;
}

} // namespace envisage::sandbox
