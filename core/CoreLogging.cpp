#include "CoreLogging.h"

Q_LOGGING_CATEGORY(lcApi, "envisage.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRealtime, "envisage.realtime", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRealtimeFrames, "envisage.realtime.frames", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRealtimeAuth, "envisage.realtime.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "envisage.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "envisage.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInbox, "envisage.inbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOutbox, "envisage.outbox", QtInfoMsg)
