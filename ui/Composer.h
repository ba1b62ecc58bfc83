#pragma once
// Where the seller writes: Enter sends, Shift+Enter starts a new line (or, with the
// "Ctrl+Enter sends" setting, the other way round); the 5,000-character limit is shown
// as it comes near; typing is reported (the core throttles it); disabled with a reason
// while signed out.
#include <QPlainTextEdit>
#include <QWidget>
#include <functional>

class QAbstractItemModel;
class QLabel;
class QToolButton;

namespace envisage::ui {

class SavedReplyCompleter;

class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    using QPlainTextEdit::QPlainTextEdit;
    bool ctrlEnterSends = false;

Q_SIGNALS:
    void sendRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

class Composer : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxCharacters = 5000;
    static constexpr int ShowCounterFrom = 4500;

    explicit Composer(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void clear();
    void setCtrlEnterSends(bool on);
    // Disabled with a sentence saying why (signed out, no conversation open).
    void setUnavailable(const QString &reason);
    void setAvailable();
    ComposerEdit *edit() const { return m_edit; }
    // "/" at the start of a word offers these replies; `fill` turns a body into the text
    // inserted (placeholders filled in for the open conversation).
    void setSavedReplies(QAbstractItemModel *replies, std::function<QString(const QString &)> fill);
    SavedReplyCompleter *completer() const { return m_completer; }
    // Inserts text at the cursor, replacing the selection (the picker's choice).
    void insertText(const QString &text);

Q_SIGNALS:
    void sendRequested(const QString &text);
    void edited(const QString &text);

private:
    void updateCounter();
    void requestSend();

    ComposerEdit *m_edit;
    QLabel *m_counter;
    QToolButton *m_send;
    SavedReplyCompleter *m_completer = nullptr;
};

} // namespace envisage::ui
