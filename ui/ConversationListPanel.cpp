#include "ConversationListPanel.h"

#include "ConversationDelegate.h"
#include "MarketplacePictures.h"
#include "TriageTabs.h"
#include "inbox/ConversationListModel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace envisage::ui {

using inbox::ConversationListModel;
using store::ConversationFilter;

ConversationListPanel::ConversationListPanel(ConversationListModel *model, QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_tabs(new TriageTabs(this)),
      m_view(new QListView(this)), m_delegate(new ConversationDelegate(m_view)),
      m_waitClock(new QTimer(this)), m_model(model)
{
    m_search->setPlaceholderText(tr("Search conversations (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/envisage/icons/search.svg")),
                        QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    m_view->setModel(model);
    m_view->setItemDelegate(m_delegate);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setUniformItemSizes(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAccessibleName(tr("Conversations"));
    m_view->setMinimumWidth(260);

    auto *layout = new QVBoxLayout(this);
    // The margin on the window's edge, not the splitter's (layout margins are not mirrored).
    layout->setContentsMargins(isRightToLeft() ? 0 : 8, 8, isRightToLeft() ? 8 : 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_tabs);
    layout->addWidget(m_view, 1);

    m_tabs->setAccessibleName(tr("Conversation filter"));
    m_tabs->setCounts(model->counts());
    connect(m_tabs, &TriageTabs::filterChosen, model, &ConversationListModel::setFilter);
    connect(model, &ConversationListModel::countsChanged, m_tabs, &TriageTabs::setCounts);
    connect(model, &ConversationListModel::filterChanged, this,
            &ConversationListPanel::filterShown);
    m_waitClock->setInterval(60 * 1000);
    connect(m_waitClock, &QTimer::timeout, m_view->viewport(), qOverload<>(&QWidget::update));
    filterShown(model->filter());

    connect(m_view, &QWidget::customContextMenuRequested, this,
            &ConversationListPanel::showContextMenu);
    // E as in mail apps, where typing cannot mean a letter: only while the list has focus.
    auto *archive =
        new QShortcut(QKeySequence(Qt::Key_E), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(archive, &QShortcut::activated, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (const qint64 id = current.data(ConversationListModel::IdRole).toLongLong(); id != 0)
            Q_EMIT archiveRequested(id,
                                    !current.data(ConversationListModel::ArchivedRole).toBool());
    });

    connect(m_search, &QLineEdit::textChanged, model, &ConversationListModel::setSearch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.data(ConversationListModel::IdRole).toLongLong();
                if (id != 0) { // 0: a row whose place is still being read
                    m_current = id;
                    Q_EMIT conversationActivated(id);
                }
            });
    // A new search or filter may have replaced every row: the current one is found again.
    connect(model, &ConversationListModel::searchFinished, this, [this] {
        if (m_view->currentIndex().isValid() || m_current == 0)
            return;
        if (const int row = m_model->rowOfConversation(m_current); row >= 0)
            m_view->setCurrentIndex(m_model->index(row, 0));
    });
}

void ConversationListPanel::setPictures(MarketplacePictures *pictures)
{
    m_delegate->setPictures(pictures);
    // A picture that arrived (or failed: the initials stay) is painted at once; rows
    // ask for their pictures only when painted.
    connect(pictures, &MarketplacePictures::changed, m_view->viewport(),
            qOverload<>(&QWidget::update));
}

void ConversationListPanel::showFilter(ConversationFilter filter)
{
    m_model->setFilter(filter); // which shows it (filterShown)
}

void ConversationListPanel::filterShown(ConversationFilter filter)
{
    m_tabs->setCurrentFilter(filter);
    const bool waits = filter == ConversationFilter::AwaitingReply;
    m_delegate->setShowWait(waits);
    waits ? m_waitClock->start() : m_waitClock->stop();
    m_view->viewport()->update();
}

void ConversationListPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    const qint64 id = index.data(ConversationListModel::IdRole).toLongLong();
    if (id == 0 || index.data(ConversationListModel::PlaceholderRole).toBool())
        return;
    QMenu menu(this);
    const bool archived = index.data(ConversationListModel::ArchivedRole).toBool();
    QAction *archive = menu.addAction(archived ? tr("Move to &Inbox") : tr("&Archive"));
    archive->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(archive, &QAction::triggered, this,
            [this, id, archived] { Q_EMIT archiveRequested(id, !archived); });
    QAction *unread = menu.addAction(tr("Mark &unread"));
    unread->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    unread->setEnabled(!index.data(ConversationListModel::MarkedUnreadRole).toBool() &&
                       index.data(ConversationListModel::UnreadCountRole).toInt() == 0);
    connect(unread, &QAction::triggered, this, [this, id] { Q_EMIT markUnreadRequested(id); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ConversationListPanel::clearCurrent()
{
    m_current = 0;
    m_view->selectionModel()->clear();
}

bool ConversationListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            m_search->clear();
            m_view->setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return) {
            m_view->setFocus();
            if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
                m_view->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConversationListPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ConversationListPanel::selectConversation(qint64 conversationId)
{
    const int row = m_model->rowOfConversation(conversationId);
    if (row < 0)
        return; // not among the search's matches
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

bool ConversationListPanel::selectNextUnread()
{
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const int row = m_model->nextUnreadRow(current);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

qint64 ConversationListPanel::currentConversationId() const
{
    return m_view->currentIndex().data(ConversationListModel::IdRole).toLongLong();
}

} // namespace envisage::ui
