#pragma once
// The "/" completer of the composer (Telegram's quick replies): typing "/" at the start
// of a word shows the saved replies whose shortcut starts with, or whose title contains,
// what follows; Up/Down choose, Enter or Tab replace the "/word" with the reply's body,
// placeholders filled in; Esc closes it until another "/word" is started. The list is a
// child of the window drawn above the composer, so the composer keeps the focus and
// every key; nothing grabs the keyboard.
#include <QObject>
#include <QPointer>
#include <functional>

class QAbstractItemModel;
#include <QListView>
class QPlainTextEdit;

namespace envisage::ui {

class SavedReplyFilterModel;

class SavedReplyCompleter : public QObject
{
    Q_OBJECT
public:
    using Filler = std::function<QString(const QString &body)>;

    SavedReplyCompleter(QPlainTextEdit *edit, QAbstractItemModel *replies,
                        QObject *parent = nullptr);
    ~SavedReplyCompleter() override;

    // Turns a body into the text inserted (placeholders filled in).
    void setFiller(Filler filler) { m_fill = std::move(filler); }
    bool isVisible() const;
    QListView *popup() const { return m_popup; }
    SavedReplyFilterModel *matches() const { return m_filter; }

Q_SIGNALS:
    void inserted(qint64 replyId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void place();
    void hide();
    void accept();
    void move(int delta);

    QPlainTextEdit *m_edit;
    SavedReplyFilterModel *m_filter;
    QPointer<QListView> m_popup;
    Filler m_fill;
    qsizetype m_start = -1;     // where the "/" of the word being completed is
    qsizetype m_dismissed = -1; // the "/" whose list Esc closed
};

} // namespace envisage::ui
