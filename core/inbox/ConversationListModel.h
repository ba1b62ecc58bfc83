#pragma once
// The seller's conversations, most recent activity first. Every conversation of the
// account's cache has a row, but only rows shown lately (and a margin around them) have
// their record in memory (CachedConversations): the others are read from the cache a
// page at a time as the list scrolls, and are placeholders until then (PlaceholderRole).
// A triage filter (Inbox, Unread, Awaiting reply, Archived; each with its count, counted
// by the cache) and a search are one query of the cache; Awaiting reply can be ordered
// by the longest wait. Updates are collected and applied once per
// event-loop turn: a conversation with new activity moves to its place in one
// beginMoveRows, a burst of many in one layout change. What the model is given (the
// server's pages, realtime updates, read counts) it writes to the cache, which it reads
// rows back from. Without a cache (tests, a cache that cannot be used) every record stays
// in memory and the search runs over them.
#include "CachedConversations.h"
#include "api/ApiTypes.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
#include <functional>
#include <optional>

namespace envisage::store {
class Store;
}

namespace envisage::inbox {

class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int totalUnread READ totalUnread NOTIFY totalUnreadChanged)
public:
    enum Role {
        IdRole =
            Qt::UserRole + 1, // qint64: the conversation id (0 while the row's place is being read)
        CounterpartNameRole,  // QString: the other participant's name
        CounterpartIdRole,    // qint64
        CounterpartInitialsRole,  // QString: "AN" for Ada Novak (avatar placeholder)
        CounterpartLastSeenRole,  // QDateTime: invalid when unknown
        ListingTitleRole,         // QString
        ListingPriceRole,         // QString: "249.00 EUR", formatted for the locale
        LastMessagePreviewRole,   // QString: the last message body on one line, or "Photo", "2
                                  // photos", a file's name
        LastMessageTimeRole,      // QDateTime (UTC)
        LastMessageMineRole,      // bool: the seller wrote the last message
        UnreadCountRole,          // int
        OnlineRole,               // bool: the counterpart is in presence-online
        TypingRole,               // QString: "Ada" when they type, empty otherwise
        DraftRole,                // QString: the unsent composer text, if any
        PlaceholderRole,          // bool: the record is still being read from the cache
        ArchivedRole,             // bool
        MarkedUnreadRole,         // bool: "mark unread" until read again
        AwaitingReplySinceRole,   // QDateTime (UTC): the buyer's oldest unanswered message
        CounterpartAvatarUrlRole, // QString: their picture as the server named it; empty: none
        ListingImageUrlRole,      // QString: the listing's picture as named; empty: none
    };
    Q_ENUM(Role)

    // Records read from the cache at a time, and the first page read with the row count.
    static constexpr int PageSize = 50;

    explicit ConversationListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setMyUserId(qint64 userId) { m_myUserId = m_query.myUserId = userId; }
    // The account's cache: rows are read from it and what the model is given is written
    // to it. Reads how many conversations it has with the first page at once (then
    // firstPageShown runs), then every row's place. nullptr: nothing is read or written
    // any more (the account stops); the records in memory stay until clear().
    void setStore(store::Store *store, std::function<void()> firstPageShown = {});
    // Only conversations whose counterpart, listing title or last message contain the
    // text (case-insensitive); empty: all. The rows change when the cache has answered.
    void setSearch(const QString &text);
    QString search() const { return m_query.needle; }
    // Which conversations have rows (default Inbox: all but the archived), combined with
    // the search; the rows change when the cache has answered.
    void setFilter(store::ConversationFilter filter);
    store::ConversationFilter filter() const { return m_query.filter; }
    // The order of Awaiting reply (the other filters are by activity).
    void setAwaitingOrder(store::ConversationOrder order);
    store::ConversationOrder awaitingOrder() const { return m_query.order; }
    // The conversation the seller has open keeps its row in Unread and Awaiting reply when
    // it is read or answered (and not archived), until another is opened: otherwise the
    // view would open the next row, which would be read and leave in turn. 0: none.
    void setOpenConversation(qint64 conversationId);
    // How many conversations each filter holds, whatever the search: counted by the
    // cache after each write (in memory without one), so a moment after a change.
    store::ConversationCounts counts() const { return m_counts; }

    // Queued changes, applied together at the end of this event-loop turn.
    void upsert(const api::Conversation &conversation);
    void upsert(const QList<api::Conversation> &conversations);
    // A message of ours the server confirmed: the last message of its conversation, also
    // when that conversation's record is not in memory.
    void setLastMessage(const api::Message &message);
    void setOnline(qint64 userId, bool online);
    void setOnlineUsers(const QSet<qint64> &userIds);
    void setTyping(qint64 conversationId, const QStringList &names);
    void setDraft(qint64 conversationId, const QString &draft);
    // 0 also ends a "mark unread", as reading does at the server.
    void setUnreadCount(qint64 conversationId, int unread);
    // Changes a conversation's record (the triage flags), also when it is not in memory
    // (read from the cache first); applied with the next flush like an upsert.
    void amend(qint64 conversationId, std::function<void(api::Conversation &)> change);
    // No rows, no cache; the search stays.
    void clear();
    // Applies queued changes now (tests and benchmarks; otherwise automatic).
    void flush();

    // Older pages from the server: the session installs the loader.
    void setMoreAvailable(bool more) { m_moreAvailable = more; }
    std::function<void()> fetchMoreHandler;

    // -1 when the conversation has no row (not in the search's matches, or unknown).
    int rowOfConversation(qint64 conversationId) const;
    // The first row after `row` (wrapping) whose conversation has unread messages; -1.
    int nextUnreadRow(int row) const;
    // The record when it is in memory (a row shown lately, or one just given).
    std::optional<api::Conversation> conversation(qint64 conversationId) const;
    int totalUnread() const { return m_totalUnread; }
    int unreadCount(qint64 conversationId) const { return m_cached.unread(conversationId); }
    bool isOnline(qint64 userId) const { return m_online.contains(userId); }

Q_SIGNALS:
    void totalUnreadChanged(int total);
    // A conversation with unread messages has none any more: read here, on another
    // device, or through a notification (after the change is applied; not on clear()).
    void conversationRead(qint64 conversationId);
    // The rows are those of the current search and filter, read from the cache.
    void searchFinished();
    void filterChanged(envisage::store::ConversationFilter filter);
    void countsChanged(const envisage::store::ConversationCounts &counts);

private:
    using Key = store::ConversationKey;

    // A row to add, move (from and to) or remove (no `to`).
    struct Change
    {
        std::optional<Key> from;
        std::optional<Key> to;
    };

    void scheduleFlush();
    void markDirty(qint64 conversationId, int role);
    void place(const QList<api::Conversation> &fresh);
    void placeOne(const Change &change);
    void placeMany(const QList<Change> &changes);
    void emitDirtyRoles();
    void emitChangedRows(QList<int> rows);
    void recountUnread();
    void dropOldRecords();

    // The cache's answers (CachedConversations asks).
    void askOrder();
    void headArrived(const store::ConversationHead &head);
    void orderArrived(const QList<Key> &keys);
    bool keptOpen(const api::Conversation &conversation) const;
    void applyOrder(const QList<Key> &keys);
    void replaceOrder(const QList<Key> &keys, store::ConversationOrder order);
    void setCounts(const store::ConversationCounts &counts);
    void unreadArrived(const QHash<qint64, int> &unread);
    void wantRow(int row) const;
    void readWantedRows();
    void recordsArrived(const QList<api::Conversation> &records);
    void firstPageShown();

    CachedConversations m_cached;
    std::function<void()> m_firstPageShown;
    store::ConversationQuery m_query{{}, store::ConversationFilter::Inbox, {}, 0};
    store::ConversationCounts m_counts;
    qint64 m_openId = 0;
    bool m_countsInMemoryDirty = false; // without a cache: counted at the next flush
    mutable int m_wantedFirst = -1;     // rows shown this turn whose records are not in memory
    mutable int m_wantedLast = -1;
    mutable bool m_readScheduled = false;

    QHash<qint64, api::Conversation> m_pending;
    QHash<qint64, QSet<int>> m_dirtyRoles;
    QSet<qint64> m_allRolesDirty;
    QSet<qint64> m_online;
    QHash<qint64, QStringList> m_typing;
    QHash<qint64, QString> m_drafts;
    qint64 m_myUserId = 0;
    int m_totalUnread = 0;
    QSet<qint64> m_unreadIds; // the conversations with unread messages at the last count
    bool m_flushScheduled = false;
    bool m_moreAvailable = false;
};

} // namespace envisage::inbox
