#include "PusherSubscribers.h"

#include "PusherSigner.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <QWebSocket>

namespace envisage::bench {

using namespace Qt::StringLiterals;

namespace {

// Below QTcpServer's listen backlog of 50: a dropped SYN is retried a second later, and a
// benchmark would measure the kernel's retry timer instead of the server.
constexpr int MaxHandshakesInFlight = 32;

QJsonObject parseObject(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

PusherSubscribers::PusherSubscribers(const QElapsedTimer &clock, QObject *parent)
    : QObject(parent), m_clock(clock)
{
    // Loopback only: an http_proxy in the environment must not see these requests.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

PusherSubscribers::~PusherSubscribers()
{
    closeAll();
    const QList<QNetworkReply *> replies = m_network.findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        disconnect(reply, nullptr, this, nullptr);
}

void PusherSubscribers::open(int count, const SubscriberSetup &setup)
{
    m_setup = setup;
    m_subscribers.resize(size_t(count));
    openMore();
}

void PusherSubscribers::closeAll()
{
    for (Subscriber &subscriber : m_subscribers) {
        if (!subscriber.socket)
            continue;
        disconnect(subscriber.socket.get(), nullptr, this, nullptr);
        subscriber.socket->abort();
    }
    m_subscribers.clear();
}

void PusherSubscribers::openMore()
{
    const int count = int(m_subscribers.size());
    while (m_opened < count && m_opened - m_established < MaxHandshakesInFlight) {
        const int index = m_opened++;
        auto socket = std::make_unique<QWebSocket>();
        QWebSocket *raw = socket.get();
        raw->setProxy(QNetworkProxy::NoProxy);
        connect(raw, &QWebSocket::textMessageReceived, this,
                [this, index](const QString &text) { onFrame(index, text); });
        connect(raw, &QWebSocket::disconnected, this, [this, index, raw] {
            Q_EMIT failed(u"Subscriber %1 lost its connection (close code %2 %3)."_s.arg(index)
                              .arg(int(raw->closeCode()))
                              .arg(raw->closeReason()));
        });
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        const auto errorSignal = &QWebSocket::errorOccurred;
#else
        const auto errorSignal = qOverload<QAbstractSocket::SocketError>(&QWebSocket::error);
#endif
        connect(raw, errorSignal, this, [this, index, raw](QAbstractSocket::SocketError) {
            Q_EMIT failed(u"Subscriber %1: %2"_s.arg(index).arg(raw->errorString()));
        });
        m_subscribers[size_t(index)].socket = std::move(socket);
        raw->open(m_setup.wsUrl);
    }
}

void PusherSubscribers::onFrame(int index, const QString &text)
{
    // Taken before parsing: decoding JSON is the client's cost, not the server's.
    const qint64 receivedNs = m_clock.nsecsElapsed();
    const QJsonObject frame = parseObject(text);
    const QString event = frame.value(u"event"_s).toString();
    Subscriber &subscriber = m_subscribers[size_t(index)];
    if (event == u"message.sent"_s) {
        Q_EMIT messageSent(index, parseObject(frame.value(u"data"_s).toString()), receivedNs);
    } else if (event == u"pusher:connection_established"_s) {
        onEstablished(index, frame);
    } else if (event == u"pusher_internal:subscription_succeeded"_s) {
        if (!subscriber.subscribed) {
            subscriber.subscribed = true;
            ++m_subscribed;
            Q_EMIT subscribed(index);
        }
    } else if (event == u"pusher:ping"_s) {
        // A subscriber that only listens is "silent" to the server; without pongs a long
        // run would be cut off with 4201.
        subscriber.socket->sendTextMessage(u"{\"event\":\"pusher:pong\",\"data\":{}}"_s);
    } else if (event == u"pusher:error"_s || event == u"pusher:subscription_error"_s) {
        Q_EMIT failed(u"Subscriber %1 received %2"_s.arg(index).arg(text.left(500)));
    }
}

void PusherSubscribers::onEstablished(int index, const QJsonObject &frame)
{
    const QString socketId =
        parseObject(frame.value(u"data"_s).toString()).value(u"socket_id"_s).toString();
    if (!sandbox::PusherSigner::isValidSocketId(socketId)) {
        Q_EMIT failed(u"Subscriber %1 got no valid socket_id: %2"_s.arg(index).arg(compact(frame)));
        return;
    }
    m_subscribers[size_t(index)].socketId = socketId;
    ++m_established;
    authorize(index);
    openMore();
}

void PusherSubscribers::authorize(int index)
{
    QNetworkRequest request(m_setup.authUrl);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + m_setup.bearerToken.toUtf8());
    request.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setTransferTimeout(m_setup.requestTimeoutMs);
    QUrlQuery form;
    form.addQueryItem(u"socket_id"_s, m_subscribers[size_t(index)].socketId);
    form.addQueryItem(u"channel_name"_s, m_setup.channel);
    QNetworkReply *reply = m_network.post(request, form.query(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [this, index, reply] {
        reply->deleteLater();
        onAuthorized(index, reply);
    });
}

void PusherSubscribers::onAuthorized(int index, QNetworkReply *reply)
{
    if (size_t(index) >= m_subscribers.size() || !m_subscribers[size_t(index)].socket)
        return; // closed meanwhile
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString auth =
        QJsonDocument::fromJson(reply->readAll()).object().value(u"auth"_s).toString();
    if (status != 200 || !auth.startsWith(m_setup.appKey + u':')) {
        Q_EMIT failed(u"POST /broadcasting/auth for subscriber %1 answered %2 %3"_s.arg(index)
                          .arg(status)
                          .arg(reply->errorString()));
        return;
    }
    const QJsonObject subscribe{
        {u"event"_s, u"pusher:subscribe"_s},
        {u"data"_s, QJsonObject{{u"channel"_s, m_setup.channel}, {u"auth"_s, auth}}}};
    m_subscribers[size_t(index)].socket->sendTextMessage(compact(subscribe));
}

} // namespace envisage::bench
