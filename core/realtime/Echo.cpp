#include "Echo.h"

namespace envisage::realtime {

using namespace Qt::StringLiterals;

namespace {
const QString NotificationEvent = u".Illuminate\\Notifications\\Events\\BroadcastNotificationCreated"_s;
} // namespace

QString Echo::formatEventName(const QString &event, const QString &eventNamespace)
{
    if (event.startsWith(u'.') || event.startsWith(u'\\'))
        return event.mid(1);
    QString name = eventNamespace.isEmpty() ? event : eventNamespace + u'.' + event;
    return name.replace(u'.', u'\\');
}

ListenerHandle EchoChannel::listen(const QString &event, Listener listener) const
{
    if (!m_channel)
        return {};
    return m_channel->bind(Echo::formatEventName(event, m_namespace),
                           [listener = std::move(listener)](const QJsonValue &data, const QString &) {
                               listener(data);
                           });
}

ListenerHandle EchoChannel::listenToAll(
    std::function<void(const QString &event, const QJsonValue &data)> listener) const
{
    if (!m_channel)
        return {};
    const QString prefix = m_namespace.isEmpty() ? QString() : QString(m_namespace).replace(u'.', u'\\') + u'\\';
    return m_channel->bindAll([listener = std::move(listener), prefix](const QString &event,
                                                                       const QJsonValue &data,
                                                                       const QString &) {
        if (event.startsWith(u"pusher:"_s))
            return;
        // Like Echo: namespaced names without the namespace, others with a leading ".".
        if (!prefix.isEmpty() && event.startsWith(prefix))
            listener(event.mid(prefix.size()), data);
        else
            listener(u'.' + event, data);
    });
}

void EchoChannel::stopListening(const QString &event) const
{
    if (m_channel)
        m_channel->unbind(Echo::formatEventName(event, m_namespace));
}

ListenerHandle EchoChannel::listenForWhisper(const QString &event, WhisperListener listener) const
{
    if (!m_channel)
        return {};
    return m_channel->bind(u"client-"_s + event, std::move(listener));
}

std::optional<RealtimeError> EchoChannel::whisper(const QString &event, const QJsonValue &data) const
{
    if (!m_channel)
        return RealtimeError{RealtimeError::Kind::ClientEvent, 0, 0, {}, u"The channel was left"_s, {}};
    return m_channel->trigger(u"client-"_s + event, data);
}

ListenerHandle EchoChannel::notification(Listener listener) const
{
    return listen(NotificationEvent, std::move(listener));
}

ListenerHandle EchoChannel::subscribed(std::function<void()> listener) const
{
    if (!m_channel)
        return {};
    return m_channel->bind(u"pusher:subscription_succeeded"_s,
                           [listener = std::move(listener)](const QJsonValue &, const QString &) {
                               listener();
                           });
}

ListenerHandle EchoChannel::error(ErrorListener listener) const
{
    if (!m_channel)
        return {};
    QPointer<PusherChannel> channel = m_channel;
    return m_channel->bind(u"pusher:subscription_error"_s,
                           [listener = std::move(listener), channel](const QJsonValue &, const QString &) {
                               if (channel && channel->lastError())
                                   listener(*channel->lastError());
                           });
}

QString EchoChannel::name() const
{
    return m_channel ? m_channel->name() : QString();
}

ListenerHandle EchoPresenceChannel::here(std::function<void(const QJsonArray &users)> listener) const
{
    if (!m_channel)
        return {};
    QPointer<PusherChannel> channel = m_channel;
    return m_channel->bind(u"pusher:subscription_succeeded"_s,
                           [listener = std::move(listener), channel](const QJsonValue &, const QString &) {
                               if (!channel)
                                   return;
                               QJsonArray users;
                               for (const QJsonValue &info : channel->members())
                                   users.append(info);
                               listener(users);
                           });
}

ListenerHandle EchoPresenceChannel::joining(std::function<void(const QJsonValue &user)> listener) const
{
    if (!m_channel)
        return {};
    return m_channel->bind(u"pusher:member_added"_s,
                           [listener = std::move(listener)](const QJsonValue &member, const QString &) {
                               listener(member.toObject().value(u"info"_s));
                           });
}

ListenerHandle EchoPresenceChannel::leaving(std::function<void(const QJsonValue &user)> listener) const
{
    if (!m_channel)
        return {};
    return m_channel->bind(u"pusher:member_removed"_s,
                           [listener = std::move(listener)](const QJsonValue &member, const QString &) {
                               listener(member.toObject().value(u"info"_s));
                           });
}

Echo::Echo(PusherClient *client, QString eventNamespace, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_namespace(std::move(eventNamespace))
{
    PusherConnection *connection = client->connection();
    connect(connection, &PusherConnection::socketIdChanged, this, &Echo::socketIdChanged);
    connect(connection, &PusherConnection::stateChanged, this,
            [this] { Q_EMIT connectionStatusChanged(connectionStatus()); });
}

EchoChannel Echo::channel(const QString &name)
{
    return {m_client->subscribe(name), m_namespace};
}

EchoChannel Echo::privateChannel(const QString &name)
{
    return {m_client->subscribe(u"private-"_s + name), m_namespace};
}

EchoChannel Echo::encryptedPrivate(const QString &name)
{
    return {m_client->subscribe(u"private-encrypted-"_s + name), m_namespace};
}

EchoPresenceChannel Echo::join(const QString &name)
{
    return {m_client->subscribe(u"presence-"_s + name), m_namespace};
}

void Echo::leave(const QString &name)
{
    for (const QString &prefix : {QString(), u"private-"_s, u"private-encrypted-"_s, u"presence-"_s})
        leaveChannel(prefix + name);
}

void Echo::leaveChannel(const QString &fullName)
{
    m_client->unsubscribe(fullName);
}

void Echo::leaveAllChannels()
{
    for (const QString &name : m_client->channelNames())
        m_client->unsubscribe(name);
}

QString Echo::connectionStatus() const
{
    switch (m_client->connection()->state()) {
    case PusherConnection::State::Connected: return u"connected"_s;
    case PusherConnection::State::Connecting: return u"connecting"_s;
    case PusherConnection::State::Failed:
    case PusherConnection::State::Unavailable: return u"failed"_s;
    default: return u"disconnected"_s;
    }
}

QPair<QByteArray, QByteArray> Echo::socketIdHeader() const
{
    return {"X-Socket-ID", socketId().toLatin1()};
}

} // namespace envisage::realtime
