#include "PusherClient.h"

#include "ChannelAuthorizer.h"
#include "CoreLogging.h"
#include "SecretBox.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

namespace envisage::realtime {

using namespace Qt::StringLiterals;

PusherClient::PusherClient(PusherOptions options, ChannelAuthorizer *authorizer, QObject *parent)
    : QObject(parent), m_connection(new PusherConnection(std::move(options), this)),
      m_authorizer(authorizer)
{
    connect(m_connection, &PusherConnection::connected, this, &PusherClient::onConnected);
    connect(m_connection, &PusherConnection::stateChanged, this, &PusherClient::onStateChanged);
    connect(m_connection, &PusherConnection::frameReceived, this, &PusherClient::onFrame);
    connect(m_connection, &PusherConnection::errorOccurred, this, &PusherClient::errorOccurred);
}

PusherClient::~PusherClient() = default;

PusherChannel *PusherClient::subscribe(const QString &name)
{
    PusherChannel *channel = m_channels.value(name);
    if (!channel) {
        channel = new PusherChannel(name, this);
        m_channels.insert(name, channel);
    }
    channel->m_wanted = true;
    const bool idle = channel->state() == PusherChannel::State::Unsubscribed ||
                      channel->state() == PusherChannel::State::Failed;
    if (idle && m_connection->state() == PusherConnection::State::Connected)
        startSubscription(channel);
    return channel;
}

void PusherClient::unsubscribe(const QString &name)
{
    PusherChannel *channel = m_channels.value(name);
    if (!channel)
        return;
    channel->m_wanted = false;
    if (channel->state() == PusherChannel::State::Pending)
        return; // decided when the answer arrives (pusher-js #196)
    if (channel->state() == PusherChannel::State::Subscribed)
        m_connection->send(u"pusher:unsubscribe"_s, QJsonObject{{u"channel"_s, name}});
    finishUnsubscribe(channel);
}

void PusherClient::finishUnsubscribe(PusherChannel *channel)
{
    channel->setState(PusherChannel::State::Unsubscribed);
    m_channels.remove(channel->name());
    channel->deleteLater();
}

void PusherClient::onConnected()
{
    m_recentClientEvents.clear();
    // Every channel is authorized again with the new socket id (pusher-protocol.md §4).
    const QList<PusherChannel *> channels = m_channels.values();
    for (PusherChannel *channel : channels) {
        if (channel->m_wanted)
            startSubscription(channel);
    }
}

void PusherClient::onStateChanged(PusherConnection::State, PusherConnection::State current)
{
    if (current == PusherConnection::State::Connected)
        return;
    // The server forgot us: nothing is subscribed until the next connection. Presence
    // members stay as last known so the next subscription can tell who changed.
    for (PusherChannel *channel : std::as_const(m_channels)) {
        if (channel->state() == PusherChannel::State::Subscribed ||
            channel->state() == PusherChannel::State::Pending)
            channel->setState(PusherChannel::State::Unsubscribed);
    }
}

void PusherClient::startSubscription(PusherChannel *channel)
{
    channel->setState(PusherChannel::State::Pending);
    if (channel->kind() == PusherChannel::Kind::Public) {
        m_connection->send(u"pusher:subscribe"_s,
                           QJsonObject{{u"channel"_s, channel->name()}, {u"auth"_s, QString()}});
        return;
    }
    if (!m_authorizer) {
        failAuthorization(channel, {u"AuthError"_s, u"No channel authorizer is configured"_s, 0});
        return;
    }
    const QString socketId = m_connection->socketId();
    QPointer<PusherChannel> guard(channel);
    m_authorizer->authorize(
        socketId, channel->name(), [this, guard, socketId](const AuthorizationResult &result) {
            if (!guard)
                return;
            if (const auto *ok = std::get_if<ChannelAuthorization>(&result))
                completeAuthorization(guard, socketId, *ok);
            else
                failAuthorization(guard, std::get<AuthorizationFailure>(result));
        });
}

void PusherClient::completeAuthorization(PusherChannel *channel, const QString &socketId,
                                         const ChannelAuthorization &authorization)
{
    // An answer for an older socket (we reconnected meanwhile) signs for the wrong id.
    if (socketId != m_connection->socketId() || channel->state() != PusherChannel::State::Pending)
        return;
    if (!channel->m_wanted) {
        finishUnsubscribe(channel);
        return;
    }
    channel->m_channelData = authorization.channelData;
    if (!authorization.sharedSecret.isEmpty())
        channel->m_sharedSecret = authorization.sharedSecret;
    QJsonObject data{{u"channel"_s, channel->name()}, {u"auth"_s, authorization.auth}};
    if (!authorization.channelData.isEmpty())
        data.insert(u"channel_data"_s, authorization.channelData);
    m_connection->send(u"pusher:subscribe"_s, data);
}

void PusherClient::failAuthorization(PusherChannel *channel, const AuthorizationFailure &failure)
{
    if (channel->state() != PusherChannel::State::Pending)
        return;
    if (!channel->m_wanted) {
        finishUnsubscribe(channel);
        return;
    }
    RealtimeError error;
    error.kind = RealtimeError::Kind::Authorization;
    error.type = failure.type;
    error.message = failure.message;
    error.httpStatus = failure.status;
    error.channel = channel->name();
    channel->fail(error);
    Q_EMIT errorOccurred(error);
}

void PusherClient::onFrame(const PusherFrame &frame)
{
    if (frame.event == u"pusher:error"_s) {
        // Reverb answers a bad signature with an in-band 4009 and no channel: that is the
        // failure of whatever private or presence subscription is pending.
        const QJsonObject data = frame.data.toObject();
        if (data.value(u"code"_s).toInt() == 4009 && frame.channel.isEmpty()) {
            const QList<PusherChannel *> channels = m_channels.values();
            for (PusherChannel *channel : channels) {
                if (channel->state() == PusherChannel::State::Pending &&
                    channel->kind() != PusherChannel::Kind::Public) {
                    RealtimeError error{
                        RealtimeError::Kind::Subscription,   4009,           0, u"AuthError"_s,
                        data.value(u"message"_s).toString(), channel->name()};
                    channel->fail(error);
                }
            }
        }
        return;
    }
    PusherChannel *channel = m_channels.value(frame.channel);
    if (!channel) {
        if (!frame.channel.isEmpty())
            qCDebug(lcRealtime) << "event for a channel we do not have:" << frame.channel;
        return;
    }
    if (frame.event == u"pusher_internal:subscription_succeeded"_s) {
        if (!channel->m_wanted) {
            m_connection->send(u"pusher:unsubscribe"_s,
                               QJsonObject{{u"channel"_s, channel->name()}});
            finishUnsubscribe(channel);
            return;
        }
        channel->succeed(frame.data);
        return;
    }
    if (frame.event == u"pusher:subscription_error"_s) {
        const QJsonObject data = frame.data.toObject();
        RealtimeError error{RealtimeError::Kind::Subscription, 0,
                            data.value(u"status"_s).toInt(),   data.value(u"type"_s).toString(),
                            data.value(u"error"_s).toString(), channel->name()};
        if (!channel->m_wanted)
            return finishUnsubscribe(channel);
        channel->fail(error);
        return;
    }
    if (channel->state() != PusherChannel::State::Subscribed)
        return; // a late event for a channel we are leaving or re-joining
    if (frame.event == u"pusher_internal:member_added"_s)
        return channel->addMember(frame.data.toObject());
    if (frame.event == u"pusher_internal:member_removed"_s)
        return channel->removeMember(frame.data.toObject());
    if (frame.event.startsWith(u"pusher_internal:"_s))
        return;
    if (channel->kind() == PusherChannel::Kind::Encrypted && !frame.event.startsWith(u"pusher:"_s))
        return deliverEncrypted(channel, frame);
    channel->dispatch(frame.event, frame.data, frame.userId);
}

void PusherClient::deliverEncrypted(PusherChannel *channel, const PusherFrame &frame)
{
    QString why;
    const std::optional<QByteArray> plain =
        SecretBox::open(channel->m_sharedSecret, frame.data.toObject(), &why);
    if (plain) {
        channel->m_retriedDecryption = false;
        channel->dispatch(frame.event, PusherFrames::decodeDataString(QString::fromUtf8(*plain)),
                          frame.userId);
        return;
    }
    if (!channel->m_retriedDecryption && m_authorizer) {
        // The key may have rotated: fetch it once more, then try this event again.
        channel->m_retriedDecryption = true;
        qCInfo(lcRealtime) << "decryption failed on" << channel->name() << "; re-authorizing once";
        QPointer<PusherChannel> guard(channel);
        m_authorizer->authorize(m_connection->socketId(), channel->name(),
                                [this, guard, frame](const AuthorizationResult &result) {
                                    if (!guard)
                                        return;
                                    if (const auto *ok = std::get_if<ChannelAuthorization>(&result))
                                        guard->m_sharedSecret = ok->sharedSecret;
                                    deliverEncrypted(guard, frame);
                                });
        return;
    }
    RealtimeError error{RealtimeError::Kind::Decryption,
                        0,
                        0,
                        u"DecryptionError"_s,
                        u"Dropped %1: %2"_s.arg(frame.event, why),
                        channel->name()};
    qCInfo(lcRealtime).noquote() << error.toString();
    Q_EMIT errorOccurred(error);
}

bool PusherClient::allowClientEvent()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (!m_recentClientEvents.isEmpty() && now - m_recentClientEvents.first() >= 1000)
        m_recentClientEvents.removeFirst();
    if (m_recentClientEvents.size() >= m_connection->options().clientEventsPerSecond)
        return false;
    m_recentClientEvents.append(now);
    return true;
}

std::optional<RealtimeError> PusherClient::trigger(const QString &channelName, const QString &event,
                                                   const QJsonValue &data)
{
    const auto refuse = [&](const QString &message, int code = 0) {
        return RealtimeError{
            RealtimeError::Kind::ClientEvent, code, 0, u"ClientEventError"_s, message, channelName};
    };
    if (!event.startsWith(u"client-"_s))
        return refuse(u"Client event names must start with client- (got %1)"_s.arg(event));
    const PusherChannel::Kind kind = PusherChannel::kindOf(channelName);
    if (kind == PusherChannel::Kind::Public)
        return refuse(u"Client events need a private or presence channel"_s);
    if (kind == PusherChannel::Kind::Encrypted)
        return refuse(u"Client events are not supported on encrypted channels"_s);
    const PusherChannel *channel = m_channels.value(channelName);
    if (!channel || !channel->isSubscribed())
        return refuse(u"Not subscribed to %1 yet"_s.arg(channelName));
    if (!allowClientEvent())
        return refuse(u"More than %1 client events in one second"_s.arg(
                          m_connection->options().clientEventsPerSecond),
                      4301);
    if (!m_connection->send(event, data, channelName))
        return refuse(u"Not connected"_s);
    return std::nullopt;
}

} // namespace envisage::realtime
