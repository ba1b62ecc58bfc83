#pragma once
// Settings of envisage-sandbox, from flags or from the variables of the seed's .env
// (PUSHER_APP_ID, PUSHER_APP_KEY, PUSHER_APP_SECRET, PUSHER_HOST, PUSHER_PORT).
#include "ApiContext.h"
#include "BuyerSimulator.h"
#include "HttpRequestGuard.h"
#include "PusherServer.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace envisage::sandbox {

struct SandboxConfig
{
    QHostAddress bindAddress = QHostAddress::LocalHost;
    quint16 apiPort = 8000; // 0 = any free port
    quint16 wsPort = 6001;  // 0 = any free port
    QString publicWsHost;   // what clients are told to connect to
    QString databasePath;   // ":memory:" allowed
    bool seedDemo = false;
    bool simulate = false;
    PusherAppConfig pusher;
    ApiLimits limits;
    HttpLimits http; // both HTTP ports: the REST API and the Pusher HTTP API
    SimulatorTiming simulator;
    quint32 simulatorSeed = 4242; // the simulated buyers' choices and photos follow it

    static QString defaultDatabasePath();
    // Fills the parser's options (shared by envisage-sandbox and the app's demo mode).
    static void addOptions(QCommandLineParser &parser);
    // Reads parsed options over the environment over the defaults. On a bad value
    // returns false and sets *error.
    static bool fromParser(const QCommandLineParser &parser, SandboxConfig *config, QString *error);
};

} // namespace envisage::sandbox
