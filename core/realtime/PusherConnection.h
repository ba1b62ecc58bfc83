#pragma once
// One WebSocket to a Pusher-protocol server, kept alive: the pusher-js state machine
// (initialized → connecting → connected, unavailable after 10 s without a connection,
// failed, disconnected), ping/pong on silence, close codes acted on as the protocol
// says (pusher-protocol.md §2.2), and reconnection forever with capped exponential
// backoff and jitter. It knows nothing of channels: frames go out as frameReceived.
#include "PusherFrame.h"
#include "PusherOptions.h"
#include "RealtimeError.h"
#include "common/Backoff.h"

#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QWebSocket;

namespace envisage::realtime {

class PusherConnection : public QObject
{
    Q_OBJECT
public:
    enum class State { Initialized, Connecting, Connected, Unavailable, Failed, Disconnected };
    Q_ENUM(State)

    explicit PusherConnection(PusherOptions options, QObject *parent = nullptr);
    ~PusherConnection() override;

    // Starts connecting (and keeps reconnecting) until close().
    void open();
    // Closes on purpose: state disconnected, no reconnect.
    void close();
    // Drops whatever is there and connects again at once (the UI's "Try now", a resume).
    void reconnectNow();
    // Sends a pusher:ping at once and expects the pong in pongTimeout (network changed).
    void checkAlive();

    bool send(const QString &event, const QJsonValue &data, const QString &channel = {});

    State state() const { return m_state; }
    QString socketId() const { return m_socketId; }
    const PusherOptions &options() const { return m_options; }
    std::chrono::milliseconds activityTimeout() const;
    void setRandomSource(envisage::Backoff::Random random);

    static QString stateName(State state);

Q_SIGNALS:
    void stateChanged(envisage::realtime::PusherConnection::State previous,
                      envisage::realtime::PusherConnection::State current);
    void connected(const QString &socketId);
    void socketIdChanged(const QString &socketId);
    void reconnectingIn(int seconds);
    void frameReceived(const envisage::realtime::PusherFrame &frame);
    void errorOccurred(const envisage::realtime::RealtimeError &error);

private:
    enum class CloseAction { Stop, Backoff, RetryNow, SwitchToTls };

    void startAttempt();
    void onText(const QString &text);
    void noteActivity();
    void onHandshakeFrame(const PusherFrame &frame);
    void onSocketEnded();
    void onSslErrors(const QList<QSslError> &errors);
    void onPongTimeout();
    void act(CloseAction action, int code, const QString &reason);
    void scheduleReconnect(std::chrono::milliseconds delay);
    void discardSocket();
    void setState(State state);
    void setSocketId(const QString &socketId);
    void report(RealtimeError::Kind kind, const QString &message, int code = 0);
    static CloseAction actionFor(int code, bool hadConnected);
    void watchNetwork();

    PusherOptions m_options;
    envisage::Backoff m_backoff;
    QPointer<QWebSocket> m_socket;
    State m_state = State::Initialized;
    QString m_socketId;
    bool m_wanted = false;             // open() was called and close() was not
    bool m_reachedConnected = false;   // the current socket completed the handshake
    int m_serverActivityTimeoutSeconds = 0;
    QTimer m_activityTimer; // pings after activityTimeout() without a frame
    std::chrono::steady_clock::time_point m_lastActivity; // the last frame, or the handshake
    QTimer m_pongTimer;
    QTimer m_unavailableTimer;
    QTimer m_connectTimer;
    QTimer m_retryTimer;
};

} // namespace envisage::realtime
