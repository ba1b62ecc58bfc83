#pragma once
// One row of the conversation list: an avatar (the buyer's picture, or initials) and an
// online dot, the buyer's name and the time, the listing and its price, and the last message (or
// "typing…", or "Draft: …") with an unread badge (a dot when marked unread), and, where
// the list asks for it (Awaiting reply), how long the buyer has waited: amber after 12 h,
// red after 20 h (marketplaces rate sellers on answering within 24 h). Everything elided,
// nothing overlaps.
// A row whose record is still being read from the cache is its shape in a faint ink.
#include "MarketplacePictures.h"

#include <QDateTime>
#include <QPointer>
#include <QStyledItemDelegate>

namespace envisage::ui {

class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Rows are as wide as the list; this is the narrowest that still lays out.
    static constexpr int MinimumRowWidth = 200;

    enum class Wait { Short, Long, Overdue };
    // How a wait of this many seconds is coloured: Long from 12 h, Overdue from 20 h.
    static Wait waitOf(qint64 seconds);
    // The badge's fill and ink for a wait, for a light or a dark palette.
    static std::pair<QColor, QColor> waitColors(Wait wait, const QPalette &palette);

    // Whether rows show how long the buyer has waited (the Awaiting reply filter).
    void setShowWait(bool show) { m_showWait = show; }
    bool showsWait() const { return m_showWait; }
    // The time waits are measured to (tests); invalid: now.
    void setNow(const QDateTime &now) { m_now = now; }
    // Where the buyers' pictures come from; none: initials only.
    void setPictures(MarketplacePictures *pictures) { m_pictures = pictures; }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The rectangles paint() uses, exposed so tests can check they never overlap.
    struct Layout
    {
        QRect avatar, name, time, listing, preview, badge, wait;
    };
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    static QColor avatarColor(qint64 userId);

private:
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }
    void paintWait(QPainter *painter, const QRect &rect, const QModelIndex &index,
                   const QStyleOptionViewItem &option) const;
    static void paintPlaceholder(QPainter *painter, const Layout &layout, QColor ink,
                                 Qt::LayoutDirection direction);

    bool m_showWait = false;
    QDateTime m_now;
    QPointer<MarketplacePictures> m_pictures;
};

} // namespace envisage::ui
