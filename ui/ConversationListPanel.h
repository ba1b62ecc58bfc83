#pragma once
// The left side: a search box (Ctrl+K, Esc clears) filtering by buyer, listing or
// message (a query of the cache, ConversationListModel::setSearch), the triage tabs
// (Inbox, Unread, Awaiting reply, Archived, each with its count), and the conversation
// list with keyboard navigation, "next unread" and a context menu (archive, unarchive,
// mark unread; E archives the current conversation while the list has the focus).
#include "store/StoreTypes.h"

#include <QWidget>

class QLineEdit;
class QListView;
class QTimer;

namespace envisage::inbox {
class ConversationListModel;
}

namespace envisage::ui {

class ConversationDelegate;
class MarketplacePictures;
class TriageTabs;

class ConversationListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationListPanel(inbox::ConversationListModel *model, QWidget *parent = nullptr);

    void focusSearch();
    void selectConversation(qint64 conversationId);
    // Moves to the next conversation with unread messages, wrapping; false if none.
    bool selectNextUnread();
    qint64 currentConversationId() const;
    void clearCurrent();
    void showFilter(store::ConversationFilter filter);
    QListView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    TriageTabs *filterTabs() const { return m_tabs; }
    ConversationDelegate *delegate() const { return m_delegate; }
    // The buyers' pictures in the rows (the conversation header's, from the same cache).
    void setPictures(MarketplacePictures *pictures);

Q_SIGNALS:
    void conversationActivated(qint64 conversationId);
    // From the context menu or E: archive (true) or move back to the inbox (false).
    void archiveRequested(qint64 conversationId, bool archive);
    void markUnreadRequested(qint64 conversationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filterShown(store::ConversationFilter filter);
    void showContextMenu(const QPoint &position);

    QLineEdit *m_search;
    TriageTabs *m_tabs;
    QListView *m_view;
    ConversationDelegate *m_delegate;
    QTimer *m_waitClock; // repaints the waits while Awaiting reply shows
    inbox::ConversationListModel *m_model;
    qint64 m_current = 0; // the conversation last current, kept across a new search or filter
};

} // namespace envisage::ui
