#include "SavedReplyDelegate.h"

#include "inbox/SavedReplyListModel.h"

#include <QApplication>
#include <QPainter>

namespace envisage::ui {

using namespace Qt::StringLiterals;
using inbox::SavedReplyListModel;

namespace {
constexpr int Padding = 6;
}

QSize SavedReplyDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {metrics.horizontalAdvance(u'x') * 40, metrics.lineSpacing() * 2 + 2 * Padding + 2};
}

void SavedReplyDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.65f);

    const QRect area = option.rect.adjusted(Padding + 2, Padding, -Padding - 2, -Padding);
    const QFontMetrics metrics(option.font);
    const bool rtl = option.direction == Qt::RightToLeft;
    const Qt::Alignment align = Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft);

    painter->save();
    QFont bold = option.font;
    bold.setBold(true);
    const QString shortcut = u"/"_s + index.data(SavedReplyListModel::ShortcutRole).toString();
    QString title = index.data(SavedReplyListModel::TitleRole).toString();
    if (index.data(SavedReplyListModel::PendingRole).toBool())
        title = tr("%1 (not synced yet)").arg(title);
    const int shortcutWidth = QFontMetrics(bold).horizontalAdvance(shortcut);
    QRect line(area.left(), area.top(), area.width(), metrics.lineSpacing());
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(line, align | Qt::AlignVCenter, shortcut);
    QRect titleRect =
        line.adjusted(rtl ? 0 : shortcutWidth + 10, 0, rtl ? -shortcutWidth - 10 : 0, 0);
    painter->setFont(option.font);
    painter->drawText(titleRect, align | Qt::AlignVCenter,
                      metrics.elidedText(title, Qt::ElideRight, titleRect.width()));
    QString body = index.data(SavedReplyListModel::BodyRole).toString();
    body.replace(u'\n', u' ');
    painter->setPen(dim);
    const QRect bodyRect = line.translated(0, metrics.lineSpacing());
    painter->drawText(bodyRect, align | Qt::AlignVCenter,
                      metrics.elidedText(body, Qt::ElideRight, bodyRect.width()));
    painter->restore();
}

} // namespace envisage::ui
