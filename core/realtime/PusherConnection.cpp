#include "PusherConnection.h"

#include "CoreLogging.h"

#include <QJsonObject>
#include <QNetworkInformation>
#include <QSslSocket>
#include <QWebSocket>
#include <cmath>

namespace envisage::realtime {

using namespace Qt::StringLiterals;
using namespace std::chrono;

PusherConnection::PusherConnection(PusherOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_backoff(m_options.reconnectBaseDelay, m_options.reconnectMaxDelay)
{
    qRegisterMetaType<PusherFrame>();
    qRegisterMetaType<RealtimeError>();
    for (QTimer *timer :
         {&m_activityTimer, &m_pongTimer, &m_unavailableTimer, &m_connectTimer, &m_retryTimer})
        timer->setSingleShot(true);
    m_pongTimer.setInterval(m_options.pongTimeout);
    m_unavailableTimer.setInterval(m_options.unavailableTimeout);
    m_connectTimer.setInterval(m_options.connectTimeout);

    connect(&m_activityTimer, &QTimer::timeout, this, [this] {
        const auto silent = duration_cast<milliseconds>(steady_clock::now() - m_lastActivity);
        if (silent < activityTimeout()) { // frames came meanwhile (see noteActivity)
            m_activityTimer.start(activityTimeout() - silent);
            return;
        }
        send(u"pusher:ping"_s, QJsonObject());
        m_pongTimer.start();
    });
    connect(&m_pongTimer, &QTimer::timeout, this, &PusherConnection::onPongTimeout);
    connect(&m_unavailableTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Connecting)
            setState(State::Unavailable);
    });
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        report(RealtimeError::Kind::Network,
               u"No connection to %1 after %2 s"_s.arg(m_options.effectiveHost())
                   .arg(duration_cast<seconds>(m_options.connectTimeout).count()));
        discardSocket();
        act(CloseAction::Backoff, 0, {});
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &PusherConnection::startAttempt);
    if (m_options.watchNetwork)
        watchNetwork();
}

PusherConnection::~PusherConnection()
{
    m_wanted = false;
    discardSocket();
}

QString PusherConnection::stateName(State state)
{
    switch (state) {
    case State::Initialized:
        return u"initialized"_s;
    case State::Connecting:
        return u"connecting"_s;
    case State::Connected:
        return u"connected"_s;
    case State::Unavailable:
        return u"unavailable"_s;
    case State::Failed:
        return u"failed"_s;
    case State::Disconnected:
        return u"disconnected"_s;
    }
    return {};
}

void PusherConnection::setRandomSource(envisage::Backoff::Random random)
{
    m_backoff = envisage::Backoff(m_options.reconnectBaseDelay, m_options.reconnectMaxDelay,
                                  std::move(random));
}

milliseconds PusherConnection::activityTimeout() const
{
    if (m_serverActivityTimeoutSeconds <= 0)
        return m_options.activityTimeout;
    return std::min(m_options.activityTimeout,
                    milliseconds(seconds(m_serverActivityTimeoutSeconds)));
}

void PusherConnection::open()
{
    if (m_wanted)
        return;
    if (m_options.useTls && !QSslSocket::supportsSsl()) {
        report(RealtimeError::Kind::Tls, u"This Qt has no TLS support; wss:// is impossible"_s);
        setState(State::Failed);
        return;
    }
    m_wanted = true;
    m_backoff.reset();
    startAttempt();
}

void PusherConnection::close()
{
    m_wanted = false;
    m_retryTimer.stop();
    m_unavailableTimer.stop();
    if (m_socket) {
        QWebSocket *socket = m_socket;
        socket->disconnect(this);
        socket->close(QWebSocketProtocol::CloseCodeNormal);
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(2000, socket, &QObject::deleteLater);
        m_socket = nullptr;
    }
    m_activityTimer.stop();
    m_pongTimer.stop();
    m_connectTimer.stop();
    setSocketId({});
    setState(State::Disconnected);
}

void PusherConnection::reconnectNow()
{
    if (!m_wanted) {
        open();
        return;
    }
    qCInfo(lcRealtime) << "reconnecting now";
    discardSocket();
    m_backoff.reset();
    startAttempt();
}

void PusherConnection::checkAlive()
{
    if (m_state != State::Connected || m_pongTimer.isActive())
        return;
    m_activityTimer.stop();
    send(u"pusher:ping"_s, QJsonObject());
    m_pongTimer.start();
}

bool PusherConnection::send(const QString &event, const QJsonValue &data, const QString &channel)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    const QByteArray frame = PusherFrames::encode(event, data, channel);
    qCDebug(lcRealtimeFrames).noquote() << "→" << PusherFrames::redacted(frame);
    m_socket->sendTextMessage(QString::fromUtf8(frame));
    return true;
}

void PusherConnection::startAttempt()
{
    m_retryTimer.stop();
    discardSocket();
    if (!m_wanted)
        return;
    if (m_state != State::Unavailable)
        setState(State::Connecting);
    if (!m_unavailableTimer.isActive() && m_state != State::Unavailable)
        m_unavailableTimer.start();
    m_reachedConnected = false;

    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    // Frames above our limit are refused by Qt before they fill memory.
    socket->setMaxAllowedIncomingMessageSize(
        quint64(std::max<qint64>(m_options.maxFrameBytes * 4, 1 << 20)));
    connect(socket, &QWebSocket::textMessageReceived, this, &PusherConnection::onText);
    connect(socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &) {
        report(RealtimeError::Kind::Frame, u"Binary frames are not part of the Pusher protocol"_s);
    });
    connect(socket, &QWebSocket::pong, this, [this] {
        if (m_state == State::Connected)
            noteActivity();
    });
    connect(socket, &QWebSocket::disconnected, this, &PusherConnection::onSocketEnded);
    connect(socket, &QWebSocket::sslErrors, this, &PusherConnection::onSslErrors);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(socket, &QWebSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError) {
#else
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
#endif
        qCInfo(lcRealtime) << "socket error:" << socket->errorString();
        // A failed TCP or TLS setup ends here without a disconnected() signal.
        if (socket == m_socket && socket->state() == QAbstractSocket::UnconnectedState)
            QTimer::singleShot(0, this, [this, socket] {
                if (socket == m_socket)
                    onSocketEnded();
            });
    });
    const QUrl url = m_options.socketUrl();
    qCInfo(lcRealtime) << "connecting to" << url.toString(QUrl::RemoveQuery);
    m_connectTimer.start();
    socket->open(url);
}

void PusherConnection::onText(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    qCDebug(lcRealtimeFrames).noquote() << "←" << PusherFrames::redacted(bytes);
    if (m_state == State::Connected) { // any frame proves the connection alive
        m_pongTimer.stop();
        noteActivity();
    }

    FrameDecodeResult decoded = PusherFrames::decode(bytes, m_options.maxFrameBytes);
    if (!decoded.frame) {
        report(RealtimeError::Kind::Frame, decoded.error);
        return;
    }
    const PusherFrame &frame = *decoded.frame;
    if (!m_reachedConnected)
        return onHandshakeFrame(frame);
    if (frame.event == u"pusher:ping"_s) {
        send(u"pusher:pong"_s, QJsonObject());
        return;
    }
    if (frame.event == u"pusher:pong"_s)
        return;
    if (frame.event == u"pusher:error"_s) {
        const QJsonObject data = frame.data.toObject();
        report(RealtimeError::Kind::Server, data.value(u"message"_s).toString(),
               data.value(u"code"_s).toInt());
    }
    Q_EMIT frameReceived(frame);
}

void PusherConnection::noteActivity()
{
    // Only the time is noted while the timer runs: re-arming it on every frame (a timer
    // unregistered and registered again with the event dispatcher) was ~2% of the CPU of
    // a burst of events (bench/realtime_burst.cpp); the timeout waits out the rest instead.
    m_lastActivity = steady_clock::now();
    if (!m_activityTimer.isActive())
        m_activityTimer.start(activityTimeout());
}

void PusherConnection::onHandshakeFrame(const PusherFrame &frame)
{
    if (frame.event == u"pusher:error"_s) {
        // A refusal before the handshake: act on its code as on a close code.
        const QJsonObject data = frame.data.toObject();
        const int code = data.value(u"code"_s).toInt();
        const QString message = data.value(u"message"_s).toString();
        discardSocket();
        act(actionFor(code, false), code, message);
        return;
    }
    const QJsonObject data = frame.data.toObject();
    const QString socketId = data.value(u"socket_id"_s).toString();
    const int activity = data.value(u"activity_timeout"_s).toInt();
    if (frame.event != u"pusher:connection_established"_s || socketId.isEmpty() || activity <= 0) {
        report(RealtimeError::Kind::Handshake,
               u"Invalid handshake: expected pusher:connection_established with socket_id and "
               "activity_timeout, got %1"_s.arg(frame.event));
        discardSocket();
        act(CloseAction::Backoff, 0, {});
        return;
    }
    m_reachedConnected = true;
    m_serverActivityTimeoutSeconds = activity;
    m_connectTimer.stop();
    m_unavailableTimer.stop();
    m_backoff.reset();
    m_activityTimer.stop(); // a fresh full period from the handshake on
    noteActivity();
    setSocketId(socketId);
    setState(State::Connected);
    Q_EMIT connected(socketId);
}

void PusherConnection::onSocketEnded()
{
    QWebSocket *socket = m_socket;
    if (!socket)
        return;
    const int code = int(socket->closeCode());
    const QString reason = socket->closeReason();
    const bool hadConnected = m_reachedConnected;
    discardSocket();
    if (!m_wanted)
        return;
    qCInfo(lcRealtime) << "connection closed" << code << reason;
    act(actionFor(code, hadConnected), code, reason);
}

PusherConnection::CloseAction PusherConnection::actionFor(int code, bool hadConnected)
{
    if (code == 4000)
        return CloseAction::SwitchToTls;
    if (code >= 4001 && code <= 4099)
        return CloseAction::Stop;
    // 4200–4299 asks for an immediate reconnect; a server that refuses every handshake
    // that way would otherwise get hammered, so without a handshake we back off.
    if (code >= 4200 && code <= 4299 && hadConnected)
        return CloseAction::RetryNow;
    return CloseAction::Backoff; // 41xx, 1000–3999, 43xx and anything unexpected
}

void PusherConnection::act(CloseAction action, int code, const QString &reason)
{
    setSocketId({});
    switch (action) {
    case CloseAction::Stop:
        report(RealtimeError::Kind::Refused,
               reason.isEmpty() ? u"The server refused the connection"_s : reason, code);
        m_wanted = false;
        m_unavailableTimer.stop();
        setState(State::Disconnected);
        return;
    case CloseAction::SwitchToTls:
        qCInfo(lcRealtime) << "the server accepts TLS only; switching to wss";
        m_options.useTls = true;
        scheduleReconnect(milliseconds(0));
        return;
    case CloseAction::RetryNow:
        scheduleReconnect(milliseconds(0));
        return;
    case CloseAction::Backoff:
        if (code != 0 && code != 1000 && code != 1001 && code != 1005 && code != 1006)
            report(RealtimeError::Kind::Network,
                   reason.isEmpty() ? u"The connection closed"_s : reason, code);
        scheduleReconnect(m_backoff.next());
        return;
    }
}

void PusherConnection::scheduleReconnect(milliseconds delay)
{
    if (!m_wanted)
        return;
    if (m_state == State::Connected)
        setState(State::Connecting);
    if (!m_unavailableTimer.isActive() && m_state == State::Connecting)
        m_unavailableTimer.start();
    const int seconds = int(std::ceil(double(delay.count()) / 1000.0));
    qCInfo(lcRealtime) << "reconnecting in" << delay.count() << "ms";
    Q_EMIT reconnectingIn(seconds);
    m_retryTimer.start(delay);
}

void PusherConnection::onPongTimeout()
{
    report(RealtimeError::Kind::Network,
           u"No pong within %1 s; the connection is dead"_s.arg(
               duration_cast<seconds>(m_options.pongTimeout).count()));
    discardSocket();
    setSocketId({});
    scheduleReconnect(milliseconds(0));
}

void PusherConnection::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_socket)
        return;
    const QString host = m_options.effectiveHost();
    if (m_options.selfSignedHosts.contains(host, Qt::CaseInsensitive)) {
        qCInfo(lcRealtime) << "accepting the certificate of" << host
                           << "(allowed self-signed host)";
        m_socket->ignoreSslErrors(errors);
        return;
    }
    QStringList descriptions;
    for (const QSslError &error : errors)
        descriptions.append(error.errorString());
    report(RealtimeError::Kind::Tls,
           u"The certificate of %1 is not trusted: %2"_s.arg(host, descriptions.join(u"; "_s)));
}

void PusherConnection::discardSocket()
{
    m_connectTimer.stop();
    m_activityTimer.stop();
    m_pongTimer.stop();
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void PusherConnection::setState(State state)
{
    if (state == m_state)
        return;
    const State previous = m_state;
    m_state = state;
    qCInfo(lcRealtime) << "state" << stateName(previous) << "→" << stateName(state);
    Q_EMIT stateChanged(previous, state);
}

void PusherConnection::setSocketId(const QString &socketId)
{
    if (socketId == m_socketId)
        return;
    m_socketId = socketId;
    Q_EMIT socketIdChanged(socketId);
}

void PusherConnection::report(RealtimeError::Kind kind, const QString &message, int code)
{
    RealtimeError error;
    error.kind = kind;
    error.code = code;
    error.type = kind == RealtimeError::Kind::Server ? u"PusherError"_s : QString();
    error.message = message;
    qCInfo(lcRealtime).noquote() << error.toString();
    Q_EMIT errorOccurred(error);
}

void PusherConnection::watchNetwork()
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    QNetworkInformation *network = QNetworkInformation::instance();
    connect(network, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (!m_wanted)
                    return;
                if (reachability == QNetworkInformation::Reachability::Online &&
                    (m_state == State::Connecting || m_state == State::Unavailable)) {
                    qCInfo(lcRealtime) << "network is back; reconnecting now";
                    reconnectNow();
                } else if (m_state == State::Connected) {
                    checkAlive(); // the route may have changed under an open socket
                }
            });
}

} // namespace envisage::realtime
