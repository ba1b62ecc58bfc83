#pragma once
// Where a marketplace lives: its REST API and its Pusher-protocol WebSocket server.
#include "realtime/PusherOptions.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace envisage::inbox {

struct ServerProfile
{
    QString name;
    QUrl apiUrl;            // e.g. http://127.0.0.1:8000 (the /api paths are added)
    QString wsHost;         // empty with a cluster: ws-{cluster}.pusher.com
    quint16 wsPort = 0;
    bool wsTls = true;
    QString appKey;
    QString cluster;

    realtime::PusherOptions pusherOptions() const;
    QUrl authEndpoint() const;       // {apiUrl}/broadcasting/auth
    // A stable key for secrets and caches: the API host and port.
    QString accountKey() const;

    // Presets: the local sandbox's defaults, and its "ready" line (demo mode, tests).
    static ServerProfile envisageMarketplace(); // Pusher Channels, cluster mt1
    static ServerProfile localSandbox();
    static ServerProfile fromSandboxReady(const QJsonObject &ready);
    QJsonObject toJson() const;
    static ServerProfile fromJson(const QJsonObject &object);
};

} // namespace envisage::inbox
