#include "ScriptedPusherServer.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>
#include <QWebSocket>

namespace envisage::testing {

using namespace Qt::StringLiterals;

realtime::PusherOptions scriptedServerOptions(quint16 port)
{
    using std::chrono::milliseconds;
    realtime::PusherOptions options;
    options.key = u"test-key"_s;
    options.host = u"127.0.0.1"_s;
    options.port = port;
    options.useTls = false;
    options.watchNetwork = false;
    options.activityTimeout = milliseconds(150);
    options.pongTimeout = milliseconds(150);
    options.unavailableTimeout = milliseconds(300);
    options.connectTimeout = milliseconds(1000);
    options.reconnectBaseDelay = milliseconds(200);
    options.reconnectMaxDelay = milliseconds(800);
    return options;
}

ScriptedPusherServer::ScriptedPusherServer(QObject *parent)
    : QObject(parent)
    , m_server(u"scripted-pusher"_s, QWebSocketServer::NonSecureMode)
{
    connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            const int index = int(m_sockets.size());
            m_sockets.append(socket);
            connect(socket, &QWebSocket::textMessageReceived, this, [this, index](const QString &text) {
                const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
                QJsonObject data = frame.value(u"data"_s).toObject();
                m_received.append({index, frame.value(u"event"_s).toString(),
                                   frame.value(u"channel"_s).toString(), data});
                const QString event = frame.value(u"event"_s).toString();
                if (event == u"pusher:ping"_s && answerPings)
                    send({{u"event"_s, u"pusher:pong"_s}, {u"data"_s, u"{}"_s}}, index);
                if (event == u"pusher:subscribe"_s && acceptSubscriptions) {
                    const QString channel = data.value(u"channel"_s).toString();
                    const QJsonObject reply = channel.startsWith(u"presence-"_s) ? presence : QJsonObject();
                    send({{u"event"_s, u"pusher_internal:subscription_succeeded"_s},
                          {u"channel"_s, channel},
                          {u"data"_s, QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact))}},
                         index);
                }
                Q_EMIT frameArrived();
            });
            if (sendHandshake) {
                QJsonObject established{{u"socket_id"_s, socketIdOf(index)}};
                if (activityTimeoutSeconds > 0)
                    established.insert(u"activity_timeout"_s, activityTimeoutSeconds);
                send({{u"event"_s, u"pusher:connection_established"_s},
                      {u"data"_s, QString::fromUtf8(QJsonDocument(established).toJson(QJsonDocument::Compact))}},
                     index);
            }
            Q_EMIT frameArrived();
        }
    });
}

bool ScriptedPusherServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QString ScriptedPusherServer::socketIdOf(int connection) const
{
    return u"%1.%2"_s.arg(1000 + connection).arg(42);
}

QList<ReceivedFrame> ScriptedPusherServer::received(const QString &event) const
{
    QList<ReceivedFrame> matching;
    for (const ReceivedFrame &frame : m_received) {
        if (frame.event == event)
            matching.append(frame);
    }
    return matching;
}

void ScriptedPusherServer::sendText(const QString &text, int connection)
{
    QWebSocket *socket = connection < 0 ? latest() : m_sockets.value(connection);
    if (socket)
        socket->sendTextMessage(text);
}

void ScriptedPusherServer::send(const QJsonObject &frame, int connection)
{
    sendText(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)), connection);
}

void ScriptedPusherServer::sendEvent(const QString &event, const QString &channel,
                                     const QJsonValue &data, int connection)
{
    send({{u"event"_s, event}, {u"channel"_s, channel}, {u"data"_s, data}}, connection);
}

void ScriptedPusherServer::closeLatest(int code, const QString &reason)
{
    if (QWebSocket *socket = latest())
        socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

bool ScriptedPusherServer::waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        connect(this, &ScriptedPusherServer::frameArrived, &loop, &QEventLoop::quit);
        QTimer::singleShot(std::max<qint64>(1, deadline.remainingTime()), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

bool ScriptedPusherServer::waitForFrame(const QString &event, int count, int timeoutMs)
{
    return waitUntil([&] { return received(event).size() >= count; }, timeoutMs);
}

bool ScriptedPusherServer::waitForConnections(int count, int timeoutMs)
{
    return waitUntil([&] { return connectionCount() >= count; }, timeoutMs);
}

} // namespace envisage::testing
