#pragma once
// Logging categories of envisage-sandbox. Enable with e.g.
//   QT_LOGGING_RULES="envisage.sandbox.*.debug=true"
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSandboxApi)   // envisage.sandbox.api: REST requests
Q_DECLARE_LOGGING_CATEGORY(lcSandboxWs)    // envisage.sandbox.ws: Pusher WebSocket server
Q_DECLARE_LOGGING_CATEGORY(lcSandboxHttp)  // envisage.sandbox.pusherapi: Pusher HTTP API
Q_DECLARE_LOGGING_CATEGORY(lcSandboxDb)    // envisage.sandbox.db: storage and migrations
Q_DECLARE_LOGGING_CATEGORY(lcSandboxSim)   // envisage.sandbox.simulator: simulated buyers
