#pragma once
// The saved replies that match what the seller typed: by shortcut prefix and title
// (the "/" completer) or also by body (the picker), as inbox::savedReplyMatches says.
#include <QSortFilterProxyModel>

namespace envisage::ui {

class SavedReplyFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SavedReplyFilterModel(bool searchBodies, QObject *parent = nullptr);

    void setQuery(const QString &query);
    QString query() const { return m_query; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_query;
    bool m_searchBodies;
};

} // namespace envisage::ui
