#pragma once
// Ctrl+Shift+R: a searchable list of the saved replies. Typing filters by shortcut,
// title and body; Up/Down choose; Enter (or a double click) inserts the chosen reply;
// "Manage…" opens the manager.
#include <QDialog>

class QAbstractItemModel;
class QLineEdit;
class QListView;

namespace envisage::ui {

class SavedReplyFilterModel;

class SavedReplyPicker : public QDialog
{
    Q_OBJECT
public:
    SavedReplyPicker(QAbstractItemModel *replies, QWidget *parent = nullptr);

    // The chosen reply's id, once accepted.
    qint64 chosenId() const { return m_chosen; }
    QString chosenBody() const { return m_body; }
    QLineEdit *filter() const { return m_filter; }
    QListView *list() const { return m_list; }

Q_SIGNALS:
    void manageRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose();

    SavedReplyFilterModel *m_matches;
    QLineEdit *m_filter;
    QListView *m_list;
    qint64 m_chosen = 0;
    QString m_body;
};

} // namespace envisage::ui
