// The sign-in token in a real keychain: KeychainSecretStore over QtKeychain and
// libsecret, against the Secret Service of a gnome-keyring-daemon. CTest runs this through
// tests/common/with-private-keyring, which starts a private D-Bus session and a daemon
// unlocked with a test password in a scratch folder, and stops both afterwards.
//
// What it proves: a token one process writes is read by another process (the helper
// mode of this executable, `--keychain-helper write|read|remove KEY [SECRET]`), a new
// sign-in replaces it, and remove() removes it for every process. Neither process may
// fall back to the session-only store, which would pass a single-process test.
// KWallet, the macOS Keychain and the Windows Credential Manager stay untested.
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace envisage::secrets;

namespace {

const QString Service = u"envisage-inbox-keychain-test"_s;

// Helper exit codes.
enum HelperExit { Done = 0, NotFound = 1, Failed = 2, NoKeychain = 3, Usage = 4, TimedOut = 5 };

// One keychain call in a process of its own; answers on stdout, errors on stderr.
int runHelper(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QString key = arguments.value(1);
    if (key.isEmpty() || (command == u"write"_s && arguments.size() != 3)) {
        std::fprintf(stderr, "usage: --keychain-helper write|read|remove KEY [SECRET]\n");
        return Usage;
    }
    // The first answer decides: a fallback's "not found" must not hide "no keychain".
    std::optional<int> exitCode;
    const auto leave = [&exitCode](int code) {
        if (!exitCode) {
            exitCode = code;
            QCoreApplication::exit(code);
        }
    };
    KeychainSecretStore store(Service);
    QObject::connect(&store, &SecretStore::persistenceLost, [&](const QString &reason) {
        std::fprintf(stderr, "no keychain: %s\n", qPrintable(reason));
        leave(NoKeychain);
    });
    QTimer::singleShot(20000, [&] {
        std::fprintf(stderr, "no answer from the keychain within 20 s\n");
        leave(TimedOut);
    });
    const auto finish = [&](const QString &error) {
        if (!error.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(error));
        leave(error.isEmpty() ? Done : Failed);
    };
    if (command == u"write"_s) {
        store.write(key, arguments.at(2), finish);
    } else if (command == u"remove"_s) {
        store.remove(key, finish);
    } else if (command == u"read"_s) {
        store.read(key, [&](const SecretReadResult &result) {
            if (result.secret && !exitCode)
                std::fprintf(stdout, "%s", qPrintable(*result.secret));
            else if (!result.error.isEmpty())
                std::fprintf(stderr, "%s\n", qPrintable(result.error));
            leave(result.secret ? Done : result.error.isEmpty() ? NotFound : Failed);
        });
    } else {
        std::fprintf(stderr, "unknown command %s\n", qPrintable(command));
        return Usage;
    }
    return QCoreApplication::exec();
}

struct HelperRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return u"helper exit code %1, stdout \"%2\", stderr \"%3\""_s.arg(exitCode).arg(
            QString::fromUtf8(out), QString::fromUtf8(err.trimmed()));
    }
};

HelperRun helper(const QStringList &arguments)
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(),
                  QStringList{u"--keychain-helper"_s} + arguments);
    HelperRun run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(2000);
        run.err = "did not finish within 30 s: " + process.readAllStandardError();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

SecretReadResult readHere(KeychainSecretStore &store, const QString &key)
{
    std::optional<SecretReadResult> result;
    store.read(key, [&](const SecretReadResult &r) { result = r; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
    return result.value_or(SecretReadResult{std::nullopt, u"no answer within 20 s"_s});
}

// What the Secret Service itself holds, through libsecret's command-line tool (optional:
// libsecret-tools). QtKeychain's schema keeps the key as "user" and the service as "server".
std::optional<QByteArray> secretToolLookup(const QString &key)
{
    const QString tool = QStandardPaths::findExecutable(u"secret-tool"_s);
    if (tool.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(tool, {u"lookup"_s, u"server"_s, Service, u"user"_s, key});
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(2000);
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

QString newToken()
{
    // A Sanctum token: "<id>|<40 letters and digits>".
    static const QString alphabet =
        u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"_s;
    QString token = u"%1|"_s.arg(QRandomGenerator::global()->bounded(1, 100000));
    for (int i = 0; i < 40; ++i)
        token += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
    return token;
}

} // namespace

class KeychainTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
#ifndef Q_OS_LINUX
        QSKIP("the keychain test drives the Secret Service (gnome-keyring) on Linux only; "
              "the macOS Keychain and the Windows Credential Manager stay untested");
#endif
        m_key = u"token/keychain-test-%1"_s.arg(QCoreApplication::applicationPid());
    }

    void tokenWrittenByOneProcessIsReadByAnother()
    {
        const QString token = newToken();
        const HelperRun write = helper({u"write"_s, m_key, token});
        QVERIFY2(write.exitCode == Done, qPrintable(u"write: "_s + write.describe()));
        const HelperRun read = helper({u"read"_s, m_key});
        QVERIFY2(read.exitCode == Done, qPrintable(u"read: "_s + read.describe()));
        QCOMPARE(QString::fromUtf8(read.out), token);

        // And this process too, without falling back to the session-only store.
        KeychainSecretStore store(Service);
        bool lost = false;
        connect(&store, &SecretStore::persistenceLost, this, [&] { lost = true; });
        const SecretReadResult here = readHere(store, m_key);
        QVERIFY2(!lost, "this process found no keychain");
        QCOMPARE(here.secret.value_or(QString()), token);
        QVERIFY(store.isPersistent());

        if (const std::optional<QByteArray> held = secretToolLookup(m_key))
            QCOMPARE(QString::fromUtf8(*held), token); // in the Secret Service, not in a file
        else
            qInfo("secret-tool (libsecret-tools) not found: the Secret Service is not asked "
                  "directly");
    }

    void newSignInReplacesTheToken()
    {
        const QString second = newToken();
        const HelperRun write = helper({u"write"_s, m_key, second});
        QVERIFY2(write.exitCode == Done, qPrintable(u"write: "_s + write.describe()));
        const HelperRun read = helper({u"read"_s, m_key});
        QVERIFY2(read.exitCode == Done, qPrintable(u"read: "_s + read.describe()));
        QCOMPARE(QString::fromUtf8(read.out), second);
    }

    void removeRemovesItForEveryProcess()
    {
        KeychainSecretStore store(Service);
        std::optional<QString> removed;
        store.remove(m_key, [&](const QString &error) { removed = error; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
        QCOMPARE(*removed, QString());

        const HelperRun read = helper({u"read"_s, m_key});
        QVERIFY2(read.exitCode == NotFound, qPrintable(u"read after remove: "_s + read.describe()));
        QVERIFY(!readHere(store, m_key).secret);
        if (const std::optional<QByteArray> held = secretToolLookup(m_key))
            QVERIFY2(held->isEmpty(), held->constData());

        // Removing what is not there is no error (sign-out twice).
        const HelperRun again = helper({u"remove"_s, m_key});
        QVERIFY2(again.exitCode == Done, qPrintable(u"second remove: "_s + again.describe()));
    }

    void cleanupTestCase()
    {
        if (!m_key.isEmpty())
            (void)helper({u"remove"_s, m_key}); // after a failure, leave nothing behind
    }

private:
    QString m_key;
};

int main(int argc, char **argv)
{
    if (argc >= 2 && qstrcmp(argv[1], "--keychain-helper") == 0) {
        QCoreApplication app(argc, argv);
        return runHelper(app.arguments().mid(2));
    }
    QCoreApplication app(argc, argv);
    KeychainTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
