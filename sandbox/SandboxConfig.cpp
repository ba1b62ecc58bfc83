#include "SandboxConfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

namespace {

QString environment(const char *name, const QString &fallback)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? fallback : value;
}

// An integer option in [minimum, maximum]; absent keeps *target.
bool readInt(const QCommandLineParser &parser, const QString &name, qint64 minimum, qint64 maximum,
             qint64 *target, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        *error =
            u"--%1 must be a whole number from %2 to %3."_s.arg(name).arg(minimum).arg(maximum);
        return false;
    }
    *target = value;
    return true;
}

} // namespace

QString SandboxConfig::defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder.isEmpty() ? QDir::tempPath() : folder).filePath(u"sandbox.sqlite"_s);
}

void SandboxConfig::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"host"_s, u"Address to bind (default 127.0.0.1)."_s, u"address"_s},
        {u"port"_s, u"REST API port; 0 picks a free one (default 8000)."_s, u"port"_s},
        {u"ws-port"_s,
         u"Pusher WebSocket + HTTP API port; 0 picks a free one (default 6001, or PUSHER_PORT)."_s,
         u"port"_s},
        {u"ws-host"_s,
         u"Host name clients are told to use (default: the bound address, or PUSHER_HOST)."_s,
         u"host"_s},
        {u"database"_s, u"SQLite file, or :memory: (default: in the app data folder)."_s,
         u"path"_s},
        {u"seed"_s, u"Seed data into an empty database: 'demo'."_s, u"name"_s},
        {u"simulate"_s, u"Let the demo buyers act on their own."_s},
        {u"simulator-scale"_s, u"Multiply the simulated buyers' delays (0.1 = ten times faster)."_s,
         u"factor"_s},
        {u"simulator-seed"_s, u"Seed of the simulated buyers' choices and photos (default 4242)."_s,
         u"number"_s},
        {u"app-id"_s, u"Pusher app id (default PUSHER_APP_ID or 'local')."_s, u"id"_s},
        {u"app-key"_s, u"Pusher app key (default PUSHER_APP_KEY or 'local')."_s, u"key"_s},
        {u"app-secret"_s, u"Pusher app secret (default PUSHER_APP_SECRET or 'local')."_s,
         u"secret"_s},
        {u"activity-timeout"_s, u"activity_timeout sent to clients, in seconds (default 30)."_s,
         u"seconds"_s},
        {u"ping-interval-ms"_s, u"Ping a connection silent this long (default 60000)."_s, u"ms"_s},
        {u"pong-timeout-ms"_s,
         u"Close with 4201 when no answer comes this long after a ping (default 30000)."_s,
         u"ms"_s},
        {u"max-frame-bytes"_s, u"Largest WebSocket frame accepted (default 102400)."_s, u"bytes"_s},
        {u"max-write-buffer-bytes"_s,
         u"Bytes waiting for a slow WebSocket reader before it is closed with 4100 (default 8388608)."_s,
         u"bytes"_s},
        {u"close-grace-ms"_s,
         u"A WebSocket whose close has not finished this long after it began (the peer does not read) is aborted (default 5000)."_s,
         u"ms"_s},
        {u"max-subscriptions"_s,
         u"Channels one WebSocket may subscribe to; more get pusher:subscription_error LimitReached (default 100)."_s,
         u"count"_s},
        {u"max-connections-per-address"_s,
         u"WebSockets from one address; more are refused with 4004; 0 = no limit (default 100)."_s,
         u"count"_s},
        {u"max-body-bytes"_s,
         u"Largest HTTP request body, REST and Pusher HTTP API; larger ones get 413 before they are read (default 1048576)."_s,
         u"bytes"_s},
        {u"send-limit"_s, u"Messages a user may post per minute; 0 = unlimited (default 60)."_s,
         u"count"_s},
        {u"login-limit"_s, u"Failed sign-ins per minute per email and address (default 5)."_s,
         u"count"_s},
        {u"rate-limit-keys"_s,
         u"Rate-limit windows kept in memory at most (sign-in email+address, sender); past that the one ending first is dropped (default 10000)."_s,
         u"count"_s},
    });
}

bool SandboxConfig::fromParser(const QCommandLineParser &parser, SandboxConfig *config,
                               QString *error)
{
    if (parser.isSet(u"host"_s)) {
        if (!config->bindAddress.setAddress(parser.value(u"host"_s))) {
            *error = u"--host must be an IP address."_s;
            return false;
        }
    }
    qint64 apiPort = config->apiPort;
    qint64 wsPort = environment("PUSHER_PORT", QString::number(config->wsPort)).toLongLong();
    if (!readInt(parser, u"port"_s, 0, 65535, &apiPort, error) ||
        !readInt(parser, u"ws-port"_s, 0, 65535, &wsPort, error))
        return false;
    config->apiPort = quint16(apiPort);
    config->wsPort = quint16(wsPort);
    config->publicWsHost = parser.isSet(u"ws-host"_s) ? parser.value(u"ws-host"_s)
                                                      : qEnvironmentVariable("PUSHER_HOST");
    config->databasePath =
        parser.isSet(u"database"_s) ? parser.value(u"database"_s) : defaultDatabasePath();
    if (parser.isSet(u"seed"_s)) {
        if (parser.value(u"seed"_s) != u"demo"_s) {
            *error = u"--seed knows one data set: demo."_s;
            return false;
        }
        config->seedDemo = true;
    }
    config->simulate = parser.isSet(u"simulate"_s);
    if (parser.isSet(u"simulator-scale"_s)) {
        bool ok = false;
        const double scale = parser.value(u"simulator-scale"_s).toDouble(&ok);
        if (!ok || scale <= 0 || scale > 100) {
            *error = u"--simulator-scale must be a number above 0."_s;
            return false;
        }
        SimulatorTiming &timing = config->simulator;
        for (int *delay : {&timing.typingAfterMs, &timing.replyAfterMs, &timing.presenceEveryMs,
                           &timing.spontaneousEveryMs})
            *delay = std::max(1, int(*delay * scale));
    }

    if (parser.isSet(u"simulator-seed"_s)) {
        bool ok = false;
        config->simulatorSeed = parser.value(u"simulator-seed"_s).toUInt(&ok);
        if (!ok) {
            *error = u"--simulator-seed must be a whole number from 0 to 4294967295."_s;
            return false;
        }
    }

    PusherAppConfig &pusher = config->pusher;
    pusher.id = parser.isSet(u"app-id"_s) ? parser.value(u"app-id"_s)
                                          : environment("PUSHER_APP_ID", pusher.id);
    pusher.key = parser.isSet(u"app-key"_s) ? parser.value(u"app-key"_s)
                                            : environment("PUSHER_APP_KEY", pusher.key);
    pusher.secret = parser.isSet(u"app-secret"_s) ? parser.value(u"app-secret"_s)
                                                  : environment("PUSHER_APP_SECRET", pusher.secret);
    qint64 activity = pusher.activityTimeoutSeconds;
    qint64 pingAfter = pusher.pingAfterMs;
    qint64 pongTimeout = pusher.pongTimeoutMs;
    qint64 maxFrame = pusher.maxFrameBytes;
    qint64 maxWriteBuffer = pusher.maxWriteBufferBytes;
    qint64 closeGrace = pusher.closeGraceMs;
    qint64 maxSubscriptions = pusher.maxSubscriptionsPerConnection;
    qint64 maxConnections = pusher.maxConnectionsPerAddress;
    qint64 sendLimit = config->limits.sendsPerMinute;
    qint64 loginLimit = config->limits.loginAttemptsPerMinute;
    qint64 maxBody = config->http.maxBodyBytes;
    qint64 rateLimitKeys = config->limits.rateLimitKeys;
    if (!readInt(parser, u"activity-timeout"_s, 1, 3600, &activity, error) ||
        !readInt(parser, u"ping-interval-ms"_s, 10, 3600000, &pingAfter, error) ||
        !readInt(parser, u"pong-timeout-ms"_s, 10, 600000, &pongTimeout, error) ||
        !readInt(parser, u"max-frame-bytes"_s, 256, 64 << 20, &maxFrame, error) ||
        !readInt(parser, u"max-write-buffer-bytes"_s, 64 << 10, 1LL << 30, &maxWriteBuffer,
                 error) ||
        !readInt(parser, u"close-grace-ms"_s, 10, 600000, &closeGrace, error) ||
        !readInt(parser, u"max-subscriptions"_s, 1, 1000000, &maxSubscriptions, error) ||
        !readInt(parser, u"max-connections-per-address"_s, 0, 1000000, &maxConnections, error) ||
        !readInt(parser, u"send-limit"_s, 0, 1000000, &sendLimit, error) ||
        !readInt(parser, u"login-limit"_s, 1, 1000000, &loginLimit, error) ||
        !readInt(parser, u"max-body-bytes"_s, 1024, 1LL << 30, &maxBody, error) ||
        !readInt(parser, u"rate-limit-keys"_s, 100, 10000000, &rateLimitKeys, error))
        return false;
    pusher.activityTimeoutSeconds = int(activity);
    pusher.pingAfterMs = int(pingAfter);
    pusher.pongTimeoutMs = int(pongTimeout);
    pusher.maxFrameBytes = maxFrame;
    pusher.maxWriteBufferBytes = maxWriteBuffer;
    pusher.closeGraceMs = int(closeGrace);
    pusher.maxSubscriptionsPerConnection = int(maxSubscriptions);
    pusher.maxConnectionsPerAddress = int(maxConnections);
    config->limits.sendsPerMinute = int(sendLimit);
    config->limits.loginAttemptsPerMinute = int(loginLimit);
    config->http.maxBodyBytes = maxBody;
    config->limits.rateLimitKeys = int(rateLimitKeys);
    return true;
}

} // namespace envisage::sandbox
