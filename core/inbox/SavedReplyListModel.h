#pragma once
// The seller's saved replies as the views show them: the server's list with the edits
// not yet applied there on top (SavedReplies computes it), sorted by title. A thin
// adapter: it holds what it is given and reports changes row by row, so a view keeps its
// selection and scroll position when another device edits a reply.
#include "api/ApiTypes.h"

#include <QAbstractListModel>
#include <QSet>

namespace envisage::inbox {

class SavedReplyListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64: the server's id; negative until the server has it
        TitleRole,                 // QString
        ShortcutRole,              // QString, without the "/"
        BodyRole,                  // QString, placeholders as written
        UpdatedAtRole,             // QDateTime (UTC); invalid while not on the server
        PendingRole,               // bool: an edit of it waits to be applied by the server
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The whole list; rows are removed, inserted, moved and changed as needed.
    void setReplies(QList<api::SavedReply> replies, const QSet<qint64> &pending = {});
    void clear() { setReplies({}); }
    const QList<api::SavedReply> &replies() const { return m_replies; }
    std::optional<api::SavedReply> reply(qint64 id) const;
    int rowOf(qint64 id) const;
    bool isPending(qint64 id) const { return m_pending.contains(id); }

Q_SIGNALS:
    void repliesChanged();

private:
    QList<api::SavedReply> m_replies;
    QSet<qint64> m_pending;
};

} // namespace envisage::inbox
