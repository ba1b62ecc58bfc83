#pragma once
// envisage.store: the offline cache (opening, migrations, rebuilds).
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)
