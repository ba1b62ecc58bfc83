#pragma once
// envisage-sandbox as one object: the database, the REST API on one port and the
// Pusher WebSocket server + Pusher HTTP API on another. Used by the executable, by
// the tests in-process, and by the app's demo mode.
#include "SandboxConfig.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <functional>
#include <memory>

namespace envisage::sandbox {

class Sandbox : public QObject
{
    Q_OBJECT
public:
    explicit Sandbox(SandboxConfig config, QObject *parent = nullptr);
    ~Sandbox() override;

    // Opens the database, seeds it if asked, and listens. On failure returns false with
    // a sentence in *error (port taken, unreadable database...).
    bool start(QString *error);
    // {"event":"ready","api_url","ws_host","ws_port","app_id","app_key","database"}
    QJsonObject readyInfo() const;
    quint16 apiPort() const { return m_apiPort; }
    // "http://127.0.0.1:PORT": where clients on this machine reach the REST API.
    QString apiBaseUrl() const;
    quint16 wsPort() const { return m_wsPort; }
    // Closes every WebSocket with 4200, then calls done (at most ~1 s later).
    void shutdown(std::function<void()> done);

private:
    QHostAddress clientAddress() const;

    struct Parts;
    SandboxConfig m_config;
    std::unique_ptr<Parts> m_parts;
    quint16 m_apiPort = 0;
    quint16 m_wsPort = 0;
};

} // namespace envisage::sandbox
