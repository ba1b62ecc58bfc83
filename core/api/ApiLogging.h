#pragma once
// envisage.api: requests, statuses and retries (never tokens, passwords or bodies).
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApi)
