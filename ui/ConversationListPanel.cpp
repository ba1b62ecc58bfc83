#include "ConversationListPanel.h"

#include "ConversationDelegate.h"
#include "inbox/ConversationListModel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace envisage::ui {

using inbox::ConversationListModel;

namespace {
// Matches the search against the buyer, the listing and the last message.
class ConversationFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QString needle = filterRegularExpression().pattern();
        if (needle.isEmpty())
            return true;
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        for (int role : {ConversationListModel::CounterpartNameRole, ConversationListModel::ListingTitleRole,
                         ConversationListModel::LastMessagePreviewRole}) {
            if (index.data(role).toString().contains(needle, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
};
} // namespace

ConversationListPanel::ConversationListPanel(ConversationListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_filter(new ConversationFilter(this))
{
    m_search->setPlaceholderText(tr("Search conversations (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/envisage/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    m_filter->setSourceModel(model);
    m_view->setModel(m_filter);
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

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterRegularExpression(QRegularExpression::escape(text.trimmed()).isEmpty()
                                                 ? QRegularExpression()
                                                 : QRegularExpression(text.trimmed()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            Q_EMIT conversationActivated(current.data(ConversationListModel::IdRole).toLongLong());
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
            if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
                m_view->setCurrentIndex(m_filter->index(0, 0));
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
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(ConversationListModel::IdRole).toLongLong() == conversationId) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return;
        }
    }
}

bool ConversationListPanel::selectNextUnread()
{
    const int count = m_filter->rowCount();
    const int start = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    for (int step = 1; step <= count; ++step) {
        const QModelIndex index = m_filter->index((start + step) % count, 0);
        if (index.data(ConversationListModel::UnreadCountRole).toInt() > 0) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

qint64 ConversationListPanel::currentConversationId() const
{
    return m_view->currentIndex().data(ConversationListModel::IdRole).toLongLong();
}

} // namespace envisage::ui
