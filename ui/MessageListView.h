#pragma once
// The message list: stays at the bottom while new messages arrive (unless the seller
// scrolled up, then a "New messages ↓" button appears), loads older history when
// scrolled to the top without the view jumping, opens http(s) links, and offers Retry
// and Discard on a message that could not be sent. Opened at a message (a search hit),
// it shows that message in the middle with a fading highlight, loads newer history when
// scrolled to the bottom, and its button goes back to the newest messages.
//
// It lays its rows out itself rather than through QListView, which measures every row
// again whenever rows are inserted: with older history prepended page after page, that
// made each page cost as much as all the rows already shown (docs/architecture.md,
// "Message list"). Here a row is measured when it arrives, when its data changes, and
// when the width, font or style change; a page of older history costs its own rows.
// After a width change, the rows in sight are measured at once and the others a slice
// at a time between events (newest first), so resizing a long conversation never stalls.
#include <QAbstractItemView>
#include <QTimer>

#include <deque>
#include <vector>

class QIdentityProxyModel;
class QToolButton;

namespace envisage::ui {

class AttachmentImages;
class MessageDelegate;
class RowFlash;

// The rows' heights, newest row first, with the sum of the heights below each row (the
// newer ones) worked out as far as it has been asked for. Older rows are added at the
// end, so a page of history costs its own rows; a change near the bottom only forgets
// the sums above it. A height can be marked stale (measured for another width): it
// stands in until the row is measured again.
class MessageRowHeights
{
public:
    int count() const { return int(m_heights.size()); }
    int height(int entry) const { return m_heights[size_t(entry)]; }
    qint64 total() const { return m_total; }
    // Sum of the heights of entries [0, entry): the distance from the content's bottom
    // to that entry's bottom edge.
    qint64 below(int entry) const;
    // The entry covering this distance from the content's bottom (count() past the top).
    int entryAt(qint64 fromBottom) const;

    void insert(int entry, const std::vector<int> &heights);
    qint64 erase(int entry, int count); // returns the heights removed
    int set(int entry, int height);     // returns the change; the height is no longer stale
    void clear();

    void markAllStale();
    bool isStale(int entry) const { return m_stale[size_t(entry)]; }
    int staleCount() const { return m_staleCount; }
    // The newest stale entry, or -1.
    int firstStale() const;

private:
    void forgetSumsFrom(int entry);

    std::deque<int> m_heights;
    std::deque<bool> m_stale;
    int m_staleCount = 0;
    mutable int m_noStaleBefore = 0;        // entries below it are all measured
    mutable std::vector<qint64> m_below{0}; // m_below[i] = below(i), for i < size()
    qint64 m_total = 0;
};

class MessageListView : public QAbstractItemView
{
    Q_OBJECT
public:
    explicit MessageListView(QWidget *parent = nullptr);
    // The view shows the model through a proxy (see MessageListView.cpp): model() is that
    // proxy, sourceModel() the model given here.
    void setModel(QAbstractItemModel *model) override;
    QAbstractItemModel *sourceModel() const { return m_source; }
    // At the newest message: at the bottom, with no newer history still to load.
    bool isAtBottom() const;
    // To the bottom; while newer history is still to load, asks for the newest instead.
    void scrollToNewest();
    // Scrolls a loaded message to the middle and lights it up for a moment; false when
    // the model does not hold it.
    bool revealMessage(qint64 messageId);
    // The message lit up now (0 once the highlight has faded).
    qint64 highlightedMessageId() const;
    QToolButton *newMessagesButton() const { return m_newMessages; }
    // Where the bubbles' photos come from; the view repaints as they arrive.
    void setImages(AttachmentImages *images);
    // Rows still measured for an earlier width (see remeasureAll()).
    int rowsToMeasure() const { return m_heights.staleCount(); }

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    void reset() override;

Q_SIGNALS:
    void retryRequested(const QString &clientId);
    void discardRequested(const QString &clientId);
    // The seller takes back a message still being sent (its files included).
    void cancelRequested(const QString &clientId);
    // A click on attachment `attachment` of the message in `row` (of sourceModel()).
    void attachmentActivated(int row, int attachment);
    // The seller wants the newest messages while an older part of the history is shown.
    void newestRequested();

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override { return 0; }
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &) const override { return false; }
    void setSelection(const QRect &, QItemSelectionModel::SelectionFlags) override {}
    QRegion visualRegionForSelection(const QItemSelection &) const override { return {}; }

    void rowsInserted(const QModelIndex &parent, int first, int last) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;

    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Rows of the model: 0 is the header, 1..count() the messages, oldest first.
    int messageRows() const { return m_heights.count(); }
    int entryOfRow(int row) const { return messageRows() - row; }
    qint64 contentHeight() const;
    qint64 rowTop(int row) const; // in the content, from its top
    int rowHeight(int row) const;
    int rowAtContentY(qint64 y) const; // -1 outside the content
    void updateRowsShowing(const QString &imageKey);
    // The middle of the viewport, in the content: what the seller reads. Rows inserted
    // above it, and rows starting above it that change height (a day title goes away at
    // a row's top), move the scroll position by as much, so that it stays where it is.
    qint64 readingLine() const;

    QStyleOptionViewItem measuringOption() const;
    int measure(const QStyleOptionViewItem &option, int row) const;
    void rebuild();
    void remeasureAll();
    void measureStaleInSight();
    void measureStaleSlice();
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void keepPlace(bool wasAtBottom, qint64 shiftAbove);
    void onScrolled(int value);
    void placeButton();
    QStyleOptionViewItem optionFor(const QModelIndex &index) const;
    void fetchOlder();
    void fetchOlderIfNotFilled();
    // Opened at a message (MessageListModel::hasNewer): newer history below, not yet loaded.
    bool hasNewerHistory() const;
    void fetchNewer();
    void scrollToBottom();
    // After a reset: the revealed message in the middle, else the bottom.
    void settle();
    bool revealMessageInPlace();
    void updateNewestButton();

    MessageDelegate *m_delegate;
    QIdentityProxyModel *m_proxy;
    QAbstractItemModel *m_source = nullptr;
    QToolButton *m_newMessages;
    MessageRowHeights m_heights;
    int m_headerHeight = 0; // 0 while the model has no rows
    int m_measuredWidth = -1;
    QTimer m_staleSlices; // measures stale rows between events
    bool m_measuringInSight = false;
    RowFlash *m_flash;
};

} // namespace envisage::ui
