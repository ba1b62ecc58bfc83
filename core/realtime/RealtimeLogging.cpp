#include "RealtimeLogging.h"

Q_LOGGING_CATEGORY(lcRealtime, "envisage.realtime", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRealtimeFrames, "envisage.realtime.frames", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRealtimeAuth, "envisage.realtime.auth", QtInfoMsg)
