#include "MessageListView.h"

#include "AttachmentImages.h"
#include "MessageDelegate.h"
#include "RowFlash.h"
#include "inbox/MessageListModel.h"

#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

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

constexpr int ScrollStep = 24; // pixels per wheel notch line / arrow key

// A width change measures this many rows at once (about 45 µs each in a release build,
// docs/benchmarks.md); a longer history is measured in slices between events.
constexpr int MeasureAtOnce = 1000;
// The most a slice of that measuring keeps the event loop: a quarter of a 60 Hz frame.
constexpr qint64 SliceNs = 4'000'000;
} // namespace

// ---- MessageRowHeights -----------------------------------------------------------------

qint64 MessageRowHeights::below(int entry) const
{
    while (int(m_below.size()) <= entry)
        m_below.push_back(m_below.back() + m_heights[m_below.size() - 1]);
    return m_below[size_t(entry)];
}

int MessageRowHeights::entryAt(qint64 fromBottom) const
{
    while (int(m_below.size()) <= count() && m_below.back() <= fromBottom)
        m_below.push_back(m_below.back() + m_heights[m_below.size() - 1]);
    const auto after = std::upper_bound(m_below.cbegin(), m_below.cend(), fromBottom);
    return std::min(count(), int(after - m_below.cbegin()) - 1);
}

// below(i) for i <= entry stays: it does not count `entry` itself.
void MessageRowHeights::forgetSumsFrom(int entry)
{
    if (int(m_below.size()) > entry + 1)
        m_below.resize(size_t(entry) + 1);
}

void MessageRowHeights::insert(int entry, const std::vector<int> &heights)
{
    forgetSumsFrom(entry);
    m_heights.insert(m_heights.begin() + entry, heights.cbegin(), heights.cend());
    m_stale.insert(m_stale.begin() + entry, heights.size(), false);
    if (entry <= m_noStaleBefore)
        m_noStaleBefore += int(heights.size());
    for (int height : heights)
        m_total += height;
}

qint64 MessageRowHeights::erase(int entry, int count)
{
    forgetSumsFrom(entry);
    qint64 removed = 0;
    for (int i = entry; i < entry + count; ++i) {
        removed += m_heights[size_t(i)];
        m_staleCount -= m_stale[size_t(i)] ? 1 : 0;
    }
    m_heights.erase(m_heights.begin() + entry, m_heights.begin() + entry + count);
    m_stale.erase(m_stale.begin() + entry, m_stale.begin() + entry + count);
    if (entry < m_noStaleBefore) // what was measured after the erased entries moves down
        m_noStaleBefore = entry + std::max(0, m_noStaleBefore - (entry + count));
    m_total -= removed;
    return removed;
}

int MessageRowHeights::set(int entry, int height)
{
    if (m_stale[size_t(entry)]) {
        m_stale[size_t(entry)] = false;
        --m_staleCount;
    }
    const int change = height - m_heights[size_t(entry)];
    if (change != 0) {
        forgetSumsFrom(entry);
        m_heights[size_t(entry)] = height;
        m_total += change;
    }
    return change;
}

void MessageRowHeights::clear()
{
    m_heights.clear();
    m_stale.clear();
    m_staleCount = 0;
    m_noStaleBefore = 0;
    m_below.assign(1, 0);
    m_total = 0;
}

void MessageRowHeights::markAllStale()
{
    std::fill(m_stale.begin(), m_stale.end(), true);
    m_staleCount = count();
    m_noStaleBefore = 0;
}

int MessageRowHeights::firstStale() const
{
    if (m_staleCount == 0)
        return -1;
    while (m_noStaleBefore < count() && !m_stale[size_t(m_noStaleBefore)])
        ++m_noStaleBefore;
    return m_noStaleBefore < count() ? m_noStaleBefore : -1;
}

// ---- Layout ----------------------------------------------------------------------------

MessageListView::MessageListView(QWidget *parent)
    : QAbstractItemView(parent), m_delegate(new MessageDelegate(this)),
      m_proxy(new NoFetchAtBottom(this)), m_newMessages(new QToolButton(this)),
      m_flash(new RowFlash(this))
{
    setItemDelegate(m_delegate);
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(NoSelection);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    setAccessibleName(tr("Messages"));
    m_newMessages->setText(tr("New messages ↓"));
    m_newMessages->setAccessibleName(tr("Jump to the newest messages"));
    m_newMessages->setCursor(Qt::PointingHandCursor);
    m_newMessages->hide();
    connect(m_newMessages, &QToolButton::clicked, this, &MessageListView::scrollToNewest);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &MessageListView::onScrolled);
    m_staleSlices.setInterval(0);
    connect(&m_staleSlices, &QTimer::timeout, this, &MessageListView::measureStaleSlice);
    connect(m_flash, &RowFlash::changed, viewport(), [this] { viewport()->update(); });
}

void MessageListView::setImages(AttachmentImages *images)
{
    m_delegate->setImages(images);
    connect(images, &AttachmentImages::changed, viewport(),
            [this](const QString &key) { updateRowsShowing(key); });
}

// Thumbnails arrive one by one while the seller scrolls: repainting the whole viewport for
// each would cost more than the page of history they belong to, so only the rows in sight
// that show this one are painted again.
void MessageListView::updateRowsShowing(const QString &imageKey)
{
    if (!model() || m_headerHeight == 0)
        return;
    int row = rowAtContentY(verticalOffset());
    if (row < 0)
        return;
    const int viewportHeight = viewport()->height();
    qint64 top = rowTop(row) - verticalOffset();
    for (; row <= messageRows() && top < viewportHeight; ++row) {
        const int height = rowHeight(row);
        const QVariantList attachments =
            model()->index(row, 0).data(inbox::MessageListModel::AttachmentsRole).toList();
        for (const QVariant &attachment : attachments) {
            if (AttachmentImages::keyOf(attachment.toMap(), AttachmentImages::Kind::Thumbnail) ==
                imageKey) {
                viewport()->update(QRect(0, int(top), viewport()->width(), height));
                break;
            }
        }
        top += height;
    }
}

void MessageListView::setModel(QAbstractItemModel *model)
{
    m_proxy->disconnect(this);
    m_source = model;
    m_proxy->setSourceModel(model);
    QAbstractItemView::setModel(m_proxy);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MessageListView::onRowsRemoved);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MessageListView::rebuild);
    rebuild();
}

qint64 MessageListView::contentHeight() const
{
    return m_headerHeight + m_heights.total();
}

qint64 MessageListView::rowTop(int row) const
{
    if (row <= 0)
        return 0;
    const int entry = entryOfRow(row);
    return contentHeight() - m_heights.below(entry) - m_heights.height(entry);
}

int MessageListView::rowHeight(int row) const
{
    return row == 0 ? m_headerHeight : m_heights.height(entryOfRow(row));
}

int MessageListView::rowAtContentY(qint64 y) const
{
    if (!model() || y < 0 || y >= contentHeight())
        return -1;
    if (y < m_headerHeight)
        return 0;
    const int entry = m_heights.entryAt(contentHeight() - 1 - y);
    return entry < messageRows() ? messageRows() - entry : -1;
}

qint64 MessageListView::readingLine() const
{
    return qint64(verticalOffset()) + viewport()->height() / 2;
}

QStyleOptionViewItem MessageListView::measuringOption() const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = QRect(0, 0, viewport()->width(), 0);
    return option;
}

int MessageListView::measure(const QStyleOptionViewItem &option, int row) const
{
    const QModelIndex index = model()->index(row, 0);
    return std::max(0, itemDelegateForIndex(index)->sizeHint(option, index).height());
}

void MessageListView::rebuild()
{
    m_staleSlices.stop();
    m_heights.clear();
    m_headerHeight = 0;
    m_measuredWidth = viewport()->width();
    if (model() && model()->rowCount() > 0) {
        const QStyleOptionViewItem option = measuringOption();
        m_headerHeight = measure(option, 0);
        std::vector<int> heights;
        heights.reserve(size_t(model()->rowCount() - 1));
        for (int row = model()->rowCount() - 1; row >= 1; --row)
            heights.push_back(measure(option, row));
        m_heights.insert(0, heights);
    }
    updateGeometries();
    viewport()->update();
}

// The width, the font or the style changed: every row again, the row the seller reads
// kept at its place (or the bottom in view). A short history at once; a long one the
// rows in sight now and the others in slices between events (measureStaleSlice()), where
// measuring 100,000 rows at once stalled the window for 4 s (docs/benchmarks.md).
void MessageListView::remeasureAll()
{
    if (!model() || model()->rowCount() == 0) {
        rebuild();
        return;
    }
    const bool wasAtBottom = isAtBottom();
    if (messageRows() > MeasureAtOnce) {
        m_measuredWidth = viewport()->width();
        const int header = measure(measuringOption(), 0);
        const qint64 headerChange = header - std::exchange(m_headerHeight, header);
        m_heights.markAllStale();
        keepPlace(wasAtBottom, headerChange); // the header is the content's top
        measureStaleInSight();
        m_staleSlices.start();
        return;
    }
    int anchor = rowAtContentY(std::min(readingLine(), contentHeight() - 1));
    if (anchor < 0)
        anchor = model()->rowCount() - 1;
    const qint64 anchorBottom = rowTop(anchor) + rowHeight(anchor) - verticalOffset();
    rebuild();
    if (wasAtBottom)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    else
        verticalScrollBar()->setValue(int(rowTop(anchor) + rowHeight(anchor) - anchorBottom));
}

// Rows in sight that were measured for another width: measured now, before they are
// painted. Rows above the reading line move the scroll position by their change, as
// for a page of history. Bounded: each pass measures what the previous one brought
// into sight.
void MessageListView::measureStaleInSight()
{
    if (m_measuringInSight || !model() || m_heights.staleCount() == 0)
        return;
    const QScopedValueRollback guard(m_measuringInSight, true);
    const bool wasAtBottom = isAtBottom();
    const QStyleOptionViewItem option = measuringOption();
    for (int pass = 0; pass < 4; ++pass) {
        const qint64 bottom = qint64(verticalOffset()) + viewport()->height();
        const qint64 line = readingLine();
        const int firstInSight = rowAtContentY(verticalOffset());
        if (firstInSight < 0)
            break;
        int row = std::max(1, firstInSight);
        qint64 changeAbove = 0;
        bool measured = false;
        for (; row <= messageRows(); ++row) {
            const qint64 top = rowTop(row);
            if (top >= bottom + changeAbove)
                break;
            const int entry = entryOfRow(row);
            if (!m_heights.isStale(entry))
                continue;
            const int change = m_heights.set(entry, measure(option, row));
            measured = true;
            if (top < line + changeAbove)
                changeAbove += change;
        }
        if (!measured)
            break;
        keepPlace(wasAtBottom, changeAbove);
    }
}

// One slice of the stale rows, newest first (where the seller usually reads); what
// changes above the reading line keeps the read row at its pixel.
void MessageListView::measureStaleSlice()
{
    if (!model() || m_heights.staleCount() == 0) {
        m_staleSlices.stop();
        return;
    }
    QElapsedTimer slice;
    slice.start();
    const bool wasAtBottom = isAtBottom();
    const QStyleOptionViewItem option = measuringOption();
    // Entries past the one at the reading line are older: above it.
    const int readingEntry =
        m_heights.entryAt(std::max<qint64>(0, contentHeight() - 1 - readingLine()));
    qint64 changeAbove = 0;
    for (int entry = m_heights.firstStale(); entry >= 0 && slice.nsecsElapsed() < SliceNs;
         entry = m_heights.firstStale()) {
        const int change = m_heights.set(entry, measure(option, messageRows() - entry));
        if (entry > readingEntry)
            changeAbove += change;
    }
    keepPlace(wasAtBottom, changeAbove);
    if (m_heights.staleCount() == 0)
        m_staleSlices.stop();
}

void MessageListView::updateGeometries()
{
    QScrollBar *bar = verticalScrollBar();
    const int page = viewport()->height();
    bar->setPageStep(page);
    bar->setSingleStep(ScrollStep);
    bar->setRange(0, int(std::max<qint64>(0, contentHeight() - page)));
    QAbstractItemView::updateGeometries();
}

void MessageListView::keepPlace(bool wasAtBottom, qint64 shiftAbove)
{
    updateGeometries();
    if (wasAtBottom)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    else if (shiftAbove != 0)
        verticalScrollBar()->setValue(int(verticalOffset() + shiftAbove));
    viewport()->update();
}

void MessageListView::rowsInserted(const QModelIndex &parent, int first, int last)
{
    QAbstractItemView::rowsInserted(parent, first, last);
    if (parent.isValid())
        return;
    if (first == 0 || m_headerHeight == 0) { // the header came: the whole list is new
        rebuild();
        QTimer::singleShot(0, this, &MessageListView::settle);
        return;
    }
    const bool wasAtBottom = isAtBottom();
    // Where the rows go: the top of the row that was at `first`, or the content's end.
    const bool above = (first <= messageRows() ? rowTop(first) : contentHeight()) < readingLine();
    const QStyleOptionViewItem option = measuringOption();
    std::vector<int> heights; // newest first
    heights.reserve(size_t(last - first + 1));
    qint64 added = 0;
    for (int row = last; row >= first; --row) {
        heights.push_back(measure(option, row));
        added += heights.back();
    }
    // Rows first..last take the entries of the rows that were there, newest first.
    m_heights.insert(messageRows() - first + 1, heights);
    keepPlace(wasAtBottom, above ? added : 0);
    // A page of newer history comes below the seller, who stays where they read.
    if (!wasAtBottom && !above && !hasNewerHistory()) {
        if (model()->index(last, 0).data(Model::MineRole).toBool()) {
            scrollToNewest(); // the seller sent it: show it
        } else {
            m_newMessages->show();
            placeButton();
        }
    }
    fetchOlderIfNotFilled();
    updateNewestButton();
}

void MessageListView::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (first == 0 || last > messageRows()) {
        rebuild();
        return;
    }
    const bool wasAtBottom = isAtBottom();
    qint64 removedAbove = 0;
    for (int row = first; row <= last && rowTop(row) < readingLine(); ++row)
        removedAbove += rowHeight(row);
    m_heights.erase(entryOfRow(last), last - first + 1);
    keepPlace(wasAtBottom, -removedAbove);
    updateNewestButton();
}

void MessageListView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                  const QList<int> &roles)
{
    if (model() && !topLeft.parent().isValid() && topLeft.isValid() && bottomRight.isValid() &&
        bottomRight.row() <= messageRows()) {
        const bool wasAtBottom = isAtBottom();
        const QStyleOptionViewItem option = measuringOption();
        qint64 changeAbove = 0;
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
            const bool above = rowTop(row) < readingLine() + changeAbove;
            const int height = measure(option, row);
            int change = 0;
            if (row == 0)
                change = height - std::exchange(m_headerHeight, height);
            else
                change = m_heights.set(entryOfRow(row), height);
            if (above)
                changeAbove += change;
        }
        keepPlace(wasAtBottom, changeAbove);
    }
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
}

void MessageListView::reset()
{
    QAbstractItemView::reset();
    m_newMessages->hide();
    m_flash->stop();
    rebuild();
    updateNewestButton();
    QTimer::singleShot(0, this, &MessageListView::settle);
}

// ---- Geometry for Qt and the tests -----------------------------------------------------

int MessageListView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

QRect MessageListView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != model() || index.row() > messageRows() ||
        m_headerHeight == 0)
        return {};
    return QRect(0, int(rowTop(index.row()) - verticalOffset()), viewport()->width(),
                 rowHeight(index.row()));
}

QModelIndex MessageListView::indexAt(const QPoint &point) const
{
    if (point.x() < 0 || point.x() >= viewport()->width())
        return {};
    const int row = rowAtContentY(qint64(point.y()) + verticalOffset());
    return row < 0 ? QModelIndex() : model()->index(row, 0);
}

void MessageListView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    const QRect rect = visualRect(index);
    if (!rect.isValid())
        return;
    const int height = viewport()->height();
    QScrollBar *bar = verticalScrollBar();
    switch (hint) {
    case PositionAtTop:
        bar->setValue(bar->value() + rect.top());
        break;
    case PositionAtBottom:
        bar->setValue(bar->value() + rect.bottom() + 1 - height);
        break;
    case PositionAtCenter:
        bar->setValue(bar->value() + rect.center().y() - height / 2);
        break;
    case EnsureVisible:
        if (rect.top() < 0 || rect.height() > height)
            bar->setValue(bar->value() + rect.top());
        else if (rect.bottom() >= height)
            bar->setValue(bar->value() + rect.bottom() + 1 - height);
        break;
    }
}

QModelIndex MessageListView::moveCursor(CursorAction, Qt::KeyboardModifiers)
{
    return {}; // nothing to select: keys scroll (keyPressEvent)
}

void MessageListView::scrollContentsBy(int, int)
{
    viewport()->update(); // only the visible rows are painted: cheaper than keeping pixels
}

// ---- Scrolling -------------------------------------------------------------------------

bool MessageListView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 4 && !hasNewerHistory();
}

void MessageListView::scrollToNewest()
{
    if (hasNewerHistory()) {
        Q_EMIT newestRequested();
        return;
    }
    scrollToBottom();
}

void MessageListView::scrollToBottom()
{
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_newMessages->hide();
}

void MessageListView::fetchOlder()
{
    if (m_source && m_source->canFetchMore({}))
        m_source->fetchMore({});
}

// Too few rows to scroll: the seller could never reach the top (or the bottom).
void MessageListView::fetchOlderIfNotFilled()
{
    QTimer::singleShot(0, this, [this] {
        if (verticalScrollBar()->maximum() != 0)
            return;
        fetchOlder();
        fetchNewer();
    });
}

void MessageListView::onScrolled(int value)
{
    measureStaleInSight();
    if (isAtBottom())
        m_newMessages->hide();
    if (value == verticalScrollBar()->minimum())
        fetchOlder();
    if (value == verticalScrollBar()->maximum())
        fetchNewer();
}

void MessageListView::resizeEvent(QResizeEvent *event)
{
    const bool atBottom = isAtBottom();
    QAbstractItemView::resizeEvent(event);
    if (viewport()->width() != m_measuredWidth)
        remeasureAll();
    updateGeometries();
    measureStaleInSight(); // a taller viewport shows more rows
    if (atBottom)
        scrollToNewest();
    placeButton();
}

void MessageListView::changeEvent(QEvent *event)
{
    QAbstractItemView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        remeasureAll();
    else if (event->type() == QEvent::LayoutDirectionChange)
        placeButton();
}

void MessageListView::keyPressEvent(QKeyEvent *event)
{
    QScrollBar *bar = verticalScrollBar();
    switch (event->key()) {
    case Qt::Key_Up:
        bar->triggerAction(QAbstractSlider::SliderSingleStepSub);
        break;
    case Qt::Key_Down:
        bar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        break;
    case Qt::Key_PageUp:
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
        break;
    case Qt::Key_PageDown:
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        break;
    case Qt::Key_Home:
        bar->triggerAction(QAbstractSlider::SliderToMinimum);
        break;
    case Qt::Key_End:
        scrollToNewest();
        break;
    default:
        QAbstractItemView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MessageListView::placeButton()
{
    m_newMessages->adjustSize();
    const QRect area = viewport()->geometry();
    const QRect place(area.right() - m_newMessages->width() - 16,
                      area.bottom() - m_newMessages->height() - 12, m_newMessages->width(),
                      m_newMessages->height());
    m_newMessages->move(QStyle::visualRect(layoutDirection(), area, place).topLeft());
    m_newMessages->raise();
}

// ---- Painting and the mouse ------------------------------------------------------------

void MessageListView::paintEvent(QPaintEvent *event)
{
    if (!model() || m_headerHeight == 0)
        return;
    QPainter painter(viewport());
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QRect area = event->rect();
    int row = rowAtContentY(qint64(area.top()) + verticalOffset());
    if (row < 0)
        return;
    qint64 top = rowTop(row) - verticalOffset();
    const qint64 flashed = m_flash->messageId();
    for (; row <= messageRows() && top <= area.bottom(); ++row) {
        const QModelIndex index = model()->index(row, 0);
        option.rect = QRect(0, int(top), viewport()->width(), rowHeight(row));
        if (flashed != 0 && index.data(Model::IdRole).toLongLong() == flashed) {
            QColor light = palette().color(QPalette::Highlight);
            light.setAlphaF(float(0.35 * m_flash->strength()));
            painter.fillRect(option.rect, light);
        }
        itemDelegateForIndex(index)->paint(&painter, option, index);
        top += rowHeight(row);
    }
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
    const bool overLink =
        index.isValid() &&
        (!m_delegate->linkAt(optionFor(index), index, event->position().toPoint()).isEmpty() ||
         m_delegate->attachmentAt(optionFor(index), index, event->position().toPoint()) >= 0);
    viewport()->setCursor(overLink ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QAbstractItemView::mouseMoveEvent(event);
}

// A message still being sent can be taken back until its post has left (Outbox).
void MessageListView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid() ||
        index.data(Model::DeliveryRole).value<Model::Delivery>() != Model::Delivery::Pending ||
        !m_delegate->bubbleContains(optionFor(index), index, event->pos())) {
        QAbstractItemView::contextMenuEvent(event);
        return;
    }
    const QString clientId = index.data(Model::ClientIdRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Cancel sending"), this,
                   [this, clientId] { Q_EMIT cancelRequested(clientId); });
    menu.exec(event->globalPos());
}

void MessageListView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    const QModelIndex index = indexAt(point);
    if (index.isValid() && event->button() == Qt::LeftButton) {
        const QStyleOptionViewItem option = optionFor(index);
        if (const int attachment = m_delegate->attachmentAt(option, index, point);
            attachment >= 0) {
            Q_EMIT attachmentActivated(index.row(), attachment);
            return;
        }
        const QString link = m_delegate->linkAt(option, index, point);
        if (!link.isEmpty()) {
            QDesktopServices::openUrl(QUrl(link));
            return;
        }
        if (index.data(Model::DeliveryRole).value<Model::Delivery>() == Model::Delivery::Failed &&
            m_delegate->bubbleContains(option, index, point)) {
            const QString clientId = index.data(Model::ClientIdRole).toString();
            QMenu menu(this);
            menu.addAction(tr("Retry"), this,
                           [this, clientId] { Q_EMIT retryRequested(clientId); });
            menu.addAction(tr("Discard"), this,
                           [this, clientId] { Q_EMIT discardRequested(clientId); });
            menu.exec(viewport()->mapToGlobal(point));
            return;
        }
    }
    QAbstractItemView::mouseReleaseEvent(event);
}

} // namespace envisage::ui
