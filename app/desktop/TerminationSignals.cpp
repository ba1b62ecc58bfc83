#include "TerminationSignals.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace envisage::app {

#ifdef Q_OS_UNIX
namespace {

int signalPair[2] = {-1, -1};

// A signal handler may do almost nothing: one byte to the event loop.
void forwardSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPair[0], &byte, 1);
}

} // namespace

void quitOnTerminationSignals(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPair) != 0)
        return;
    for (const int fd : signalPair)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC); // not inherited by the demo's sandbox
    auto *notifier = new QSocketNotifier(signalPair[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [notifier] {
        char byte;
        [[maybe_unused]] const auto read = ::read(signalPair[1], &byte, 1);
        notifier->setEnabled(false);
        std::signal(SIGTERM, SIG_DFL);
        std::signal(SIGINT, SIG_DFL);
        // exit(), not quit(): a window that closes to the tray must not veto it.
        QCoreApplication::exit(0);
    });
    struct sigaction action = {};
    action.sa_handler = forwardSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}
#else
void quitOnTerminationSignals(QCoreApplication *) {}
#endif

} // namespace envisage::app
