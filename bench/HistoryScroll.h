#pragma once
// Scrolling back through an open conversation as a seller drags the scroll bar to the top,
// again and again: each time the view asks for an older page (fetchMore → the cache or the
// server), the page arrives, the view lays it out and keeps the reading position (which
// moves the scroll bar off the top again), and pending paints are done. Each round is one
// "history page"; its wall time and the GUI thread's CPU time are what the performance
// targets are about (p99 ≤ 8 ms). Shared by bench-ui-startup (100,000 text messages from
// the cache) and bench-attachments (image rows from the sandbox).
#include <QJsonObject>

namespace envisage::inbox {
class MessageListModel;
}
namespace envisage::ui {
class MessageListView;
}

namespace envisage::bench {

struct HistoryScrollSetup
{
    int targetMessages = 20000; // in the MessageListModel before scrolling stops
    int maxRounds = 2000;       // scrolls to the top, at most
    int timeoutS = 600;         // and at most this long
    int pageTimeoutMs = 10000;  // for one page to arrive
};

// The conversation is open and its first page shown. Returns the figures: pages, why it
// stopped, page_p50/p99/max_ms (wall), page_cpu_… (GUI thread), the means of the first
// and last 10 pages, the CPU time of the whole process, and memory_kib.
QJsonObject scrollHistoryToTop(inbox::MessageListModel &messages, ui::MessageListView &list,
                               const HistoryScrollSetup &setup);

// What the figures call a process's memory (/proc/self/status, in KiB).
QJsonObject memoryFigures();

} // namespace envisage::bench
