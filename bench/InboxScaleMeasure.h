#pragma once
// The measuring side of bench-inbox-scale (`--measure PATH`), run as a fresh process so
// that "from process start" is real. It does what the app does when a seller starts it
// on a warm cache — open the Store, fill the ConversationListModel, open the long
// conversation's first page in the MessageListModel with the Store calls
// OpenConversation::open makes — and then feeds both models realtime traffic.
//
// It speaks JSON lines on stdout: {"event":"conversations_shown",…} and
// {"event":"messages_shown",…} the moment each first page is in its model (so the parent
// can take its own time), then one {"event":"summary",…} with every figure.
#include <QElapsedTimer>
#include <QString>
#include <QtGlobal>

namespace envisage::bench::scale {

// How the cached conversations reach the ConversationListModel.
enum class ConversationLoad {
    All,       // store.conversations() at once: what InboxSession::loadCache did before
    FirstPage, // inbox::loadCachedConversations: what loadCache does now
};

struct MeasureSetup
{
    QString path;
    ConversationLoad load = ConversationLoad::All;
    int messagePage = 50;   // OpenConversation::PageSize
    int appends = 1000;     // realtime messages merged into the open conversation
    int upserts = 1000;     // conversation.updated events that move a row to the top
    int historyPages = 200; // older pages fetched after everything else
};

// mainEntryNs: monotonicNs() at main()'s entry; sinceMain was started there too.
int runMeasure(const MeasureSetup &setup, const QElapsedTimer &sinceMain, qint64 mainEntryNs);

} // namespace envisage::bench::scale
