#pragma once
// A Laravel Echo–style API over PusherClient (pusher-protocol.md §6):
//
//   Echo echo(&client);                       // namespace "App.Events"
//   echo.privateChannel(u"conversation.12"_s)
//       .listen(u".message.sent"_s, [](const QJsonValue &message) { … });
//   echo.join(u"online"_s).here([](const QJsonArray &users) { … });
//
// Event names follow Echo exactly: a leading "." (or "\") means verbatim, otherwise the
// namespace is prepended, and every "." becomes "\". Every listener returns a
// ListenerHandle that removes it.
#include "PusherClient.h"

#include <QJsonArray>
#include <QPointer>

namespace envisage::realtime {

class Echo;

class EchoChannel
{
public:
    using Listener = std::function<void(const QJsonValue &data)>;
    using WhisperListener = std::function<void(const QJsonValue &data, const QString &userId)>;
    using ErrorListener = std::function<void(const RealtimeError &error)>;

    ListenerHandle listen(const QString &event, Listener listener) const;
    ListenerHandle listenToAll(std::function<void(const QString &event, const QJsonValue &data)> listener) const;
    void stopListening(const QString &event) const;
    ListenerHandle listenForWhisper(const QString &event, WhisperListener listener) const;
    // Sends client-<event>; the error says why when it was refused (public channel,
    // not yet subscribed, rate limit).
    std::optional<RealtimeError> whisper(const QString &event, const QJsonValue &data) const;
    ListenerHandle notification(Listener listener) const;
    ListenerHandle subscribed(std::function<void()> listener) const;
    ListenerHandle error(ErrorListener listener) const;

    QString name() const;
    PusherChannel *pusherChannel() const { return m_channel; }

protected:
    friend class Echo;
    EchoChannel(PusherChannel *channel, QString eventNamespace)
        : m_channel(channel), m_namespace(std::move(eventNamespace))
    {
    }
    QPointer<PusherChannel> m_channel;
    QString m_namespace;
};

class EchoPresenceChannel : public EchoChannel
{
public:
    // Called with every member's user_info on each subscription (again after reconnects).
    ListenerHandle here(std::function<void(const QJsonArray &users)> listener) const;
    ListenerHandle joining(std::function<void(const QJsonValue &user)> listener) const;
    ListenerHandle leaving(std::function<void(const QJsonValue &user)> listener) const;

private:
    friend class Echo;
    using EchoChannel::EchoChannel;
};

class Echo : public QObject
{
    Q_OBJECT
public:
    // The client is not owned. Pass an empty namespace for Echo's `namespace: false`.
    explicit Echo(PusherClient *client, QString eventNamespace = QStringLiteral("App.Events"),
                  QObject *parent = nullptr);

    EchoChannel channel(const QString &name);
    EchoChannel privateChannel(const QString &name);
    EchoChannel encryptedPrivate(const QString &name);
    EchoPresenceChannel join(const QString &name);

    // Leaves name, private-name, private-encrypted-name and presence-name.
    void leave(const QString &name);
    void leaveChannel(const QString &fullName);
    void leaveAllChannels();

    // Empty until connected; socketIdChanged tells when it changes (each reconnect).
    QString socketId() const { return m_client->socketId(); }
    // Echo's connectionStatus(): "connected", "connecting", "failed" or "disconnected".
    QString connectionStatus() const;
    // The header to send with API calls so that the server's toOthers() leaves us out.
    QPair<QByteArray, QByteArray> socketIdHeader() const;

    static QString formatEventName(const QString &event, const QString &eventNamespace);

Q_SIGNALS:
    void socketIdChanged(const QString &socketId);
    void connectionStatusChanged(const QString &status);

private:
    PusherClient *m_client;
    QString m_namespace;
};

} // namespace envisage::realtime
