#pragma once
// Logging of the realtime client. Frames are logged only under envisage.realtime.frames
// at debug level, with auth signatures, channel data and shared secrets redacted:
//   QT_LOGGING_RULES="envisage.realtime.frames.debug=true"
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcRealtime)        // envisage.realtime: states, errors, reconnects
Q_DECLARE_LOGGING_CATEGORY(lcRealtimeFrames)  // envisage.realtime.frames: every frame (debug)
Q_DECLARE_LOGGING_CATEGORY(lcRealtimeAuth)    // envisage.realtime.auth: channel authorization
