// envisage-sandbox: a local Envisage Marketplace backend (REST API + Pusher server).
#include "Logging.h"
#include "Sandbox.h"
#include "SandboxConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using envisage::sandbox::Sandbox;
using envisage::sandbox::SandboxConfig;

namespace {

int signalPipe[2] = {-1, -1};

void forwardSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

// SIGTERM and SIGINT become an event-loop callback (a signal handler may do almost nothing).
void onTerminationSignal(QObject *context, std::function<void()> handler)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [notifier, handler] {
        char byte;
        [[maybe_unused]] const auto read = ::read(signalPipe[1], &byte, 1);
        notifier->setEnabled(false);
        handler();
    });
    struct sigaction action = {};
    action.sa_handler = forwardSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Envisage"_s);
    QCoreApplication::setApplicationName(u"envisage-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ENVISAGE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local Envisage Marketplace backend: the REST API of marketplace-api.md and a "
        "Pusher protocol-7 server with the Pusher HTTP API."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    SandboxConfig::addOptions(parser);
    parser.process(app);

    SandboxConfig config;
    QString error;
    if (!SandboxConfig::fromParser(parser, &config, &error)) {
        std::fprintf(stderr, "envisage-sandbox: %s\n", qPrintable(error));
        return 2;
    }
    Sandbox sandbox(config);
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "envisage-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    // One JSON line on stdout tells scripts and tests where to connect.
    std::fprintf(stdout, "%s\n",
                 QJsonDocument(sandbox.readyInfo()).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);

    onTerminationSignal(&app, [&sandbox] {
        qCInfo(lcSandboxWs) << "shutting down: closing connections with 4200";
        sandbox.shutdown([] { QCoreApplication::quit(); });
    });
    return app.exec();
}
