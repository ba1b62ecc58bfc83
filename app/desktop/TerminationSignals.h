#pragma once
// SIGTERM and SIGINT (logout, `kill`, Ctrl+C in a terminal) end the app's event loop,
// so that main() returns as after Quit: drafts are saved and the demo's marketplace is
// stopped. A second signal while quitting ends the app at once. No-op on Windows.
class QCoreApplication;

namespace envisage::app {

void quitOnTerminationSignals(QCoreApplication *app);

} // namespace envisage::app
