#pragma once
// How to reach a Pusher-protocol server and how patient to be with it. Host, port and
// TLS are the primary settings; a cluster only builds Pusher's default host
// (pusher-protocol.md problem 12). Timers are injectable so tests can run them short.
#include <QString>
#include <QStringList>
#include <QUrl>
#include <chrono>

namespace envisage::realtime {

struct PusherOptions
{
    QString key;
    QString cluster;            // used only when host is empty: ws-{cluster}.pusher.com
    QString host;               // e.g. 127.0.0.1 (Laravel WebSockets, Reverb, soketi)
    quint16 port = 0;           // 0: 443 with TLS, 80 without
    QString path;               // prefix before /app/{key} (Reverb's server path)
    bool useTls = true;
    // Hosts whose certificate errors are accepted (self-signed development servers).
    // Everything else is verified against the system CAs and errors are reported.
    QStringList selfSignedHosts;

    std::chrono::milliseconds activityTimeout{120000}; // lowered by the server's value
    std::chrono::milliseconds pongTimeout{30000};
    std::chrono::milliseconds unavailableTimeout{10000};
    std::chrono::milliseconds connectTimeout{15000};     // one attempt's handshake
    std::chrono::milliseconds reconnectBaseDelay{1000};
    std::chrono::milliseconds reconnectMaxDelay{60000};

    qint64 maxFrameBytes = 1 << 20;  // larger frames are reported and dropped
    int clientEventsPerSecond = 10;  // Pusher's limit, enforced before sending
    bool watchNetwork = true;        // reconnect at once when the network comes back

    QString clientName = QStringLiteral("cpp-qt");
    QString clientVersion = QStringLiteral("0.1.0");

    QString effectiveHost() const;
    quint16 effectivePort() const;
    // ws(s)://host:port[/path]/app/{key}?protocol=7&client=…&version=…&flash=false
    QUrl socketUrl() const;
};

} // namespace envisage::realtime
