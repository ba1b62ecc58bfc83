#include "SavedReplyCompleter.h"

#include "SavedReplyDelegate.h"
#include "SavedReplyFilterModel.h"
#include "inbox/SavedReplyListModel.h"
#include "inbox/SavedReplyText.h"

#include <QKeyEvent>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollBar>

namespace envisage::ui {

using inbox::SavedReplyListModel;

namespace {
constexpr int VisibleRows = 5;
}

SavedReplyCompleter::SavedReplyCompleter(QPlainTextEdit *edit, QAbstractItemModel *replies,
                                         QObject *parent)
    : QObject(parent), m_edit(edit), m_filter(new SavedReplyFilterModel(false, this))
{
    m_filter->setSourceModel(replies);
    m_edit->installEventFilter(this);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &SavedReplyCompleter::update);
    connect(m_edit, &QPlainTextEdit::cursorPositionChanged, this, &SavedReplyCompleter::update);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &SavedReplyCompleter::update);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &SavedReplyCompleter::update);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &SavedReplyCompleter::update);
}

SavedReplyCompleter::~SavedReplyCompleter()
{
    delete m_popup; // a child of the window, which may outlive the composer
}

bool SavedReplyCompleter::isVisible() const
{
    return m_popup && m_popup->isVisible();
}

void SavedReplyCompleter::update()
{
    const QTextCursor cursor = m_edit->textCursor();
    const inbox::SlashWord word =
        cursor.hasSelection() ? inbox::SlashWord{}
                              : inbox::slashWordAt(m_edit->toPlainText(), cursor.position());
    if (word.start != m_dismissed)
        m_dismissed = -1;
    if (word.start < 0 || word.start == m_dismissed || !m_edit->isEnabled()) {
        hide();
        return;
    }
    const bool newQuery = word.start != m_start || word.word != m_filter->query();
    m_start = word.start;
    m_filter->setQuery(word.word);
    if (m_filter->rowCount() == 0) {
        hide();
        return;
    }
    place();
    if (newQuery)
        m_popup->setCurrentIndex(m_filter->index(0, 0)); // the best match first
}

void SavedReplyCompleter::place()
{
    QWidget *window = m_edit->window();
    if (!m_popup || m_popup->parentWidget() != window) {
        delete m_popup;
        m_popup = new QListView(window);
        m_popup->setObjectName(QStringLiteral("savedReplyPopup"));
        m_popup->setAccessibleName(tr("Saved replies"));
        m_popup->setModel(m_filter);
        m_popup->setItemDelegate(new SavedReplyDelegate(m_popup));
        m_popup->setFocusPolicy(Qt::NoFocus);
        m_popup->setSelectionMode(QAbstractItemView::SingleSelection);
        m_popup->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_popup->setUniformItemSizes(true);
        m_popup->setFrameShape(QFrame::StyledPanel);
        m_popup->setAutoFillBackground(true);
        connect(m_popup, &QListView::clicked, this, [this](const QModelIndex &index) {
            m_popup->setCurrentIndex(index);
            accept();
        });
    }
    if (!m_popup->currentIndex().isValid())
        m_popup->setCurrentIndex(m_filter->index(0, 0));
    const int rowHeight = m_popup->sizeHintForRow(0);
    const int rows = std::min(VisibleRows, m_filter->rowCount());
    const int frame = 2 * m_popup->frameWidth();
    const int width = std::clamp(m_edit->width(), 280, 520);
    const int height = rows * rowHeight + frame;
    // Above the line being written, starting under the "/" (clamped inside the window).
    QTextCursor at = m_edit->textCursor();
    at.setPosition(int(m_start));
    const QRect caret = m_edit->cursorRect(at);
    QPoint topLeft = m_edit->viewport()->mapTo(window, caret.topLeft());
    topLeft.ry() -= height + 4;
    if (m_edit->isRightToLeft())
        topLeft.rx() -= width;
    topLeft.setX(std::clamp(topLeft.x(), 4, std::max(4, window->width() - width - 4)));
    topLeft.setY(std::max(4, topLeft.y()));
    m_popup->setGeometry(QRect(topLeft, QSize(width, height)));
    m_popup->show();
    m_popup->raise();
}

void SavedReplyCompleter::hide()
{
    m_start = -1;
    if (m_popup)
        m_popup->hide();
}

void SavedReplyCompleter::move(int delta)
{
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    const int row = (m_popup->currentIndex().row() + delta + rows) % rows;
    m_popup->setCurrentIndex(m_filter->index(row, 0));
}

void SavedReplyCompleter::accept()
{
    const QModelIndex chosen = m_popup ? m_popup->currentIndex() : QModelIndex();
    if (!chosen.isValid() || m_start < 0)
        return;
    const QString body = chosen.data(SavedReplyListModel::BodyRole).toString();
    const qint64 id = chosen.data(SavedReplyListModel::IdRole).toLongLong();
    QTextCursor cursor = m_edit->textCursor();
    const int end = cursor.position();
    cursor.setPosition(int(m_start));
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    hide();
    cursor.insertText(m_fill ? m_fill(body) : body); // one undo step
    m_edit->setTextCursor(cursor);
    Q_EMIT inserted(id);
}

bool SavedReplyCompleter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut) {
        hide();
    } else if (watched == m_edit && event->type() == QEvent::KeyPress && isVisible()) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Tab:
            accept();
            return true;
        case Qt::Key_Escape:
            m_dismissed = m_start;
            hide();
            return true;
        case Qt::Key_Up:
            move(-1);
            return true;
        case Qt::Key_Down:
            move(1);
            return true;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace envisage::ui
