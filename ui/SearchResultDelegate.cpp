#include "SearchResultDelegate.h"

#include "Formatting.h"
#include "RowText.h"
#include "inbox/MessageSearchModel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace envisage::ui {

using Role = inbox::MessageSearchModel::Role;

namespace {
constexpr int Padding = 8;
constexpr int Gap = 8;
constexpr int LineGap = 3;
constexpr int SnippetLines = 2;

using RowText::boldFont;
using RowText::isolated;
using RowText::smallFont;
} // namespace

QString SearchResultDelegate::titleOf(const QModelIndex &index)
{
    const QString name = index.data(Role::CounterpartNameRole).toString();
    const QString title = index.data(Role::ListingTitleRole).toString();
    if (name.isEmpty() && title.isEmpty())
        return tr("Conversation %1").arg(index.data(Role::ConversationIdRole).toLongLong());
    if (name.isEmpty() || title.isEmpty())
        return isolated(name.isEmpty() ? title : name);
    return tr("%1 · %2", "a search result: buyer · listing").arg(isolated(name), isolated(title));
}

void SearchResultDelegate::layoutSnippet(QTextLayout &layout, const QModelIndex &index,
                                         const QFont &font, int width,
                                         const QColor &matchBackground)
{
    layout.setText(index.data(Role::SnippetRole).toString());
    layout.setFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QList<QTextLayout::FormatRange> formats;
    const auto ranges = index.data(Role::MatchRangesRole).value<QList<store::TextRange>>();
    for (const store::TextRange &range : ranges) {
        QTextLayout::FormatRange match;
        match.start = range.start;
        match.length = range.length;
        match.format.setBackground(matchBackground);
        match.format.setFontWeight(QFont::DemiBold);
        formats.append(match);
    }
    layout.setFormats(formats);
    layout.beginLayout();
    qreal y = 0;
    for (int i = 0; i < SnippetLines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int height = Padding * 2 + QFontMetrics(boldFont(option.font)).height() + LineGap +
                       SnippetLines * QFontMetrics(option.font).lineSpacing();
    return {240, height};
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    painter->save();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.7f);
    QColor matchBackground = selected ? option.palette.color(QPalette::HighlightedText)
                                      : option.palette.color(QPalette::Highlight);
    matchBackground.setAlphaF(selected ? 0.28f : 0.3f);

    const QRect area = option.rect.adjusted(Padding, Padding, -Padding, -Padding);
    const QFont bold = boldFont(option.font);
    const QFont small = smallFont(option.font);
    const QFontMetrics boldMetrics(bold);
    const QString date =
        Formatting::listTime(index.data(Role::TimeRole).toDateTime().toLocalTime());
    const int dateWidth = QFontMetrics(small).horizontalAdvance(date);
    const QRect dateRect(area.right() - dateWidth + 1, area.top(), dateWidth, boldMetrics.height());
    const QRect titleRect(area.left(), area.top(), std::max(0, area.width() - dateWidth - Gap),
                          boldMetrics.height());
    const auto visual = [&option](const QRect &rect) {
        return QStyle::visualRect(option.direction, option.rect, rect);
    };
    const Qt::Alignment leading = QStyle::visualAlignment(option.direction, Qt::AlignLeft);

    painter->setPen(muted);
    painter->setFont(small);
    painter->drawText(visual(dateRect),
                      Qt::AlignVCenter | (leading ^ (Qt::AlignLeft | Qt::AlignRight)), date);
    painter->setPen(text);
    painter->setFont(bold);
    painter->drawText(visual(titleRect), Qt::AlignVCenter | leading,
                      boldMetrics.elidedText(titleOf(index), Qt::ElideRight, titleRect.width()));

    QTextLayout layout;
    layoutSnippet(layout, index, option.font, area.width(), matchBackground);
    const QPointF snippetAt(area.left(), titleRect.bottom() + 1 + LineGap);
    painter->setClipRect(option.rect);
    layout.draw(painter, snippetAt);
    painter->restore();
}

} // namespace envisage::ui
