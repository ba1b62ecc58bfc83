#pragma once
// The measuring side of bench-ui-startup (`--measure PATH`), a fresh process so that a
// cold start is a real process start. It starts the window as app/desktop/main.cpp does
// for a remembered sign-in — QApplication, InboxSession on the cache file, MainWindow,
// signInWithToken — with a server profile that points at a closed loopback port, so the
// inbox comes from the cache alone and the realtime client keeps retrying in the
// background. It then measures:
//   - main() → the first paint of the conversation list with rows in it;
//   - RSS after the window has idled for a while;
//   - opening the 100,000-message conversation and scrolling to the top again and again
//     (each time the view asks for an older page from the cache) until enough messages
//     are in the MessageListModel, and the RSS after that.
//
// It speaks JSON lines on stdout: {"event":"first_paint",…} the moment the rows have been
// painted (so that the parent can take its own time), then one {"event":"summary",…}.
#include <QElapsedTimer>
#include <QString>
#include <QtGlobal>

namespace envisage::bench::startup {

struct StartupSetup
{
    QString cachePath;
    quint16 closedPort = 0;     // API and WebSocket: nothing listens there
    int idleMs = 2000;          // before the idle RSS is read
    int targetMessages = 20000; // in the MessageListModel before scrolling stops
    int maxScrollRounds = 2000; // scrolls to the top, at most
    int scrollTimeoutS = 600;   // and at most this long
};

// The QApplication exists already. mainEntryNs: monotonicNs() at main()'s entry.
int runStartupMeasure(const StartupSetup &setup, qint64 mainEntryNs);

} // namespace envisage::bench::startup
