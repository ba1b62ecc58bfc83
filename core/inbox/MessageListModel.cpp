#include "MessageListModel.h"

#include <QTimer>

#include <algorithm>
#include <limits>

namespace envisage::inbox {

using namespace Qt::StringLiterals;

MessageListModel::MessageListModel(QObject *parent) : QAbstractListModel(parent) {}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_conversationId == 0)
        return 0;
    return int(m_items.size()) + 1 + (m_hasNewer ? 1 : 0);
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    return {{KindRole, "kind"},
            {IdRole, "messageId"},
            {ClientIdRole, "clientId"},
            {BodyRole, "body"},
            {SenderIdRole, "senderId"},
            {SenderNameRole, "senderName"},
            {MineRole, "mine"},
            {TimeRole, "time"},
            {DeliveryRole, "delivery"},
            {ErrorRole, "error"},
            {DaySeparatorRole, "daySeparator"},
            {AttachmentsRole, "attachments"}};
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0) {
        const RowKind kind = m_reachedStart ? RowKind::StartOfConversation : RowKind::Loading;
        if (role == KindRole)
            return QVariant::fromValue(kind);
        return {};
    }
    if (index.row() > int(m_items.size())) // the footer, while newer pages are to come
        return role == KindRole ? QVariant::fromValue(RowKind::LoadingNewer) : QVariant();
    const qsizetype i = index.row() - 1;
    const Item &item = m_items[size_t(i)];
    const api::Message &m = item.message;
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return m.body;
    case KindRole:
        return QVariant::fromValue(RowKind::Message);
    case IdRole:
        return m.id;
    case ClientIdRole:
        return m.clientId;
    case SenderIdRole:
        return m.senderId;
    case SenderNameRole:
        return m.sender.name;
    case MineRole:
        return m.senderId == m_myUserId;
    case TimeRole:
        return m.createdAt;
    case DeliveryRole: {
        Delivery delivery = item.delivery;
        if (delivery == Delivery::Sent && m.id != 0 && (m.readAt.isValid() || m.id <= m_readUpTo))
            delivery = Delivery::Read;
        return QVariant::fromValue(delivery);
    }
    case ErrorRole:
        return item.error;
    case DaySeparatorRole:
        return isFirstOfDay(i);
    case AttachmentsRole: {
        QVariantList list;
        if (m.id == 0) {
            for (const store::OutboxAttachment &file : m_localFiles.value(m.clientId)) {
                QVariantMap map{{u"name"_s, file.name},
                                {u"mime"_s, file.mime},
                                {u"size"_s, file.size},
                                {u"path"_s, file.path},
                                {u"uploaded"_s, file.uploaded}};
                if (file.isUploaded())
                    map.insert(u"id"_s, file.attachmentId);
                list.append(map);
            }
            return list;
        }
        for (const api::Attachment &attachment : m.attachments) {
            list.append(QVariantMap{{u"id"_s, attachment.id},
                                    {u"name"_s, attachment.name},
                                    {u"mime"_s, attachment.mime},
                                    {u"size"_s, attachment.size},
                                    {u"width"_s, attachment.width},
                                    {u"height"_s, attachment.height},
                                    {u"url"_s, attachment.url},
                                    {u"thumbnailUrl"_s, attachment.thumbnailUrl},
                                    {u"attachment"_s, QVariant::fromValue(attachment)}});
        }
        return list;
    }
    default:
        return {};
    }
}

bool MessageListModel::isFirstOfDay(qsizetype item) const
{
    if (item == 0)
        return true;
    return m_items[size_t(item)].message.createdAt.toLocalTime().date() !=
           m_items[size_t(item - 1)].message.createdAt.toLocalTime().date();
}

bool MessageListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_conversationId != 0 && !m_reachedStart && !m_loading &&
           fetchMoreHandler;
}

void MessageListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setHistoryLoading(true);
    fetchMoreHandler();
}

void MessageListModel::reset(qint64 conversationId, qint64 myUserId)
{
    beginResetModel();
    m_conversationId = conversationId;
    m_myUserId = myUserId;
    clearItems();
    m_pending.clear();
    m_localFiles.clear();
    m_readUpTo = 0;
    m_reachedStart = false;
    m_loading = false;
    m_hasNewer = false;
    m_loadingNewer = false;
    endResetModel();
}

void MessageListModel::setHistoryLoading(bool loading)
{
    m_loading = loading;
}

qint64 MessageListModel::oldestId() const
{
    for (const Item &item : m_items) { // the first item, unless all are unsent
        if (item.message.id != 0)
            return item.message.id;
    }
    return 0;
}

qint64 MessageListModel::newestId() const
{
    // Confirmed items are sorted by id and come before the unsent ones (id 0).
    for (auto it = m_items.crbegin(); it != m_items.crend(); ++it) {
        if (it->message.id != 0)
            return it->message.id;
    }
    return 0;
}

qsizetype MessageListModel::firstConfirmedFrom(qint64 id) const
{
    const auto at = std::partition_point(m_items.cbegin(), m_items.cend(), [id](const Item &item) {
        return item.message.id != 0 && item.message.id < id;
    });
    return qsizetype(at - m_items.cbegin());
}

qsizetype MessageListModel::findById(qint64 id) const
{
    const auto slot = m_slotById.constFind(id);
    return slot == m_slotById.constEnd() ? -1 : qsizetype(*slot - m_frontSlot);
}

qsizetype MessageListModel::findByClientId(const QString &clientId) const
{
    if (clientId.isEmpty())
        return -1;
    const auto slot = m_slotByClientId.constFind(clientId);
    return slot == m_slotByClientId.constEnd() ? -1 : qsizetype(*slot - m_frontSlot);
}

// ---- Item storage --------------------------------------------------------------------

void MessageListModel::addToLookup(qsizetype item)
{
    const api::Message &m = m_items[size_t(item)].message;
    const qint64 slot = slotOf(item);
    if (m.id != 0)
        m_slotById.insert(m.id, slot);
    if (!m.clientId.isEmpty()) {
        auto known = m_slotByClientId.find(m.clientId);
        if (known == m_slotByClientId.end())
            m_slotByClientId.insert(m.clientId, slot);
        else if (*known < slot) // the last item with it is the one found, as before
            *known = slot;
    }
}

void MessageListModel::removeFromLookup(qsizetype item)
{
    const api::Message &m = m_items[size_t(item)].message;
    const qint64 slot = slotOf(item);
    if (m.id != 0 && m_slotById.value(m.id, -1) == slot)
        m_slotById.remove(m.id);
    if (!m.clientId.isEmpty() && m_slotByClientId.value(m.clientId, -1) == slot) {
        m_slotByClientId.remove(m.clientId);
        // Rare: another (earlier) item with the same client id is found from now on.
        for (qsizetype i = item - 1; i >= 0; --i) {
            if (m_items[size_t(i)].message.clientId == m.clientId) {
                m_slotByClientId.insert(m.clientId, slotOf(i));
                break;
            }
        }
    }
}

// Items from `item` on moved by `shift` positions: their slots follow.
void MessageListModel::renumberFrom(qsizetype item, qint64 shift)
{
    for (qsizetype i = item; i < qsizetype(m_items.size()); ++i) {
        const api::Message &m = m_items[size_t(i)].message;
        const qint64 slot = slotOf(i);
        if (m.id != 0) {
            auto known = m_slotById.find(m.id);
            if (known != m_slotById.end() && *known == slot - shift)
                *known = slot;
        }
        if (!m.clientId.isEmpty()) {
            auto known = m_slotByClientId.find(m.clientId);
            if (known != m_slotByClientId.end() && *known == slot - shift)
                *known = slot;
        }
    }
}

void MessageListModel::insertItem(qsizetype at, Item item)
{
    m_items.insert(m_items.begin() + at, std::move(item));
    renumberFrom(at + 1, 1); // usually only the unsent items at the end
    addToLookup(at);
}

void MessageListModel::removeItem(qsizetype at)
{
    removeFromLookup(at);
    m_items.erase(m_items.begin() + at);
    renumberFrom(at, -1);
}

void MessageListModel::prependItems(std::vector<Item> &&older)
{
    m_items.insert(m_items.begin(), std::make_move_iterator(older.begin()),
                   std::make_move_iterator(older.end()));
    m_frontSlot -= qint64(older.size());
    for (qsizetype i = qsizetype(older.size()) - 1; i >= 0; --i)
        addToLookup(i); // never replaces a later item with the same client id
}

void MessageListModel::shareSender(api::Message &message)
{
    auto known = m_senders.find(message.sender.id);
    if (known == m_senders.end()) {
        m_senders.insert(message.sender.id, message.sender);
        return;
    }
    if (known->name == message.sender.name)
        message.sender.name = known->name;
    else
        known->name = message.sender.name;
    if (known->avatarUrl == message.sender.avatarUrl)
        message.sender.avatarUrl = known->avatarUrl;
    else
        known->avatarUrl = message.sender.avatarUrl;
}

void MessageListModel::clearItems()
{
    m_items.clear();
    m_slotById.clear();
    m_slotByClientId.clear();
    m_senders.clear();
    m_frontSlot = 0;
}

void MessageListModel::emitItemChanged(qsizetype item, const QList<int> &roles)
{
    const QModelIndex changed = index(rowOfItem(item));
    Q_EMIT dataChanged(changed, changed, roles);
}

void MessageListModel::prependHistory(const QList<api::Message> &older, bool reachedStart)
{
    m_loading = false;
    std::vector<Item> items;
    const qint64 oldest = oldestId();
    // Pages come newest first; keep only what is older than what we show.
    for (auto it = older.crbegin(); it != older.crend(); ++it) {
        if (it->conversationId == m_conversationId && (oldest == 0 || it->id < oldest) &&
            findById(it->id) < 0 && (items.empty() || items.back().message.id != it->id)) {
            items.push_back(
                {*it, it->senderId == m_myUserId ? Delivery::Sent : Delivery::Received, {}, 0});
            shareSender(items.back().message);
        }
    }
    if (!items.empty()) {
        const qsizetype added = qsizetype(items.size());
        beginInsertRows({}, 1, int(added));
        prependItems(std::move(items));
        endInsertRows();
        if (qsizetype(m_items.size()) > added)
            emitItemChanged(added, {DaySeparatorRole});
    }
    if (reachedStart && !m_reachedStart) { // once reached, the start stays reached
        m_reachedStart = true;
        Q_EMIT dataChanged(index(0), index(0), {KindRole});
    }
}

void MessageListModel::merge(const QList<api::Message> &messages)
{
    for (const api::Message &message : messages) {
        if (message.conversationId == m_conversationId)
            m_pending.append(message);
    }
    scheduleFlush();
}

void MessageListModel::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QTimer::singleShot(0, this, &MessageListModel::flush);
}

void MessageListModel::flush()
{
    m_flushScheduled = false;
    const QList<api::Message> incoming = std::exchange(m_pending, {});
    for (api::Message message : incoming) {
        shareSender(message);
        const Delivery delivery =
            message.senderId == m_myUserId ? Delivery::Sent : Delivery::Received;
        if (const qsizetype known = findById(message.id); known >= 0) {
            removeFromLookup(known);
            m_items[size_t(known)].message = message; // e.g. read_at arrived
            addToLookup(known);
            emitItemChanged(known, {DeliveryRole, AttachmentsRole});
            continue;
        }
        if (const qsizetype unsent = findByClientId(message.clientId);
            unsent >= 0 && m_items[size_t(unsent)].message.id == 0) {
            // Our own message confirmed (by the POST answer or its broadcast): same row
            // when it stays in place, which is the usual case.
            qsizetype at = firstConfirmedFrom(message.id);
            Item item = m_items[size_t(unsent)];
            item.message = message;
            item.delivery = delivery;
            item.error.clear();
            m_localFiles.remove(message.clientId);
            if (at == unsent) {
                removeFromLookup(unsent);
                m_items[size_t(unsent)] = std::move(item);
                addToLookup(unsent);
                emitItemChanged(unsent,
                                {IdRole, DeliveryRole, ErrorRole, TimeRole, AttachmentsRole});
                continue;
            }
            beginRemoveRows({}, rowOfItem(unsent), rowOfItem(unsent));
            removeItem(unsent);
            endRemoveRows();
            if (at > unsent)
                --at;
            beginInsertRows({}, rowOfItem(at), rowOfItem(at));
            insertItem(at, std::move(item));
            endInsertRows();
            continue;
        }
        // Older than everything shown while history is still being paged: the next
        // history page brings it, in place.
        if (!m_reachedStart && !m_items.empty() && message.id < oldestId())
            continue;
        // Newer than everything shown while newer pages are to come: one of them brings
        // it; appended now, it would stand after a gap.
        if (m_hasNewer && message.id > newestId())
            continue;
        qsizetype at = qsizetype(m_items.size());
        while (at > 0 && (m_items[size_t(at - 1)].message.id == 0 ||
                          m_items[size_t(at - 1)].message.id > message.id))
            --at;
        beginInsertRows({}, rowOfItem(at), rowOfItem(at));
        insertItem(at, {message, delivery, {}, 0});
        endInsertRows();
        if (at + 1 < qsizetype(m_items.size()))
            emitItemChanged(at + 1, {DaySeparatorRole});
    }
}

void MessageListModel::addPending(const store::OutboxEntry &entry)
{
    // Unsent messages go after the newest, which is not loaded while hasNewer.
    if (entry.conversationId != m_conversationId || m_hasNewer ||
        findByClientId(entry.clientId) >= 0)
        return;
    api::Message message;
    message.conversationId = entry.conversationId;
    message.senderId = m_myUserId;
    message.body = entry.body;
    message.clientId = entry.clientId;
    message.createdAt = entry.createdAt;
    const Delivery delivery =
        entry.state == store::OutboxEntry::State::Failed ? Delivery::Failed : Delivery::Pending;
    if (!entry.attachments.isEmpty())
        m_localFiles.insert(entry.clientId, entry.attachments);
    const qsizetype at = qsizetype(m_items.size());
    beginInsertRows({}, rowOfItem(at), rowOfItem(at));
    insertItem(at, {message, delivery, entry.lastError, entry.sequence});
    endInsertRows();
}

void MessageListModel::setUploadProgress(const QString &clientId, int index, qint64 sent)
{
    const auto files = m_localFiles.find(clientId);
    if (files == m_localFiles.end() || index < 0 || index >= files->size())
        return;
    (*files)[index].uploaded = sent;
    if (const qsizetype at = findByClientId(clientId); at >= 0)
        emitItemChanged(at, {AttachmentsRole});
}

void MessageListModel::updatePending(const store::OutboxEntry &entry)
{
    const qsizetype at = findByClientId(entry.clientId);
    if (at < 0 || m_items[size_t(at)].message.id != 0)
        return;
    m_items[size_t(at)].delivery =
        entry.state == store::OutboxEntry::State::Failed ? Delivery::Failed : Delivery::Pending;
    m_items[size_t(at)].error = entry.lastError;
    QList<int> roles{DeliveryRole, ErrorRole};
    if (!entry.attachments.isEmpty()) {
        m_localFiles.insert(entry.clientId, entry.attachments);
        roles.append(AttachmentsRole);
    }
    emitItemChanged(at, roles);
}

void MessageListModel::removePending(const QString &clientId)
{
    const qsizetype at = findByClientId(clientId);
    if (at < 0 || m_items[size_t(at)].message.id != 0)
        return;
    m_localFiles.remove(clientId);
    beginRemoveRows({}, rowOfItem(at), rowOfItem(at));
    removeItem(at);
    endRemoveRows();
}

void MessageListModel::markReadUpTo(qint64 messageId)
{
    if (messageId <= m_readUpTo)
        return;
    const qint64 previous = std::exchange(m_readUpTo, messageId);
    // Only the confirmed items with ids in (previous, messageId]: a range of the sorted prefix.
    for (qsizetype i = firstConfirmedFrom(previous + 1); i < qsizetype(m_items.size()); ++i) {
        const api::Message &m = m_items[size_t(i)].message;
        if (m.id == 0 || m.id > messageId)
            break;
        if (m.senderId == m_myUserId)
            emitItemChanged(i, {DeliveryRole});
    }
}

// ---- Newer history (a conversation opened at a message) ------------------------------

int MessageListModel::rowOfMessage(qint64 id) const
{
    const qsizetype item = id == 0 ? -1 : findById(id);
    return item < 0 ? -1 : rowOfItem(item);
}

void MessageListModel::setHasNewer(bool hasNewer)
{
    if (hasNewer == m_hasNewer)
        return;
    m_loadingNewer = false;
    if (m_conversationId == 0) {
        m_hasNewer = hasNewer;
        return;
    }
    const int footer = int(m_items.size()) + 1;
    if (hasNewer)
        beginInsertRows({}, footer, footer);
    else
        beginRemoveRows({}, footer, footer);
    m_hasNewer = hasNewer;
    if (hasNewer)
        endInsertRows();
    else
        endRemoveRows();
}

bool MessageListModel::canFetchNewer() const
{
    return m_conversationId != 0 && m_hasNewer && !m_loadingNewer && fetchNewerHandler;
}

void MessageListModel::fetchNewer()
{
    if (!canFetchNewer())
        return;
    m_loadingNewer = true;
    fetchNewerHandler();
}

void MessageListModel::appendNewer(const QList<api::Message> &newer, bool reachedNewest)
{
    m_loadingNewer = false;
    const qint64 newest = newestId();
    std::vector<Item> items;
    for (const api::Message &message : newer) {
        if (message.conversationId == m_conversationId && message.id > newest &&
            findById(message.id) < 0)
            items.push_back({message,
                             message.senderId == m_myUserId ? Delivery::Sent : Delivery::Received,
                             {},
                             0});
    }
    std::sort(items.begin(), items.end(),
              [](const Item &a, const Item &b) { return a.message.id < b.message.id; });
    items.erase(
        std::unique(items.begin(), items.end(),
                    [](const Item &a, const Item &b) { return a.message.id == b.message.id; }),
        items.end());
    if (!items.empty()) {
        // After the confirmed messages (there are no unsent ones while hasNewer).
        const qsizetype at = firstConfirmedFrom(std::numeric_limits<qint64>::max());
        const qsizetype added = qsizetype(items.size());
        for (Item &item : items)
            shareSender(item.message);
        beginInsertRows({}, rowOfItem(at), rowOfItem(at + added - 1));
        m_items.insert(m_items.begin() + at, std::make_move_iterator(items.begin()),
                       std::make_move_iterator(items.end()));
        renumberFrom(at + added, added);
        for (qsizetype i = at; i < at + added; ++i)
            addToLookup(i);
        endInsertRows();
    }
    if (reachedNewest)
        setHasNewer(false);
}

} // namespace envisage::inbox
