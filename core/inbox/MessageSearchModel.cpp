#include "MessageSearchModel.h"

#include <algorithm>

namespace envisage::inbox {

namespace {

// Newest first; the higher id first within the same millisecond.
bool comesBefore(const MessageSearchResult &a, const MessageSearchResult &b)
{
    return a.time != b.time ? a.time > b.time : a.messageId > b.messageId;
}

} // namespace

MessageSearchModel::MessageSearchModel(QObject *parent) : QAbstractListModel(parent) {}

int MessageSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> MessageSearchModel::roleNames() const
{
    return {{ConversationIdRole, "conversationId"},
            {MessageIdRole, "messageId"},
            {CounterpartNameRole, "counterpartName"},
            {ListingTitleRole, "listingTitle"},
            {TimeRole, "time"},
            {SnippetRole, "snippet"},
            {MatchRangesRole, "matchRanges"},
            {MineRole, "mine"},
            {FromCacheRole, "fromCache"},
            {FromServerRole, "fromServer"}};
}

QVariant MessageSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageSearchResult &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SnippetRole:
        return r.snippet.text;
    case ConversationIdRole:
        return r.conversationId;
    case MessageIdRole:
        return r.messageId;
    case CounterpartNameRole:
        return r.conversation.isKnown() ? r.conversation.counterpartOf(m_myUserId) : QString();
    case ListingTitleRole:
        return r.conversation.listingTitle;
    case TimeRole:
        return r.time;
    case MatchRangesRole:
        return QVariant::fromValue(r.snippet.words);
    case MineRole:
        return r.senderId == m_myUserId;
    case FromCacheRole:
        return r.fromCache;
    case FromServerRole:
        return r.fromServer;
    default:
        return {};
    }
}

bool MessageSearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_moreOnServer && !m_fetching && fetchMoreHandler;
}

void MessageSearchModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    fetchMoreHandler();
}

void MessageSearchModel::replace(QList<MessageSearchResult> results)
{
    std::sort(results.begin(), results.end(), comesBefore);
    // The same message twice in one answer (it should not happen) is one row.
    results.erase(std::unique(results.begin(), results.end(),
                              [](const MessageSearchResult &a, const MessageSearchResult &b) {
                                  return a.messageId == b.messageId;
                              }),
                  results.end());
    beginResetModel();
    m_rows = std::move(results);
    m_moreOnServer = false;
    m_fetching = false;
    endResetModel();
}

void MessageSearchModel::merge(const QList<MessageSearchResult> &results)
{
    m_fetching = false;
    for (const MessageSearchResult &result : results) {
        if (const int row = rowOfMessage(result.messageId); row >= 0) {
            MessageSearchResult &known = m_rows[row];
            const bool cached = known.fromCache || result.fromCache;
            const bool found = known.fromServer || result.fromServer;
            if (result.fromServer || !known.fromServer) {
                const store::ConversationLabel label = known.conversation;
                known = result;
                if (!known.conversation.isKnown())
                    known.conversation = label;
            }
            known.fromCache = cached;
            known.fromServer = found;
            // Its time is the same message's: the row stays where it is.
            Q_EMIT dataChanged(index(row), index(row));
            continue;
        }
        const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), result, comesBefore);
        const int row = int(at - m_rows.cbegin());
        beginInsertRows({}, row, row);
        m_rows.insert(row, result);
        endInsertRows();
    }
}

void MessageSearchModel::clear()
{
    if (m_rows.isEmpty() && !m_moreOnServer)
        return;
    beginResetModel();
    m_rows.clear();
    m_moreOnServer = false;
    m_fetching = false;
    endResetModel();
}

void MessageSearchModel::setLabel(qint64 conversationId, const store::ConversationLabel &label)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).conversationId != conversationId)
            continue;
        m_rows[row].conversation = label;
        Q_EMIT dataChanged(index(row), index(row), {CounterpartNameRole, ListingTitleRole});
    }
}

QList<qint64> MessageSearchModel::conversationsWithoutLabel() const
{
    QList<qint64> ids;
    for (const MessageSearchResult &r : m_rows) {
        if (!r.conversation.isKnown() && !ids.contains(r.conversationId))
            ids.append(r.conversationId);
    }
    return ids;
}

int MessageSearchModel::rowOfMessage(qint64 messageId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).messageId == messageId)
            return row;
    }
    return -1;
}

} // namespace envisage::inbox
