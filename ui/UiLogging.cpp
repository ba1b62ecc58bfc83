#include "UiLogging.h"

Q_LOGGING_CATEGORY(lcNotifications, "envisage.ui.notifications", QtInfoMsg)
