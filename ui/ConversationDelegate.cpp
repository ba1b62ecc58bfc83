#include "ConversationDelegate.h"

#include "Avatar.h"
#include "Formatting.h"
#include "MarketplacePictures.h"
#include "RowText.h"
#include "inbox/ConversationListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace envisage::ui {

using Role = inbox::ConversationListModel::Role;
using namespace Qt::StringLiterals;

namespace {
constexpr int Padding = 10;
constexpr int Gap = 8;

using RowText::boldFont;
using RowText::isolated;
using RowText::smallFont;
} // namespace

QColor ConversationDelegate::avatarColor(qint64 userId)
{
    return Avatar::colourOf(userId);
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics normal(option.font);
    const QFontMetrics small(smallFont(option.font));
    const int height = Padding * 2 + normal.height() * 2 + small.height() + 4;
    // The narrowest a row can be, not the width of the rectangle given: QListView stretches
    // every row to its viewport anyway, but lays rows out with the hint's width and, with
    // uniform item sizes, keeps the first hint. Echoing the option's width kept the width
    // the list had when the first rows came, before there were enough of them for a
    // vertical scroll bar: once it showed, rows were 14 px wider than the viewport (a
    // horizontal scroll bar, the time and the badge cut) until the next full layout.
    return {MinimumRowWidth, std::max(height, 64)};
}

ConversationDelegate::Layout ConversationDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                             const QModelIndex &index) const
{
    Layout layout;
    const QRect area = option.rect.adjusted(Padding, Padding, -Padding, -Padding);
    const int avatarSize = std::min(44, area.height());
    layout.avatar =
        QRect(area.left(), area.top() + (area.height() - avatarSize) / 2, avatarSize, avatarSize);
    const int textLeft = layout.avatar.right() + Gap + 1;
    const QFontMetrics bold(boldFont(option.font));
    const QFontMetrics small(smallFont(option.font));
    const QFontMetrics normal(option.font);

    const QString time = Formatting::listTime(index.data(Role::LastMessageTimeRole).toDateTime());
    const int timeWidth = small.horizontalAdvance(time);
    int top = area.top();
    layout.time = QRect(area.right() - timeWidth + 1, top, timeWidth, bold.height());
    layout.name =
        QRect(textLeft, top, std::max(0, layout.time.left() - Gap - textLeft), bold.height());
    top += bold.height();
    int listingRight = area.right();
    const QDateTime waiting = index.data(Role::AwaitingReplySinceRole).toDateTime();
    if (m_showWait && waiting.isValid()) {
        const QFontMetrics waitMetrics(boldFont(smallFont(option.font)));
        const int waitWidth =
            waitMetrics.horizontalAdvance(Formatting::waitTime(waiting, now())) + small.height();
        layout.wait = QRect(area.right() - waitWidth + 1, top, waitWidth, small.height());
        // Never wider than the row: a narrow list elides the listing, not the wait.
        layout.wait.setLeft(std::max(layout.wait.left(), textLeft));
        listingRight = layout.wait.left() - Gap;
    }
    layout.listing = QRect(textLeft, top, std::max(0, listingRight - textLeft + 1), small.height());
    top += small.height() + 4;
    const int unread = index.data(Role::UnreadCountRole).toInt();
    const bool markedUnread = index.data(Role::MarkedUnreadRole).toBool();
    if (unread > 0 || markedUnread) {
        const QString text = unread > 99  ? u"99+"_s
                             : unread > 0 ? QString::number(unread)
                                          : QString();
        const int badgeHeight = small.height() + 2;
        // Marked unread without new messages: a dot.
        const int badgeWidth = unread > 0
                                   ? std::max(badgeHeight, small.horizontalAdvance(text) + 12)
                                   : badgeHeight * 2 / 3;
        const int badgeTall = unread > 0 ? badgeHeight : badgeWidth;
        layout.badge = QRect(area.right() - badgeWidth + 1, top + (normal.height() - badgeTall) / 2,
                             badgeWidth, badgeTall);
    }
    const int previewRight = layout.badge.isValid() ? layout.badge.left() - Gap : area.right();
    layout.preview =
        QRect(textLeft, top, std::max(0, previewRight - textLeft + 1), normal.height());
    if (option.direction ==
        Qt::RightToLeft) { // mirrored: the avatar on the right, the time on the left
        for (QRect *rect : {&layout.avatar, &layout.name, &layout.time, &layout.listing,
                            &layout.preview, &layout.badge, &layout.wait}) {
            if (rect->isValid())
                *rect = QStyle::visualRect(Qt::RightToLeft, option.rect, *rect);
        }
    }
    return layout;
}

void ConversationDelegate::paintPlaceholder(QPainter *painter, const Layout &layout, QColor ink,
                                            Qt::LayoutDirection direction)
{
    // The row's shape in a faint ink while its record is read from the cache (a few ms).
    ink.setAlphaF(0.12f);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(ink);
    painter->drawEllipse(layout.avatar);
    for (QRect bar : {layout.name, layout.listing, layout.preview}) {
        const int shorter = bar.width() / 3; // text starts at the leading edge
        bar.adjust(direction == Qt::RightToLeft ? shorter : 0, bar.height() / 4,
                   direction == Qt::RightToLeft ? 0 : -shorter, -bar.height() / 4);
        painter->drawRoundedRect(bar, bar.height() / 2.0, bar.height() / 2.0);
    }
    painter->restore();
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const Layout layout = layoutFor(option, index);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65f);

    if (index.data(Role::PlaceholderRole).toBool()) {
        paintPlaceholder(painter, layout, text, option.direction);
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Avatar: their picture, or initials on a colour of their own; a dot when online.
    const QPixmap picture =
        m_pictures ? m_pictures->pixmap(index.data(Role::CounterpartAvatarUrlRole).toString(),
                                        layout.avatar.size(), MarketplacePictures::Shape::Circle,
                                        painter->device()->devicePixelRatioF())
                   : QPixmap();
    Avatar::paint(painter, layout.avatar, picture,
                  index.data(Role::CounterpartInitialsRole).toString(),
                  index.data(Role::CounterpartIdRole).toLongLong(), option.font);
    if (index.data(Role::OnlineRole).toBool())
        Avatar::paintOnlineDot(painter, layout.avatar, option.direction,
                               palette.color(selected ? QPalette::Highlight : QPalette::Base));

    const QFont bold = boldFont(option.font);
    const QFont small = smallFont(option.font);
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(
        layout.name, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(index.data(Role::CounterpartNameRole).toString(),
                                      Qt::ElideRight, layout.name.width()));
    painter->setFont(small);
    painter->setPen(muted);
    painter->drawText(layout.time, Qt::AlignRight | Qt::AlignVCenter,
                      Formatting::listTime(index.data(Role::LastMessageTimeRole).toDateTime()));
    const QString listing =
        tr("%1 · %2").arg(isolated(index.data(Role::ListingTitleRole).toString()),
                          index.data(Role::ListingPriceRole).toString());
    painter->drawText(
        layout.listing, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(small).elidedText(listing, Qt::ElideRight, layout.listing.width()));

    // The last line: typing beats a draft, a draft beats the last message.
    QString preview;
    QFont previewFont = option.font;
    QColor previewColor = muted;
    const QString typing = index.data(Role::TypingRole).toString();
    const QString draft = index.data(Role::DraftRole).toString();
    if (!typing.isEmpty()) {
        preview = tr("typing…");
        previewFont.setItalic(true);
        previewColor = selected ? text : palette.color(QPalette::Link);
    } else if (!draft.isEmpty()) {
        preview = tr("Draft: %1").arg(isolated(draft.simplified()));
        previewColor = selected ? text : QColor(0xc0, 0x39, 0x2b);
    } else {
        preview = isolated(index.data(Role::LastMessagePreviewRole).toString());
        if (index.data(Role::LastMessageMineRole).toBool())
            preview = tr("You: %1").arg(preview);
    }
    if ((index.data(Role::UnreadCountRole).toInt() > 0 ||
         index.data(Role::MarkedUnreadRole).toBool()) &&
        typing.isEmpty()) {
        previewFont.setBold(true);
        previewColor = text;
    }
    painter->setFont(previewFont);
    painter->setPen(previewColor);
    painter->drawText(
        layout.preview, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(previewFont).elidedText(preview, Qt::ElideRight, layout.preview.width()));

    if (layout.badge.isValid()) {
        const int unread = index.data(Role::UnreadCountRole).toInt();
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? palette.color(QPalette::HighlightedText)
                                   : palette.color(QPalette::Highlight));
        painter->drawRoundedRect(layout.badge, layout.badge.height() / 2.0,
                                 layout.badge.height() / 2.0);
        painter->setPen(selected ? palette.color(QPalette::Highlight)
                                 : palette.color(QPalette::HighlightedText));
        QFont badgeFont = small;
        badgeFont.setBold(true);
        painter->setFont(badgeFont);
        if (unread > 0)
            painter->drawText(layout.badge, Qt::AlignCenter,
                              unread > 99 ? u"99+"_s : QString::number(unread));
    }
    if (layout.wait.isValid())
        paintWait(painter, layout.wait, index, option);
    painter->restore();
}

ConversationDelegate::Wait ConversationDelegate::waitOf(qint64 seconds)
{
    constexpr qint64 Hour = 3600;
    return seconds >= 20 * Hour ? Wait::Overdue : seconds >= 12 * Hour ? Wait::Long : Wait::Short;
}

std::pair<QColor, QColor> ConversationDelegate::waitColors(Wait wait, const QPalette &palette)
{
    // Chosen against the palette's base: pale fills with dark ink on a light list, deep
    // fills with light ink on a dark one; contrast above 4.5:1 either way.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (wait) {
    case Wait::Overdue:
        return dark ? std::pair{QColor(0x8c, 0x1d, 0x18), QColor(0xff, 0xda, 0xd6)}
                    : std::pair{QColor(0xfc, 0xe3, 0xe1), QColor(0xa5, 0x1d, 0x14)};
    case Wait::Long:
        return dark ? std::pair{QColor(0x6e, 0x4a, 0x00), QColor(0xff, 0xe0, 0x9e)}
                    : std::pair{QColor(0xfd, 0xef, 0xc8), QColor(0x7a, 0x4b, 0x00)};
    case Wait::Short:
        break;
    }
    QColor fill = palette.color(QPalette::Text);
    fill.setAlphaF(0.1f);
    return {fill, palette.color(QPalette::Text)};
}

void ConversationDelegate::paintWait(QPainter *painter, const QRect &rect, const QModelIndex &index,
                                     const QStyleOptionViewItem &option) const
{
    const QDateTime since = index.data(Role::AwaitingReplySinceRole).toDateTime();
    const auto [fill, ink] = waitColors(waitOf(since.secsTo(now())), option.palette);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, rect.height() / 2.0, rect.height() / 2.0);
    QFont font = smallFont(option.font);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(ink);
    painter->drawText(rect, Qt::AlignCenter,
                      QFontMetrics(font).elidedText(Formatting::waitTime(since, now()),
                                                    Qt::ElideRight, rect.width()));
}

} // namespace envisage::ui
