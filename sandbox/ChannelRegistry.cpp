#include "ChannelRegistry.h"

#include <QJsonArray>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

void ChannelRegistry::subscribe(const QString &channel, PusherConnection *connection)
{
    m_channels[channel].subscribers.insert(connection);
}

void ChannelRegistry::unsubscribe(const QString &channel, PusherConnection *connection)
{
    auto it = m_channels.find(channel);
    if (it == m_channels.end())
        return;
    it->subscribers.remove(connection);
    dropIfEmpty(channel);
}

bool ChannelRegistry::joinPresence(const QString &channel, const QString &userId,
                                   const QJsonValue &info)
{
    PresenceMember &member = m_channels[channel].members[userId];
    member.info = info;
    return ++member.connections == 1;
}

bool ChannelRegistry::leavePresence(const QString &channel, const QString &userId)
{
    auto it = m_channels.find(channel);
    if (it == m_channels.end())
        return false;
    auto member = it->members.find(userId);
    if (member == it->members.end())
        return false;
    if (--member->connections > 0)
        return false;
    it->members.erase(member);
    dropIfEmpty(channel);
    return true;
}

const ChannelState *ChannelRegistry::channel(const QString &name) const
{
    auto it = m_channels.constFind(name);
    return it == m_channels.constEnd() ? nullptr : &*it;
}

QList<QString> ChannelRegistry::occupiedChannels() const
{
    return m_channels.keys();
}

QJsonObject ChannelRegistry::presenceSnapshot(const QString &channel) const
{
    QJsonArray ids;
    QJsonObject hash;
    if (const ChannelState *state = this->channel(channel)) {
        for (auto it = state->members.cbegin(); it != state->members.cend(); ++it) {
            ids.append(it.key());
            hash.insert(it.key(), it->info);
        }
    }
    return {{u"presence"_s,
             QJsonObject{{u"ids"_s, ids}, {u"hash"_s, hash}, {u"count"_s, ids.size()}}}};
}

int ChannelRegistry::subscriptionCount(const QString &channel) const
{
    const ChannelState *state = this->channel(channel);
    return state ? int(state->subscribers.size()) : 0;
}

int ChannelRegistry::userCount(const QString &channel) const
{
    const ChannelState *state = this->channel(channel);
    return state ? int(state->members.size()) : 0;
}

void ChannelRegistry::dropIfEmpty(const QString &channel)
{
    auto it = m_channels.find(channel);
    if (it != m_channels.end() && it->subscribers.isEmpty() && it->members.isEmpty())
        m_channels.erase(it);
}

} // namespace envisage::sandbox
