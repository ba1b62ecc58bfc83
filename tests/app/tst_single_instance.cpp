// One window per user: a second launch raises the first. The socket lives where only
// this user can reach it (not a predictable name in /tmp that another local user could
// claim first), and only this user may connect to it.
#include "desktop/SingleInstance.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using envisage::app::SingleInstance;

class SingleInstanceTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_runtime;

private Q_SLOTS:
    void initTestCase()
    {
        // A runtime folder as the session manager makes it: private to the user.
        QVERIFY(QFile::setPermissions(m_runtime.path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit());
    }

    void theSocketIsPrivateToTheUser()
    {
        SingleInstance first(u"envisage-inbox-test"_s);
        QVERIFY(first.listen());
        const QFileInfo socket(first.socketName());
        QVERIFY2(socket.absolutePath() == QDir(m_runtime.path()).absolutePath(),
                 qPrintable(first.socketName()));
        struct stat status = {};
        QCOMPARE(::stat(QFile::encodeName(first.socketName()).constData(), &status), 0);
        QCOMPARE(status.st_mode & (S_IRWXG | S_IRWXO), 0u); // UserAccessOption
    }

    void aSecondLaunchRaisesTheFirst()
    {
        SingleInstance first(u"envisage-inbox-raise"_s);
        QVERIFY(first.listen());
        QSignalSpy raised(&first, &SingleInstance::activationRequested);
        SingleInstance second(u"envisage-inbox-raise"_s);
        QVERIFY(second.notifyRunningInstance());
        QTRY_COMPARE(raised.size(), 1);
        SingleInstance other(u"envisage-inbox-other-profile"_s);
        QVERIFY(!other.notifyRunningInstance()); // nobody there: this one starts
    }
};

QTEST_GUILESS_MAIN(SingleInstanceTest)
#include "tst_single_instance.moc"
