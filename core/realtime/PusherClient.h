#pragma once
// A Pusher Channels client (protocol 7) on one PusherConnection: channels by name,
// authorization with a ChannelAuthorizer, re-authorization with the new socket id and
// re-subscription of every channel after each reconnect, client events, encrypted
// channels. The Laravel Echo–style API on top of it is Echo.
#include "PusherChannel.h"
#include "PusherConnection.h"

#include <QHash>
#include <QObject>

namespace envisage::realtime {

class ChannelAuthorizer;
struct AuthorizationFailure;
struct ChannelAuthorization;

class PusherClient : public QObject
{
    Q_OBJECT
public:
    // The authorizer is not owned; it may be null when only public channels are used.
    PusherClient(PusherOptions options, ChannelAuthorizer *authorizer, QObject *parent = nullptr);
    ~PusherClient() override;

    void open() { m_connection->open(); }
    void close() { m_connection->close(); }
    PusherConnection *connection() const { return m_connection; }
    QString socketId() const { return m_connection->socketId(); }

    // The channel of that name, created and subscribed when new; subscribing again to a
    // failed channel retries it. Idempotent: one object per name.
    PusherChannel *subscribe(const QString &name);
    // Leaves the channel. A pending subscription is undone when its answer arrives.
    void unsubscribe(const QString &name);
    PusherChannel *channel(const QString &name) const { return m_channels.value(name); }
    QStringList channelNames() const { return m_channels.keys(); }

    std::optional<RealtimeError> trigger(const QString &channel, const QString &event,
                                         const QJsonValue &data);

Q_SIGNALS:
    void errorOccurred(const envisage::realtime::RealtimeError &error);

private:
    void onConnected();
    void onStateChanged(PusherConnection::State previous, PusherConnection::State current);
    void onFrame(const PusherFrame &frame);
    void startSubscription(PusherChannel *channel);
    void completeAuthorization(PusherChannel *channel, const QString &socketId,
                               const ChannelAuthorization &authorization);
    void failAuthorization(PusherChannel *channel, const AuthorizationFailure &failure);
    void deliverEncrypted(PusherChannel *channel, const PusherFrame &frame);
    void finishUnsubscribe(PusherChannel *channel);
    bool allowClientEvent();

    PusherConnection *m_connection;
    ChannelAuthorizer *m_authorizer;
    QHash<QString, PusherChannel *> m_channels;
    QList<qint64> m_recentClientEvents; // ms timestamps within the last second
};

} // namespace envisage::realtime
