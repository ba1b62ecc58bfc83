#include "SavedReplyListModel.h"

#include <QHash>
#include <algorithm>

namespace envisage::inbox {

using api::SavedReply;

namespace {

bool byTitle(const SavedReply &a, const SavedReply &b)
{
    const int order = QString::localeAwareCompare(a.title.toCaseFolded(), b.title.toCaseFolded());
    return order != 0 ? order < 0 : a.id < b.id;
}

QList<int> changedRoles(const SavedReply &was, const SavedReply &is, bool pendingChanged)
{
    QList<int> roles;
    if (was.title != is.title)
        roles << Qt::DisplayRole << SavedReplyListModel::TitleRole;
    if (was.shortcut != is.shortcut)
        roles << SavedReplyListModel::ShortcutRole;
    if (was.body != is.body)
        roles << SavedReplyListModel::BodyRole;
    if (was.updatedAt != is.updatedAt)
        roles << SavedReplyListModel::UpdatedAtRole;
    if (pendingChanged)
        roles << SavedReplyListModel::PendingRole;
    return roles;
}

} // namespace

int SavedReplyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_replies.size());
}

QVariant SavedReplyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SavedReply &reply = m_replies.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return reply.title;
    case IdRole:
        return reply.id;
    case ShortcutRole:
        return reply.shortcut;
    case BodyRole:
        return reply.body;
    case UpdatedAtRole:
        return reply.updatedAt;
    case PendingRole:
        return m_pending.contains(reply.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> SavedReplyListModel::roleNames() const
{
    return {{IdRole, "replyId"}, {TitleRole, "title"},         {ShortcutRole, "shortcut"},
            {BodyRole, "body"},  {UpdatedAtRole, "updatedAt"}, {PendingRole, "pending"}};
}

std::optional<SavedReply> SavedReplyListModel::reply(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? std::nullopt : std::optional<SavedReply>(m_replies.at(row));
}

int SavedReplyListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_replies.size(); ++row) {
        if (m_replies.at(row).id == id)
            return row;
    }
    return -1;
}

void SavedReplyListModel::setReplies(QList<SavedReply> replies, const QSet<qint64> &pending)
{
    std::sort(replies.begin(), replies.end(), byTitle);
    QHash<qint64, qsizetype> wanted;
    for (qsizetype i = 0; i < replies.size(); ++i)
        wanted.insert(replies.at(i).id, i);
    const QSet<qint64> pendingBefore = std::exchange(m_pending, pending);
    bool changed = false;

    // Rows that went away.
    for (int row = int(m_replies.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_replies.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_replies.removeAt(row);
        endRemoveRows();
        changed = true;
    }
    // Rows that came: at their place when the others keep their order, else at the end
    // and then moved with the others in one layout change.
    bool inOrder = true;
    for (qsizetype i = 1; i < m_replies.size(); ++i)
        inOrder =
            inOrder && wanted.value(m_replies.at(i - 1).id) < wanted.value(m_replies.at(i).id);
    QSet<qint64> present;
    for (const SavedReply &reply : std::as_const(m_replies))
        present.insert(reply.id);
    QSet<qint64> inserted;
    for (qsizetype i = 0; i < replies.size(); ++i) {
        if (present.contains(replies.at(i).id))
            continue;
        inserted.insert(replies.at(i).id);
        const int row = inOrder ? int(i) : int(m_replies.size());
        beginInsertRows({}, row, row);
        m_replies.insert(row, replies.at(i));
        endInsertRows();
        changed = true;
    }
    if (!inOrder) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        for (const QModelIndex &index : before)
            after.append(index.isValid()
                             ? this->index(int(wanted.value(m_replies.at(index.row()).id)))
                             : QModelIndex());
        QList<SavedReply> reordered = m_replies;
        for (const SavedReply &reply : std::as_const(m_replies))
            reordered[wanted.value(reply.id)] = reply;
        m_replies = reordered;
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        changed = true;
    }
    // What changed in the rows that stayed.
    for (int row = 0; row < m_replies.size(); ++row) {
        const SavedReply &is = replies.at(row);
        if (inserted.contains(is.id))
            continue; // new rows were announced by their insertion
        const bool pendingChanged = pendingBefore.contains(is.id) != m_pending.contains(is.id);
        const QList<int> roles = changedRoles(m_replies.at(row), is, pendingChanged);
        m_replies[row] = is;
        if (!roles.isEmpty()) {
            Q_EMIT dataChanged(index(row), index(row), roles);
            changed = true;
        }
    }
    if (changed)
        Q_EMIT repliesChanged();
}

} // namespace envisage::inbox
