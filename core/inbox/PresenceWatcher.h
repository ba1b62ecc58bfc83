#pragma once
// Who is online (presence-online, marketplace-api.md §3): the members of the presence
// channel become the conversation list's online dots; joins and leaves are announced.
#include <QObject>

namespace envisage::realtime {
class Echo;
}

namespace envisage::inbox {

class ConversationListModel;

class PresenceWatcher : public QObject
{
    Q_OBJECT
public:
    PresenceWatcher(realtime::Echo &echo, ConversationListModel &list, QObject *parent = nullptr);

Q_SIGNALS:
    void changed(qint64 userId, bool online);
};

} // namespace envisage::inbox
