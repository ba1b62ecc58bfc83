#include "SavedReplyFilterModel.h"

#include "inbox/SavedReplyListModel.h"
#include "inbox/SavedReplyText.h"

namespace envisage::ui {

using inbox::SavedReplyListModel;

SavedReplyFilterModel::SavedReplyFilterModel(bool searchBodies, QObject *parent)
    : QSortFilterProxyModel(parent), m_searchBodies(searchBodies)
{
}

void SavedReplyFilterModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    invalidateFilter();
}

bool SavedReplyFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    api::SavedReply reply;
    reply.title = index.data(SavedReplyListModel::TitleRole).toString();
    reply.shortcut = index.data(SavedReplyListModel::ShortcutRole).toString();
    reply.body = index.data(SavedReplyListModel::BodyRole).toString();
    return inbox::savedReplyMatches(reply, m_query, m_searchBodies);
}

} // namespace envisage::ui
