// Triage against the real sandbox (demo data: conversations waiting 2 h, 20 h and 30 h,
// the oldest archived): MarketplaceApi's filter and flag calls; the session's list knows
// archived conversations (the refresh asks for all) and counts every filter as the
// server does; archive and unarchive show at once and reach the server; the same seller
// archiving on another device (a REST call) reaches the list within a second; a buyer's
// message brings an archived conversation back to Inbox; a refused archive (403, a
// conversation the user is not part of) is taken back with a clear sentence. And
// `envisage-cli archive|unarchive|unread ID` and `conversations --filter F`.
#include "SandboxProcess.h"
#include "SandboxSession.h"
#include "TestHttp.h"
#include "api/MarketplaceApi.h"
#include "inbox/InboxSession.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace envisage;
using envisage::testing::SandboxProcess;
using envisage::testing::TestHttp;
using inbox::ConversationListModel;
using inbox::InboxSession;
using store::ConversationFilter;

class TriageSessionTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    SandboxProcess m_sandbox;
    TestHttp m_http;
    QString m_sellerToken;
    QString m_buyerToken;
    int m_caches = 0;

    QUrl api(const QString &path) const { return m_sandbox.apiUrl(path); }

    QJsonObject serverConversation(qint64 id, const QString &token)
    {
        return m_http.get(api(u"/api/conversations/%1"_s.arg(id)), token)
            .json()
            .value(u"data"_s)
            .toObject();
    }

    // POST …/read with the newest message, as another device of the seller would.
    void readAll(qint64 id)
    {
        const qint64 newest =
            m_http.get(api(u"/api/conversations/%1/messages?per_page=1"_s.arg(id)), m_sellerToken)
                .firstId();
        QCOMPARE(m_http
                     .postJson(api(u"/api/conversations/%1/read"_s.arg(id)),
                               {{u"last_read_message_id"_s, newest}}, m_sellerToken)
                     .status,
                 204);
    }

    int serverTotal(const QString &filter)
    {
        return m_http.get(api(u"/api/conversations?per_page=1&filter="_s + filter), m_sellerToken)
            .json()
            .value(u"total"_s)
            .toInt();
    }

    QList<qint64> serverIds(const QString &filter, const QString &token)
    {
        QList<qint64> ids;
        const QJsonArray data =
            m_http.get(api(u"/api/conversations?per_page=100&filter="_s + filter), token)
                .json()
                .value(u"data"_s)
                .toArray();
        for (const QJsonValue &c : data)
            ids.append(c.toObject().value(u"id"_s).toInteger());
        return ids;
    }

    // A new session of its own, signed in, online and listening on the user's own channel,
    // where the other devices' changes come; null if it did not get there.
    std::unique_ptr<InboxSession> signedIn(const QString &email, const QString &password)
    {
        auto session = testing::signedInSession(
            testing::profileOf(m_sandbox), m_folder.filePath(u"cache-%1.sqlite"_s.arg(++m_caches)),
            email, password, 10000);
        if (!session ||
            !QTest::qWaitFor([&] { return testing::ownChannelSubscribed(*session); }, 10000))
            return nullptr;
        return session;
    }

    // envisage-cli with the seller's token; its exit code, stdout's JSON lines and stderr.
    struct CliRun
    {
        int exitCode = -1;
        QList<QJsonObject> lines;
        QByteArray err;
    };
    CliRun cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &variable :
             {u"XDG_DATA_HOME"_s, u"XDG_CONFIG_HOME"_s, u"XDG_CACHE_HOME"_s})
            environment.insert(variable, m_folder.filePath(variable.toLower()));
        process.setProcessEnvironment(environment);
        const QByteArray ready =
            QJsonDocument(m_sandbox.readyLine()).toJson(QJsonDocument::Compact);
        process.start(QStringLiteral(ENVISAGE_CLI_BIN),
                      QStringList{u"--sandbox-ready"_s, QString::fromUtf8(ready), u"--token"_s,
                                  m_sellerToken} +
                          arguments);
        CliRun run;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished(2000);
            return run;
        }
        run.exitCode = process.exitCode();
        for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
            if (!line.trimmed().isEmpty())
                run.lines.append(QJsonDocument::fromJson(line).object());
        }
        run.err = process.readAllStandardError();
        return run;
    }

    static QList<qint64> idsOf(const QList<QJsonObject> &lines)
    {
        QList<qint64> ids;
        for (const QJsonObject &line : lines)
            ids.append(line.value(u"id"_s).toInteger());
        return ids;
    }

    static bool hasRow(ConversationListModel *model, qint64 id)
    {
        return model->rowOfConversation(id) >= 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"envisage-tests"_s);
        QVERIFY(m_folder.isValid());
        QVERIFY2(m_sandbox.start({u"--database"_s, u":memory:"_s, u"--seed"_s, u"demo"_s}),
                 qPrintable(m_sandbox.errorOutput()));
        m_sellerToken = m_http.login(api({}), u"seller@envisage.test"_s, u"demo-seller"_s);
        m_buyerToken = m_http.login(api({}), u"buyer1@envisage.test"_s, u"demo-buyer"_s);
        QVERIFY(!m_sellerToken.isEmpty() && !m_buyerToken.isEmpty());
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    void theApiFiltersAndFlags()
    {
        api::MarketplaceApi client(m_sandbox.apiUrl());
        client.setTokenProvider([this] { return m_sellerToken; });
        const auto page = [&client](api::ConversationListFilter filter) {
            std::optional<api::ApiResult<api::ConversationPage>> answer;
            client.conversations(
                &client, 1, 100, filter,
                [&](const api::ApiResult<api::ConversationPage> &r) { answer = r; });
            (void)QTest::qWaitFor([&] { return answer.has_value(); }, 10000);
            return answer && answer->ok() ? answer->value() : api::ConversationPage{};
        };
        const api::ConversationPage archived = page(api::ConversationListFilter::Archived);
        QCOMPARE(archived.total, 1);
        QVERIFY(archived.conversations.first().archived);
        const api::ConversationPage waiting = page(api::ConversationListFilter::AwaitingReply);
        QVERIFY(waiting.total >= 3);
        for (const api::Conversation &c : waiting.conversations)
            QVERIFY(c.awaitingReplySince.isValid() && !c.archived);
        QCOMPARE(page(api::ConversationListFilter::All).total,
                 page(api::ConversationListFilter::Inbox).total + 1);

        const qint64 id = page(api::ConversationListFilter::Inbox).conversations.last().id;
        const auto call = [&](auto method, qint64 conversationId) {
            std::optional<api::ApiResult<api::NoContent>> answer;
            (client.*method)(&client, conversationId,
                             [&](const api::ApiResult<api::NoContent> &r) { answer = r; });
            (void)QTest::qWaitFor([&] { return answer.has_value(); }, 10000);
            return answer;
        };
        QVERIFY(call(&api::MarketplaceApi::archive, id)->ok());
        QVERIFY(serverConversation(id, m_sellerToken).value(u"archived"_s).toBool());
        QVERIFY(call(&api::MarketplaceApi::unarchive, id)->ok());
        QVERIFY(!serverConversation(id, m_sellerToken).value(u"archived"_s).toBool());
        QVERIFY(call(&api::MarketplaceApi::markUnread, id)->ok());
        QVERIFY(serverConversation(id, m_sellerToken).value(u"marked_unread"_s).toBool());
        readAll(id);
        const auto missing = call(&api::MarketplaceApi::archive, 987654);
        QCOMPARE(missing->error().kind, api::ApiError::Kind::NotFound);
    }

    void theCliArchivesUnarchivesAndFilters()
    {
        const qint64 id = serverIds(u"inbox"_s, m_sellerToken).first();
        CliRun run = cli({u"archive"_s, QString::number(id)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.lines.size(), 1);
        QCOMPARE(run.lines.first().value(u"conversation_id"_s).toInteger(), id);
        QCOMPARE(run.lines.first().value(u"archived"_s), QJsonValue(true));
        run = cli({u"conversations"_s, u"--filter"_s, u"archived"_s, u"--per-page"_s, u"100"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(idsOf(run.lines).contains(id));
        for (const QJsonObject &line : run.lines)
            QCOMPARE(line.value(u"archived"_s), QJsonValue(true));
        run = cli({u"conversations"_s, u"--per-page"_s, u"100"_s}); // inbox by default
        QVERIFY(!idsOf(run.lines).contains(id));

        run = cli({u"unarchive"_s, QString::number(id)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.lines.first().value(u"archived"_s), QJsonValue(false));
        run = cli({u"conversations"_s, u"--filter"_s, u"archived"_s, u"--per-page"_s, u"100"_s});
        QVERIFY(!idsOf(run.lines).contains(id));

        run = cli({u"unread"_s, QString::number(id)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.lines.first().value(u"marked_unread"_s), QJsonValue(true));
        run = cli({u"conversations"_s, u"--filter"_s, u"unread"_s, u"--per-page"_s, u"100"_s});
        QVERIFY(idsOf(run.lines).contains(id));
        readAll(id);

        run = cli({u"conversations"_s, u"--filter"_s, u"bogus"_s});
        QCOMPARE(run.exitCode, 2); // usage
        run = cli({u"archive"_s, u"987654"_s});
        QCOMPARE(run.exitCode, 4); // not found
        QVERIFY(run.err.contains("not-found"));
    }

    void theListKnowsArchivedConversationsAndCountsAsTheServer()
    {
        auto session = signedIn(u"seller@envisage.test"_s, u"demo-seller"_s);
        QVERIFY(session);
        ConversationListModel *list = session->conversations();
        QTRY_COMPARE_WITH_TIMEOUT(list->counts().archived, 1, 5000);
        QCOMPARE(list->counts().inbox, serverTotal(u"inbox"_s));
        QCOMPARE(list->counts().unread, serverTotal(u"unread"_s));
        QCOMPARE(list->counts().awaitingReply, serverTotal(u"awaiting_reply"_s));
        const qint64 archived = serverIds(u"archived"_s, m_sellerToken).first();
        QVERIFY(!hasRow(list, archived)); // Inbox leaves it out
        QSignalSpy finished(list, &ConversationListModel::searchFinished);
        list->setFilter(ConversationFilter::Archived);
        QTRY_VERIFY(!finished.isEmpty());
        QCOMPARE(list->rowCount(), 1);
        QVERIFY(hasRow(list, archived));
    }

    void archiveShowsAtOnceReachesTheServerAndComesBackWithTheBuyer()
    {
        auto session = signedIn(u"seller@envisage.test"_s, u"demo-seller"_s);
        QVERIFY(session);
        ConversationListModel *list = session->conversations();
        const qint64 id = serverIds(u"inbox"_s, m_buyerToken).first(); // buyer1's, with the seller
        QTRY_VERIFY(hasRow(list, id));
        QTRY_VERIFY(list->conversation(id).has_value() && list->counts().archived == 1);
        const int inbox = list->counts().inbox;

        QSignalSpy removed(list, &QAbstractItemModel::rowsRemoved);
        session->archive(id);
        list->flush();
        QCOMPARE(removed.size(), 1); // at once, before the server has answered
        QVERIFY(!hasRow(list, id));
        QTRY_COMPARE(list->counts().archived, 2);
        QCOMPARE(list->counts().inbox, inbox - 1);
        QTRY_VERIFY(serverConversation(id, m_sellerToken).value(u"archived"_s).toBool());

        // The buyer writes again: the server un-archives, conversation.updated brings it.
        QCOMPARE(m_http
                     .postJson(api(u"/api/conversations/%1/messages"_s.arg(id)),
                               {{u"body"_s, u"Are you still there?"_s}}, m_buyerToken)
                     .status,
                 201);
        QTRY_VERIFY_WITH_TIMEOUT(hasRow(list, id), 2000);
        QCOMPARE(list->rowOfConversation(id), 0);
        QTRY_COMPARE(list->counts().archived, 1);
        QVERIFY(list->conversation(id)->awaitingReplySince.isValid());
    }

    void anotherDeviceOfTheSellerArchivesWithinASecond()
    {
        auto session = signedIn(u"seller@envisage.test"_s, u"demo-seller"_s);
        QVERIFY(session);
        ConversationListModel *list = session->conversations();
        const qint64 id = serverIds(u"inbox"_s, m_buyerToken).first();
        QTRY_VERIFY(hasRow(list, id));
        // The same seller's other device: its own token, no socket id of ours.
        QCOMPARE(m_http.postJson(api(u"/api/conversations/%1/archive"_s.arg(id)), {}, m_sellerToken)
                     .status,
                 204);
        QTRY_VERIFY_WITH_TIMEOUT(!hasRow(list, id), 1000);
        QVERIFY(list->conversation(id)->archived);
        QCOMPARE(m_http
                     .send("DELETE", api(u"/api/conversations/%1/archive"_s.arg(id)), {},
                           "application/json", m_sellerToken)
                     .status,
                 204);
        QTRY_VERIFY_WITH_TIMEOUT(hasRow(list, id), 1000);

        // Marked unread there: in Unread here.
        QCOMPARE(m_http.postJson(api(u"/api/conversations/%1/unread"_s.arg(id)), {}, m_sellerToken)
                     .status,
                 204);
        QTRY_VERIFY_WITH_TIMEOUT(list->conversation(id)->markedUnread, 1000);
        readAll(id);
        QTRY_VERIFY_WITH_TIMEOUT(!list->conversation(id)->markedUnread, 1000);
    }

    void markUnreadShowsAtOnceAndReachesTheServer()
    {
        auto session = signedIn(u"seller@envisage.test"_s, u"demo-seller"_s);
        QVERIFY(session);
        ConversationListModel *list = session->conversations();
        const QList<qint64> read = serverIds(u"inbox"_s, m_sellerToken);
        const QList<qint64> unread = serverIds(u"unread"_s, m_sellerToken);
        qint64 id = 0;
        for (qint64 candidate : read) {
            if (!unread.contains(candidate))
                id = candidate;
        }
        QVERIFY(id != 0);
        QTRY_VERIFY(list->conversation(id).has_value());
        QTRY_COMPARE(list->counts().unread, int(unread.size()));
        session->markUnread(id);
        QVERIFY(list->conversation(id)->markedUnread);
        QTRY_COMPARE(list->counts().unread, int(unread.size()) + 1);
        QTRY_VERIFY(serverConversation(id, m_sellerToken).value(u"marked_unread"_s).toBool());
        readAll(id);
    }

    void aRefusedArchiveIsTakenBackWithAClearSentence()
    {
        // buyer1 with a conversation it is not part of in its list (as a conversation left
        // since the list was cached): the server answers 403.
        auto session = signedIn(u"buyer1@envisage.test"_s, u"demo-buyer"_s);
        QVERIFY(session);
        ConversationListModel *list = session->conversations();
        const QList<qint64> mine = serverIds(u"all"_s, m_buyerToken);
        qint64 foreignId = 0;
        for (qint64 id : serverIds(u"all"_s, m_sellerToken)) {
            if (!mine.contains(id))
                foreignId = id;
        }
        QVERIFY(foreignId != 0);
        QTRY_VERIFY(list->rowCount() > 0);
        api::Conversation foreign = *list->conversation(mine.first());
        foreign.id = foreignId;
        foreign.archived = false;
        list->upsert(foreign);
        list->flush();
        QVERIFY(hasRow(list, foreignId));
        const QList<qint64> before = [list] {
            QList<qint64> ids;
            for (int row = 0; row < list->rowCount(); ++row)
                ids.append(list->index(row).data(ConversationListModel::IdRole).toLongLong());
            return ids;
        }();

        QSignalSpy problems(session.get(), &InboxSession::problem);
        session->archive(foreignId);
        list->flush();
        QVERIFY(!hasRow(list, foreignId)); // shown at once
        QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 1, 5000);
        QVERIFY2(problems.first().first().toString().contains(u"no longer part of it"_s),
                 qPrintable(problems.first().first().toString()));
        QTRY_VERIFY(hasRow(list, foreignId)); // taken back: the list as it was
        QList<qint64> after;
        for (int row = 0; row < list->rowCount(); ++row)
            after.append(list->index(row).data(ConversationListModel::IdRole).toLongLong());
        QCOMPARE(after, before);
        QVERIFY(!list->conversation(foreignId)->archived);
    }
};

QTEST_GUILESS_MAIN(TriageSessionTest)
#include "tst_triage_session.moc"
