#pragma once
// The conversation the seller has open: its channel (message.sent, user.typing,
// messages.read, whispered typing), its history (the cache first, then the server's
// cursor pages), the catch-up after a reconnect (after_id until nothing is missing),
// and read receipts while the seller is looking at it.
#include "MessageListModel.h"
#include "api/MarketplaceApi.h"
#include "realtime/Echo.h"

#include <QObject>

namespace envisage::store {
class Store;
}

namespace envisage::inbox {

class OpenConversation : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 50;

    OpenConversation(api::MarketplaceApi &api, store::Store &store, realtime::Echo &echo,
                     MessageListModel &model, QObject *parent = nullptr);
    ~OpenConversation() override;

    void open(qint64 conversationId, qint64 myUserId, const QList<store::OutboxEntry> &unsent);
    void close();
    qint64 id() const { return m_id; }
    // Everything after the newest message we have (after a reconnect or a wake-up).
    void catchUp();
    void markRead();
    // Reads it at the server again, also when nothing new came: ends a "mark unread" (§5)
    // there. Before the first page is in, once it is.
    void markReadAgain();

Q_SIGNALS:
    void messagesArrived(
        const QList<envisage::api::Message> &messages); // new, from the channel or catch-up
    void typingReceived(qint64 conversationId, qint64 userId, const QString &name);
    void readByCounterpart(qint64 conversationId, qint64 lastReadMessageId);
    void markedRead(qint64 conversationId);

private:
    void loadOlder();
    void loadOlderFromServer(const QString &cursor);
    void fetchAfter(qint64 afterId, int round);
    qint64 catchUpAnchor() const;
    void listen();

    api::MarketplaceApi &m_api;
    store::Store &m_store;
    realtime::Echo &m_echo;
    MessageListModel &m_model;
    qint64 m_id = 0;
    qint64 m_myUserId = 0;
    qint64 m_lastMarkedRead = 0;
    bool m_readWhenLoaded = false;
    quint64 m_generation = 0; // answers for an earlier open() are dropped
    QList<realtime::ListenerHandle> m_listeners;
};

} // namespace envisage::inbox
