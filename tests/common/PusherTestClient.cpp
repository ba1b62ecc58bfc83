#include "PusherTestClient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

namespace envisage::testing {

using namespace Qt::StringLiterals;

PusherTestClient::PusherTestClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const QJsonObject raw = QJsonDocument::fromJson(text.toUtf8()).object();
        PusherFrame frame{raw.value(u"event"_s).toString(), raw.value(u"channel"_s).toString(),
                          raw.value(u"data"_s), raw};
        if (frame.data.isString()) {
            const QJsonDocument inner = QJsonDocument::fromJson(frame.data.toString().toUtf8());
            if (inner.isObject())
                frame.data = inner.object();
        }
        m_frames.append(frame);
    });
}

bool PusherTestClient::connectTo(const QUrl &url, int timeoutMs)
{
    m_socket.open(url);
    const std::optional<PusherFrame> established =
        waitFor(u"pusher:connection_established"_s, timeoutMs);
    if (!established) {
        qWarning() << "no connection_established from" << url.toString() << "state"
                   << m_socket.state() << m_socket.errorString() << "close" << m_socket.closeCode()
                   << m_socket.closeReason();
        return false;
    }
    m_socketId = established->data.toObject().value(u"socket_id"_s).toString();
    return !m_socketId.isEmpty();
}

void PusherTestClient::sendJson(const QJsonObject &frame)
{
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void PusherTestClient::sendRaw(const QString &text)
{
    m_socket.sendTextMessage(text);
}

void PusherTestClient::subscribe(const QString &channel, const QString &auth,
                                 const QString &channelData)
{
    QJsonObject data{{u"channel"_s, channel}, {u"auth"_s, auth}};
    if (!channelData.isEmpty())
        data.insert(u"channel_data"_s, channelData);
    sendJson({{u"event"_s, u"pusher:subscribe"_s}, {u"data"_s, data}});
}

std::optional<PusherFrame> PusherTestClient::take(const QString &event, const QString &channel)
{
    for (qsizetype i = 0; i < m_frames.size(); ++i) {
        if (m_frames[i].event == event && (channel.isEmpty() || m_frames[i].channel == channel))
            return m_frames.takeAt(i);
    }
    return std::nullopt;
}

std::optional<PusherFrame> PusherTestClient::waitFor(const QString &event, int timeoutMs,
                                                     const QString &channel)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        if (std::optional<PusherFrame> frame = take(event, channel))
            return frame;
        if (deadline.hasExpired())
            return std::nullopt;
        QEventLoop loop;
        connect(&m_socket, &QWebSocket::textMessageReceived, &loop, &QEventLoop::quit);
        connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
        QTimer::singleShot(std::max<qint64>(1, deadline.remainingTime()), &loop, &QEventLoop::quit);
        loop.exec();
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return take(event, channel);
    }
}

bool PusherTestClient::staysSilent(const QString &event, int forMs)
{
    return !waitFor(event, forMs).has_value();
}

bool PusherTestClient::waitForDisconnected(int timeoutMs)
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return true;
    QEventLoop loop;
    connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return m_socket.state() == QAbstractSocket::UnconnectedState;
}

} // namespace envisage::testing
