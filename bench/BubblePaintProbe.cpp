#include "BubblePaintProbe.h"

#include "BuyerPosts.h"
#include "MonotonicClock.h"
#include "inbox/MessageListModel.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QJsonArray>
#include <QPaintEvent>

namespace envisage::bench::e2e {

using namespace Qt::StringLiterals;
using inbox::MessageListModel;

BubblePaintProbe::BubblePaintProbe(QAbstractItemView *view, int messages)
    : QObject(view), m_view(view), m_timings(size_t(messages))
{
    // The view's own model (a proxy of the session's): its rows are the view's rows.
    connect(view->model(), &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    view->viewport()->installEventFilter(this);
}

BubblePaintProbe::Timing *BubblePaintProbe::timingOf(const QString &body)
{
    const std::optional<int> message = benchMessageOfBody(body);
    return message && *message < int(m_timings.size()) ? &m_timings[size_t(*message)] : nullptr;
}

void BubblePaintProbe::noteArrived(const QString &body)
{
    if (Timing *timing = timingOf(body); timing && timing->arrivedUs == 0)
        timing->arrivedUs = monotonicMicroseconds();
}

void BubblePaintProbe::onRowsInserted(int first, int last)
{
    const qint64 nowUs = monotonicMicroseconds();
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_view->model()->index(row, 0);
        Timing *timing = timingOf(index.data(MessageListModel::BodyRole).toString());
        if (!timing || timing->inModelUs != 0)
            continue;
        timing->inModelUs = nowUs;
        m_awaitingPaint.append(index);
    }
}

bool BubblePaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || m_delivering || m_awaitingPaint.isEmpty())
        return false;
    const QRegion region = static_cast<QPaintEvent *>(event)->region();
    QList<Timing *> drawn;
    QList<Timing *> passed;
    for (qsizetype i = m_awaitingPaint.size() - 1; i >= 0; --i) {
        const QModelIndex index = m_awaitingPaint[i];
        // Not laid out yet, or below the view: a later paint may still draw it.
        const QRect rect = m_view->visualRect(index);
        const bool isDrawn = rect.isValid() && region.intersects(rect);
        if (!isDrawn && !(rect.isValid() && rect.bottom() < 0))
            continue;
        (isDrawn ? drawn : passed)
            .append(timingOf(index.data(MessageListModel::BodyRole).toString()));
        m_awaitingPaint.removeAt(i);
    }
    if (drawn.isEmpty() && passed.isEmpty())
        return false;
    if (!drawn.isEmpty()) {
        ++m_bubblePaints;
        // Delivered from here, so that the bubble is timed once it has been drawn.
        m_delivering = true;
        QCoreApplication::sendEvent(watched, event);
        m_delivering = false;
    }
    const qint64 nowUs = monotonicMicroseconds();
    for (Timing *timing : std::as_const(drawn))
        timing->paintedUs = nowUs;
    for (Timing *timing : std::as_const(passed))
        timing->scrolledPastUs = nowUs;
    m_shown += int(drawn.size() + passed.size());
    return !drawn.isEmpty();
}

QJsonObject BubblePaintProbe::timings() const
{
    const auto column = [this](qint64 Timing::*field) {
        QJsonArray values;
        for (const Timing &timing : m_timings)
            values.append(timing.*field);
        return values;
    };
    return {{u"arrived_us"_s, column(&Timing::arrivedUs)},
            {u"in_model_us"_s, column(&Timing::inModelUs)},
            {u"painted_us"_s, column(&Timing::paintedUs)},
            {u"scrolled_past_us"_s, column(&Timing::scrolledPastUs)}};
}

} // namespace envisage::bench::e2e
