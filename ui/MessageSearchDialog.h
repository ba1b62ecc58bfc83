#pragma once
// Ctrl+Shift+F: search every message (MessageSearch). A line for the words, the results
// below (SearchResultDelegate) and a line saying where they come from. Up/Down move
// through the results while typing, Enter or a click opens the conversation at the
// message, Esc closes.
#include <QDialog>

class QLabel;
class QLineEdit;
class QListView;

namespace envisage::inbox {
class MessageSearch;
}

namespace envisage::ui {

class MessageSearchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MessageSearchDialog(inbox::MessageSearch *search, QWidget *parent = nullptr);

    // Shows the dialog with the words selected, ready to type over.
    void open() override;
    QLineEdit *queryEdit() const { return m_query; }
    QListView *resultList() const { return m_results; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void messageActivated(qint64 conversationId, qint64 messageId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void selectFirstIfNone();
    void updateStatus();

    inbox::MessageSearch *m_search;
    QLineEdit *m_query;
    QListView *m_results;
    QLabel *m_status;
};

} // namespace envisage::ui
