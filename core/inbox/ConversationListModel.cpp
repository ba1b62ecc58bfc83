#include "ConversationListModel.h"

#include "AttachmentText.h"
#include "store/ConversationSearch.h"
#include "store/Store.h"

#include <QLocale>
#include <QTimer>

namespace envisage::inbox {

using namespace Qt::StringLiterals;

namespace {

// More changes of place than this in one turn are one layout change, not one move each.
constexpr qsizetype FewChanges = 16;
// More runs of rows than this to remove and insert for a new search or filter are one
// removal of all rows and one insertion.
constexpr qsizetype ManyRuns = 32;

QString initialsOf(const QString &name)
{
    QString initials;
    for (const QString &part : name.split(u' ', Qt::SkipEmptyParts)) {
        initials += part.front().toUpper();
        if (initials.size() == 2)
            break;
    }
    return initials;
}

// The symbol for the usual currencies; other codes are written out ("249.00 CHF").
QString currencySymbol(const QString &code)
{
    static const QHash<QString, QString> symbols = {{u"EUR"_s, u"€"_s},
                                                    {u"USD"_s, u"$"_s},
                                                    {u"GBP"_s, u"£"_s},
                                                    {u"BRL"_s, u"R$"_s},
                                                    {u"JPY"_s, u"¥"_s}};
    return symbols.value(code, code + u' ');
}

// Ascending rows as runs of adjacent ones: (first, last).
QList<std::pair<int, int>> runsOf(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    QList<std::pair<int, int>> runs;
    for (int row : rows) {
        if (!runs.isEmpty() && row <= runs.last().second + 1)
            runs.last().second = std::max(runs.last().second, row);
        else
            runs.append({row, row});
    }
    return runs;
}

// The roles that show something else in the new version of a conversation.
QSet<int> changedRoles(const api::Conversation &old, const api::Conversation &fresh, qint64 me)
{
    using Model = ConversationListModel;
    QSet<int> roles;
    const auto lastId = [](const api::Conversation &c) {
        return c.lastMessage ? c.lastMessage->id : 0;
    };
    if (lastId(old) != lastId(fresh) ||
        (fresh.lastMessage && old.lastMessage &&
         (fresh.lastMessage->body != old.lastMessage->body ||
          fresh.lastMessage->attachments != old.lastMessage->attachments)))
        roles +=
            {Model::LastMessagePreviewRole, Model::LastMessageTimeRole, Model::LastMessageMineRole};
    if (old.listing.title != fresh.listing.title || old.listing.price != fresh.listing.price)
        roles += {Model::ListingTitleRole, Model::ListingPriceRole};
    if (old.listing.imageUrl != fresh.listing.imageUrl)
        roles.insert(Model::ListingImageUrlRole);
    if (old.counterpartOf(me).avatarUrl != fresh.counterpartOf(me).avatarUrl)
        roles.insert(Model::CounterpartAvatarUrlRole);
    if (old.counterpartOf(me).name != fresh.counterpartOf(me).name)
        roles += {Qt::DisplayRole, Model::CounterpartNameRole, Model::CounterpartInitialsRole};
    if (old.counterpartOf(me).lastSeenAt != fresh.counterpartOf(me).lastSeenAt)
        roles.insert(Model::CounterpartLastSeenRole);
    if (old.archived != fresh.archived)
        roles.insert(Model::ArchivedRole);
    if (old.markedUnread != fresh.markedUnread)
        roles.insert(Model::MarkedUnreadRole);
    if (old.awaitingReplySince != fresh.awaitingReplySince)
        roles.insert(Model::AwaitingReplySinceRole);
    return roles;
}

} // namespace

ConversationListModel::ConversationListModel(QObject *parent) : QAbstractListModel(parent)
{
    connect(&m_cached, &CachedConversations::headRead, this, &ConversationListModel::headArrived);
    connect(&m_cached, &CachedConversations::unreadCountsRead, this,
            &ConversationListModel::unreadArrived);
    connect(&m_cached, &CachedConversations::orderRead, this, &ConversationListModel::orderArrived);
    connect(&m_cached, &CachedConversations::recordsRead, this,
            &ConversationListModel::recordsArrived);
    connect(&m_cached, &CachedConversations::countsRead, this, &ConversationListModel::setCounts);
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_cached.rowCount();
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    return {{IdRole, "conversationId"},
            {CounterpartNameRole, "counterpartName"},
            {CounterpartIdRole, "counterpartId"},
            {CounterpartInitialsRole, "counterpartInitials"},
            {CounterpartLastSeenRole, "counterpartLastSeen"},
            {ListingTitleRole, "listingTitle"},
            {ListingPriceRole, "listingPrice"},
            {LastMessagePreviewRole, "lastMessagePreview"},
            {LastMessageTimeRole, "lastMessageTime"},
            {LastMessageMineRole, "lastMessageMine"},
            {UnreadCountRole, "unreadCount"},
            {OnlineRole, "online"},
            {TypingRole, "typing"},
            {DraftRole, "draft"},
            {PlaceholderRole, "placeholder"},
            {ArchivedRole, "archived"},
            {MarkedUnreadRole, "markedUnread"},
            {AwaitingReplySinceRole, "awaitingReplySince"},
            {CounterpartAvatarUrlRole, "counterpartAvatarUrl"},
            {ListingImageUrlRole, "listingImageUrl"}};
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (row >= m_cached.placedRows()) // counted, its place not read yet (a moment at start)
        return role == PlaceholderRole ? QVariant(true) : QVariant();
    const qint64 id = m_cached.keyAt(row).id;
    switch (role) { // known for every row, its record in memory or not
    case IdRole:
        return id;
    case UnreadCountRole:
        return m_cached.unread(id);
    case TypingRole:
        return m_typing.value(id).join(u", "_s);
    case DraftRole:
        return m_drafts.value(id);
    default:
        break;
    }
    const api::Conversation *c = m_cached.record(id);
    if (!c) {
        wantRow(row);
        return role == PlaceholderRole ? QVariant(true) : QVariant();
    }
    const api::User &counterpart = c->counterpartOf(m_myUserId);
    switch (role) {
    case Qt::DisplayRole:
    case CounterpartNameRole:
        return counterpart.name;
    // Views show tool tips as rich text when they look like HTML: names and titles come
    // from other people, so they are escaped inside markup of our own.
    case Qt::ToolTipRole:
        return u"<p>%1</p>"_s.arg(
            u"%1 — %2"_s.arg(counterpart.name, c->listing.title).toHtmlEscaped());
    case CounterpartIdRole:
        return counterpart.id;
    case CounterpartInitialsRole:
        return initialsOf(counterpart.name);
    case CounterpartLastSeenRole:
        return counterpart.lastSeenAt;
    case ListingTitleRole:
        return c->listing.title;
    case ListingPriceRole: {
        bool ok = false;
        const double amount = c->listing.price.toDouble(&ok);
        return ok ? QLocale().toCurrencyString(amount, currencySymbol(c->listing.currency))
                  : c->listing.price + u' ' + c->listing.currency;
    }
    case LastMessagePreviewRole:
        return c->lastMessage ? messagePreview(*c->lastMessage) : QString();
    case LastMessageTimeRole:
        return c->lastMessage ? c->lastMessage->createdAt : c->updatedAt;
    case LastMessageMineRole:
        return c->lastMessage && c->lastMessage->senderId == m_myUserId;
    case OnlineRole:
        return m_online.contains(counterpart.id);
    case PlaceholderRole:
        return false;
    case ArchivedRole:
        return c->archived;
    case MarkedUnreadRole:
        return c->markedUnread;
    case AwaitingReplySinceRole:
        return c->awaitingReplySince;
    case CounterpartAvatarUrlRole:
        return counterpart.avatarUrl;
    case ListingImageUrlRole:
        return c->listing.imageUrl;
    default:
        return {};
    }
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_moreAvailable && fetchMoreHandler;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_moreAvailable = false; // until the loader says there is still more
    fetchMoreHandler();
}

void ConversationListModel::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QTimer::singleShot(0, this, &ConversationListModel::flush);
}

void ConversationListModel::markDirty(qint64 conversationId, int role)
{
    m_dirtyRoles[conversationId].insert(role);
    scheduleFlush();
}

void ConversationListModel::upsert(const api::Conversation &conversation)
{
    m_pending.insert(conversation.id, conversation);
    scheduleFlush();
}

void ConversationListModel::upsert(const QList<api::Conversation> &conversations)
{
    for (const api::Conversation &conversation : conversations)
        m_pending.insert(conversation.id, conversation);
    scheduleFlush();
}

void ConversationListModel::setLastMessage(const api::Message &message)
{
    const qint64 me = m_myUserId;
    amend(message.conversationId, [message, me](api::Conversation &conversation) {
        if (conversation.lastMessage && conversation.lastMessage->id > message.id)
            return; // something newer came meanwhile
        conversation.lastMessage = message;
        conversation.updatedAt = std::max(conversation.updatedAt, message.createdAt);
        // What the server computes (§5): our answer ends the wait; theirs starts one
        // and un-archives.
        if (message.senderId == me) {
            conversation.awaitingReplySince = {};
        } else {
            conversation.archived = false;
            if (!conversation.awaitingReplySince.isValid())
                conversation.awaitingReplySince = message.createdAt;
        }
    });
}

void ConversationListModel::amend(qint64 conversationId,
                                  std::function<void(api::Conversation &)> change)
{
    if (std::optional<api::Conversation> known = conversation(conversationId)) {
        change(*known);
        upsert(*known);
        return;
    }
    m_cached.readRecord(conversationId, [this, conversationId, change = std::move(change)](
                                            const api::Conversation &read) {
        // Given meanwhile: newer.
        const std::optional<api::Conversation> given = conversation(conversationId);
        api::Conversation fresh = given ? *given : read;
        fresh.unreadCount = m_cached.unread(conversationId);
        change(fresh);
        upsert(fresh);
    });
}

void ConversationListModel::setOnline(qint64 userId, bool online)
{
    QSet<qint64> users = m_online;
    online ? void(users.insert(userId)) : void(users.remove(userId));
    setOnlineUsers(users);
}

void ConversationListModel::setOnlineUsers(const QSet<qint64> &userIds)
{
    const QSet<qint64> changed = (userIds - m_online) + (m_online - userIds);
    m_online = userIds;
    // Rows whose records are not in memory show no dot yet; they read m_online when they come.
    m_cached.forEachRecord([this, &changed](const api::Conversation &c) {
        if (changed.contains(c.counterpartOf(m_myUserId).id))
            markDirty(c.id, OnlineRole);
    });
}

void ConversationListModel::setTyping(qint64 conversationId, const QStringList &names)
{
    if (names.isEmpty())
        m_typing.remove(conversationId);
    else
        m_typing.insert(conversationId, names);
    markDirty(conversationId, TypingRole);
}

void ConversationListModel::setDraft(qint64 conversationId, const QString &draft)
{
    if (draft.isEmpty())
        m_drafts.remove(conversationId);
    else
        m_drafts.insert(conversationId, draft);
    markDirty(conversationId, DraftRole);
}

void ConversationListModel::setUnreadCount(qint64 conversationId, int unread)
{
    if (const std::optional<api::Conversation> known = conversation(conversationId)) {
        api::Conversation changed = *known;
        changed.unreadCount = unread;
        if (unread == 0)
            changed.markedUnread = false;
        if (changed.unreadCount != known->unreadCount ||
            changed.markedUnread != known->markedUnread)
            upsert(changed); // written with the rest of the record
        return;
    }
    if (!m_cached.hasStore() || m_cached.rowOf(conversationId) < 0 ||
        !m_cached.setUnread(conversationId, unread))
        return;
    m_cached.noteUnreadChanged(conversationId);
    markDirty(conversationId, UnreadCountRole);
    m_cached.writeUnreadCount(conversationId, unread); // which the counts are read after
    if (m_query.filter == store::ConversationFilter::Unread)
        askOrder(); // whether it still belongs is in the cache
}

void ConversationListModel::clear()
{
    beginResetModel();
    m_firstPageShown = nullptr;
    m_openId = 0;
    m_cached.clear();
    m_pending.clear();
    m_dirtyRoles.clear();
    m_allRolesDirty.clear();
    m_typing.clear();
    m_unreadIds.clear(); // signed out: nothing was read
    endResetModel();
    recountUnread();
    setCounts({});
}

void ConversationListModel::flush()
{
    m_flushScheduled = false;
    // While some rows have no place yet, any of them could be one of these: the places
    // come in a moment (orderArrived flushes).
    if (!m_pending.isEmpty() && m_cached.unplacedRows() == 0) {
        const QList<api::Conversation> fresh = m_pending.values();
        m_pending.clear();
        place(fresh);
    }
    emitDirtyRoles();
    recountUnread();
    if (std::exchange(m_countsInMemoryDirty, false) && !m_cached.hasStore())
        setCounts(m_cached.countsInMemory());
    dropOldRecords();
}

void ConversationListModel::place(const QList<api::Conversation> &fresh)
{
    // Where each one is before anything moves; then its new version in memory.
    QList<Change> changes;
    QList<quint64> writes;
    for (const api::Conversation &conversation : fresh) {
        const qint64 id = conversation.id;
        const int row = m_cached.rowOf(id);
        const std::optional<Key> from =
            row >= 0 ? std::optional(m_cached.keyAt(row)) : std::nullopt;
        if (const api::Conversation *old = m_cached.record(id))
            m_dirtyRoles[id] += changedRoles(*old, conversation, m_myUserId);
        else
            m_allRolesDirty.insert(id); // a placeholder until now
        if (m_cached.setUnread(id, conversation.unreadCount)) {
            m_dirtyRoles[id].insert(UnreadCountRole);
            m_cached.noteUnreadChanged(id);
        }
        m_cached.notePlaceChanged(id);
        writes.append(m_cached.putGiven(conversation));
        const bool belongs =
            store::matchesQuery(conversation, m_query) || (from && keptOpen(conversation));
        const Key to = m_cached.keyOf(conversation);
        if (from ? (!belongs || *from != to) : belongs)
            changes.append({from, belongs ? std::optional(to) : std::nullopt});
    }
    if (changes.size() <= FewChanges) {
        for (const Change &change : std::as_const(changes))
            placeOne(change);
    } else {
        placeMany(changes);
    }
    m_cached.write(fresh, writes); // the model's record of them until the cache has them
    m_countsInMemoryDirty = true;
}

void ConversationListModel::placeOne(const Change &change)
{
    const int row = change.from ? m_cached.rowOfKey(*change.from) : -1;
    if (!change.to) {
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_cached.removePlaces(row, 1);
        endRemoveRows();
        return;
    }
    // Counted in the list that still has the row: the row before which it goes.
    const int before = m_cached.insertionRow(*change.to);
    if (row < 0) {
        beginInsertRows({}, before, before);
        m_cached.insertPlaces(before, {*change.to});
        endInsertRows();
        return;
    }
    if (before == row || before == row + 1) { // newer, but no other conversation is passed
        m_cached.setPlace(row, *change.to);
        return;
    }
    beginMoveRows({}, row, row, {}, before);
    m_cached.setPlace(row, *change.to);
    m_cached.movePlace(row, before > row ? before - 1 : before);
    endMoveRows();
}

void ConversationListModel::placeMany(const QList<Change> &changes)
{
    // Rows that stop matching the search go one by one (few: each needed an update), new
    // ones come at the end in one insertion, then all go to their places in one layout
    // change that keeps persistent indexes (selection, current row) on their conversations.
    QList<Key> added;
    QList<std::pair<int, Key>> moved; // row, new key
    for (const Change &change : changes) {
        if (!change.to)
            placeOne(change);
    }
    for (const Change &change : changes) {
        if (change.from && change.to)
            moved.append({m_cached.rowOfKey(*change.from), *change.to});
        else if (change.to)
            added.append(*change.to);
    }
    if (!added.isEmpty()) {
        const int first = m_cached.placedRows();
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_cached.appendPlaces(added);
        endInsertRows();
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    QList<qint64> persistentIds;
    for (const QModelIndex &index : persistent)
        persistentIds.append(index.row() < m_cached.placedRows() ? m_cached.keyAt(index.row()).id
                                                                 : 0);
    m_cached.replacePlacesAndSort(moved);
    QModelIndexList now;
    for (qint64 id : std::as_const(persistentIds))
        now.append(id != 0 ? index(m_cached.rowOf(id)) : QModelIndex());
    changePersistentIndexList(persistent, now);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ConversationListModel::emitDirtyRoles()
{
    if (m_dirtyRoles.isEmpty() && m_allRolesDirty.isEmpty())
        return;
    QSet<qint64> ids = m_allRolesDirty;
    for (auto it = m_dirtyRoles.cbegin(); it != m_dirtyRoles.cend(); ++it)
        ids.insert(it.key());
    const QHash<qint64, int> rows = m_cached.rowsOf(ids);
    if (rows.size() > FewChanges) { // one signal for the rows between, not one each
        QSet<int> roles;
        for (const QSet<int> &changed : std::as_const(m_dirtyRoles))
            roles += changed;
        const auto [first, last] = std::minmax_element(rows.cbegin(), rows.cend());
        Q_EMIT dataChanged(index(*first), index(*last),
                           m_allRolesDirty.isEmpty() ? QList<int>(roles.cbegin(), roles.cend())
                                                     : QList<int>());
        m_dirtyRoles.clear();
        m_allRolesDirty.clear();
        return;
    }
    QList<int> allRoles;
    for (qint64 id : std::as_const(m_allRolesDirty)) {
        if (rows.contains(id))
            allRoles.append(rows.value(id));
    }
    for (auto it = m_dirtyRoles.cbegin(); it != m_dirtyRoles.cend(); ++it) {
        if (m_allRolesDirty.contains(it.key()) || it->isEmpty() || !rows.contains(it.key()))
            continue;
        const QModelIndex changed = index(rows.value(it.key()));
        Q_EMIT dataChanged(changed, changed, QList<int>(it->cbegin(), it->cend()));
    }
    m_dirtyRoles.clear();
    m_allRolesDirty.clear();
    emitChangedRows(allRoles);
}

void ConversationListModel::emitChangedRows(QList<int> rows)
{
    // Every role of these rows, one signal per run of adjacent rows.
    for (const auto &[first, last] : runsOf(std::move(rows)))
        Q_EMIT dataChanged(index(first), index(last));
}

void ConversationListModel::recountUnread()
{
    int total = 0;
    QSet<qint64> unreadIds;
    const QHash<qint64, int> &counts = m_cached.unreadCounts();
    unreadIds.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        total += it.value();
        if (it.value() > 0)
            unreadIds.insert(it.key());
    }
    const QSet<qint64> before = std::exchange(m_unreadIds, unreadIds);
    if (total != m_totalUnread) {
        m_totalUnread = total;
        Q_EMIT totalUnreadChanged(total);
    }
    for (qint64 id : before) {
        if (!m_unreadIds.contains(id))
            Q_EMIT conversationRead(id);
    }
}

void ConversationListModel::dropOldRecords()
{
    if (m_cached.recordCount() <= CachedConversations::WindowRecords)
        return;
    QSet<qint64> pinned; // the selection, the current row
    for (const QModelIndex &index : persistentIndexList()) {
        if (index.row() < m_cached.placedRows())
            pinned.insert(m_cached.keyAt(index.row()).id);
    }
    m_cached.dropBeyond(CachedConversations::WindowRecords - PageSize, pinned);
}

int ConversationListModel::rowOfConversation(qint64 conversationId) const
{
    return m_cached.rowOf(conversationId);
}

int ConversationListModel::nextUnreadRow(int row) const
{
    return m_cached.nextUnreadRow(row);
}

std::optional<api::Conversation> ConversationListModel::conversation(qint64 conversationId) const
{
    if (m_pending.contains(conversationId))
        return m_pending.value(conversationId);
    const api::Conversation *record = m_cached.record(conversationId);
    if (!record)
        return std::nullopt;
    api::Conversation known = *record;
    known.unreadCount = m_cached.unread(conversationId);
    return known;
}

// --- Reading from the cache ---------------------------------------------------------

void ConversationListModel::setStore(store::Store *store, std::function<void()> firstPageShown)
{
    m_firstPageShown = std::move(firstPageShown);
    m_cached.attach(store);
    if (!store)
        return;
    // Asked in this order, answered in this order (the store's thread runs jobs in turn):
    // the first page with the row count shows at once, every place follows.
    if (m_query.needle.isEmpty() && m_cached.rowCount() == 0)
        m_cached.readHead(PageSize, m_query);
    m_cached.readUnreadCounts();
    askOrder();
    m_cached.readCounts();
}

void ConversationListModel::headArrived(const store::ConversationHead &head)
{
    if (m_cached.rowCount() > 0 || !m_query.needle.isEmpty())
        return; // rows were given first: the places of all come with the order
    if (const int total = std::max(head.total, int(head.first.size())); total > 0) {
        beginInsertRows({}, 0, total - 1);
        m_cached.placeHead(head, m_query.effectiveOrder());
        endInsertRows();
        recountUnread();
    }
    firstPageShown();
}

void ConversationListModel::setSearch(const QString &text)
{
    const QString needle = store::searchNeedle(text);
    if (needle == m_query.needle)
        return;
    m_query.needle = needle;
    flush(); // what is queued is placed (and written) before the cache is asked
    askOrder();
}

void ConversationListModel::setFilter(store::ConversationFilter filter)
{
    if (filter == m_query.filter)
        return;
    m_query.filter = filter;
    flush();
    askOrder();
    Q_EMIT filterChanged(filter);
}

void ConversationListModel::setAwaitingOrder(store::ConversationOrder order)
{
    if (order == m_query.order)
        return;
    m_query.order = order;
    if (m_query.filter != store::ConversationFilter::AwaitingReply)
        return; // the other filters are by activity
    flush();
    askOrder();
}

bool ConversationListModel::keptOpen(const api::Conversation &conversation) const
{
    using store::ConversationFilter;
    return conversation.id == m_openId && !conversation.archived &&
           (m_query.filter == ConversationFilter::Unread ||
            m_query.filter == ConversationFilter::AwaitingReply) &&
           store::matchesSearch(conversation, m_myUserId, m_query.needle);
}

void ConversationListModel::setOpenConversation(qint64 conversationId)
{
    const qint64 left = std::exchange(m_openId, conversationId);
    // The one left goes now if only being open kept it.
    if (const std::optional<api::Conversation> known =
            left != 0 && left != conversationId ? conversation(left) : std::nullopt;
        known && !store::matchesQuery(*known, m_query) && m_cached.rowOf(left) >= 0)
        upsert(*known);
}

void ConversationListModel::setCounts(const store::ConversationCounts &counts)
{
    if (counts == m_counts)
        return;
    m_counts = counts;
    Q_EMIT countsChanged(counts);
}

void ConversationListModel::askOrder()
{
    if (m_cached.hasStore()) {
        m_cached.readOrder(m_query);
        return;
    }
    if (m_cached.unplacedRows() == 0) { // every record is in memory
        applyOrder(m_cached.placesInMemory(m_query));
        Q_EMIT searchFinished();
    }
}

void ConversationListModel::orderArrived(const QList<Key> &keys)
{
    applyOrder(keys);
    flush(); // what waited for the places
    firstPageShown();
    Q_EMIT searchFinished();
}

void ConversationListModel::applyOrder(const QList<Key> &keys)
{
    if (const store::ConversationOrder order = m_query.effectiveOrder();
        order != m_cached.placesOrder()) {
        replaceOrder(keys, order); // keys of another kind: no rows in common to keep
        return;
    }
    const int placed = m_cached.placedRows();
    if (m_cached.unplacedRows() > 0) {
        // At start: the rows counted with the first page, in the same order. Places only.
        if (keys.size() == m_cached.rowCount() &&
            std::equal(m_cached.keys().cbegin(), m_cached.keys().cend(), keys.cbegin())) {
            m_cached.setPlaces(keys, 0);
            Q_EMIT dataChanged(index(placed), index(m_cached.rowCount() - 1));
            return;
        }
        beginRemoveRows({}, placed, m_cached.rowCount() - 1);
        m_cached.resolveUnplaced();
        endRemoveRows();
    }
    // What only the old places have goes, what only the new ones have comes, in runs, so
    // rows that stay keep their selection.
    const CachedConversations::OrderChange change = m_cached.changeTo(keys);
    const QList<std::pair<int, int>> gone = runsOf(change.gone);
    const QList<std::pair<int, int>> added = runsOf(change.added);
    if (gone.size() + added.size() > ManyRuns) {
        // Another filter over thousands of rows: a signal per run costs a view more than
        // the rows themselves (a relayout each). All out, all in; the panel selects the
        // open conversation again.
        replaceOrder(keys, m_cached.placesOrder());
        return;
    }
    for (auto run = gone.crbegin(); run != gone.crend(); ++run) { // from the bottom up
        beginRemoveRows({}, run->first, run->second);
        m_cached.removePlaces(run->first, run->second - run->first + 1);
        endRemoveRows();
    }
    for (const auto &[first, last] : added) { // rows above are in place
        beginInsertRows({}, first, last);
        m_cached.insertPlaces(first, keys.mid(first, last - first + 1));
        endInsertRows();
    }
}

void ConversationListModel::replaceOrder(const QList<Key> &keys, store::ConversationOrder order)
{
    if (m_cached.rowCount() > 0) {
        beginRemoveRows({}, 0, m_cached.rowCount() - 1);
        m_cached.setPlaces({}, 0);
        endRemoveRows();
    }
    m_cached.setPlacesOrder(order);
    if (keys.isEmpty())
        return;
    beginInsertRows({}, 0, int(keys.size()) - 1);
    m_cached.setPlaces(keys, 0);
    endInsertRows();
}

void ConversationListModel::unreadArrived(const QHash<qint64, int> &unread)
{
    // Badges that change: on rows whose records are not read yet (or changed meanwhile).
    // Thousands at start (a large cache): one signal for all rows, not one each.
    const QSet<qint64> changed = m_cached.replaceUnreadCounts(unread, FewChanges);
    if (changed.size() > FewChanges && m_cached.placedRows() > 0) {
        Q_EMIT dataChanged(index(0), index(m_cached.placedRows() - 1), {UnreadCountRole});
    } else {
        for (qint64 id : changed)
            m_dirtyRoles[id].insert(UnreadCountRole);
    }
    scheduleFlush();
}

void ConversationListModel::wantRow(int row) const
{
    if (!m_cached.hasStore())
        return;
    m_wantedFirst = m_wantedFirst < 0 ? row : std::min(m_wantedFirst, row);
    m_wantedLast = std::max(m_wantedLast, row);
    if (m_readScheduled)
        return;
    m_readScheduled = true;
    // After this turn's paint has said which rows it shows: one read for all of them.
    QTimer::singleShot(0, const_cast<ConversationListModel *>(this),
                       &ConversationListModel::readWantedRows);
}

void ConversationListModel::readWantedRows()
{
    m_readScheduled = false;
    // A page's margin on both sides of what was shown, so that scrolling finds rows ready.
    const int first = std::max(0, m_wantedFirst - PageSize);
    const int last = std::min(m_cached.placedRows() - 1, m_wantedLast + PageSize);
    m_wantedFirst = m_wantedLast = -1;
    QList<qint64> ids;
    for (int row = first; row <= last; ++row) {
        if (const qint64 id = m_cached.keyAt(row).id; !m_pending.contains(id))
            ids.append(id);
    }
    m_cached.readRecords(ids);
}

void ConversationListModel::recordsArrived(const QList<api::Conversation> &records)
{
    QList<int> rows;
    for (const api::Conversation &record : records) {
        // What the model was given meanwhile is newer; a record whose place changed since
        // was read before an update was written: read again if shown.
        if (const int row = m_pending.contains(record.id) ? -1 : m_cached.putRead(record); row >= 0)
            rows.append(row);
    }
    emitChangedRows(rows);
    dropOldRecords();
}

void ConversationListModel::firstPageShown()
{
    if (std::function<void()> shown = std::exchange(m_firstPageShown, nullptr))
        shown();
}

} // namespace envisage::inbox
