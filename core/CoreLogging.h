#pragma once
// Every logging category of envisage_core, in one place (README.md lists them). Never
// log tokens, passwords or message bodies at info level. Frames are logged only under
// envisage.realtime.frames at debug level, with auth signatures, channel data and
// shared secrets redacted: QT_LOGGING_RULES="envisage.realtime.frames.debug=true"
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)            // envisage.api: requests, statuses and retries
Q_DECLARE_LOGGING_CATEGORY(lcRealtime)       // envisage.realtime: states, errors, reconnects
Q_DECLARE_LOGGING_CATEGORY(lcRealtimeFrames) // envisage.realtime.frames: every frame (debug)
Q_DECLARE_LOGGING_CATEGORY(lcRealtimeAuth)   // envisage.realtime.auth: channel authorization
Q_DECLARE_LOGGING_CATEGORY(lcStore)          // envisage.store: migrations, rebuilds, refused writes
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)        // envisage.secrets: the keychain and its fallback
Q_DECLARE_LOGGING_CATEGORY(lcInbox)          // envisage.inbox: sign-in, catch-up, the cache
Q_DECLARE_LOGGING_CATEGORY(lcOutbox)         // envisage.outbox: unsent messages
