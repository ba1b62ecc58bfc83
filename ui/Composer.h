#pragma once
// Where the seller writes: Enter sends, Shift+Enter starts a new line (or, with the
// "Ctrl+Enter sends" setting, the other way round); the 5,000-character limit is shown
// as it comes near; typing is reported (the core throttles it); disabled with a reason
// while signed out. Photos and PDFs are attached with the Attach button, by dropping
// files on it or pasting an image (Ctrl+V); they wait in the tray above the text.
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
    void filesOffered(const QStringList &paths); // dropped or pasted files
    void imagePasted(const QImage &image);

public:
    // Pasted images and files go to the tray; text stays plain text. Public (protected in
    // QPlainTextEdit) for the tests, which cannot touch the system clipboard.
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

class AttachmentTray;
class EmojiPicker;

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
    AttachmentTray *tray() const { return m_tray; }
    QToolButton *attachButton() const { return m_attach; }
    QToolButton *emojiButton() const { return m_emoji; }
    // The emoji button's picker, opened next to it (made the first time).
    EmojiPicker *showEmojiPicker();
    // The local files of a drop or a paste, if it carries only those.
    static QStringList localFiles(const QMimeData *data);
    // "/" at the start of a word offers these replies; `fill` turns a body into the text
    // inserted (placeholders filled in for the open conversation).
    void setSavedReplies(QAbstractItemModel *replies, std::function<QString(const QString &)> fill);
    SavedReplyCompleter *completer() const { return m_completer; }
    // Inserts text at the cursor, replacing the selection (the picker's choice).
    void insertText(const QString &text);

Q_SIGNALS:
    // The text (may be empty when files are attached) and the chosen files' paths.
    void sendRequested(const QString &text, const QStringList &files);
    void edited(const QString &text);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateCounter();
    void requestSend();
    void chooseFiles();

    AttachmentTray *m_tray;
    ComposerEdit *m_edit;
    QToolButton *m_attach;
    QToolButton *m_emoji;
    EmojiPicker *m_emojiPicker = nullptr; // made on first use
    QLabel *m_counter;
    QToolButton *m_send;
    SavedReplyCompleter *m_completer = nullptr;
};

} // namespace envisage::ui
