#include "ConversationListPanel.h"

#include "ConversationDelegate.h"
#include "inbox/ConversationListModel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace envisage::ui {

using inbox::ConversationListModel;

ConversationListPanel::ConversationListPanel(ConversationListModel *model, QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_view(new QListView(this)), m_model(model)
{
    m_search->setPlaceholderText(tr("Search conversations (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/envisage/icons/search.svg")),
                        QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    m_view->setModel(model);
    m_view->setItemDelegate(new ConversationDelegate(m_view));
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
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, model, &ConversationListModel::setSearch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.data(ConversationListModel::IdRole).toLongLong();
                if (id != 0) // 0: a row whose place is still being read
                    Q_EMIT conversationActivated(id);
            });
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
