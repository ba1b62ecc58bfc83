#pragma once
// The window's benchmarks (bench-ui-startup, bench-e2e-latency) start the application as
// app/desktop/main.cpp does — its names, icon, translations and quit behaviour — so that
// they measure what a seller runs; settings and caches go to QStandardPaths' test folders,
// away from the user's own, and the inbox's info logging stays quiet.
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace envisage::bench {

// A QApplication when the command line holds `windowFlag` (the process that shows the
// window), else a QCoreApplication: the benchmark's own process needs no display.
std::unique_ptr<QCoreApplication> applicationFor(int &argc, char **argv, const char *windowFlag);

// After the QApplication is made, before the session and the window.
void setUpLikeTheDesktopApp(const QString &applicationName);

} // namespace envisage::bench
