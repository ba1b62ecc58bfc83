#include "ProcessStats.h"

#include <QFile>
#include <QString>

#include <cmath>
#include <optional>

#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

namespace envisage::bench {

using namespace Qt::StringLiterals;

namespace {

// `/proc/self/…` for this process, `/proc/PID/…` for another.
std::optional<QList<QByteArray>> statusLines(const QString &directory)
{
    QFile status(directory + u"/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    return status.readAll().split('\n');
}

QString processDirectory(qint64 pid)
{
    return u"/proc/%1"_s.arg(pid);
}

qint64 fieldKiB(const QList<QByteArray> &lines, QByteArrayView field)
{
    for (const QByteArray &line : lines) {
        // "VmHWM:     45312 kB"
        if (line.startsWith(field) && line.size() > field.size() && line.at(field.size()) == ':')
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

double ownCpuSeconds()
{
    rusage usage{};
    if (::getrusage(RUSAGE_SELF, &usage) != 0)
        return NAN;
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

double cpuSeconds(qint64 pid)
{
    QFile stat(processDirectory(pid) + u"/stat"_s);
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return NAN;
    // "pid (comm) state ppid …": comm may hold spaces, so count fields after its ')'.
    // There field 3 (state) is index 0, so utime (14) and stime (15) are 11 and 12.
    const QByteArray content = stat.readAll();
    const QList<QByteArray> fields = content.mid(content.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return NAN;
    const qint64 ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong();
    return double(ticks) / double(::sysconf(_SC_CLK_TCK));
}

qint64 memoryKiB(QByteArrayView field)
{
    const std::optional<QList<QByteArray>> lines = statusLines(u"/proc/self"_s);
    return lines ? fieldKiB(*lines, field) : -1;
}

qint64 memoryKiB(qint64 pid, QByteArrayView field)
{
    // QProcess says 0 before the start and after the end: not a process to read.
    const std::optional<QList<QByteArray>> lines =
        pid > 0 ? statusLines(processDirectory(pid)) : std::nullopt;
    return lines ? fieldKiB(*lines, field) : -1;
}

QJsonObject memoryKiB(const QList<QByteArrayView> &fields)
{
    QJsonObject result;
    const std::optional<QList<QByteArray>> lines = statusLines(u"/proc/self"_s);
    if (!lines)
        return result;
    for (const QByteArrayView field : fields)
        result.insert(QString::fromLatin1(field), fieldKiB(*lines, field));
    return result;
}

} // namespace envisage::bench
