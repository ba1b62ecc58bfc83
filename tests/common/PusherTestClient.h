#pragma once
// A bare protocol-level WebSocket client for testing the sandbox's Pusher server:
// it records every frame and lets a test wait for one by event name.
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

namespace envisage::testing {

struct PusherFrame
{
    QString event;
    QString channel;
    QJsonValue data; // decoded: a JSON string holding JSON becomes the object
    QJsonObject raw;
};

class PusherTestClient : public QObject
{
    Q_OBJECT
public:
    explicit PusherTestClient(QObject *parent = nullptr);

    // Opens and waits for pusher:connection_established (or a refusal).
    bool connectTo(const QUrl &url, int timeoutMs = 5000);
    QString socketId() const { return m_socketId; }
    QWebSocket &socket() { return m_socket; }

    void sendJson(const QJsonObject &frame);
    void sendRaw(const QString &text);
    void subscribe(const QString &channel, const QString &auth = {}, const QString &channelData = {});

    // Waits for the next unseen frame with this event (and channel, if given); the
    // frame is consumed. Returns nothing on timeout.
    std::optional<PusherFrame> waitFor(const QString &event, int timeoutMs = 3000,
                                       const QString &channel = {});
    // True when no such frame arrives within the time (for "never echoed" checks).
    bool staysSilent(const QString &event, int forMs = 300);
    bool waitForDisconnected(int timeoutMs = 5000);
    int closeCode() const { return int(m_socket.closeCode()); }
    QList<PusherFrame> frames() const { return m_frames; }

private:
    std::optional<PusherFrame> take(const QString &event, const QString &channel);

    QWebSocket m_socket;
    QList<PusherFrame> m_frames;
    QString m_socketId;
};

} // namespace envisage::testing
