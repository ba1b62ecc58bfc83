#include "ConversationListModel.h"

#include <QLocale>
#include <QTimer>

namespace envisage::inbox {

using namespace Qt::StringLiterals;

namespace {

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

QString oneLine(const QString &text)
{
    QString line = text.simplified();
    return line.size() > 140 ? line.left(140) : line;
}

} // namespace

ConversationListModel::ConversationListModel(QObject *parent) : QAbstractListModel(parent) {}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
            {DraftRole, "draft"}};
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const api::Conversation &c = row.conversation;
    const api::User &counterpart = c.counterpartOf(m_myUserId);
    switch (role) {
    case Qt::DisplayRole:
    case CounterpartNameRole:
        return counterpart.name;
    // Views show tool tips as rich text when they look like HTML: names and titles come
    // from other people, so they are escaped inside markup of our own.
    case Qt::ToolTipRole:
        return u"<p>%1</p>"_s.arg(
            u"%1 — %2"_s.arg(counterpart.name, c.listing.title).toHtmlEscaped());
    case IdRole:
        return c.id;
    case CounterpartIdRole:
        return counterpart.id;
    case CounterpartInitialsRole:
        return initialsOf(counterpart.name);
    case CounterpartLastSeenRole:
        return counterpart.lastSeenAt;
    case ListingTitleRole:
        return c.listing.title;
    case ListingPriceRole: {
        bool ok = false;
        const double amount = c.listing.price.toDouble(&ok);
        return ok ? QLocale().toCurrencyString(amount, currencySymbol(c.listing.currency))
                  : c.listing.price + u' ' + c.listing.currency;
    }
    case LastMessagePreviewRole:
        return c.lastMessage ? oneLine(c.lastMessage->body) : QString();
    case LastMessageTimeRole:
        return c.lastMessage ? c.lastMessage->createdAt : c.updatedAt;
    case LastMessageMineRole:
        return c.lastMessage && c.lastMessage->senderId == m_myUserId;
    case UnreadCountRole:
        return c.unreadCount;
    case OnlineRole:
        return m_online.contains(counterpart.id);
    case TypingRole:
        return row.typing.join(u", "_s);
    case DraftRole:
        return row.draft;
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

void ConversationListModel::addCached(const QList<api::Conversation> &conversations)
{
    for (const api::Conversation &conversation : conversations) {
        if (!m_pending.contains(conversation.id) && rowOfConversation(conversation.id) < 0)
            m_pending.insert(conversation.id, conversation);
    }
    scheduleFlush();
}

void ConversationListModel::setOnline(qint64 userId, bool online)
{
    if (online == m_online.contains(userId))
        return;
    online ? void(m_online.insert(userId)) : void(m_online.remove(userId));
    for (const Row &row : std::as_const(m_rows)) {
        if (row.conversation.counterpartOf(m_myUserId).id == userId)
            markDirty(row.conversation.id, OnlineRole);
    }
}

void ConversationListModel::setOnlineUsers(const QSet<qint64> &userIds)
{
    const QSet<qint64> changed = (userIds - m_online) + (m_online - userIds);
    m_online = userIds;
    for (const Row &row : std::as_const(m_rows)) {
        if (changed.contains(row.conversation.counterpartOf(m_myUserId).id))
            markDirty(row.conversation.id, OnlineRole);
    }
}

void ConversationListModel::setTyping(qint64 conversationId, const QStringList &names)
{
    m_typing.insert(conversationId, names);
    markDirty(conversationId, TypingRole);
}

void ConversationListModel::setDraft(qint64 conversationId, const QString &draft)
{
    m_drafts.insert(conversationId, draft);
    markDirty(conversationId, DraftRole);
}

void ConversationListModel::setUnreadCount(qint64 conversationId, int unread)
{
    const int row = rowOfConversation(conversationId);
    if (row < 0)
        return;
    api::Conversation conversation = m_pending.value(conversationId, m_rows.at(row).conversation);
    conversation.unreadCount = unread;
    upsert(conversation);
}

void ConversationListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_pending.clear();
    m_dirtyRoles.clear();
    m_typing.clear();
    endResetModel();
    recountUnread();
}

bool ConversationListModel::before(const Row &a, const Row &b)
{
    if (a.conversation.updatedAt != b.conversation.updatedAt)
        return a.conversation.updatedAt > b.conversation.updatedAt;
    return a.conversation.id > b.conversation.id;
}

void ConversationListModel::flush()
{
    m_flushScheduled = false;
    // 1. Changes to rows we have, noting which roles moved.
    QList<Row> added;
    QList<qint64> updated;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        const int row = rowOfConversation(it.key());
        if (row < 0) {
            added.append({it.value(), {}, {}});
            continue;
        }
        updated.append(it.key());
        api::Conversation &old = m_rows[row].conversation;
        const api::Conversation &fresh = it.value();
        QSet<int> &roles = m_dirtyRoles[fresh.id];
        const auto lastId = [](const api::Conversation &c) {
            return c.lastMessage ? c.lastMessage->id : 0;
        };
        if (lastId(old) != lastId(fresh) || (fresh.lastMessage && old.lastMessage &&
                                             fresh.lastMessage->body != old.lastMessage->body))
            roles += {LastMessagePreviewRole, LastMessageTimeRole, LastMessageMineRole};
        if (old.unreadCount != fresh.unreadCount)
            roles.insert(UnreadCountRole);
        if (old.listing.title != fresh.listing.title || old.listing.price != fresh.listing.price)
            roles += {ListingTitleRole, ListingPriceRole};
        if (old.counterpartOf(m_myUserId).name != fresh.counterpartOf(m_myUserId).name)
            roles += {Qt::DisplayRole, CounterpartNameRole, CounterpartInitialsRole};
        if (old.counterpartOf(m_myUserId).lastSeenAt != fresh.counterpartOf(m_myUserId).lastSeenAt)
            roles.insert(CounterpartLastSeenRole);
        old = fresh;
    }
    m_pending.clear();
    for (Row &row : added) {
        row.typing = m_typing.value(row.conversation.id);
        row.draft = m_drafts.value(row.conversation.id);
    }
    // 2. New rows, in one insertion.
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows.append(added);
        rebuildRowIndex();
        endInsertRows();
    }
    // 3. Order by activity, keeping persistent indexes (selection, current row) right.
    if (!std::is_sorted(m_rows.cbegin(), m_rows.cend(), before)) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList persistent = persistentIndexList();
        QList<qint64> persistentIds;
        for (const QModelIndex &index : persistent)
            persistentIds.append(m_rows.at(index.row()).conversation.id);
        reorder(added.isEmpty() ? updated : QList<qint64>());
        rebuildRowIndex();
        QModelIndexList moved;
        for (qint64 id : std::as_const(persistentIds))
            moved.append(index(rowOfConversation(id)));
        changePersistentIndexList(persistent, moved);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    // 4. Row-local state and the roles that changed.
    for (auto it = m_dirtyRoles.cbegin(); it != m_dirtyRoles.cend(); ++it) {
        const int row = rowOfConversation(it.key());
        if (row < 0 || it->isEmpty())
            continue;
        m_rows[row].typing = m_typing.value(it.key());
        m_rows[row].draft = m_drafts.value(it.key());
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed, QList<int>(it->cbegin(), it->cend()));
    }
    m_dirtyRoles.clear();
    recountUnread();
}

void ConversationListModel::reorder(const QList<qint64> &moved)
{
    // The usual case, a few conversations with new activity among thousands: only they
    // move, each to its place among the others (which are still in order). A full sort
    // of 10,000 rows costs ~8 ms; this costs well under one.
    constexpr int FewRows = 16;
    if (moved.isEmpty() || moved.size() > FewRows) {
        std::stable_sort(m_rows.begin(), m_rows.end(), before);
        return;
    }
    QList<Row> taken;
    for (qint64 id : moved) {
        const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                     [id](const Row &row) { return row.conversation.id == id; });
        if (it != m_rows.end()) {
            taken.append(std::move(*it));
            m_rows.erase(it);
        }
    }
    for (Row &row : taken)
        m_rows.insert(std::upper_bound(m_rows.begin(), m_rows.end(), row, before), std::move(row));
}

void ConversationListModel::recountUnread()
{
    int total = 0;
    for (const Row &row : std::as_const(m_rows))
        total += row.conversation.unreadCount;
    if (total != m_totalUnread) {
        m_totalUnread = total;
        Q_EMIT totalUnreadChanged(total);
    }
}

void ConversationListModel::rebuildRowIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).conversation.id, int(i));
}

int ConversationListModel::rowOfConversation(qint64 conversationId) const
{
    return m_rowById.value(conversationId, -1);
}

std::optional<api::Conversation> ConversationListModel::conversation(qint64 conversationId) const
{
    if (m_pending.contains(conversationId))
        return m_pending.value(conversationId);
    const int row = rowOfConversation(conversationId);
    return row < 0 ? std::nullopt : std::optional(m_rows.at(row).conversation);
}

} // namespace envisage::inbox
