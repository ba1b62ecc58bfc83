#pragma once
// The left side: a search box (Ctrl+K, Esc clears) filtering by buyer, listing or
// message (a query of the cache, ConversationListModel::setSearch), and the conversation
// list with keyboard navigation and "next unread".
#include <QWidget>

class QLineEdit;
class QListView;

namespace envisage::inbox {
class ConversationListModel;
}

namespace envisage::ui {

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
    QListView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }

Q_SIGNALS:
    void conversationActivated(qint64 conversationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_search;
    QListView *m_view;
    inbox::ConversationListModel *m_model;
};

} // namespace envisage::ui
