#pragma once
// One saved reply in a list: "/shortcut" and the title on the first line, the start of
// the body below, dimmed. All plain text (a reply may come from another device).
#include <QStyledItemDelegate>

namespace envisage::ui {

class SavedReplyDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace envisage::ui
