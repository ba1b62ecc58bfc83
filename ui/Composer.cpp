#include "Composer.h"
#include "EmojiPicker.h"

#include "AttachmentTray.h"
#include "SavedReplyCompleter.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace envisage::ui {

using namespace Qt::StringLiterals;

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter) {
        const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
        const bool sends =
            ctrlEnterSends ? modifiers == Qt::ControlModifier : modifiers == Qt::NoModifier;
        if (sends) {
            Q_EMIT sendRequested();
            return;
        }
        if (modifiers & (Qt::ShiftModifier | Qt::ControlModifier)) {
            insertPlainText(u"\n"_s);
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool ComposerEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasImage() || !Composer::localFiles(source).isEmpty() ||
           QPlainTextEdit::canInsertFromMimeData(source);
}

void ComposerEdit::insertFromMimeData(const QMimeData *source)
{
    if (const QStringList files = Composer::localFiles(source); !files.isEmpty())
        Q_EMIT filesOffered(files);
    else if (source->hasImage())
        Q_EMIT imagePasted(qvariant_cast<QImage>(source->imageData()));
    else
        QPlainTextEdit::insertFromMimeData(source); // plain text: QPlainTextEdit never takes HTML
}

Composer::Composer(QWidget *parent)
    : QWidget(parent), m_tray(new AttachmentTray(this)), m_edit(new ComposerEdit(this)),
      m_attach(new QToolButton(this)), m_emoji(new QToolButton(this)), m_counter(new QLabel(this)),
      m_send(new QToolButton(this))
{
    m_edit->setPlaceholderText(tr("Write a message…"));
    m_edit->setAccessibleName(tr("Message"));
    m_edit->setTabChangesFocus(true);
    const QFontMetrics metrics(m_edit->font());
    m_edit->setFixedHeight(metrics.lineSpacing() * 3 + 14);
    m_send->setIcon(QIcon(u":/envisage/icons/send.svg"_s));
    m_send->setToolTip(tr("Send (Enter)"));
    m_send->setAccessibleName(tr("Send"));
    m_send->setAutoRaise(true);
    m_send->setIconSize(QSize(22, 22));
    m_attach->setIcon(QIcon(u":/envisage/icons/attach.svg"_s));
    m_attach->setToolTip(tr("Attach photos or PDFs (up to 3, 10 MB each)"));
    m_attach->setAccessibleName(tr("Attach files"));
    m_attach->setAutoRaise(true);
    m_attach->setIconSize(QSize(22, 22));
    m_emoji->setIcon(QIcon(u":/envisage/icons/emoji.svg"_s));
    m_emoji->setToolTip(tr("Emoji"));
    m_emoji->setAccessibleName(tr("Insert emoji"));
    m_emoji->setAutoRaise(true);
    m_emoji->setIconSize(QSize(22, 22));
    setAcceptDrops(true);
    m_counter->setAccessibleName(tr("Characters used"));
    m_counter->hide();

    auto *row = new QHBoxLayout;
    auto *tools = new QVBoxLayout;
    tools->addStretch();
    tools->addWidget(m_emoji);
    tools->addWidget(m_attach);
    row->addLayout(tools);
    row->addWidget(m_edit, 1);
    auto *side = new QVBoxLayout;
    side->addStretch();
    side->addWidget(m_counter, 0, Qt::AlignRight);
    side->addWidget(m_send, 0, Qt::AlignRight);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(4);
    layout->addWidget(m_tray);
    layout->addLayout(row);

    connect(m_attach, &QToolButton::clicked, this, &Composer::chooseFiles);
    connect(m_emoji, &QToolButton::clicked, this, &Composer::showEmojiPicker);
    connect(m_edit, &ComposerEdit::filesOffered, m_tray, &AttachmentTray::addFiles);
    connect(m_edit, &ComposerEdit::imagePasted, m_tray, &AttachmentTray::addImage);
    connect(m_tray, &AttachmentTray::changed, this, &Composer::updateCounter);

    connect(m_edit, &ComposerEdit::sendRequested, this, &Composer::requestSend);
    connect(m_send, &QToolButton::clicked, this, &Composer::requestSend);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        Q_EMIT edited(text());
    });
    updateCounter();
}

QString Composer::text() const
{
    return m_edit->toPlainText();
}

void Composer::setText(const QString &text)
{
    const QSignalBlocker quiet(m_edit); // restoring a draft is not typing
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
    updateCounter();
}

void Composer::clear()
{
    setText({});
    m_tray->clear();
}

QStringList Composer::localFiles(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl &url : data->urls()) {
        if (!url.isLocalFile())
            return {}; // a web link is text to write, not a file to send
        files.append(url.toLocalFile());
    }
    return files;
}

void Composer::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_edit->isEnabled() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void Composer::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (!m_edit->isEnabled() || files.isEmpty())
        return;
    m_tray->addFiles(files);
    event->acceptProposedAction();
}

void Composer::chooseFiles()
{
    static QString lastFolder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Attach photos or PDFs"), lastFolder,
        tr("Photos and PDFs (*.jpg *.jpeg *.png *.gif *.webp *.pdf);;All files (*)"));
    if (files.isEmpty())
        return;
    lastFolder = QFileInfo(files.constFirst()).absolutePath();
    m_tray->addFiles(files);
}

void Composer::setSavedReplies(QAbstractItemModel *replies,
                               std::function<QString(const QString &)> fill)
{
    delete m_completer;
    m_completer = new SavedReplyCompleter(m_edit, replies, this);
    m_completer->setFiller(std::move(fill));
}

void Composer::insertText(const QString &text)
{
    if (!m_edit->isEnabled())
        return;
    QTextCursor cursor = m_edit->textCursor();
    cursor.insertText(text);
    m_edit->setTextCursor(cursor);
    m_edit->setFocus();
}

EmojiPicker *Composer::showEmojiPicker()
{
    if (!m_emojiPicker) {
        m_emojiPicker = new EmojiPicker(this);
        connect(m_emojiPicker, &EmojiPicker::emojiChosen, this, &Composer::insertText);
    }
    m_emojiPicker->popUpNextTo(m_emoji);
    return m_emojiPicker;
}

void Composer::setCtrlEnterSends(bool on)
{
    m_edit->ctrlEnterSends = on;
    m_send->setToolTip(on ? tr("Send (Ctrl+Enter)") : tr("Send (Enter)"));
}

void Composer::setUnavailable(const QString &reason)
{
    m_edit->setEnabled(false);
    m_send->setEnabled(false);
    m_attach->setEnabled(false);
    m_emoji->setEnabled(false);
    m_edit->setPlaceholderText(reason);
}

void Composer::setAvailable()
{
    m_edit->setEnabled(true);
    m_attach->setEnabled(true);
    m_emoji->setEnabled(true);
    m_edit->setPlaceholderText(tr("Write a message…"));
    updateCounter();
}

void Composer::updateCounter()
{
    const qsizetype used = text().toUcs4().size();
    const bool tooLong = used > MaxCharacters;
    m_counter->setVisible(used >= ShowCounterFrom);
    m_counter->setText(
        tr("%1 / %2").arg(QLocale().toString(used), QLocale().toString(MaxCharacters)));
    m_counter->setStyleSheet(tooLong ? u"color: #c0392b; font-weight: bold;"_s : QString());
    const bool somethingToSend = !text().trimmed().isEmpty() || !m_tray->isEmpty();
    m_send->setEnabled(m_edit->isEnabled() && somethingToSend && !tooLong);
}

void Composer::requestSend()
{
    const QString message = text().trimmed();
    if ((message.isEmpty() && m_tray->isEmpty()) || message.toUcs4().size() > MaxCharacters ||
        !m_edit->isEnabled())
        return;
    Q_EMIT sendRequested(message, m_tray->paths());
}

} // namespace envisage::ui
