#include "TriageTabs.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QToolButton>

namespace envisage::ui {

using store::ConversationFilter;

TriageTabs::TriageTabs(QWidget *parent) : QWidget(parent), m_group(new QButtonGroup(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (int i = 0; i < int(std::size(Filters)); ++i) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // Equal shares of the width, whatever the names: relabel() elides them to fit.
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        button->setMinimumWidth(0);
        QFont font = button->font(); // a little smaller, so that "Awaiting reply" fits
        font.setPointSizeF(font.pointSizeF() * 0.92);
        button->setFont(font);
        m_group->addButton(button, i);
        m_buttons.append(button);
        layout->addWidget(button, 1);
    }
    m_buttons.first()->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, this,
            [this](int id) { Q_EMIT filterChosen(Filters[id]); });
    relabel();
}

QString TriageTabs::nameOf(ConversationFilter filter)
{
    switch (filter) {
    case ConversationFilter::Inbox:
        return tr("Inbox");
    case ConversationFilter::Unread:
        return tr("Unread");
    case ConversationFilter::AwaitingReply:
        return tr("Awaiting reply");
    case ConversationFilter::Archived:
        return tr("Archived");
    case ConversationFilter::All:
        break;
    }
    return tr("All");
}

void TriageTabs::setCounts(const store::ConversationCounts &counts)
{
    m_counts = counts;
    relabel();
}

void TriageTabs::setCurrentFilter(ConversationFilter filter)
{
    if (QToolButton *chosen = button(filter))
        chosen->setChecked(true);
}

ConversationFilter TriageTabs::currentFilter() const
{
    const int id = m_group->checkedId();
    return id >= 0 ? Filters[id] : ConversationFilter::Inbox;
}

QToolButton *TriageTabs::button(ConversationFilter filter) const
{
    const auto it = std::find(std::begin(Filters), std::end(Filters), filter);
    return it == std::end(Filters) ? nullptr : m_buttons.at(int(it - std::begin(Filters)));
}

void TriageTabs::relabel()
{
    // Shares of the width as the names need them ("Awaiting reply" more than "Inbox").
    auto *row = static_cast<QHBoxLayout *>(layout());
    for (int i = 0; i < int(m_buttons.size()); ++i) {
        const QFontMetrics metrics = m_buttons.at(i)->fontMetrics();
        row->setStretch(i, metrics.horizontalAdvance(nameOf(Filters[i])) + 16);
    }
    for (int i = 0; i < int(m_buttons.size()); ++i) {
        QToolButton *button = m_buttons.at(i);
        const QString name = nameOf(Filters[i]);
        const QString count = QLocale().toString(m_counts.of(Filters[i]));
        // The name over its count; the style's margins inside the button are left free.
        const int room = std::max(0, button->width() - 6);
        const QString shown = button->fontMetrics().elidedText(name, Qt::ElideRight, room);
        button->setText(shown + u'\n' + count);
        const QString full =
            tr("%1: %n conversation(s)", nullptr, m_counts.of(Filters[i])).arg(name);
        button->setToolTip(full);
        button->setAccessibleName(full);
    }
}

void TriageTabs::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relabel();
}

void TriageTabs::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        relabel();
}

} // namespace envisage::ui
