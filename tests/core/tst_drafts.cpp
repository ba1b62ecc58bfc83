// Drafts are saved when typing pauses, on switching conversation and on quitting, not
// per keystroke; and a draft typed before a crash (kill -9) is there after the restart
// once the pause has passed.
#include "inbox/ConversationListModel.h"
#include "inbox/Drafts.h"
#include "store/Store.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace envisage;
using inbox::Drafts;

namespace {

QHash<qint64, QString> savedDrafts(store::Store &store)
{
    QFuture<QHash<qint64, QString>> future = store.drafts();
    future.waitForFinished();
    return future.result();
}

// The child of survivesAKillAfterThePause: types a draft, says so once the pause has
// passed, then waits to be killed.
int typeAndWait(const QString &path)
{
    store::Store store(path);
    store.open().waitForFinished();
    inbox::ConversationListModel list;
    Drafts drafts(list);
    drafts.attach(&store);
    drafts.set(7, u"Half a rep"_s);
    drafts.set(7, u"Half a reply"_s);
    QTimer::singleShot(Drafts::SavePauseMs + 300, [] {
        fputs("typed\n", stdout);
        fflush(stdout);
    });
    return QCoreApplication::exec();
}

} // namespace

class DraftsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;

private Q_SLOTS:
    void savedWhenTypingPauses()
    {
        store::Store store(m_folder.filePath(u"pause.sqlite"_s));
        QVERIFY(store.open().result().ok);
        inbox::ConversationListModel list;
        Drafts drafts(list);
        drafts.attach(&store);
        drafts.set(1, u"S"_s);
        drafts.set(1, u"Su"_s);
        drafts.set(1, u"Sure"_s);
        QCOMPARE(drafts.text(1), u"Sure"_s);      // shown at once
        QVERIFY(!savedDrafts(store).contains(1)); // not written per keystroke
        QTRY_COMPARE_WITH_TIMEOUT(savedDrafts(store).value(1), u"Sure"_s, Drafts::SavePauseMs * 4);
    }

    void savedWhenSwitchingOrQuitting()
    {
        store::Store store(m_folder.filePath(u"switch.sqlite"_s));
        QVERIFY(store.open().result().ok);
        inbox::ConversationListModel list;
        {
            Drafts drafts(list);
            drafts.attach(&store);
            drafts.set(2, u"Left behind"_s);
            drafts.flush(); // what the session does when another conversation opens
            QCOMPARE(savedDrafts(store).value(2), u"Left behind"_s);
            drafts.set(3, u"Typed just before quitting"_s);
        } // quitting
        QCOMPARE(savedDrafts(store).value(3), u"Typed just before quitting"_s);
    }

    void survivesAKillAfterThePause()
    {
        const QString path = m_folder.filePath(u"killed.sqlite"_s);
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"ENVISAGE_DRAFTS_CHILD"_s, path);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted(5000));
        QByteArray output;
        QTRY_VERIFY2_WITH_TIMEOUT((output += child.readAllStandardOutput()).contains("typed"),
                                  child.readAllStandardError().constData(), 10000);
        child.kill(); // SIGKILL: no destructor, no flush
        QVERIFY(child.waitForFinished(5000));
        store::Store store(path);
        QVERIFY(store.open().result().ok);
        QCOMPARE(savedDrafts(store).value(7), u"Half a reply"_s);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (const QString path = qEnvironmentVariable("ENVISAGE_DRAFTS_CHILD"); !path.isEmpty())
        return typeAndWait(path);
    DraftsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_drafts.moc"
