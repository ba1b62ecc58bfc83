#pragma once
// The conversation list's rows and the account's cache behind them, for
// ConversationListModel (which emits the model's signals around every change here):
//  - the place of every row (16 bytes each), so the list knows its length, moves a row
//    exactly and finds any conversation; rows counted by the cache but not placed yet;
//  - the records of a window of rows, those shown lately plus a margin (WindowRecords,
//    the least recently shown dropped first), and of what the model was given until the
//    cache has written it;
//  - the unread counts of all conversations (the total, the badges of rows not read);
//  - the order the places are in (by activity, or the longest wait first), so a record's
//    key is the one its place has;
//  - the questions to the Store and their answers, on the model's thread: an answer to a
//    question that no longer stands (another store, clear()) is dropped here, one about
//    places or unread counts is corrected for what the model changed since it was asked.
#include "api/ApiTypes.h"
#include "store/ConversationSearch.h"
#include "store/StoreTypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>

namespace envisage::store {
class Store;
}

namespace envisage::inbox {

class ConversationListModel;

class CachedConversations : public QObject
{
    Q_OBJECT
public:
    using Key = store::ConversationKey;

    static constexpr int WindowRecords = 400;
    // Records read with a query's places: the first rows, a screenful and more.
    static constexpr int FirstRecords = 30;

    explicit CachedConversations(QObject *parent = nullptr) : QObject(parent) {}

    // The order the places are in, and a conversation's key in it.
    store::ConversationOrder placesOrder() const { return m_placesOrder; }
    void setPlacesOrder(store::ConversationOrder order) { m_placesOrder = order; }
    Key keyOf(const api::Conversation &conversation) const
    {
        return Key::of(conversation, m_placesOrder);
    }

    // Places: rows 0..placedRows()-1 in order, then rows counted but not placed yet.
    int rowCount() const { return int(m_order.size()) + m_unplacedRows; }
    int placedRows() const { return int(m_order.size()); }
    int unplacedRows() const { return m_unplacedRows; }
    const QList<Key> &keys() const { return m_order; }
    const Key &keyAt(int row) const { return m_order.at(row); }
    // -1 when not placed. Fast when the record is in memory (its key is known).
    int rowOf(qint64 conversationId) const;
    int rowOfKey(const Key &key) const;
    // Where a key that is not in the list would go.
    int insertionRow(const Key &key) const;
    // The rows of many conversations at once (those placed).
    QHash<qint64, int> rowsOf(const QSet<qint64> &conversationIds) const;
    // The first row after `row` (wrapping) with unread messages; -1.
    int nextUnreadRow(int row) const;
    void insertPlaces(int row, const QList<Key> &keys);
    void removePlaces(int row, int count) { m_order.remove(row, count); }
    void setPlace(int row, const Key &key) { m_order[row] = key; }
    // `to` is the row it ends up at.
    void movePlace(int from, int to) { m_order.move(from, to); }
    void appendPlaces(const QList<Key> &keys) { m_order += keys; }
    // New keys for these rows, then every row in order.
    void replacePlacesAndSort(const QList<std::pair<int, Key>> &rowKeys);
    void setPlaces(QList<Key> keys, int unplacedRows);
    void resolveUnplaced() { m_unplacedRows = 0; }
    // The first rows and their records, the rest counted.
    void placeHead(const store::ConversationHead &head, store::ConversationOrder order);
    // Without a cache: the places of the records that match, and what each filter holds.
    QList<Key> placesInMemory(const store::ConversationQuery &query) const;
    store::ConversationCounts countsInMemory() const;
    // From these places to `keys` (both in order): the rows that go, and the rows of
    // `keys` that come new (both ascending).
    struct OrderChange
    {
        QList<int> gone;
        QList<int> added;
    };
    OrderChange changeTo(const QList<Key> &keys) const;

    // Records. record() marks it used (the window keeps what was used last).
    const api::Conversation *record(qint64 conversationId) const;
    bool hasRecord(qint64 conversationId) const { return m_records.contains(conversationId); }
    int recordCount() const { return int(m_records.size()); }
    // Read from the cache, so it can be dropped and read again: its row, or -1 when it is
    // not that row's version (the place changed since it was read) or one is in memory.
    int putRead(const api::Conversation &conversation);
    // Given to the model: kept until written (write() with what this returns).
    quint64 putGiven(const api::Conversation &conversation);
    void forEachRecord(const std::function<void(const api::Conversation &)> &visit) const;
    // Drops the least recently used records beyond `keep` (none without a cache), but
    // none of `pinned` and none not written yet.
    void dropBeyond(int keep, const QSet<qint64> &pinned);

    int unread(qint64 conversationId) const { return m_unread.value(conversationId); }
    // false when it was that already.
    bool setUnread(qint64 conversationId, int unread);
    const QHash<qint64, int> &unreadCounts() const { return m_unread; }
    // The conversations whose counts this changes, at most `few` + 1 of them.
    QSet<qint64> replaceUnreadCounts(const QHash<qint64, int> &unread, qsizetype few);

    // The cache (nullptr: none). Whatever was given and not written goes to it first.
    void attach(store::Store *store);
    bool hasStore() const;
    // Questions, answered by the signals below in the order asked.
    // The first rows of the query's filter in its order (an answer for a query that no
    // longer stands is dropped).
    void readHead(int rows, const store::ConversationQuery &query);
    void readUnreadCounts();
    // How many each filter holds: one question at a time; asked again when the answer
    // comes if something was written meanwhile (that answer is then dropped).
    void readCounts();
    // The places of a query's matches. One question at a time: another query meanwhile
    // is asked when the answer comes, which is then dropped.
    void readOrder(const store::ConversationQuery &query);
    // Those neither in memory nor asked for already; ids the cache could not give are not
    // asked again (it logged why).
    void readRecords(const QList<qint64> &conversationIds);
    void readRecord(qint64 conversationId, std::function<void(const api::Conversation &)> found);
    void write(const QList<api::Conversation> &given, const QList<quint64> &writes);
    void writeUnreadCount(qint64 conversationId, int unread);
    // The model changed these since the question was asked: its answer is corrected.
    void notePlaceChanged(qint64 conversationId);
    void noteUnreadChanged(qint64 conversationId);

    void clear();

Q_SIGNALS:
    void headRead(const envisage::store::ConversationHead &head);
    void unreadCountsRead(const QHash<qint64, int> &unread);
    // In the order of the query last given to readOrder().
    void orderRead(const QList<envisage::store::ConversationKey> &keys);
    void countsRead(const envisage::store::ConversationCounts &counts);
    void recordsRead(const QList<envisage::api::Conversation> &records);

private:
    struct Record
    {
        api::Conversation conversation;
        mutable quint64 used = 0;
        quint64 unwritten = 0; // the write the cache has not confirmed; 0: it has the record
    };

    void askOrder();
    void orderAnswered(const store::ConversationQuery &query, QList<Key> keys,
                       const QList<api::Conversation> &first);
    void unreadAnswered(QHash<qint64, int> unread);

    QList<Key> m_order;
    int m_unplacedRows = 0;
    QHash<qint64, Record> m_records;
    QHash<qint64, int> m_unread; // only conversations with unread messages
    mutable quint64 m_useClock = 0;
    quint64 m_writeClock = 0;

    QPointer<store::Store> m_store;
    quint64 m_generation = 0;         // of the store attached: answers for an older one are dropped
    store::ConversationQuery m_query; // whose places are wanted
    store::ConversationQuery m_headQuery;
    store::ConversationOrder m_placesOrder = store::ConversationOrder::Activity;
    bool m_orderAsked = false;
    bool m_countsAsked = false;
    bool m_countsStale = false; // written since the counts were asked
    bool m_unreadAsked = false;
    QSet<qint64> m_placeChanged;  // since the places were asked
    QSet<qint64> m_unreadChanged; // since the unread counts were asked
    QSet<qint64> m_requested;     // records being read
    QSet<qint64> m_unreadable;    // asked for, not given
};

// The account's cached conversations into the model (ConversationListModel::setStore):
// firstPageShown runs once the first page is in (also when the cache is empty), on
// context's thread, and not after context is gone.
void loadCachedConversations(store::Store &store, ConversationListModel &model, QObject *context,
                             std::function<void()> firstPageShown);

} // namespace envisage::inbox
