#include "Logging.h"

Q_LOGGING_CATEGORY(lcSandboxApi, "envisage.sandbox.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxWs, "envisage.sandbox.ws", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxHttp, "envisage.sandbox.pusherapi", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxDb, "envisage.sandbox.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandboxSim, "envisage.sandbox.simulator", QtInfoMsg)
