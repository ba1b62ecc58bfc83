#pragma once
// A message search result: the buyer and the listing on the first line with the date on
// the right, then up to two lines of the snippet with the matched words on a highlight
// background. The snippet is laid out as plain text (QTextLayout with format ranges): no
// markup from anyone reaches a rich-text engine.
#include <QStyledItemDelegate>

class QTextLayout;

namespace envisage::ui {

class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // "Ada Novak · Walnut desk" (or the conversation's number while it is unknown).
    static QString titleOf(const QModelIndex &index);
    // The snippet laid out in `width` with its matches formatted; at most two lines.
    static void layoutSnippet(QTextLayout &layout, const QModelIndex &index, const QFont &font,
                              int width, const QColor &matchBackground);
};

} // namespace envisage::ui
