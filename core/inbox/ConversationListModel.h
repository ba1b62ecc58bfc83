#pragma once
// The seller's conversations, most recent activity first: a thin adapter over the
// records the InboxSession feeds it. Updates are collected and applied once per
// event-loop turn, so a burst of realtime events costs one model update.
#include "api/ApiTypes.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSet>
#include <functional>

namespace envisage::inbox {

class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int totalUnread READ totalUnread NOTIFY totalUnreadChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64: the conversation id
        CounterpartNameRole,       // QString: the other participant's name
        CounterpartIdRole,         // qint64
        CounterpartInitialsRole,   // QString: "AN" for Ada Novak (avatar placeholder)
        CounterpartLastSeenRole,   // QDateTime: invalid when unknown
        ListingTitleRole,          // QString
        ListingPriceRole,          // QString: "249.00 EUR", formatted for the locale
        LastMessagePreviewRole,    // QString: the last message body on one line
        LastMessageTimeRole,       // QDateTime (UTC)
        LastMessageMineRole,       // bool: the seller wrote the last message
        UnreadCountRole,           // int
        OnlineRole,                // bool: the counterpart is in presence-online
        TypingRole,                // QString: "Ada" when they type, empty otherwise
        DraftRole,                 // QString: the unsent composer text, if any
    };
    Q_ENUM(Role)

    explicit ConversationListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setMyUserId(qint64 userId) { m_myUserId = userId; }
    // Queued changes, applied together at the end of this event-loop turn.
    void upsert(const api::Conversation &conversation);
    void upsert(const QList<api::Conversation> &conversations);
    // From the offline cache: only conversations the model does not have yet, since what
    // the server or realtime delivered is newer than the cache.
    void addCached(const QList<api::Conversation> &conversations);
    void setOnline(qint64 userId, bool online);
    void setOnlineUsers(const QSet<qint64> &userIds);
    void setTyping(qint64 conversationId, const QStringList &names);
    void setDraft(qint64 conversationId, const QString &draft);
    void setUnreadCount(qint64 conversationId, int unread);
    void clear();
    // Applies queued changes now (tests and benchmarks; otherwise automatic).
    void flush();

    // Older pages from the server: the session installs the loader.
    void setMoreAvailable(bool more) { m_moreAvailable = more; }
    std::function<void()> fetchMoreHandler;

    int rowOfConversation(qint64 conversationId) const;
    std::optional<api::Conversation> conversation(qint64 conversationId) const;
    int totalUnread() const { return m_totalUnread; }
    bool isOnline(qint64 userId) const { return m_online.contains(userId); }

Q_SIGNALS:
    void totalUnreadChanged(int total);

private:
    struct Row
    {
        api::Conversation conversation;
        QStringList typing;
        QString draft;
    };
    void scheduleFlush();
    void markDirty(qint64 conversationId, int role);
    static bool before(const Row &a, const Row &b);
    void recountUnread();
    void rebuildRowIndex();
    void reorder(const QList<qint64> &moved);

    QList<Row> m_rows;
    QHash<qint64, int> m_rowById; // conversation id → row, rebuilt when rows move
    QHash<qint64, api::Conversation> m_pending;
    QHash<qint64, QSet<int>> m_dirtyRoles;
    QSet<qint64> m_online;
    QHash<qint64, QStringList> m_typing;
    QHash<qint64, QString> m_drafts;
    qint64 m_myUserId = 0;
    int m_totalUnread = 0;
    bool m_flushScheduled = false;
    bool m_moreAvailable = false;
};

} // namespace envisage::inbox
