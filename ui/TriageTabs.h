#pragma once
// The triage filters above the conversation list: Inbox, Unread, Awaiting reply and
// Archived, each a button with its name and how many conversations it holds. They share
// the list's width equally and elide their names rather than widen it (German and
// French names are long); the full name and count are the button's accessible name
// and tool tip.
#include "store/StoreTypes.h"

#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace envisage::ui {

class TriageTabs : public QWidget
{
    Q_OBJECT
public:
    // The buttons in order, and the filter of each.
    static constexpr store::ConversationFilter Filters[] = {
        store::ConversationFilter::Inbox, store::ConversationFilter::Unread,
        store::ConversationFilter::AwaitingReply, store::ConversationFilter::Archived};

    explicit TriageTabs(QWidget *parent = nullptr);

    void setCounts(const store::ConversationCounts &counts);
    // Shows the filter as chosen without saying so (filterChosen is for the seller's choice).
    void setCurrentFilter(store::ConversationFilter filter);
    store::ConversationFilter currentFilter() const;
    QToolButton *button(store::ConversationFilter filter) const;
    static QString nameOf(store::ConversationFilter filter);

Q_SIGNALS:
    void filterChosen(envisage::store::ConversationFilter filter);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relabel();

    QButtonGroup *m_group;
    QList<QToolButton *> m_buttons;
    store::ConversationCounts m_counts;
};

} // namespace envisage::ui
