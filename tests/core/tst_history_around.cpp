// A conversation opened at a message (issue 12: a search hit deep in the history). The
// model's footer row and newer pages in-process (QAbstractItemModelTester, no server);
// then against the real sandbox's 5,000-message demo conversation: opened 3,000 messages
// deep from the server's around_id page, newer pages until the newest and older ones until
// the start — every message once, in order, none missing; a buyer's message while the
// window is old waits for the newer pages; sending goes back to the newest messages; a
// message the cache holds opens from the cache; an id that is not there shows the newest.
#include "SandboxProcess.h"
#include "SandboxSession.h"
#include "TestHttp.h"
#include "inbox/InboxSession.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace envisage;
using inbox::InboxSession;
using inbox::MessageListModel;
using testing::SandboxProcess;
using testing::TestHttp;

namespace {

api::Message message(qint64 id, const QString &body = {})
{
    api::Message m;
    m.id = id;
    m.conversationId = 1;
    m.senderId = 7;
    m.sender = {7, u"Ada"_s, {}};
    m.body = body.isEmpty() ? u"message %1"_s.arg(id) : body;
    m.createdAt = QDateTime::fromMSecsSinceEpoch(1700000000000 + id * 60000, Qt::UTC);
    return m;
}

QList<api::Message> range(qint64 from, qint64 to) // newest first, as pages come
{
    QList<api::Message> messages;
    for (qint64 id = to; id >= from; --id)
        messages.append(message(id));
    return messages;
}

QList<qint64> modelIds(const MessageListModel &model)
{
    QList<qint64> ids;
    for (int row = 1; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(MessageListModel::KindRole).value<MessageListModel::RowKind>() ==
            MessageListModel::RowKind::Message)
            ids.append(index.data(MessageListModel::IdRole).toLongLong());
    }
    return ids;
}

MessageListModel::RowKind kindOf(const MessageListModel &model, int row)
{
    return model.index(row).data(MessageListModel::KindRole).value<MessageListModel::RowKind>();
}

} // namespace

class HistoryAroundTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    SandboxProcess m_sandbox;
    TestHttp m_http;
    QString m_buyer;
    qint64 m_long = 0;      // the demo's conversation of 5,000 messages
    QList<qint64> m_allIds; // its ids, oldest first
    std::unique_ptr<InboxSession> m_session;
    int m_sessions = 0;

    QList<qint64> serverIds(qint64 conversationId)
    {
        QList<qint64> ids;
        QString cursor;
        do {
            QUrlQuery query;
            query.addQueryItem(u"per_page"_s, u"100"_s);
            if (!cursor.isEmpty())
                query.addQueryItem(u"cursor"_s, cursor);
            QUrl url = m_sandbox.apiUrl(u"/api/conversations/%1/messages"_s.arg(conversationId));
            url.setQuery(query);
            const QJsonObject page = m_http.get(url, m_buyer).json();
            for (const QJsonValue &m : page.value(u"data"_s).toArray())
                ids.prepend(m.toObject().value(u"id"_s).toInteger());
            cursor = page.value(u"next_cursor"_s).toString();
        } while (!cursor.isEmpty());
        return ids;
    }

    qint64 buyerSays(const QString &body)
    {
        return m_http.postMessage(m_sandbox.apiUrl(), m_long, body, m_buyer).createdId();
    }

    // The seller on a new cache of its own; null if not Ready and Online in time.
    std::unique_ptr<InboxSession> signedInSession()
    {
        return testing::signedInSession(testing::profileOf(m_sandbox),
                                        m_folder.filePath(u"seller-%1.sqlite"_s.arg(++m_sessions)),
                                        u"seller@envisage.test"_s, u"demo-seller"_s, 5000);
    }

    // Pages newer messages in until the newest; false if a page did not come.
    bool loadNewerUntilTheEnd(MessageListModel &model)
    {
        for (int page = 0; model.hasNewer() && page < 200; ++page) {
            const qint64 newest = model.newestId();
            if (!model.canFetchNewer())
                return false;
            model.fetchNewer();
            if (!QTest::qWaitFor([&] { return model.newestId() > newest || !model.hasNewer(); },
                                 10000))
                return false;
        }
        return !model.hasNewer();
    }

    bool loadOlderUntilTheStart(MessageListModel &model)
    {
        for (int page = 0; !model.reachedStart() && page < 200; ++page) {
            if (!QTest::qWaitFor([&] { return model.canFetchMore({}) || model.reachedStart(); },
                                 10000))
                return false;
            const qint64 oldest = model.oldestId();
            model.fetchMore({});
            if (!QTest::qWaitFor([&] { return model.oldestId() < oldest || model.reachedStart(); },
                                 10000))
                return false;
        }
        return model.reachedStart();
    }

private Q_SLOTS:
    // --- The model alone ---------------------------------------------------------------

    void footerRowAndNewerPages()
    {
        MessageListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(1, 2);
        model.setHasNewer(true);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(kindOf(model, 1), MessageListModel::RowKind::LoadingNewer);
        model.prependHistory(range(100, 149), false);
        QCOMPARE(model.rowCount(), 52);
        QCOMPARE(kindOf(model, 51), MessageListModel::RowKind::LoadingNewer);
        QCOMPARE(model.rowOfMessage(120), 21);
        // New messages and unsent ones wait for the newest to be loaded.
        model.merge(message(400));
        model.flush();
        store::OutboxEntry unsent;
        unsent.clientId = u"c1"_s;
        unsent.conversationId = 1;
        unsent.body = u"hi"_s;
        model.addPending(unsent);
        QCOMPARE(model.messageCount(), 50);
        // A message inside the window is still merged (an edit, a read receipt).
        api::Message edited = message(130, u"edited"_s);
        model.merge(edited);
        model.flush();
        QCOMPARE(model.index(31).data(MessageListModel::BodyRole).toString(), u"edited"_s);
        // Newer pages, in any order, overlapping: each message once, in order.
        int fetched = 0;
        model.fetchNewerHandler = [&fetched] { ++fetched; };
        QVERIFY(model.canFetchNewer());
        model.fetchNewer();
        QVERIFY(!model.canFetchNewer()); // one at a time
        model.appendNewer(range(145, 199), false);
        QCOMPARE(fetched, 1);
        QVERIFY(model.canFetchNewer());
        QList<api::Message> ascending = range(200, 249);
        std::reverse(ascending.begin(), ascending.end());
        model.appendNewer(ascending, true);
        QVERIFY(!model.hasNewer());
        QVERIFY(!model.canFetchNewer());
        QList<qint64> expected;
        for (qint64 id = 100; id <= 249; ++id)
            expected.append(id);
        QCOMPARE(modelIds(model), expected);
        QCOMPARE(kindOf(model, model.rowCount() - 1), MessageListModel::RowKind::Message);
        // Back to normal: new messages are appended again.
        model.merge(message(250));
        model.flush();
        QCOMPARE(modelIds(model).last(), 250);
        model.reset(1, 2);
        QCOMPARE(model.rowCount(), 1);
    }

    // --- Against the sandbox -----------------------------------------------------------

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_sandbox.start({u"--database"_s, u":memory:"_s, u"--seed"_s, u"demo"_s}));
        m_buyer = m_http.login(m_sandbox.apiUrl(), u"buyer1@envisage.test"_s, u"demo-buyer"_s);
        m_long = m_http.get(m_sandbox.apiUrl(u"/api/conversations"_s), m_buyer).firstId();
        m_allIds = serverIds(m_long);
        QVERIFY(m_allIds.size() >= 5000);
    }

    void opensDeepAndPagesToBothEnds()
    {
        m_session = signedInSession();
        QVERIFY(m_session);
        MessageListModel *model = m_session->messages();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 target = m_allIds.at(m_allIds.size() - 3000); // 3,000 messages deep
        QSignalSpy shown(m_session.get(), &InboxSession::messageShown);
        m_session->openConversationAt(m_long, target);
        // A view at its (empty) bottom asks for newer pages before the window is there:
        // nothing to load yet, and the newest are still not loaded.
        QVERIFY(model->canFetchNewer());
        model->fetchNewer();
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(shown.first().at(1).toLongLong(), target);
        QVERIFY(model->rowOfMessage(target) > 0);
        QVERIFY(model->hasNewer());
        QCOMPARE(kindOf(*model, model->rowCount() - 1), MessageListModel::RowKind::LoadingNewer);
        // (QAbstractItemModelTester calls fetchMore(): older pages may be coming already.)
        QVERIFY(model->messageCount() >= 50);

        // The buyer writes meanwhile: not appended below the old window.
        const qint64 live = buyerSays(u"Still there?"_s);
        QTest::qWait(300);
        QCOMPARE(model->rowOfMessage(live), -1);

        QVERIFY(loadNewerUntilTheEnd(*model));
        QVERIFY(loadOlderUntilTheStart(*model));
        QCOMPARE(kindOf(*model, 0), MessageListModel::RowKind::StartOfConversation);
        m_allIds.append(live);
        QTRY_COMPARE(modelIds(*model), m_allIds); // every message once, in order, no gap

        // Now at the newest: new messages are appended again.
        const qint64 next = buyerSays(u"Hello again"_s);
        m_allIds.append(next);
        QTRY_COMPARE(modelIds(*model).last(), next);
    }

    void sendingGoesBackToTheNewest()
    {
        QVERIFY(m_session); // signed in by the test before
        MessageListModel *model = m_session->messages();
        m_session->closeConversation(); // all of it is loaded: opened anew
        QSignalSpy shown(m_session.get(), &InboxSession::messageShown);
        m_session->openConversationAt(m_long, m_allIds.at(1000));
        QTRY_COMPARE(shown.size(), 1);
        QVERIFY(model->hasNewer());
        QVERIFY(!m_session->sendMessage(u"Back to the present"_s).isEmpty());
        QVERIFY(!model->hasNewer());
        QTRY_VERIFY(model->messageCount() > 10);
        const QModelIndex last = model->index(model->rowCount() - 1);
        QCOMPARE(last.data(MessageListModel::BodyRole).toString(), u"Back to the present"_s);
        QTRY_VERIFY(
            model->index(model->rowCount() - 1).data(MessageListModel::IdRole).toLongLong() > 0);
        QTRY_COMPARE(modelIds(*model).mid(modelIds(*model).size() - 3, 2),
                     m_allIds.mid(m_allIds.size() - 2));
        m_allIds.append(modelIds(*model).last());
    }

    void aCachedMessageOpensFromTheCache()
    {
        // A new cache: the newest pages read as the seller scrolls up are in it.
        m_session = signedInSession();
        QVERIFY(m_session);
        MessageListModel *model = m_session->messages();
        m_session->openConversation(m_long);
        QTRY_COMPARE(model->messageCount(), 50);
        for (int page = 0; page < 3; ++page) {
            const int before = model->messageCount();
            QTRY_VERIFY(model->canFetchMore({}));
            model->fetchMore({});
            QTRY_VERIFY(model->messageCount() > before);
        }
        QCOMPARE(model->messageCount(), 200);
        m_session->closeConversation();

        const qint64 target = m_allIds.at(m_allIds.size() - 150);
        QSignalSpy shown(m_session.get(), &InboxSession::messageShown);
        m_session->openConversationAt(m_long, target);
        QTRY_COMPARE(shown.size(), 1);
        QVERIFY(model->rowOfMessage(target) > 0);
        QVERIFY(model->hasNewer());
        QVERIFY(loadNewerUntilTheEnd(*model));
        const QList<qint64> ids = modelIds(*model);
        QCOMPARE(ids, m_allIds.mid(m_allIds.indexOf(ids.first())));
        // Older history continues from the cache, then the server, without a gap.
        for (int page = 0; page < 4; ++page) {
            const int before = model->messageCount();
            QTRY_VERIFY(model->canFetchMore({}));
            model->fetchMore({});
            QTRY_VERIFY(model->messageCount() > before);
        }
        const QList<qint64> more = modelIds(*model);
        QCOMPARE(more, m_allIds.mid(m_allIds.indexOf(more.first())));

        // Already loaded: shown at once, nothing reloaded.
        const int rows = model->rowCount();
        m_session->openConversationAt(m_long, target);
        QCOMPARE(shown.size(), 2);
        QCOMPARE(model->rowCount(), rows);
    }

    void aMessageThatIsNotThereShowsTheNewest()
    {
        QVERIFY(m_session); // signed in by the test before
        MessageListModel *model = m_session->messages();
        QSignalSpy notFound(m_session.get(), &InboxSession::messageNotFound);
        QSignalSpy problem(m_session.get(), &InboxSession::problem);
        m_session->openConversationAt(m_long, 999999999);
        QTRY_COMPARE(notFound.size(), 1);
        QCOMPARE(problem.size(), 1);
        QVERIFY(!model->hasNewer());
        QTRY_VERIFY(model->messageCount() >= 50);
        QCOMPARE(modelIds(*model).last(), m_allIds.last());
    }

    void cleanupTestCase() { m_session.reset(); }
};

QTEST_GUILESS_MAIN(HistoryAroundTest)
#include "tst_history_around.moc"
