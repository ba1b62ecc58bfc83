#pragma once
// One row of the conversation list: an avatar with initials and an online dot, the
// buyer's name and the time, the listing and its price, and the last message (or
// "typing…", or "Draft: …") with an unread badge. Everything elided, nothing overlaps.
// A row whose record is still being read from the cache is its shape in a faint ink.
#include <QStyledItemDelegate>

namespace envisage::ui {

class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Rows are as wide as the list; this is the narrowest that still lays out.
    static constexpr int MinimumRowWidth = 200;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The rectangles paint() uses, exposed so tests can check they never overlap.
    struct Layout
    {
        QRect avatar, name, time, listing, preview, badge;
    };
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    static QColor avatarColor(qint64 userId);

private:
    static void paintPlaceholder(QPainter *painter, const Layout &layout, QColor ink,
                                 Qt::LayoutDirection direction);
};

} // namespace envisage::ui
