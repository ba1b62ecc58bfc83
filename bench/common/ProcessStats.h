#pragma once
// CPU time and memory of this process or of a child, as /proc and getrusage() tell them
// (Linux). What cannot be read is NAN or -1, printed as n/a or null, never a made-up zero.
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QtGlobal>

namespace envisage::bench {

// This process's user + system CPU time in seconds, all threads: what
// getrusage(RUSAGE_SELF) says, which is also what node's process.cpuUsage() reads for the
// pusher-js peer.
double ownCpuSeconds();
// Another process's user + system CPU time so far (/proc/PID/stat), in seconds.
double cpuSeconds(qint64 pid);
// The calling thread's CPU time in ns (CLOCK_THREAD_CPUTIME_ID): what a step on the GUI
// thread cost, whatever else the machine is doing.
qint64 threadCpuNs();

// A size field of this process's /proc/self/status in KiB ("VmRSS", "VmHWM", "RssAnon");
// -1 when absent.
qint64 memoryKiB(QByteArrayView field);
// Several of them from one reading, as {"VmRSS": KiB, …}; empty when /proc cannot tell.
QJsonObject memoryKiB(const QList<QByteArrayView> &fields);
// The same field of another process (/proc/PID/status); -1 also when it is not running.
qint64 memoryKiB(qint64 pid, QByteArrayView field);

} // namespace envisage::bench
