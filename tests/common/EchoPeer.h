#pragma once
// tests/interop/peer/echo-peer.mjs as a child process: a laravel-echo + pusher-js client
// in Node, signed in through the sandbox's REST API, driven by one JSON command per line
// on stdin and reporting what Echo hands it as JSON lines on stdout (the protocol is at
// the top of the script). It leaves when its stdin closes.
#include "JsonLinesProcess.h"

namespace envisage::testing {

class EchoPeer : public JsonLinesProcess
{
public:
    EchoPeer();

    // Why the peer cannot run here (no node, no node_modules), or empty when it can.
    static QString unavailableReason();
    static QString nodeExecutable(); // ENVISAGE_NODE, else the node found at configure time
    static QString interopDirectory();

    // Starts `node echo-peer.mjs` with these flags (--api-url … --password …).
    bool start(const QStringList &arguments);

    // Sends a command and waits for its "done" answer; an "error" answer gives nothing.
    std::optional<QJsonObject> run(QJsonObject command, int timeoutMs = 5000);

private:
    int m_lastId = 0;
};

} // namespace envisage::testing
