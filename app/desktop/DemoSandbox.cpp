#include "DemoSandbox.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

Q_LOGGING_CATEGORY(lcDemo, "envisage.demo", QtInfoMsg)

namespace envisage::app {

using namespace Qt::StringLiterals;

namespace {

constexpr int stopTimeoutMs = 5000;
constexpr qsizetype errorTailBytes = 2048;

// The last line the sandbox wrote to stderr: usually why it stopped.
QString lastLine(const QByteArray &text)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    return lines.isEmpty() ? QString() : QString::fromUtf8(lines.constLast().trimmed());
}

QString withDetail(const QString &message, const QString &detail)
{
    return detail.isEmpty() ? message : message + u'\n' + detail;
}

} // namespace

DemoSandbox::DemoSandbox(QObject *parent) : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardError, this, &DemoSandbox::forwardErrorOutput);
}

DemoSandbox::~DemoSandbox()
{
    stop();
}

QString DemoSandbox::executableName()
{
#ifdef Q_OS_WIN
    return u"envisage-sandbox.exe"_s;
#else
    return u"envisage-sandbox"_s;
#endif
}

QStringList DemoSandbox::searchDirectories()
{
    const QString appDirectory = QCoreApplication::applicationDirPath();
    // Installed, the two executables share a folder. In the build tree they sit in app/
    // and sandbox/; CMake gives the second folder relative to the first.
    return {appDirectory,
            QDir::cleanPath(appDirectory + u'/' + QStringLiteral(ENVISAGE_SANDBOX_BUILD_DIR))};
}

std::optional<DemoSandbox::Failure> DemoSandbox::start(bool verbose, int readyTimeoutMs)
{
    const QStringList directories = searchDirectories();
    const QString installed = QDir(directories.constFirst()).filePath(executableName());
    QString program = QStandardPaths::findExecutable(executableName(), directories);
    if (program.isEmpty() && QFileInfo::exists(installed))
        program = installed; // there but not executable: QProcess says why below
    if (program.isEmpty()) {
        return Failure{
            Failure::Kind::Missing,
            tr("The demo cannot start: %1 is missing. Reinstall Envisage Inbox to get it back.")
                .arg(QDir::toNativeSeparators(installed))};
    }

    // The same marketplace the demo always had: free loopback ports, demo data in
    // memory, simulated buyers; the PUSHER_* variables of a Laravel .env in the shell
    // do not apply to it.
    m_process.setProgram(program);
    m_process.setArguments({u"--port"_s, u"0"_s, u"--ws-port"_s, u"0"_s, u"--database"_s,
                            u":memory:"_s, u"--seed"_s, u"demo"_s, u"--simulate"_s});
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"PUSHER_HOST"_s, u"PUSHER_PORT"_s, u"PUSHER_APP_ID"_s,
                                u"PUSHER_APP_KEY"_s, u"PUSHER_APP_SECRET"_s})
        environment.remove(name);
    if (!verbose) {
        // What the app does for itself (QT_LOGGING_RULES, set by the user, still wins).
        const QString rules = environment.value(u"QT_LOGGING_RULES"_s);
        environment.insert(u"QT_LOGGING_RULES"_s, rules.isEmpty()
                                                      ? u"envisage.*.info=false"_s
                                                      : u"envisage.*.info=false;"_s + rules);
    }
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_UNIX
    const pid_t app = ::getpid();
    m_process.setChildProcessModifier([app] {
        // Its own process group: Ctrl+C in the terminal (SIGINT to the foreground group)
        // reaches the app alone, which then stops the sandbox.
        ::setpgid(0, 0);
#ifdef Q_OS_LINUX
        // The kernel sends the sandbox SIGTERM when the app dies, even by SIGKILL or a
        // crash. Had the app died between fork and prctl, it never would: then go now.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != app)
            ::_exit(1);
#else
        Q_UNUSED(app);
#endif
    });
#endif
    m_process.start();
    if (!m_process.waitForStarted(stopTimeoutMs)) {
        return Failure{Failure::Kind::DidNotRun,
                       tr("The demo cannot start: %1 did not run (%2).")
                           .arg(QDir::toNativeSeparators(program), m_process.errorString())};
    }
    if (auto failure = waitForReadyLine(readyTimeoutMs))
        return failure;

    qCInfo(lcDemo).noquote() << "envisage-sandbox pid" << m_process.processId()
                             << "ready:" << QJsonDocument(m_ready).toJson(QJsonDocument::Compact);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        const QByteArray output = m_process.readAllStandardOutput();
        qCDebug(lcDemo).noquote() << "envisage-sandbox:" << QString::fromUtf8(output.trimmed());
    });
    connect(&m_process, &QProcess::finished, this, &DemoSandbox::onFinished);
    return std::nullopt;
}

std::optional<DemoSandbox::Failure> DemoSandbox::waitForReadyLine(int timeoutMs)
{
    const QString program = QDir::toNativeSeparators(m_process.program());
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_process.canReadLine()) {
        forwardErrorOutput();
        if (m_process.state() == QProcess::NotRunning) {
            return Failure{
                Failure::Kind::ExitedEarly,
                withDetail(
                    tr("The demo cannot start: %1 stopped before it was ready (exit code %2).")
                        .arg(program)
                        .arg(m_process.exitCode()),
                    lastLine(m_errorTail))};
        }
        if (deadline.hasExpired()) {
            stop();
            return Failure{
                Failure::Kind::NotReady,
                withDetail(tr("The demo cannot start: %1 did not report that it was ready "
                              "in time (%2 s).")
                               .arg(program)
                               .arg(timeoutMs / 1000),
                           lastLine(m_errorTail))};
        }
        m_process.waitForReadyRead(
            int(std::clamp(deadline.remainingTime(), qint64(1), qint64(100))));
    }
    const QByteArray line = m_process.readLine().trimmed();
    m_ready = QJsonDocument::fromJson(line).object();
    if (m_ready.value(u"event"_s) != u"ready"_s ||
        m_ready.value(u"api_url"_s).toString().isEmpty()) {
        stop();
        return Failure{
            Failure::Kind::UnexpectedLine,
            withDetail(tr("The demo cannot start: %1 did not answer as expected.").arg(program),
                       QString::fromUtf8(line.left(200)))};
    }
    return std::nullopt;
}

void DemoSandbox::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
#ifdef Q_OS_WIN
    // A console program has no window to receive WM_CLOSE (QProcess::terminate), and the
    // only client of this marketplace is the app that is leaving.
    m_process.kill();
    m_process.waitForFinished(stopTimeoutMs);
#else
    // SIGTERM: the sandbox closes its connections (4200) and exits within about a second.
    m_process.terminate();
    if (!m_process.waitForFinished(stopTimeoutMs)) {
        qCWarning(lcDemo) << "envisage-sandbox did not stop within" << stopTimeoutMs
                          << "ms; killing it";
        m_process.kill();
        m_process.waitForFinished(stopTimeoutMs);
    }
#endif
    forwardErrorOutput();
    qCInfo(lcDemo) << "envisage-sandbox stopped";
}

void DemoSandbox::forwardErrorOutput()
{
    const QByteArray output = m_process.readAllStandardError();
    if (output.isEmpty())
        return;
    // Its warnings belong on the app's stderr, as when it ran in the app.
    std::fwrite(output.constData(), 1, size_t(output.size()), stderr);
    std::fflush(stderr);
    m_errorTail = (m_errorTail + output).right(errorTailBytes);
}

void DemoSandbox::onFinished()
{
    forwardErrorOutput();
    if (m_stopping)
        return;
    qCWarning(lcDemo) << "envisage-sandbox stopped on its own, exit code" << m_process.exitCode()
                      << (m_process.exitStatus() == QProcess::CrashExit ? "(crashed)" : "");
    Q_EMIT stoppedUnexpectedly(tr("The demo's marketplace has stopped. Quit Envisage Inbox and "
                                  "start the demo again to go on."));
}

} // namespace envisage::app
