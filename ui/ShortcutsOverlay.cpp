#include "ShortcutsOverlay.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace envisage::ui {

using namespace Qt::StringLiterals;

namespace {

// "&Archive / Move to Inbox" → "Archive / Move to Inbox"; "Search Messages…" keeps its
// words and loses the dots (the card opens nothing).
QString plainActionText(QString text)
{
    text.remove(QRegularExpression(u"&(?!&)"_s));
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

QString keysOf(const QList<QKeySequence> &sequences)
{
    QStringList names;
    for (const QKeySequence &keys : sequences)
        names.append(keys.toString(QKeySequence::NativeText));
    return names.join(u" / "_s);
}

QString key(QKeySequence::StandardKey standard)
{
    return QKeySequence(standard).toString(QKeySequence::NativeText);
}

QString key(QKeyCombination keys)
{
    return QKeySequence(keys).toString(QKeySequence::NativeText);
}

} // namespace

ShortcutsOverlay::ShortcutsOverlay(QMainWindow *window) : QWidget(window), m_window(window)
{
    setAccessibleName(tr("Keyboard shortcuts"));
    setFocusPolicy(Qt::StrongFocus);
    hide();
    window->installEventFilter(this);
}

void ShortcutsOverlay::toggle()
{
    if (isVisible()) {
        hide();
        m_window->setFocus(); // back to the window (the widget focused before is gone)
        return;
    }
    rebuild();
    placeCard();
    raise();
    show();
    setFocus(Qt::ShortcutFocusReason);
}

QList<ShortcutsOverlay::Entry> ShortcutsOverlay::entries() const
{
    QList<Entry> entries;
    // The menus: what they bind is what the card says.
    for (QAction *menuAction : m_window->menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator() && !action->shortcuts().isEmpty())
                entries.append({plainActionText(menuAction->text()),
                                plainActionText(action->text()), keysOf(action->shortcuts())});
        }
    }
    // Keys of one place, bound where that place is made.
    const QString list = tr("Conversation list");
    entries.append({list, tr("Archive / Move to Inbox"), key(Qt::Key_E)});
    entries.append({list, tr("From the search box to the results"),
                    keysOf({QKeySequence(Qt::Key_Down), QKeySequence(Qt::Key_Return)})});
    const QString box = tr("Message box");
    const QString enter = key(Qt::Key_Return);
    const QString ctrlEnter = key(Qt::CTRL | Qt::Key_Return);
    entries.append({box, tr("Send"), m_ctrlEnterSends ? ctrlEnter : enter});
    entries.append(
        {box, tr("New line"), m_ctrlEnterSends ? enter : key(Qt::SHIFT | Qt::Key_Return)});
    entries.append({box, tr("Saved reply (type at the start of a word)"), u"/"_s});
    entries.append({box, tr("Paste a photo"), key(QKeySequence::Paste)});
    const QString viewer = tr("Photo viewer");
    entries.append({viewer, tr("Previous / next photo"),
                    keysOf({QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Right)})});
    entries.append({viewer, tr("Zoom in / out"),
                    keysOf({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Minus)})});
    entries.append({viewer, tr("Fit to the window"), key(Qt::Key_0)});
    entries.append({viewer, tr("Save as"), key(QKeySequence::Save)});
    entries.append({viewer, tr("Close"), key(Qt::Key_Escape)});
    return entries;
}

void ShortcutsOverlay::rebuild()
{
    delete m_card;
    m_card = new QFrame(this);
    QFrame *card = m_card;
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    card->setBackgroundRole(QPalette::Window);

    auto *title = new QLabel(tr("Keyboard shortcuts"), card);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);
    auto *closeHint = new QLabel(
        tr("%1 or %2 to close").arg(key(Qt::Key_Escape), key(Qt::CTRL | Qt::Key_Slash)), card);
    closeHint->setEnabled(false);
    auto *heading = new QHBoxLayout;
    heading->addWidget(title, 1);
    heading->addWidget(closeHint);

    // Two columns of sections, each section a grid of description and keys.
    auto *columns = new QHBoxLayout;
    QVBoxLayout *column[2] = {new QVBoxLayout, new QVBoxLayout};
    columns->addLayout(column[0]);
    columns->addSpacing(24);
    columns->addLayout(column[1]);
    const QList<Entry> all = entries();
    QStringList sections;
    for (const Entry &entry : all) {
        if (!sections.contains(entry.section))
            sections.append(entry.section);
    }
    const QString capStyle = u"QLabel { border: 1px solid palette(mid); border-radius: 4px;"
                             u" padding: 1px 6px; background: palette(base); }"_s;
    for (int s = 0; s < sections.size(); ++s) {
        QVBoxLayout *target = column[s < (sections.size() + 1) / 2 ? 0 : 1];
        auto *name = new QLabel(sections.at(s), card);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        target->addWidget(name);
        auto *grid = new QGridLayout;
        grid->setHorizontalSpacing(16);
        grid->setVerticalSpacing(4);
        int row = 0;
        for (const Entry &entry : all) {
            if (entry.section != sections.at(s))
                continue;
            auto *description = new QLabel(entry.description, card);
            description->setTextFormat(Qt::PlainText);
            auto *keys = new QLabel(entry.keys, card);
            keys->setTextFormat(Qt::PlainText);
            keys->setStyleSheet(capStyle);
            grid->addWidget(description, row, 0);
            grid->addWidget(keys, row, 1, Qt::AlignRight);
            ++row;
        }
        target->addLayout(grid);
        target->addSpacing(10);
    }
    column[0]->addStretch(1);
    column[1]->addStretch(1);

    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addLayout(heading);
    layout->addSpacing(8);
    layout->addLayout(columns);
    card->show();
}

bool ShortcutsOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize && isVisible())
        placeCard();
    return QWidget::eventFilter(watched, event);
}

void ShortcutsOverlay::placeCard()
{
    setGeometry(m_window->rect());
    if (!m_card)
        return;
    // Centred, and never larger than the window (a window that small is not one anybody
    // reads shortcuts in; the card is cut, not the window grown).
    const QSize size = m_card->sizeHint().boundedTo(this->size() - QSize(24, 24));
    m_card->setGeometry(
        QRect(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2), size));
}

void ShortcutsOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0, 0, 0, 110)); // the window dimmed behind the card
}

void ShortcutsOverlay::mousePressEvent(QMouseEvent *event)
{
    if (!m_card || !m_card->geometry().contains(event->position().toPoint()))
        toggle();
}

void ShortcutsOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        toggle();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace envisage::ui
