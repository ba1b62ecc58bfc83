#include "MessageListView.h"

#include "MessageDelegate.h"
#include "inbox/MessageListModel.h"

#include <QDesktopServices>
#include <QIdentityProxyModel>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace envisage::ui {

using Model = inbox::MessageListModel;

namespace {
// Qt's item views call fetchMore() whenever their last row is in sight, for lists that
// grow at the bottom. Here older history is added at the top and a chat rests at its
// bottom: the view would load the whole history, page after page, as soon as a
// conversation opens. So the view sees a model that never offers more, and fetchOlder()
// asks the real one when the seller reaches the top.
class NoFetchAtBottom : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    bool canFetchMore(const QModelIndex &) const override { return false; }
    void fetchMore(const QModelIndex &) override {}
};
} // namespace

MessageListView::MessageListView(QWidget *parent)
    : QListView(parent)
    , m_delegate(new MessageDelegate(this))
    , m_proxy(new NoFetchAtBottom(this))
    , m_newMessages(new QToolButton(this))
{
    setItemDelegate(m_delegate);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(NoSelection);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setResizeMode(Adjust);
    setWordWrap(true);
    setAccessibleName(tr("Messages"));
    m_newMessages->setText(tr("New messages ↓"));
    m_newMessages->setAccessibleName(tr("Jump to the newest messages"));
    m_newMessages->setCursor(Qt::PointingHandCursor);
    m_newMessages->hide();
    connect(m_newMessages, &QToolButton::clicked, this, &MessageListView::scrollToNewest);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &MessageListView::onScrolled);
}

void MessageListView::setModel(QAbstractItemModel *model)
{
    m_proxy->disconnect(this);
    m_source = model;
    m_proxy->setSourceModel(model);
    QListView::setModel(m_proxy);
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, &MessageListView::onRowsAboutToBeInserted);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MessageListView::onRowsInserted);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_newMessages->hide();
        QTimer::singleShot(0, this, &MessageListView::scrollToNewest);
    });
}

bool MessageListView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 4;
}

void MessageListView::scrollToNewest()
{
    executeDelayedItemsLayout();
    scrollToBottom();
    m_newMessages->hide();
}

void MessageListView::onRowsAboutToBeInserted(const QModelIndex &, int)
{
    m_wasAtBottom = isAtBottom();
    m_distanceFromBottom = verticalScrollBar()->maximum() - verticalScrollBar()->value();
}

void MessageListView::onRowsInserted(const QModelIndex &, int first, int last)
{
    const bool atTop = first <= 1 && last < model()->rowCount() - 1;
    // Laid out after this call returns; adjust the scroll position then.
    QTimer::singleShot(0, this, [this, atTop, last] {
        executeDelayedItemsLayout(); // the new rows' heights, before scrolling by them
        if (atTop) {
            // Older history above: keep what the seller was reading where it was.
            verticalScrollBar()->setValue(verticalScrollBar()->maximum() - m_distanceFromBottom);
        } else if (m_wasAtBottom) {
            scrollToBottom();
        } else if (model() && model()->index(last, 0).data(Model::MineRole).toBool()) {
            scrollToNewest(); // the seller sent it: show it
        } else {
            m_newMessages->show();
            placeButton();
        }
        if (verticalScrollBar()->maximum() == 0)
            fetchOlder(); // too few to scroll: the seller could never reach the top
    });
}

void MessageListView::fetchOlder()
{
    if (m_source && m_source->canFetchMore({}))
        m_source->fetchMore({});
}

void MessageListView::onScrolled(int value)
{
    if (isAtBottom())
        m_newMessages->hide();
    if (value == verticalScrollBar()->minimum())
        fetchOlder();
}

void MessageListView::resizeEvent(QResizeEvent *event)
{
    const bool atBottom = isAtBottom();
    QListView::resizeEvent(event);
    placeButton();
    if (atBottom)
        QTimer::singleShot(0, this, &QListView::scrollToBottom);
}

void MessageListView::placeButton()
{
    m_newMessages->adjustSize();
    const QRect area = viewport()->geometry();
    const QRect place(area.right() - m_newMessages->width() - 16, area.bottom() - m_newMessages->height() - 12,
                      m_newMessages->width(), m_newMessages->height());
    m_newMessages->move(QStyle::visualRect(layoutDirection(), area, place).topLeft());
    m_newMessages->raise();
}

QStyleOptionViewItem MessageListView::optionFor(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = visualRect(index);
    return option;
}

void MessageListView::mouseMoveEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    const bool overLink = index.isValid() && !m_delegate->linkAt(optionFor(index), index, event->position().toPoint()).isEmpty();
    viewport()->setCursor(overLink ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QListView::mouseMoveEvent(event);
}

void MessageListView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    const QModelIndex index = indexAt(point);
    if (index.isValid() && event->button() == Qt::LeftButton) {
        const QStyleOptionViewItem option = optionFor(index);
        const QString link = m_delegate->linkAt(option, index, point);
        if (!link.isEmpty()) {
            QDesktopServices::openUrl(QUrl(link));
            return;
        }
        if (index.data(Model::DeliveryRole).value<Model::Delivery>() == Model::Delivery::Failed
            && m_delegate->bubbleContains(option, index, point)) {
            const QString clientId = index.data(Model::ClientIdRole).toString();
            QMenu menu(this);
            menu.addAction(tr("Retry"), this, [this, clientId] { Q_EMIT retryRequested(clientId); });
            menu.addAction(tr("Discard"), this, [this, clientId] { Q_EMIT discardRequested(clientId); });
            menu.exec(viewport()->mapToGlobal(point));
            return;
        }
    }
    QListView::mouseReleaseEvent(event);
}

} // namespace envisage::ui
