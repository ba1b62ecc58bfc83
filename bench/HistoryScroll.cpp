#include "HistoryScroll.h"

#include "BoundedWait.h"
#include "Figures.h"
#include "MessageListView.h"
#include "MonotonicClock.h"
#include "ProcessStats.h"
#include "inbox/MessageListModel.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QScrollBar>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <vector>

namespace envisage::bench {

using namespace Qt::StringLiterals;

namespace {

// The mean of times[from, to) in ms; NAN for an empty range.
double meanMs(const std::vector<qint64> &times, size_t from, size_t to)
{
    if (to <= from)
        return NAN;
    qint64 total = 0;
    for (size_t i = from; i < to; ++i)
        total += times[i];
    return double(total) / 1e6 / double(to - from);
}

} // namespace

QJsonObject memoryFigures()
{
    return memoryKiB({"VmRSS", "RssAnon", "RssFile", "RssShmem", "VmHWM"});
}

QJsonObject scrollHistoryToTop(inbox::MessageListModel &messages, ui::MessageListView &list,
                               const HistoryScrollSetup &setup)
{
    QScrollBar *bar = list.verticalScrollBar();
    const double cpuBefore = ownCpuSeconds();
    const qint64 startedNs = monotonicNs();
    std::vector<qint64> pagesNs;
    std::vector<qint64> pagesCpuNs; // this thread's CPU time: what the page cost, whatever the load
    QString stoppedBy = u"target"_s;
    const QDeadlineTimer deadline(std::chrono::seconds(setup.timeoutS));
    while (messages.messageCount() < setup.targetMessages) {
        if (int(pagesNs.size()) >= setup.maxRounds) {
            stoppedBy = u"max rounds"_s;
            break;
        }
        if (deadline.hasExpired()) {
            stoppedBy = u"timeout"_s;
            break;
        }
        if (messages.reachedStart()) {
            stoppedBy = u"start of the conversation"_s;
            break;
        }
        const int before = messages.messageCount();
        const qint64 startNs = monotonicNs();
        const qint64 startCpuNs = threadCpuNs();
        if (bar->value() == bar->minimum()) // already there: a drag ends at the top again
            bar->setValue(bar->minimum() + 1);
        bar->setValue(bar->minimum());
        // A cache that holds the whole history learns that it has reached the start only
        // when it is asked for the page before the first message: no page then.
        const bool arrived = spinUntil(
            [&] {
                return (messages.messageCount() > before && bar->value() > bar->minimum()) ||
                       messages.reachedStart();
            },
            setup.pageTimeoutMs);
        if (arrived && messages.messageCount() == before) {
            stoppedBy = u"start of the conversation"_s;
            break;
        }
        if (!arrived) {
            stoppedBy = u"no page within %1 ms"_s.arg(setup.pageTimeoutMs);
            break;
        }
        QCoreApplication::processEvents(); // the paints the new position asked for
        pagesNs.push_back(monotonicNs() - startNs);
        pagesCpuNs.push_back(threadCpuNs() - startCpuNs);
    }
    const qint64 endNs = monotonicNs();
    const size_t n = pagesNs.size();
    const size_t firstTen = std::min<size_t>(10, n);
    const size_t lastTen = n >= 10 ? n - 10 : 0;
    QJsonObject figures{
        {u"messages_loaded"_s, messages.messageCount()},
        {u"pages"_s, qint64(n)},
        {u"stopped_by"_s, stoppedBy},
        {u"seconds"_s, jsonNumber(double(endNs - startedNs) / 1e9, 3)},
        {u"cpu_s"_s, jsonNumber(ownCpuSeconds() - cpuBefore, 3)},
        {u"first_10_pages_mean_ms"_s, jsonNumber(meanMs(pagesNs, 0, firstTen), 3)},
        {u"last_10_pages_mean_ms"_s, jsonNumber(meanMs(pagesNs, lastTen, n), 3)},
        {u"first_10_pages_cpu_mean_ms"_s, jsonNumber(meanMs(pagesCpuNs, 0, firstTen), 3)},
        {u"last_10_pages_cpu_mean_ms"_s, jsonNumber(meanMs(pagesCpuNs, lastTen, n), 3)},
        {u"memory_kib"_s, memoryFigures()}};
    insertPercentiles(figures, u"page_"_s, percentilesOf(pagesNs), {50, 99, 100});
    insertPercentiles(figures, u"page_cpu_"_s, percentilesOf(pagesCpuNs), {50, 99, 100});
    return figures;
}

} // namespace envisage::bench
