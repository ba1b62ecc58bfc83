#pragma once
// Times each bench message (BuyerPosts.h) on its way through the seller's window, on
// CLOCK_MONOTONIC in whole µs (MonotonicClock.h) so that the benchmark's process can
// subtract its own send times:
//   arrived      InboxSession::messageReceived (decoded, merged into the model's queue);
//   in model     the row appears in the message list's model (the coalesced flush);
//   painted      a paint of the list's viewport drew the row's bubble, timed when that
//                paint is done;
//   scrolled past  the list moved on to newer messages before any paint drew the bubble
//                (timed at the paint that showed it above the view): a bubble the seller
//                never saw drawn, counted apart.
// The message is told by its body ("bench N"), the paint by its region meeting the row's
// rectangle in the view.
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPersistentModelIndex>
#include <QString>

#include <vector>

class QAbstractItemView;

namespace envisage::bench::e2e {

class BubblePaintProbe : public QObject
{
public:
    // Awaits bench messages 0 … messages-1 in `view`, whose model must be set already.
    BubblePaintProbe(QAbstractItemView *view, int messages);

    void noteArrived(const QString &body);
    // Every message painted or scrolled past.
    bool allShown() const { return m_shown == int(m_timings.size()); }
    int shownCount() const { return m_shown; }
    // Paints that drew at least one new bubble: one per message, or fewer when they come
    // faster than the window paints.
    int bubblePaints() const { return m_bubblePaints; }
    // {"arrived_us":[…],"in_model_us":[…],"painted_us":[…],"scrolled_past_us":[…]}, one
    // entry per message, 0 where it did not happen.
    QJsonObject timings() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Timing
    {
        qint64 arrivedUs = 0;
        qint64 inModelUs = 0;
        qint64 paintedUs = 0;
        qint64 scrolledPastUs = 0;
    };

    Timing *timingOf(const QString &body);
    void onRowsInserted(int first, int last);

    QAbstractItemView *m_view;
    std::vector<Timing> m_timings;
    QList<QPersistentModelIndex> m_awaitingPaint; // rows of bench messages not yet drawn
    int m_shown = 0;
    int m_bubblePaints = 0;
    bool m_delivering = false; // the paint is being delivered from eventFilter()
};

} // namespace envisage::bench::e2e
