#pragma once
// Channel authorization (pusher-protocol.md §3): a ChannelAuthorizer turns
// (socket id, channel) into the signature a private, presence or encrypted channel
// needs. HttpChannelAuthorizer is the Laravel/pusher-js way: POST socket_id and
// channel_name to an endpoint, with headers asked for on every request so a refreshed
// token is always used (pusher-js #617).
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>
#include <functional>
#include <variant>

class QNetworkAccessManager;

namespace envisage::realtime {

struct ChannelAuthorization
{
    QString auth;          // "<key>:<signature>", forwarded byte for byte
    QString channelData;   // presence: the JSON string, forwarded byte for byte
    QByteArray sharedSecret; // encrypted channels: the 32-byte key
};

struct AuthorizationFailure
{
    QString type = QStringLiteral("AuthError");
    QString message;
    int status = 0; // HTTP status; 0 when the request never got an answer
};

using AuthorizationResult = std::variant<ChannelAuthorization, AuthorizationFailure>;

class ChannelAuthorizer
{
public:
    using Callback = std::function<void(const AuthorizationResult &)>;
    virtual ~ChannelAuthorizer() = default;
    // Calls done exactly once, later (never from inside this call).
    virtual void authorize(const QString &socketId, const QString &channel, Callback done) = 0;
};

class HttpChannelAuthorizer : public QObject, public ChannelAuthorizer
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    using HeadersProvider = std::function<Headers()>;

    HttpChannelAuthorizer(QUrl endpoint, HeadersProvider headers,
                          QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);

    void authorize(const QString &socketId, const QString &channel, Callback done) override;
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Parses an endpoint's 200 answer for the channel's kind (exposed for tests).
    static AuthorizationResult parseResponse(const QString &channel, const QByteArray &body);

private:
    QUrl m_endpoint;
    HeadersProvider m_headers;
    QNetworkAccessManager *m_network;
    int m_timeoutMs = 15000;
};

} // namespace envisage::realtime
