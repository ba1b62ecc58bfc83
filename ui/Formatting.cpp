#include "Formatting.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace envisage::ui::Formatting {

using namespace Qt::StringLiterals;

namespace {
// Same arguments as QObject::tr, so that lupdate sees which strings are plural (%n).
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("envisage::ui::Formatting", text, disambiguation, n);
}

// The locale's short time without seconds (some locales, "C" among them, include them).
// The format is worked out once per locale: this runs for every bubble the message list
// lays out, and compiling the expression each time was over half the cost of scrolling
// back through a long conversation (docs/benchmarks.md, bench/ui_startup.cpp).
QString shortTime(const QTime &time)
{
    const QLocale locale;
    thread_local QLocale formatLocale;
    thread_local QString format;
    if (format.isEmpty() || locale != formatLocale) {
        static const QRegularExpression seconds(u"[:.]ss"_s);
        format = locale.timeFormat(QLocale::ShortFormat);
        format.remove(seconds);
        formatLocale = locale;
    }
    return locale.toString(time, format);
}
} // namespace

QString waitTime(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return {};
    const qint64 minutes = std::max<qint64>(0, since.secsTo(now) / 60);
    if (minutes < 60)
        return tr("%n min", "how long a buyer has waited", int(minutes));
    if (minutes < 48 * 60)
        return tr("%n h", "how long a buyer has waited", int(minutes / 60));
    return tr("%n d", "how long a buyer has waited", int(minutes / (24 * 60)));
}

QString listTime(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    const qint64 days = local.date().daysTo(now.date());
    if (days == 0)
        return shortTime(local.time());
    if (days == 1)
        return tr("Yesterday");
    if (days > 1 && days < 7)
        return QLocale().dayName(local.date().dayOfWeek(), QLocale::ShortFormat);
    return QLocale().toString(local.date(), QLocale::ShortFormat);
}

QString bubbleTime(const QDateTime &time)
{
    return time.isValid() ? shortTime(time.toLocalTime().time()) : QString();
}

QString dayTitle(const QDate &day, const QDate &today)
{
    const qint64 days = day.daysTo(today);
    if (days == 0)
        return tr("Today");
    if (days == 1)
        return tr("Yesterday");
    return QLocale().toString(day, QLocale::LongFormat);
}

QString lastSeen(bool online, const QDateTime &lastSeenAt, const QDateTime &now)
{
    if (online)
        return tr("Online");
    if (!lastSeenAt.isValid())
        return tr("Offline");
    const qint64 minutes = lastSeenAt.secsTo(now) / 60;
    if (minutes < 1)
        return tr("Last seen just now");
    if (minutes < 60)
        return tr("Last seen %n minute(s) ago", nullptr, int(minutes));
    if (minutes < 24 * 60)
        return tr("Last seen %n hour(s) ago", nullptr, int(minutes / 60));
    return tr("Last seen %1").arg(listTime(lastSeenAt, now));
}

} // namespace envisage::ui::Formatting
