#pragma once
// Many Pusher protocol-7 WebSocket clients on one private channel, as a benchmark needs
// them: connected a few at a time, each authorized through /broadcasting/auth with a
// bearer token and subscribed; from then on every `message.sent` event is reported with
// the moment it arrived.
#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <vector>

class QNetworkReply;
class QWebSocket;

namespace envisage::bench {

struct SubscriberSetup
{
    QUrl wsUrl;      // ws://host:port/app/KEY?protocol=7&…
    QString appKey;  // the "auth" answer must start with "KEY:"
    QString channel; // e.g. private-conversation.12
    QUrl authUrl;    // {api_url}/broadcasting/auth
    QString bearerToken;
    int requestTimeoutMs = 10000;
};

class PusherSubscribers : public QObject
{
    Q_OBJECT
public:
    // `clock` times arrivals; the caller times sends with the same clock.
    explicit PusherSubscribers(const QElapsedTimer &clock, QObject *parent = nullptr);
    ~PusherSubscribers() override;

    void open(int count, const SubscriberSetup &setup);
    int subscribedCount() const { return m_subscribed; }
    // Aborts every socket without the closing handshake, and signals nothing more.
    void closeAll();

Q_SIGNALS:
    void subscribed(int subscriber);
    // The Message of a `message.sent` event (already decoded from its JSON string).
    void messageSent(int subscriber, const QJsonObject &message, qint64 receivedNs);
    void failed(const QString &problem);

private:
    struct Subscriber
    {
        std::unique_ptr<QWebSocket> socket;
        QString socketId;
        bool subscribed = false;
    };

    void openMore();
    void onFrame(int index, const QString &text);
    void onEstablished(int index, const QJsonObject &frame);
    void authorize(int index);
    void onAuthorized(int index, QNetworkReply *reply);

    const QElapsedTimer &m_clock;
    SubscriberSetup m_setup;
    QNetworkAccessManager m_network;
    std::vector<Subscriber> m_subscribers;
    int m_opened = 0;
    int m_established = 0;
    int m_subscribed = 0;
};

} // namespace envisage::bench
