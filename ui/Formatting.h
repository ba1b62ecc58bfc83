#pragma once
// How times and states read in the inbox, in the seller's language.
#include <QDateTime>
#include <QString>

namespace envisage::ui::Formatting {

// "14:05" today, "Yesterday", "Mon" this week, otherwise a short date.
QString listTime(const QDateTime &time, const QDateTime &now = QDateTime::currentDateTime());
// How long a buyer has waited for an answer: "12 min", "3 h", "2 d" (whole units, down).
QString waitTime(const QDateTime &since, const QDateTime &now = QDateTime::currentDateTimeUtc());
// "14:05" for a bubble.
QString bubbleTime(const QDateTime &time);
// "Today", "Yesterday" or a long date, for day separators.
QString dayTitle(const QDate &day, const QDate &today = QDate::currentDate());
// "Online", "Last seen 5 minutes ago", "Last seen Tuesday"...
QString lastSeen(bool online, const QDateTime &lastSeenAt,
                 const QDateTime &now = QDateTime::currentDateTime());

} // namespace envisage::ui::Formatting
