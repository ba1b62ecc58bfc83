#pragma once
// Logging categories of envisage_ui that more than one file uses (README.md lists them).
// Never log message bodies or replies at info level.
#include <QLoggingCategory>

// envisage.ui.notifications: the desktop's notification service (capabilities, failed
// calls; debug: every notification shown, action and close)
Q_DECLARE_LOGGING_CATEGORY(lcNotifications)
