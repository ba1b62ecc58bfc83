#include "MessageListModel.h"

#include <QTimer>

namespace envisage::inbox {

using namespace Qt::StringLiterals;

MessageListModel::MessageListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_conversationId == 0 ? 0 : int(m_items.size()) + 1;
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    return {{KindRole, "kind"}, {IdRole, "messageId"}, {ClientIdRole, "clientId"}, {BodyRole, "body"},
            {SenderIdRole, "senderId"}, {SenderNameRole, "senderName"}, {MineRole, "mine"},
            {TimeRole, "time"}, {DeliveryRole, "delivery"}, {ErrorRole, "error"},
            {DaySeparatorRole, "daySeparator"}};
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
    const qsizetype i = index.row() - 1;
    const Item &item = m_items.at(i);
    const api::Message &m = item.message;
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole: return m.body;
    case KindRole: return QVariant::fromValue(RowKind::Message);
    case IdRole: return m.id;
    case ClientIdRole: return m.clientId;
    case SenderIdRole: return m.senderId;
    case SenderNameRole: return m.sender.name;
    case MineRole: return m.senderId == m_myUserId;
    case TimeRole: return m.createdAt;
    case DeliveryRole: {
        Delivery delivery = item.delivery;
        if (delivery == Delivery::Sent && m.id != 0 && (m.readAt.isValid() || m.id <= m_readUpTo))
            delivery = Delivery::Read;
        return QVariant::fromValue(delivery);
    }
    case ErrorRole: return item.error;
    case DaySeparatorRole: return isFirstOfDay(i);
    default: return {};
    }
}

bool MessageListModel::isFirstOfDay(qsizetype item) const
{
    if (item == 0)
        return true;
    return m_items.at(item).message.createdAt.toLocalTime().date()
        != m_items.at(item - 1).message.createdAt.toLocalTime().date();
}

bool MessageListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_conversationId != 0 && !m_reachedStart && !m_loading
        && fetchMoreHandler;
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
    m_items.clear();
    m_pending.clear();
    m_readUpTo = 0;
    m_reachedStart = false;
    m_loading = false;
    endResetModel();
}

void MessageListModel::setHistoryLoading(bool loading)
{
    m_loading = loading;
}

qint64 MessageListModel::oldestId() const
{
    for (const Item &item : m_items) {
        if (item.message.id != 0)
            return item.message.id;
    }
    return 0;
}

qint64 MessageListModel::newestId() const
{
    qint64 newest = 0;
    for (const Item &item : m_items)
        newest = std::max(newest, item.message.id);
    return newest;
}

qsizetype MessageListModel::findById(qint64 id) const
{
    for (qsizetype i = m_items.size() - 1; i >= 0; --i) {
        if (m_items.at(i).message.id == id)
            return i;
    }
    return -1;
}

qsizetype MessageListModel::findByClientId(const QString &clientId) const
{
    if (clientId.isEmpty())
        return -1;
    for (qsizetype i = m_items.size() - 1; i >= 0; --i) {
        if (m_items.at(i).message.clientId == clientId)
            return i;
    }
    return -1;
}

void MessageListModel::emitItemChanged(qsizetype item, const QList<int> &roles)
{
    const QModelIndex changed = index(rowOfItem(item));
    Q_EMIT dataChanged(changed, changed, roles);
}

void MessageListModel::prependHistory(const QList<api::Message> &older, bool reachedStart)
{
    m_loading = false;
    QList<Item> items;
    const qint64 oldest = oldestId();
    // Pages come newest first; keep only what is older than what we show.
    for (auto it = older.crbegin(); it != older.crend(); ++it) {
        if (it->conversationId == m_conversationId && (oldest == 0 || it->id < oldest) && findById(it->id) < 0)
            items.append({*it, it->senderId == m_myUserId ? Delivery::Sent : Delivery::Received, {}, 0});
    }
    if (!items.isEmpty()) {
        beginInsertRows({}, 1, int(items.size()));
        m_items = items + m_items;
        endInsertRows();
        if (m_items.size() > items.size())
            emitItemChanged(items.size(), {DaySeparatorRole});
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
    for (const api::Message &message : incoming) {
        const Delivery delivery = message.senderId == m_myUserId ? Delivery::Sent : Delivery::Received;
        if (const qsizetype known = findById(message.id); known >= 0) {
            m_items[known].message = message; // e.g. read_at arrived
            emitItemChanged(known, {DeliveryRole});
            continue;
        }
        if (const qsizetype unsent = findByClientId(message.clientId); unsent >= 0 && m_items.at(unsent).message.id == 0) {
            // Our own message confirmed (by the POST answer or its broadcast): same row
            // when it stays in place, which is the usual case.
            qsizetype at = 0;
            while (at < m_items.size() && m_items.at(at).message.id != 0 && m_items.at(at).message.id < message.id)
                ++at;
            Item item = m_items.at(unsent);
            item.message = message;
            item.delivery = delivery;
            item.error.clear();
            if (at == unsent) {
                m_items[unsent] = item;
                emitItemChanged(unsent, {IdRole, DeliveryRole, ErrorRole, TimeRole});
                continue;
            }
            beginRemoveRows({}, rowOfItem(unsent), rowOfItem(unsent));
            m_items.removeAt(unsent);
            endRemoveRows();
            if (at > unsent)
                --at;
            beginInsertRows({}, rowOfItem(at), rowOfItem(at));
            m_items.insert(at, item);
            endInsertRows();
            continue;
        }
        // Older than everything shown while history is still being paged: the next
        // history page brings it, in place.
        if (!m_reachedStart && !m_items.isEmpty() && message.id < oldestId())
            continue;
        qsizetype at = m_items.size();
        while (at > 0 && (m_items.at(at - 1).message.id == 0 || m_items.at(at - 1).message.id > message.id))
            --at;
        beginInsertRows({}, rowOfItem(at), rowOfItem(at));
        m_items.insert(at, {message, delivery, {}, 0});
        endInsertRows();
        if (at + 1 < m_items.size())
            emitItemChanged(at + 1, {DaySeparatorRole});
    }
}

void MessageListModel::addPending(const store::OutboxEntry &entry)
{
    if (entry.conversationId != m_conversationId || findByClientId(entry.clientId) >= 0)
        return;
    api::Message message;
    message.conversationId = entry.conversationId;
    message.senderId = m_myUserId;
    message.body = entry.body;
    message.clientId = entry.clientId;
    message.createdAt = entry.createdAt;
    const Delivery delivery = entry.state == store::OutboxEntry::State::Failed ? Delivery::Failed : Delivery::Pending;
    const qsizetype at = m_items.size();
    beginInsertRows({}, rowOfItem(at), rowOfItem(at));
    m_items.append({message, delivery, entry.lastError, entry.sequence});
    endInsertRows();
}

void MessageListModel::updatePending(const store::OutboxEntry &entry)
{
    const qsizetype at = findByClientId(entry.clientId);
    if (at < 0 || m_items.at(at).message.id != 0)
        return;
    m_items[at].delivery = entry.state == store::OutboxEntry::State::Failed ? Delivery::Failed : Delivery::Pending;
    m_items[at].error = entry.lastError;
    emitItemChanged(at, {DeliveryRole, ErrorRole});
}

void MessageListModel::removePending(const QString &clientId)
{
    const qsizetype at = findByClientId(clientId);
    if (at < 0 || m_items.at(at).message.id != 0)
        return;
    beginRemoveRows({}, rowOfItem(at), rowOfItem(at));
    m_items.removeAt(at);
    endRemoveRows();
}

void MessageListModel::markReadUpTo(qint64 messageId)
{
    if (messageId <= m_readUpTo)
        return;
    const qint64 previous = std::exchange(m_readUpTo, messageId);
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const qint64 id = m_items.at(i).message.id;
        if (id > previous && id <= messageId && m_items.at(i).message.senderId == m_myUserId)
            emitItemChanged(i, {DeliveryRole});
    }
}

} // namespace envisage::inbox
