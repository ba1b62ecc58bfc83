#pragma once
// The contract's timestamps: ISO 8601, UTC, milliseconds, "Z" suffix
// (2026-11-26T10:44:05.123Z). Stored as milliseconds since the epoch.
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <functional>

namespace envisage::sandbox {

// Milliseconds since the epoch; what the classes that keep time take, so that tests
// can hand them another clock.
using Clock = std::function<qint64()>;

inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

inline QString isoTimestamp(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

// null for a missing time (a NULL column), the ISO string otherwise.
inline QJsonValue isoTimestampOrNull(const QVariant &msSinceEpoch)
{
    if (msSinceEpoch.isNull())
        return QJsonValue::Null;
    return isoTimestamp(msSinceEpoch.toLongLong());
}

} // namespace envisage::sandbox
