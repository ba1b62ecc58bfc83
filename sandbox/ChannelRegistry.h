#pragma once
// Who is subscribed to which channel, and presence membership counted per user
// (not per connection): a user's second tab joins silently, and they leave only
// when their last connection does (pusher-protocol.md §2.6, problem 10).
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace envisage::sandbox {

class PusherConnection;

struct PresenceMember
{
    QJsonValue info;
    int connections = 0; // real connections plus simulated ones
};

struct ChannelState
{
    QSet<PusherConnection *> subscribers;
    QHash<QString, PresenceMember> members; // presence channels only, by user id
};

class ChannelRegistry
{
public:
    void subscribe(const QString &channel, PusherConnection *connection);
    void unsubscribe(const QString &channel, PusherConnection *connection);

    // Returns true when this is the user's first connection: announce member_added.
    bool joinPresence(const QString &channel, const QString &userId, const QJsonValue &info);
    // Returns true when the user's last connection left: announce member_removed.
    bool leavePresence(const QString &channel, const QString &userId);

    const ChannelState *channel(const QString &name) const;
    QList<QString> occupiedChannels() const;
    QJsonObject presenceSnapshot(const QString &channel) const; // {"presence":{ids,hash,count}}
    int subscriptionCount(const QString &channel) const;
    int userCount(const QString &channel) const;

private:
    void dropIfEmpty(const QString &channel);

    QHash<QString, ChannelState> m_channels;
};

} // namespace envisage::sandbox
