#pragma once
// The seller's side of bench-e2e-latency (`--window PROFILE`): the real window, in a process
// of its own so that its CPU time is the window's alone. As the app does: QApplication,
// InboxSession on a cache file, MainWindow shown, signIn() with the demo seller's email and
// password against the sandbox, then buyer1's conversation opened in the window. Once the
// first page is shown, the conversation's channel subscribed and the window has idled for a
// while, it prints {"event":"ready",…}; the benchmark's process then posts as buyer1, and
// BubblePaintProbe times every message to its painted bubble. When all are shown (or at the
// deadline) and a short tail has passed, it prints {"event":"summary",…} and exits; on a
// failure {"event":"error","message":…}.
#include "inbox/ServerProfile.h"

#include <QtGlobal>

namespace envisage::bench::e2e {

struct WindowSetup
{
    inbox::ServerProfile profile; // the sandbox's
    qint64 conversationId = 0;    // buyer1's with the demo seller
    int messages = 0;             // bench messages 0 … messages-1 are awaited
    int settleMs = 1000;          // idling after the conversation opened, before "ready"
    int deadlineS = 0;            // the summary comes by then at the latest, from "ready"
};

// The QApplication exists already; returns the exit code.
int runSellerWindow(const WindowSetup &setup);

} // namespace envisage::bench::e2e
