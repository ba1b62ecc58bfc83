#pragma once
// What a test says about a child process (envisage-sandbox, envisage-cli, the Node Echo
// peer) that crashed, exited unexpectedly or printed a sanitizer report: its captured
// stderr goes into the test's log, so that the cause of a failure is not swallowed by
// the pipe that captured it. Under scripts/test-sanitizers the reports themselves go to
// files (ASAN_OPTIONS log_path), and the log says where to look.
#include <QByteArray>
#include <QDebug>
#include <QProcess>
#include <QString>

namespace envisage::testing {

inline bool hasSanitizerReport(const QByteArray &output)
{
    return output.contains("ERROR: AddressSanitizer") || output.contains("ERROR: LeakSanitizer") ||
           output.contains("runtime error:") ||
           output.contains("ERROR: UndefinedBehaviorSanitizer");
}

// Where the sanitizers of a child write when they do not write to stderr.
inline QString sanitizerLogPath()
{
    for (const char *variable : {"ASAN_OPTIONS", "UBSAN_OPTIONS"}) {
        const QString options = qEnvironmentVariable(variable);
        for (const QString &option : options.split(u':')) {
            if (option.startsWith(u"log_path="))
                return option.mid(9);
        }
    }
    return {};
}

// Logs the child's stderr when it crashed, printed a sanitizer report, or ended while the
// test still needed it (`expected` is false). A child the test stops itself and that exits
// with a code, even a bad one, is the test's to judge: it has the stderr too.
inline void logChildEnd(const QString &name, qint64 pid, QProcess::ExitStatus status, int exitCode,
                        const QByteArray &stderrText, bool expected)
{
    const bool crashed = status == QProcess::CrashExit;
    const bool reported = hasSanitizerReport(stderrText);
    if (!crashed && !reported && expected)
        return;
    QString why =
        crashed ? QStringLiteral("crashed") : QStringLiteral("exited with code %1").arg(exitCode);
    if (!expected)
        why += QStringLiteral(" while the test still needed it");
    if (reported)
        why += QStringLiteral(", with a sanitizer report");
    const QString logPath = sanitizerLogPath();
    if (!logPath.isEmpty())
        why += QStringLiteral(" (sanitizer reports go to %1.*)").arg(logPath);
    qWarning().noquote() << QStringLiteral("%1 (pid %2) %3; its stderr:\n%4")
                                .arg(name)
                                .arg(pid)
                                .arg(why, QString::fromUtf8(stderrText.right(16000)));
}

} // namespace envisage::testing
