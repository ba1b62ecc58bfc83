#include "CachedConversations.h"

#include "ConversationListModel.h"
#include "common/FutureWatch.h"
#include "common/Guarded.h"
#include "store/ConversationSearch.h"
#include "store/Store.h"

#include <algorithm>

namespace envisage::inbox {

// --- Places --------------------------------------------------------------------------

int CachedConversations::rowOf(qint64 conversationId) const
{
    if (const auto it = m_records.constFind(conversationId); it != m_records.cend()) {
        // A record in memory has its place's key (the model keeps them equal), or no place.
        return rowOfKey(keyOf(it->conversation));
    }
    const auto it =
        std::find_if(m_order.cbegin(), m_order.cend(),
                     [conversationId](const Key &key) { return key.id == conversationId; });
    return it == m_order.cend() ? -1 : int(it - m_order.cbegin());
}

int CachedConversations::rowOfKey(const Key &key) const
{
    const auto it = std::lower_bound(m_order.cbegin(), m_order.cend(), key, Key::before);
    return it != m_order.cend() && *it == key ? int(it - m_order.cbegin()) : -1;
}

int CachedConversations::insertionRow(const Key &key) const
{
    return int(std::upper_bound(m_order.cbegin(), m_order.cend(), key, Key::before) -
               m_order.cbegin());
}

QHash<qint64, int> CachedConversations::rowsOf(const QSet<qint64> &conversationIds) const
{
    QHash<qint64, int> rows;
    if (conversationIds.size() > 8) { // one pass over all places (drafts and counts at start)
        for (qsizetype row = 0; row < m_order.size(); ++row) {
            if (conversationIds.contains(m_order.at(row).id))
                rows.insert(m_order.at(row).id, int(row));
        }
        return rows;
    }
    for (qint64 id : conversationIds) {
        if (const int row = rowOf(id); row >= 0)
            rows.insert(id, row);
    }
    return rows;
}

int CachedConversations::nextUnreadRow(int row) const
{
    const int count = placedRows();
    if (count == 0 || m_unread.isEmpty())
        return -1;
    const int start = std::clamp(row, -1, count - 1);
    for (int step = 1; step <= count; ++step) {
        const int candidate = (start + step) % count;
        if (unread(m_order.at(candidate).id) > 0)
            return candidate;
    }
    return -1;
}

void CachedConversations::insertPlaces(int row, const QList<Key> &keys)
{
    m_order.insert(row, keys.size(), Key{});
    std::copy(keys.cbegin(), keys.cend(), m_order.begin() + row);
}

void CachedConversations::replacePlacesAndSort(const QList<std::pair<int, Key>> &rowKeys)
{
    for (const auto &[row, key] : rowKeys) {
        if (row >= 0)
            m_order[row] = key;
    }
    std::sort(m_order.begin(), m_order.end(), Key::before); // keys are unique: no ties
}

void CachedConversations::placeHead(const store::ConversationHead &head,
                                    store::ConversationOrder order)
{
    m_order.clear();
    m_placesOrder = order;
    for (const api::Conversation &conversation : head.first) {
        m_order.append(keyOf(conversation));
        m_records.insert(conversation.id, {conversation, ++m_useClock, 0});
        setUnread(conversation.id, conversation.unreadCount);
    }
    m_unplacedRows = std::max(0, head.total - int(m_order.size()));
}

QList<CachedConversations::Key>
CachedConversations::placesInMemory(const store::ConversationQuery &query) const
{
    QList<Key> keys;
    for (const Record &record : m_records) {
        if (store::matchesQuery(record.conversation, query))
            keys.append(Key::of(record.conversation, query.effectiveOrder()));
    }
    std::sort(keys.begin(), keys.end(), Key::before);
    return keys;
}

store::ConversationCounts CachedConversations::countsInMemory() const
{
    using store::ConversationFilter;
    store::ConversationCounts counts;
    for (const Record &record : m_records) {
        api::Conversation conversation = record.conversation;
        conversation.unreadCount = unread(conversation.id);
        counts.inbox += store::matchesFilter(conversation, ConversationFilter::Inbox);
        counts.unread += store::matchesFilter(conversation, ConversationFilter::Unread);
        counts.awaitingReply +=
            store::matchesFilter(conversation, ConversationFilter::AwaitingReply);
        counts.archived += store::matchesFilter(conversation, ConversationFilter::Archived);
    }
    return counts;
}

void CachedConversations::setPlaces(QList<Key> keys, int unplacedRows)
{
    m_order = std::move(keys);
    m_unplacedRows = unplacedRows;
}

CachedConversations::OrderChange CachedConversations::changeTo(const QList<Key> &keys) const
{
    // Both in order, each key once: walk them side by side.
    OrderChange change;
    for (qsizetype i = 0, j = 0; i < m_order.size() || j < keys.size();) {
        if (j == keys.size() || (i < m_order.size() && Key::before(m_order.at(i), keys.at(j)))) {
            change.gone.append(int(i++));
        } else if (i == m_order.size() || Key::before(keys.at(j), m_order.at(i))) {
            change.added.append(int(j++));
        } else {
            ++i;
            ++j;
        }
    }
    return change;
}

// --- Records -------------------------------------------------------------------------

const api::Conversation *CachedConversations::record(qint64 conversationId) const
{
    const auto it = m_records.constFind(conversationId);
    if (it == m_records.cend())
        return nullptr;
    it->used = ++m_useClock;
    return &it->conversation;
}

int CachedConversations::putRead(const api::Conversation &conversation)
{
    const int row = m_records.contains(conversation.id) ? -1 : rowOfKey(keyOf(conversation));
    if (row < 0)
        return -1;
    api::Conversation read = conversation;
    read.unreadCount = unread(conversation.id); // ours is the newer count
    m_records.insert(conversation.id, {read, ++m_useClock, 0});
    return row;
}

quint64 CachedConversations::putGiven(const api::Conversation &conversation)
{
    const quint64 write = ++m_writeClock;
    m_records.insert(conversation.id, {conversation, ++m_useClock, write});
    return write;
}

void CachedConversations::forEachRecord(
    const std::function<void(const api::Conversation &)> &visit) const
{
    for (const Record &record : m_records)
        visit(record.conversation);
}

void CachedConversations::dropBeyond(int keep, const QSet<qint64> &pinned)
{
    if (!m_store || m_records.size() <= keep)
        return;
    QList<std::pair<quint64, qint64>> droppable; // (last used, id)
    for (auto it = m_records.cbegin(); it != m_records.cend(); ++it) {
        if (it->unwritten == 0 && !pinned.contains(it.key()))
            droppable.append({it->used, it.key()});
    }
    std::sort(droppable.begin(), droppable.end());
    for (qsizetype i = 0; i < droppable.size() && m_records.size() > keep; ++i)
        m_records.remove(droppable.at(i).second);
}

QSet<qint64> CachedConversations::replaceUnreadCounts(const QHash<qint64, int> &unread,
                                                      qsizetype few)
{
    QSet<qint64> changed;
    for (auto it = unread.cbegin(); it != unread.cend() && changed.size() <= few; ++it) {
        if (m_unread.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    for (auto it = m_unread.cbegin(); it != m_unread.cend() && changed.size() <= few; ++it) {
        if (!unread.contains(it.key()))
            changed.insert(it.key());
    }
    m_unread = unread;
    return changed;
}

bool CachedConversations::setUnread(qint64 conversationId, int unread)
{
    if (this->unread(conversationId) == unread)
        return false;
    if (unread > 0)
        m_unread.insert(conversationId, unread);
    else
        m_unread.remove(conversationId);
    return true;
}

// --- The cache -----------------------------------------------------------------------

void CachedConversations::attach(store::Store *store)
{
    ++m_generation;
    m_store = store;
    m_orderAsked = m_unreadAsked = m_countsAsked = m_countsStale = false;
    m_placeChanged.clear();
    m_unreadChanged.clear();
    m_requested.clear();
    m_unreadable.clear();
    if (!store)
        return;
    // Given before the cache was there (the server answered before it opened): written
    // first, so that every answer after knows them.
    QList<api::Conversation> given;
    QList<quint64> writes;
    for (const Record &record : std::as_const(m_records)) {
        if (record.unwritten != 0) {
            given.append(record.conversation);
            writes.append(record.unwritten);
        }
    }
    if (!given.isEmpty())
        write(given, writes);
}

bool CachedConversations::hasStore() const
{
    return !m_store.isNull();
}

void CachedConversations::readHead(int rows, const store::ConversationQuery &query)
{
    if (!m_store)
        return;
    const quint64 generation = m_generation;
    m_headQuery = query;
    const QFuture<store::ConversationHead> read = m_store->conversationHead(rows, query);
    whenFinished(this, read, [this, generation, query](const store::ConversationHead &head) {
        // Another filter meanwhile: its places come with the order.
        if (generation == m_generation && query == m_query)
            Q_EMIT headRead(head);
    });
}

void CachedConversations::readCounts()
{
    if (!m_store)
        return;
    if (m_countsAsked) {
        m_countsStale = true;
        return;
    }
    m_countsAsked = true;
    m_countsStale = false;
    const quint64 generation = m_generation;
    const QFuture<store::ConversationCounts> counted = m_store->conversationCounts();
    whenFinished(this, counted, [this, generation](store::ConversationCounts counts) {
        if (generation != m_generation)
            return;
        m_countsAsked = false;
        if (m_countsStale) { // the writes since are queued before this question
            readCounts();
            return;
        }
        Q_EMIT countsRead(counts);
    });
}

void CachedConversations::readUnreadCounts()
{
    if (!m_store)
        return;
    m_unreadAsked = true;
    m_unreadChanged.clear();
    const quint64 generation = m_generation;
    const QFuture<QHash<qint64, int>> counted = m_store->unreadCounts();
    whenFinished(this, counted, [this, generation](const QHash<qint64, int> &unread) {
        if (generation == m_generation)
            unreadAnswered(unread);
    });
}

void CachedConversations::unreadAnswered(QHash<qint64, int> unread)
{
    m_unreadAsked = false;
    for (qint64 id : std::as_const(m_unreadChanged)) { // the model's are newer
        if (const int mine = this->unread(id); mine > 0)
            unread.insert(id, mine);
        else
            unread.remove(id);
    }
    m_unreadChanged.clear();
    Q_EMIT unreadCountsRead(unread);
}

void CachedConversations::readOrder(const store::ConversationQuery &query)
{

    m_query = query;
    if (m_store && !m_orderAsked)
        askOrder();
}

void CachedConversations::askOrder()
{
    m_orderAsked = true;
    m_placeChanged.clear();
    const store::ConversationQuery query = m_query;
    const quint64 generation = m_generation;
    // With the records of the first rows, in the same job: a new filter's rows replace the
    // old ones from the top, and its first paint shows them rather than placeholders.
    struct Answer
    {
        QList<Key> keys;
        QList<api::Conversation> first;
    };
    const QFuture<Answer> answered = m_store->run<Answer>([query](store::StoreDatabase &db) {
        Answer answer{db.conversationKeys(query), {}};
        QList<qint64> ids;
        for (qsizetype i = 0; i < std::min<qsizetype>(answer.keys.size(), FirstRecords); ++i)
            ids.append(answer.keys.at(i).id);
        answer.first = db.conversationsById(ids);
        return answer;
    });
    whenFinished(this, answered, [this, generation, query](const Answer &answer) {
        if (generation == m_generation)
            orderAnswered(query, answer.keys, answer.first);
    });
}

void CachedConversations::orderAnswered(const store::ConversationQuery &query, QList<Key> keys,
                                        const QList<api::Conversation> &first)
{
    m_orderAsked = false;
    if (query == m_query) {
        for (const api::Conversation &conversation : first) {
            // What the model holds is newer; a read record keeps the model's unread count.
            if (m_records.contains(conversation.id))
                continue;
            api::Conversation read = conversation;
            read.unreadCount = unread(conversation.id);
            m_records.insert(conversation.id, {read, ++m_useClock, 0});
        }
    }
    if (query != m_query) { // typed on, or another filter, meanwhile
        askOrder();
        return;
    }
    // Given since the question, or not written (a full disk): the model knows better.
    for (auto it = m_records.cbegin(); it != m_records.cend(); ++it) {
        if (it->unwritten != 0)
            m_placeChanged.insert(it.key());
    }
    if (!m_placeChanged.isEmpty()) {
        const store::ConversationOrder order = query.effectiveOrder();
        QList<Key> known;
        QSet<qint64> corrected;
        for (qint64 id : std::as_const(m_placeChanged)) {
            if (const api::Conversation *c = record(id)) {
                corrected.insert(id);
                if (store::matchesQuery(*c, query))
                    known.append(Key::of(*c, order));
            } else if (const int row = rowOf(id); row >= 0 && order == m_placesOrder) {
                corrected.insert(id);
                known.append(m_order.at(row));
            }
        }
        keys.removeIf([&corrected](const Key &key) { return corrected.contains(key.id); });
        keys += known;
        std::sort(keys.begin(), keys.end(), Key::before);
        m_placeChanged.clear();
    }
    Q_EMIT orderRead(keys);
}

void CachedConversations::readRecords(const QList<qint64> &conversationIds)
{
    if (!m_store)
        return;
    QList<qint64> ids;
    for (qint64 id : conversationIds) {
        if (!m_records.contains(id) && !m_requested.contains(id) && !m_unreadable.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return;
    for (qint64 id : std::as_const(ids))
        m_requested.insert(id);
    const quint64 generation = m_generation;
    const QFuture<QList<api::Conversation>> read = m_store->conversationsById(ids);
    whenFinished(this, read, [this, generation, ids](const QList<api::Conversation> &records) {
        if (generation != m_generation)
            return;
        QSet<qint64> arrived;
        for (const api::Conversation &record : records)
            arrived.insert(record.id);
        for (qint64 id : ids) {
            m_requested.remove(id);
            if (!arrived.contains(id))
                m_unreadable.insert(id); // a placeholder row, not asked for again
        }
        Q_EMIT recordsRead(records);
    });
}

void CachedConversations::readRecord(qint64 conversationId,
                                     std::function<void(const api::Conversation &)> found)
{
    if (!m_store)
        return;
    const quint64 generation = m_generation;
    whenFinished(
        this, m_store->conversationsById({conversationId}),
        [this, generation, found = std::move(found)](const QList<api::Conversation> &records) {
            if (generation == m_generation && !records.isEmpty())
                found(records.first());
        });
}

void CachedConversations::write(const QList<api::Conversation> &given, const QList<quint64> &writes)
{
    for (const api::Conversation &conversation : given)
        m_unreadable.remove(conversation.id);
    if (!m_store)
        return; // kept in memory, written when a cache is attached
    const quint64 generation = m_generation;
    QList<std::pair<qint64, quint64>> written;
    for (qsizetype i = 0; i < given.size(); ++i)
        written.append({given.at(i).id, writes.at(i)});
    auto saved = m_store->saveConversations(given);
    readCounts(); // asked after the write, so counted with it
    whenFinished(this, saved, [this, generation, written](bool ok) {
        // Not on disk: kept in memory, since it could not be read back.
        if (generation != m_generation || !ok)
            return;
        for (const auto &[id, write] : written) {
            const auto it = m_records.find(id);
            if (it != m_records.end() && it->unwritten == write)
                it->unwritten = 0;
        }
    });
}

void CachedConversations::writeUnreadCount(qint64 conversationId, int unread)
{
    if (!m_store)
        return;
    m_store->setUnreadCount(conversationId, unread);
    readCounts();
}

void CachedConversations::notePlaceChanged(qint64 conversationId)
{
    if (m_orderAsked)
        m_placeChanged.insert(conversationId);
}

void CachedConversations::noteUnreadChanged(qint64 conversationId)
{
    if (m_unreadAsked)
        m_unreadChanged.insert(conversationId);
}

void CachedConversations::clear()
{
    attach(nullptr);
    m_order.clear();
    m_unplacedRows = 0;
    m_records.clear();
    m_unread.clear();
}

void loadCachedConversations(store::Store &store, ConversationListModel &model, QObject *context,
                             std::function<void()> firstPageShown)
{
    model.setStore(&store, firstPageShown
                               ? std::function<void()>(guarded(context, std::move(firstPageShown)))
                               : std::function<void()>());
}

} // namespace envisage::inbox
