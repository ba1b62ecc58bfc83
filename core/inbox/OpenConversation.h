#pragma once
// The conversation the seller has open: its channel (message.sent, user.typing,
// messages.read, whispered typing), its history (the cache first, then the server's
// cursor pages), the catch-up after a reconnect (after_id until nothing is missing),
// and read receipts while the seller is looking at it.
//
// Opened at a message (openAt, a search hit), the history starts around it: from the
// cache when the cache holds it (its history is one run from the newest message down),
// else from the server's around_id page. Older pages then come as usual — or with that
// page's own cursor, from the server — and newer ones through the model's fetchNewer()
// until the newest is reached; only then do live messages and the catch-up go into the
// model again (MessageListModel::hasNewer). The server's pages of such a window are not
// written to the cache, which would otherwise hold a piece of history with a gap above it.
#include "MessageListModel.h"
#include "api/MarketplaceApi.h"
#include "realtime/Echo.h"

#include <QObject>
#include <functional>
#include <optional>

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
    // Opens the conversation (or stays in it) at one of its messages: messageShown() once
    // the message is in the model; messageNotFound() and the newest messages when it
    // cannot be loaded.
    void openAt(qint64 conversationId, qint64 myUserId, qint64 messageId);
    // Back to the newest messages after openAt(), unless the model shows them already.
    void showLatest();
    // The seller's unsent messages of a conversation, shown once its newest messages are
    // (installed by the account, which owns the outbox).
    std::function<QList<store::OutboxEntry>(qint64 conversationId)> unsentEntries;
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
    void messageShown(qint64 conversationId, qint64 messageId);
    void messageNotFound(qint64 conversationId, qint64 messageId);

private:
    void loadOlder();
    void loadOlderFromServer(const QString &cursor);
    void fetchAfter(qint64 afterId, int round);
    qint64 catchUpAnchor() const;
    void listen();
    // Around a message (OpenConversation.cpp, "Opened at a message").
    void forgetWindow();
    void loadAround(qint64 messageId);
    void loadAroundFromServer(qint64 messageId);
    void loadOlderOfWindow();
    void loadNewer();
    void reachedNewest();
    // Whether what arrives may go to the cache: not while it would stand above a gap (the
    // newest messages not loaded, or the history shown is a server window's).
    bool savesToCache() const { return m_newerFrom == NewerFrom::Nowhere && !m_olderCursor; }

    api::MarketplaceApi &m_api;
    store::Store &m_store;
    realtime::Echo &m_echo;
    MessageListModel &m_model;
    qint64 m_id = 0;
    qint64 m_myUserId = 0;
    qint64 m_lastMarkedRead = 0;
    bool m_readWhenLoaded = false;
    quint64 m_generation = 0; // answers for an earlier open() are dropped
    // Where newer pages come from while the newest messages are not loaded.
    enum class NewerFrom { Nowhere, Cache, Server };
    NewerFrom m_newerFrom = NewerFrom::Nowhere;
    QString m_newerCursor; // the server's prev_cursor
    // A window from the server pages older history with its own next_cursor (empty at the
    // start), not from the cache.
    std::optional<QString> m_olderCursor;
    QList<realtime::ListenerHandle> m_listeners;
};

} // namespace envisage::inbox
