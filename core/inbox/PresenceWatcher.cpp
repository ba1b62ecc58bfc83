#include "PresenceWatcher.h"

#include "ConversationListModel.h"
#include "realtime/Echo.h"

#include <QSet>

namespace envisage::inbox {

using namespace Qt::StringLiterals;

PresenceWatcher::PresenceWatcher(realtime::Echo &echo, ConversationListModel &list, QObject *parent)
    : QObject(parent)
{
    realtime::PusherChannel *channel = echo.join(u"online"_s).pusherChannel();
    // Everyone at once after each (re)subscription: the list replaces what it knew.
    connect(channel, &realtime::PusherChannel::subscribed, this, [channel, &list] {
        QSet<qint64> ids;
        for (const QString &id : channel->members().keys())
            ids.insert(id.toLongLong());
        list.setOnlineUsers(ids);
    });
    connect(channel, &realtime::PusherChannel::memberAdded, this, [this, &list](const QString &id) {
        list.setOnline(id.toLongLong(), true);
        Q_EMIT changed(id.toLongLong(), true);
    });
    connect(channel, &realtime::PusherChannel::memberRemoved, this,
            [this, &list](const QString &id) {
                list.setOnline(id.toLongLong(), false);
                Q_EMIT changed(id.toLongLong(), false);
            });
}

} // namespace envisage::inbox
