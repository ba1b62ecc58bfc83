#pragma once
// The open conversation, oldest message first, with the seller's unsent messages at
// the end. Row 0 is always a header row: "loading older messages" while history can
// still be fetched (canFetchMore/fetchMore: the cache first, then the server), or
// "start of conversation" once the first message is there. Messages are merged by id
// and by client_id, so the POST answer and its broadcast never make two rows.
// Opened at a message deep in the history (a search hit), the newest messages are not
// loaded yet: a footer row then reads "loading newer messages" (hasNewer), newer pages
// come through fetchNewer(), and new messages wait for them rather than leave a gap.
#include "api/ApiTypes.h"
#include "store/StoreTypes.h"

#include <QAbstractListModel>
#include <QHash>
#include <deque>
#include <functional>

namespace envisage::inbox {

class MessageListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // RowKind
        IdRole,                      // qint64: server id, 0 while unsent
        ClientIdRole,                // QString
        BodyRole,                    // QString: plain text, never HTML
        SenderIdRole,                // qint64
        SenderNameRole,              // QString
        MineRole,                    // bool: written by the seller
        TimeRole,                    // QDateTime (UTC)
        DeliveryRole,                // Delivery
        ErrorRole,                   // QString: why sending failed
        DaySeparatorRole,            // bool: first message of its (local) day
        // QVariantList of QVariantMap, one per attachment, in the message's order. Sent
        // ones: id, name, mime, size, width, height, url, thumbnailUrl (as the server
        // gave them: MarketplaceApi::resolve) and attachment (the api::Attachment, for
        // AttachmentCache::request). Unsent ones: name, mime,
        // size, path (the local copy, or the original while it is being copied),
        // uploaded (bytes sent so far) and id once uploaded.
        AttachmentsRole,
    };
    Q_ENUM(Role)
    enum class RowKind { Message, Loading, StartOfConversation, LoadingNewer };
    Q_ENUM(RowKind)
    enum class Delivery { Received, Pending, Sent, Read, Failed };
    Q_ENUM(Delivery)

    explicit MessageListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void reset(qint64 conversationId, qint64 myUserId);
    qint64 conversationId() const { return m_conversationId; }

    // Older messages (newest first, as pages come); reachedStart ends the paging.
    void prependHistory(const QList<api::Message> &older, bool reachedStart);
    // New or re-sent messages from anywhere: queued and merged once per turn.
    void merge(const QList<api::Message> &messages);
    void merge(const api::Message &message) { merge(QList<api::Message>{message}); }
    void addPending(const store::OutboxEntry &entry);
    void updatePending(const store::OutboxEntry &entry);
    void removePending(const QString &clientId);
    // An unsent message's file `index` has sent this many bytes.
    void setUploadProgress(const QString &clientId, int index, qint64 sent);
    // The counterpart read everything up to this id.
    void markReadUpTo(qint64 messageId);
    void setHistoryLoading(bool loading);
    void flush();

    std::function<void()> fetchMoreHandler; // installed by the session
    qint64 oldestId() const;
    qint64 newestId() const;
    bool reachedStart() const { return m_reachedStart; }
    int messageCount() const { return int(m_items.size()); }
    // The row of a loaded message, or -1.
    int rowOfMessage(qint64 id) const;

    // Newer history, for a conversation opened in its middle (see above). With hasNewer
    // the footer row is there, unsent messages are not shown and messages newer than the
    // newest loaded are left for the newer pages.
    void setHasNewer(bool hasNewer);
    bool hasNewer() const { return m_hasNewer; }
    // Newer messages (in any order); reachedNewest ends the paging and removes the footer.
    void appendNewer(const QList<api::Message> &newer, bool reachedNewest);
    bool canFetchNewer() const;
    void fetchNewer();
    std::function<void()> fetchNewerHandler; // installed by the session

private:
    struct Item
    {
        api::Message message;
        Delivery delivery = Delivery::Received;
        QString error;
        qint64 sequence = 0; // unsent: the outbox order
    };
    void scheduleFlush();
    int rowOfItem(qsizetype item) const { return int(item) + 1; }
    qsizetype findById(qint64 id) const;
    qsizetype findByClientId(const QString &clientId) const;
    void emitItemChanged(qsizetype item, const QList<int> &roles);
    bool isFirstOfDay(qsizetype item) const;
    // The confirmed items are a prefix sorted by id: the first item not older than `id`.
    qsizetype firstConfirmedFrom(qint64 id) const;

    // Items and their lookup (MessageListModel.cpp, "Item storage"). A page of older
    // history is prepended in O(page) and a row is found by id or client id in O(1),
    // whatever the number of messages already loaded (docs/architecture.md).
    void insertItem(qsizetype at, Item item);
    void removeItem(qsizetype at);
    void prependItems(std::vector<Item> &&older);
    void clearItems();
    qint64 slotOf(qsizetype item) const { return m_frontSlot + item; }
    void addToLookup(qsizetype item);
    void removeFromLookup(qsizetype item);
    void renumberFrom(qsizetype item, qint64 shift);

    std::deque<Item> m_items; // confirmed by id ascending, then unsent in outbox order
    // A slot is an item's position plus m_frontSlot: stable when older items are
    // prepended (m_frontSlot goes down), renumbered only for an insert or removal inside.
    qint64 m_frontSlot = 0;
    QHash<qint64, qint64> m_slotById;        // confirmed items
    QHash<QString, qint64> m_slotByClientId; // the last item with that client id
    // One copy of each sender's strings, shared by their messages (about 160 bytes a
    // message otherwise: docs/benchmarks.md, RSS after 100,000 messages).
    QHash<qint64, api::Sender> m_senders;
    void shareSender(api::Message &message);
    QList<api::Message> m_pending;
    // The files of the unsent rows, by client id (not in Item: every row would pay).
    QHash<QString, QList<store::OutboxAttachment>> m_localFiles;
    qint64 m_conversationId = 0;
    qint64 m_myUserId = 0;
    qint64 m_readUpTo = 0;
    bool m_reachedStart = false;
    bool m_loading = false;
    bool m_hasNewer = false;
    bool m_loadingNewer = false;
    bool m_flushScheduled = false;
};

} // namespace envisage::inbox

Q_DECLARE_METATYPE(envisage::inbox::MessageListModel::Delivery)
