// `envisage-inbox --demo` as a user starts it, a child process of this test (offscreen,
// with private XDG folders): its marketplace is envisage-sandbox, a child process of the
// app that serves the demo data on loopback, and that is gone a few seconds after the
// app quits (SIGTERM) or is killed (SIGKILL). The app carries no HTTP server. A missing
// or failing envisage-sandbox is reported by name, with a non-zero exit.
#include "TestHttp.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;
using envisage::testing::TestHttp;

namespace {

constexpr int ReadyWithinMs = 60000; // the sandbox seeds 5,000 messages on a busy machine
constexpr int ExitWithinMs = 15000;
constexpr int GoneWithinMs = 5000;

QString inboxExecutable()
{
    const QString fromEnvironment = qEnvironmentVariable("ENVISAGE_INBOX_BIN");
    return fromEnvironment.isEmpty() ? QStringLiteral(ENVISAGE_INBOX_BIN) : fromEnvironment;
}

// /proc/<pid>/stat: the state letter and the parent; a zombie has exited.
struct ProcessStat
{
    bool exists = false;
    char state = '?';
    qint64 parent = 0;
    bool running() const { return exists && state != 'Z' && state != 'X'; }
};

ProcessStat processStat(qint64 pid)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = file.readAll();
    // "pid (comm) S ppid …": comm may hold spaces and parentheses.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 2 || fields.at(0).isEmpty())
        return {};
    return {true, fields.at(0).at(0), fields.at(1).toLongLong()};
}

// A private home: settings, caches, the single-instance socket and the keychain's
// fallback of the app under test never touch the user's.
QProcessEnvironment privateEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QDir root(home);
    for (const QString &folder : {u"config"_s, u"data"_s, u"cache"_s, u"runtime"_s, u"tmp"_s})
        root.mkpath(folder);
    QFile::setPermissions(root.filePath(u"runtime"_s),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_CONFIG_HOME"_s, root.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, root.filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, root.filePath(u"cache"_s));
    environment.insert(u"XDG_RUNTIME_DIR"_s, root.filePath(u"runtime"_s));
    environment.insert(u"TMPDIR"_s, root.filePath(u"tmp"_s));
    environment.insert(u"USER"_s,
                       u"envisage-demo-test-%1"_s.arg(QCoreApplication::applicationPid()));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    // The app's info logs stay off (its --verbose is overridden); the demo's line is on.
    environment.insert(u"QT_LOGGING_RULES"_s, u"envisage.*.info=false;envisage.demo.info=true"_s);
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    return environment;
}

// envisage-inbox --demo --verbose, stopped (and its sandbox checked gone) at the end.
class DemoApp
{
public:
    explicit DemoApp(const QString &program = inboxExecutable())
    {
        m_process.setProgram(program);
        m_process.setArguments({u"--demo"_s, u"--verbose"_s});
        m_process.setProcessEnvironment(privateEnvironment(m_home.path()));
#ifdef Q_OS_LINUX
        // A test that CTest kills at its timeout takes the app along (and the app its sandbox).
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    }
    ~DemoApp()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        // Should the app have left its sandbox behind (the failure a test reports), it
        // does not outlive the test either.
        if (m_sandboxPid > 0 && processStat(m_sandboxPid).running() &&
            QFile::symLinkTarget(u"/proc/%1/exe"_s.arg(m_sandboxPid))
                .endsWith(u"/envisage-sandbox"_s))
            ::kill(pid_t(m_sandboxPid), SIGKILL);
    }

    bool start()
    {
        m_process.start();
        return m_process.waitForStarted(10000);
    }

    // Reads the app's stderr until the demo's ready line (`envisage.demo: envisage-sandbox
    // pid N ready: {…}`), or the app exits, or the deadline passes.
    bool waitForSandbox()
    {
        static const QRegularExpression line(
            u"envisage-sandbox pid (\\d+) ready: (\\{[^\\n]*\\})"_s);
        const QDeadlineTimer deadline(ReadyWithinMs);
        while (!deadline.hasExpired()) {
            readOutput();
            const QRegularExpressionMatch match = line.match(QString::fromUtf8(m_output));
            if (match.hasMatch()) {
                m_sandboxPid = match.captured(1).toLongLong();
                m_ready = QJsonDocument::fromJson(match.captured(2).toUtf8()).object();
                return true;
            }
            if (m_process.state() == QProcess::NotRunning)
                return false;
            m_process.waitForReadyRead(100);
        }
        return false;
    }

    // Waits for the app to exit on its own.
    bool waitForExit(int timeoutMs = ExitWithinMs)
    {
        const bool exited =
            m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
        readOutput();
        return exited;
    }

    void signal(int number) const
    {
        ::kill(pid_t(m_process.processId()), number);
    }

    qint64 pid() const
    {
        return m_process.processId();
    }
    qint64 sandboxPid() const
    {
        return m_sandboxPid;
    }
    QJsonObject ready() const
    {
        return m_ready;
    }
    int exitCode() const
    {
        return m_process.exitCode();
    }
    QProcess::ExitStatus exitStatus() const
    {
        return m_process.exitStatus();
    }
    QString output() const
    {
        return QString::fromUtf8(m_output);
    }

private:
    void readOutput()
    {
        m_output += m_process.readAllStandardError();
        m_output += m_process.readAllStandardOutput();
    }

    QTemporaryDir m_home;
    QProcess m_process;
    QByteArray m_output;
    qint64 m_sandboxPid = 0;
    QJsonObject m_ready;
};

// The folder of a lone copy of envisage-inbox: no envisage-sandbox next to it, and none
// where the build tree would have it (../sandbox).
QString copyInboxAlone(const QTemporaryDir &folder)
{
    const QString bin = QDir(folder.path()).filePath(u"bin"_s);
    QDir().mkpath(bin);
    const QString copy = QDir(bin).filePath(u"envisage-inbox"_s);
    return QFile::copy(inboxExecutable(), copy) ? copy : QString();
}

} // namespace

class TestDemoProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sandboxServesTheDemo();
    void quittingStopsTheSandbox();
    void killedAppTakesTheSandbox();
    void missingSandboxIsNamed();
    void sandboxThatCannotRunIsNamed();
    void sandboxFailingEarlyIsReported();

private:
    // Starts the demo and checks that its sandbox is its child and serves the demo data.
    void startDemo(DemoApp &app);
};

void TestDemoProcess::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc and relies on PR_SET_PDEATHSIG (Linux)");
#endif
    QVERIFY2(QFile::exists(inboxExecutable()), qPrintable(inboxExecutable()));
}

void TestDemoProcess::startDemo(DemoApp &app)
{
    QVERIFY(app.start());
    QVERIFY2(app.waitForSandbox(),
             qPrintable(u"no demo sandbox line; the app wrote:\n"_s + app.output()));

    const ProcessStat sandbox = processStat(app.sandboxPid());
    QVERIFY2(sandbox.running(),
             qPrintable(u"sandbox pid %1 is not running"_s.arg(app.sandboxPid())));
    QCOMPARE(sandbox.parent, app.pid());
    const QString executable = QFile::symLinkTarget(u"/proc/%1/exe"_s.arg(app.sandboxPid()));
    QVERIFY2(executable.endsWith(u"/envisage-sandbox"_s), qPrintable(executable));

    // Serving on loopback: the demo seller signs in over REST, the Pusher port accepts.
    const QUrl apiUrl(app.ready().value(u"api_url"_s).toString());
    QCOMPARE(apiUrl.host(), u"127.0.0.1"_s);
    TestHttp http;
    QVERIFY(!http.login(apiUrl, u"seller@envisage.test"_s, u"demo-seller"_s).isEmpty());
    QTcpSocket pusher;
    pusher.connectToHost(app.ready().value(u"ws_host"_s).toString(),
                         quint16(app.ready().value(u"ws_port"_s).toInt()));
    QVERIFY(pusher.waitForConnected(5000));
}

void TestDemoProcess::sandboxServesTheDemo()
{
    DemoApp app;
    startDemo(app);
    if (QTest::currentTestFailed())
        return;

    // The server is the sandbox's, not the app's: no Qt HttpServer in the app's memory.
    QFile maps(u"/proc/%1/maps"_s.arg(app.pid()));
    QVERIFY(maps.open(QIODevice::ReadOnly));
    const QByteArray mapped = maps.readAll();
    QVERIFY(mapped.contains("libQt6Widgets")); // the check reads the right process
    QVERIFY2(!mapped.contains("libQt6HttpServer"), "envisage-inbox has Qt HttpServer loaded");

    app.signal(SIGTERM);
    QVERIFY(app.waitForExit());
    QTRY_VERIFY_WITH_TIMEOUT(!processStat(app.sandboxPid()).running(), GoneWithinMs);
}

void TestDemoProcess::quittingStopsTheSandbox()
{
    DemoApp app;
    startDemo(app);
    if (QTest::currentTestFailed())
        return;

    // SIGTERM (a logout, `kill`) quits through the event loop, like the Quit menu.
    app.signal(SIGTERM);
    QVERIFY2(app.waitForExit(), "the app did not quit within 15 s of SIGTERM");
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    // The app stopped it itself (the kernel's PDEATHSIG did not have to).
    QVERIFY2(app.output().contains(u"envisage-sandbox stopped"_s), qPrintable(app.output()));
    QTRY_VERIFY_WITH_TIMEOUT(!processStat(app.sandboxPid()).running(), GoneWithinMs);
}

void TestDemoProcess::killedAppTakesTheSandbox()
{
    DemoApp app;
    startDemo(app);
    if (QTest::currentTestFailed())
        return;

    // No chance to clean up: the sandbox goes by PR_SET_PDEATHSIG.
    app.signal(SIGKILL);
    QVERIFY(app.waitForExit());
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);
    QTRY_VERIFY_WITH_TIMEOUT(!processStat(app.sandboxPid()).running(), GoneWithinMs);
}

void TestDemoProcess::missingSandboxIsNamed()
{
    QTemporaryDir folder;
    const QString copy = copyInboxAlone(folder);
    QVERIFY(!copy.isEmpty());

    DemoApp app(copy);
    QVERIFY(app.start());
    QVERIFY2(app.waitForExit(), "the app kept running without its sandbox");
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 1);
    const QString missing = QDir(QFileInfo(copy).path()).filePath(u"envisage-sandbox"_s);
    QVERIFY2(app.output().contains(missing), qPrintable(app.output()));
}

void TestDemoProcess::sandboxThatCannotRunIsNamed()
{
    QTemporaryDir folder;
    const QString copy = copyInboxAlone(folder);
    QVERIFY(!copy.isEmpty());
    QFile notExecutable(QDir(QFileInfo(copy).path()).filePath(u"envisage-sandbox"_s));
    QVERIFY(notExecutable.open(QIODevice::WriteOnly));
    notExecutable.write("#!/bin/sh\nexit 0\n");
    notExecutable.close();
    notExecutable.setPermissions(QFile::ReadOwner | QFile::WriteOwner);

    DemoApp app(copy);
    QVERIFY(app.start());
    QVERIFY2(app.waitForExit(), "the app kept running without its sandbox");
    QCOMPARE(app.exitCode(), 1);
    QVERIFY2(app.output().contains(notExecutable.fileName() + u" did not run"_s),
             qPrintable(app.output()));
}

void TestDemoProcess::sandboxFailingEarlyIsReported()
{
    QTemporaryDir folder;
    const QString copy = copyInboxAlone(folder);
    QVERIFY(!copy.isEmpty());
    // A sandbox that cannot start: it says why on stderr and exits before its ready line.
    QFile fake(QDir(QFileInfo(copy).path()).filePath(u"envisage-sandbox"_s));
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("#!/bin/sh\necho 'envisage-sandbox: the database is locked' >&2\nexit 3\n");
    fake.close();
    fake.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    DemoApp app(copy);
    QVERIFY(app.start());
    QVERIFY2(app.waitForExit(), "the app kept running without its sandbox");
    QCOMPARE(app.exitCode(), 1);
    const QString output = app.output();
    QVERIFY2(output.contains(fake.fileName()), qPrintable(output));
    QVERIFY2(output.contains(u"(exit code 3)"_s), qPrintable(output));
    QVERIFY2(output.contains(u"the database is locked"_s), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestDemoProcess)
#include "tst_demo_process.moc"
