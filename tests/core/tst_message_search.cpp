// MessageSearch (issue 12): against the real sandbox, the cache's matches come first and
// the server's are merged in, one row per message, newest first, with the conversation of
// each (from the cache, or asked of the server); with the server out of reach only the
// cache answers. Against a server that holds requests: an older query's answer — from the
// cache or the server — never reaches the results of a newer one, and its request is
// aborted; keystrokes are debounced; a failing server leaves the cache's matches.
#include "CannedRecords.h"
#include "FutureResult.h"
#include "HoldingHttpServer.h"
#include "SandboxProcess.h"
#include "SandboxSession.h"
#include "TestHttp.h"
#include "api/MarketplaceApi.h"
#include "api/MarketplaceJson.h"
#include "inbox/InboxSession.h"
#include "inbox/MessageSearch.h"
#include "secrets/SecretStore.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace envisage;
using inbox::InboxSession;
using inbox::MessageSearch;
using inbox::MessageSearchModel;
using testing::cannedMessage;
using testing::HoldingHttpServer;
using testing::SandboxProcess;
using testing::TestHttp;

namespace {

QList<qint64> rowIds(const MessageSearchModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row).data(MessageSearchModel::MessageIdRole).toLongLong());
    return ids;
}

QByteArray searchPage(const QList<api::Message> &messages)
{
    QJsonArray data;
    for (const api::Message &m : messages)
        data.append(QJsonObject{{u"message"_s, api::MarketplaceJson::writeMessage(m)},
                                {u"conversation_id"_s, m.conversationId}});
    return QJsonDocument(QJsonObject{{u"data"_s, data},
                                     {u"current_page"_s, 1},
                                     {u"last_page"_s, 1},
                                     {u"per_page"_s, 20},
                                     {u"total"_s, data.size()}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class MessageSearchTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    SandboxProcess m_sandbox;
    TestHttp m_http;
    QString m_buyer1;
    QString m_buyer2;
    qint64 m_conversation1 = 0; // buyer1's (the demo's long one)
    qint64 m_conversation2 = 0; // buyer2's
    QList<qint64> m_zephyrInOne;
    qint64 m_zephyrInTwo = 0;
    std::unique_ptr<InboxSession> m_session;

    qint64 firstConversationOf(const QString &token)
    {
        return m_http.get(m_sandbox.apiUrl(u"/api/conversations"_s), token).firstId();
    }

    qint64 post(const QString &token, qint64 conversationId, const QString &body)
    {
        return m_http.postMessage(m_sandbox.apiUrl(), conversationId, body, token).createdId();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_sandbox.start({u"--database"_s, u":memory:"_s, u"--seed"_s, u"demo"_s}));
        m_buyer1 = m_http.login(m_sandbox.apiUrl(), u"buyer1@envisage.test"_s, u"demo-buyer"_s);
        m_buyer2 = m_http.login(m_sandbox.apiUrl(), u"buyer2@envisage.test"_s, u"demo-buyer"_s);
        m_conversation1 = firstConversationOf(m_buyer1);
        m_conversation2 = firstConversationOf(m_buyer2);
        QVERIFY(m_conversation1 > 0 && m_conversation2 > 0);
        m_zephyrInOne = {post(m_buyer1, m_conversation1, u"Zephyr café at noon?"_s),
                         post(m_buyer1, m_conversation1, u"zephyr again, and a quokka"_s)};
        m_zephyrInTwo = post(m_buyer2, m_conversation2, u"The ZEPHYR lamp is cerulean"_s);
        QVERIFY(m_zephyrInOne.at(0) > 0 && m_zephyrInOne.at(1) > 0 && m_zephyrInTwo > 0);

        // The seller, with conversation 1's newest page in the cache (opening it saves it).
        m_session = testing::signedInSession(testing::profileOf(m_sandbox),
                                             m_folder.filePath(u"seller.sqlite"_s),
                                             u"seller@envisage.test"_s, u"demo-seller"_s, 5000);
        QVERIFY(m_session);
        QTRY_VERIFY(m_session->conversations()->rowCount() >= 20);
        m_session->openConversation(m_conversation1);
        QTRY_VERIFY(m_session->messages()->rowOfMessage(m_zephyrInOne.at(1)) > 0);
        m_session->messageSearch()->setDebounce(std::chrono::milliseconds(0));
    }

    void cleanupTestCase() { m_session.reset(); }

    void mergesTheCacheAndTheServer()
    {
        MessageSearch *search = m_session->messageSearch();
        MessageSearchModel *results = search->results();
        QAbstractItemModelTester tester(results,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy cache(search, &MessageSearch::cacheAnswered);
        QSignalSpy server(search, &MessageSearch::serverAnswered);
        search->setQuery(u"zeph"_s);
        QCOMPARE(search->serverState(), MessageSearch::ServerState::Searching);
        QTRY_COMPARE(server.size(), 1);
        QCOMPARE(cache.size(), 1); // the cache answered first: it was asked first
        // One row per message, newest first: the server's hit in conversation 2 above the
        // two conversation 1 has in the cache and on the server.
        QCOMPARE(rowIds(*results),
                 (QList<qint64>{m_zephyrInTwo, m_zephyrInOne.at(1), m_zephyrInOne.at(0)}));
        const QModelIndex both = results->index(1);
        QVERIFY(both.data(MessageSearchModel::FromCacheRole).toBool());
        QVERIFY(both.data(MessageSearchModel::FromServerRole).toBool());
        QVERIFY(!results->index(0).data(MessageSearchModel::FromCacheRole).toBool());
        QCOMPARE(both.data(MessageSearchModel::ConversationIdRole).toLongLong(), m_conversation1);
        QCOMPARE(both.data(MessageSearchModel::CounterpartNameRole).toString(), u"Ada Novak"_s);
        // Conversation 2's buyer and listing come from the cached conversation list.
        QTRY_VERIFY(
            !results->index(0).data(MessageSearchModel::CounterpartNameRole).toString().isEmpty());
        QVERIFY(!results->index(0).data(MessageSearchModel::ListingTitleRole).toString().isEmpty());
        // The snippet is the plain body with the matched word marked.
        const QModelIndex top = results->index(0);
        QCOMPARE(top.data(MessageSearchModel::SnippetRole).toString(),
                 u"The ZEPHYR lamp is cerulean"_s);
        QCOMPARE(top.data(MessageSearchModel::MatchRangesRole).value<QList<store::TextRange>>(),
                 (QList<store::TextRange>{{4, 6}}));
        QCOMPARE(search->serverState(), MessageSearch::ServerState::Answered);
    }

    void accentsAndWordsOnTheServerToo()
    {
        MessageSearch *search = m_session->messageSearch();
        QSignalSpy server(search, &MessageSearch::serverAnswered);
        search->setQuery(u"CAFE zeph"_s);
        QTRY_COMPARE(server.size(), 1);
        QCOMPARE(rowIds(*search->results()), QList<qint64>{m_zephyrInOne.at(0)});
        // Text that is FTS5 syntax elsewhere is only text, here and on the server.
        search->setQuery(u"zephyr OR \"NEAR(quokka\" *)"_s);
        QTRY_COMPARE(server.size(), 2);
        QCOMPARE(rowIds(*search->results()), QList<qint64>{});
        search->setQuery(u"\"zephyr\" quokka"_s);
        QTRY_COMPARE(server.size(), 3);
        QCOMPARE(rowIds(*search->results()), QList<qint64>{m_zephyrInOne.at(1)});
    }

    void morePagesFromTheServerAsTheListScrolls()
    {
        MessageSearch *search = m_session->messageSearch();
        MessageSearchModel *results = search->results();
        QSignalSpy server(search, &MessageSearch::serverAnswered);
        search->setQuery(u"house clearance"_s); // the long chat's new finds: 90-odd hits
        QTRY_COMPARE(server.size(), 1);
        const int first = results->rowCount();
        QVERIFY(results->canFetchMore({}));
        results->fetchMore({});
        QVERIFY(!results->canFetchMore({})); // one page at a time
        QTRY_COMPARE(server.size(), 2);
        QVERIFY(results->rowCount() > first);
        const QList<qint64> ids = rowIds(*results);
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size());
        for (int row = 1; row < results->rowCount(); ++row) // newest first
            QVERIFY(results->index(row - 1).data(MessageSearchModel::TimeRole).toDateTime() >=
                    results->index(row).data(MessageSearchModel::TimeRole).toDateTime());
    }

    void withoutTheServerTheCacheAnswers()
    {
        MessageSearch *search = m_session->messageSearch();
        search->setServerReachable(false);
        QSignalSpy cache(search, &MessageSearch::cacheAnswered);
        search->setQuery(u"zephy"_s);
        QTRY_COMPARE(cache.size(), 1);
        QCOMPARE(search->serverState(), MessageSearch::ServerState::NotAsked);
        QCOMPARE(rowIds(*search->results()),
                 (QList<qint64>{m_zephyrInOne.at(1), m_zephyrInOne.at(0)}));
        search->setServerReachable(true);
        // One character is no search.
        search->setQuery(u"z"_s);
        QCOMPARE(search->results()->rowCount(), 0);
        QCOMPARE(search->serverState(), MessageSearch::ServerState::NotAsked);
    }

    void typingFastShowsOnlyTheLastQuery()
    {
        MessageSearch *search = m_session->messageSearch();
        MessageSearchModel *results = search->results();
        QSignalSpy server(search, &MessageSearch::serverAnswered);
        QList<qint64> seen;
        const auto record = [&] { seen += rowIds(*results); };
        connect(results, &QAbstractItemModel::rowsInserted, this, record);
        connect(results, &QAbstractItemModel::modelReset, this, record);
        connect(results, &QAbstractItemModel::dataChanged, this, record);
        for (const QString &typed : {u"qu"_s, u"quo"_s, u"quok"_s, u"quokk"_s}) // each searches
            search->setQuery(typed);
        seen.clear();
        search->setQuery(u"cerulean lamp"_s);
        QTRY_COMPARE(search->serverState(), MessageSearch::ServerState::Answered);
        QTRY_VERIFY(server.size() >= 1);
        QTest::qWait(300); // time for any answer to the quokka queries to (not) land
        QCOMPARE(rowIds(*results), QList<qint64>{m_zephyrInTwo});
        for (qint64 id : seen)
            QCOMPARE(id, m_zephyrInTwo);
        disconnect(results, nullptr, this, nullptr);
    }

    // A server that answers the newer query first and the older one later.
    void anOlderAnswerNeverOverwritesANewerOne()
    {
        HoldingHttpServer server;
        QVERIFY(server.listen() > 0);
        const api::Message alpha = cannedMessage(11, 1, u"alpha one"_s);
        const api::Message beta = cannedMessage(12, 1, u"beta two"_s);
        const api::Message betaOnServer = cannedMessage(13, 1, u"beta three"_s);
        server.answer = [&](const HoldingHttpServer::Request &request)
            -> std::optional<HoldingHttpServer::Answer> {
            const QString q = QUrlQuery(request.query).queryItemValue(u"q"_s, QUrl::FullyDecoded);
            if (q == u"alpha"_s)
                return std::nullopt; // held
            if (q == u"gamma"_s)
                return HoldingHttpServer::Answer{500, "{\"message\":\"Server Error\"}"};
            return HoldingHttpServer::Answer{200, searchPage({betaOnServer})};
        };
        store::Store store(m_folder.filePath(u"holding.sqlite"_s));
        QVERIFY(testing::futureResult(store.open()).ok);
        api::Conversation conversation;
        conversation.id = 1;
        conversation.buyer = {7, u"Ada Novak"_s, {}, u"buyer"_s, {}, {}};
        conversation.seller = {2, u"Sam"_s, {}, u"seller"_s, {}, {}};
        conversation.listing.title = u"Lamp"_s;
        conversation.updatedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(testing::futureResult(store.saveConversations({conversation})));
        store.saveMessages({alpha, beta, cannedMessage(14, 1, u"gamma four"_s)}).waitForFinished();

        api::MarketplaceApi marketplace(server.url());
        MessageSearch search(marketplace);
        search.attach(&store, 2);
        search.setServerReachable(true);
        search.setDebounce(std::chrono::milliseconds(0));
        QList<qint64> seen;
        connect(search.results(), &QAbstractItemModel::rowsInserted, this,
                [&] { seen += rowIds(*search.results()); });
        connect(search.results(), &QAbstractItemModel::modelReset, this,
                [&] { seen += rowIds(*search.results()); });

        // The server holds its answer to "alpha" until "beta" has been answered.
        QSignalSpy serverAnswered(&search, &MessageSearch::serverAnswered);
        search.setQuery(u"alpha"_s);
        QTRY_COMPARE(server.held().size(), 1);
        QCOMPARE(rowIds(*search.results()), QList<qint64>{11}); // the cache's, meanwhile
        seen.clear();
        search.setQuery(u"beta"_s);
        QTRY_COMPARE(serverAnswered.size(), 1);
        QCOMPARE(rowIds(*search.results()), (QList<qint64>{13, 12}));
        // The alpha request was abandoned, and an answer now would reach nobody.
        QTRY_COMPARE(server.waiting(), 0);
        server.releaseAll({200, searchPage({alpha})});
        QTest::qWait(100);
        QCOMPARE(rowIds(*search.results()), (QList<qint64>{13, 12}));
        QVERIFY(!seen.contains(11));

        // The cache's answer to "alpha" is on its way when "beta" is asked again: dropped.
        seen.clear();
        search.setQuery(u"alpha"_s);
        search.setQuery(u"beta two"_s);
        QTRY_COMPARE(serverAnswered.size(), 2);
        QTest::qWait(100);
        QCOMPARE(rowIds(*search.results()), (QList<qint64>{13, 12}));
        QVERIFY(!seen.contains(11));

        // A server error: the cache's matches stay, and say so.
        QSignalSpy cacheAnswered(&search, &MessageSearch::cacheAnswered);
        search.setQuery(u"gamma"_s);
        QTRY_COMPARE(search.serverState(), MessageSearch::ServerState::Unreachable);
        QTRY_VERIFY(cacheAnswered.size() >= 1);
        QCOMPARE(rowIds(*search.results()), QList<qint64>{14});
        search.attach(nullptr, 0);
    }

    void cliPrintsMatches()
    {
        const QString token =
            m_http.login(m_sandbox.apiUrl(), u"seller@envisage.test"_s, u"demo-seller"_s);
        const auto cli = [](const QStringList &arguments, QList<QJsonObject> *lines) {
            QProcess process;
            process.start(QStringLiteral(ENVISAGE_CLI_BIN), arguments);
            if (!process.waitForFinished(30000)) {
                process.kill();
                process.waitForFinished(2000);
                return -1;
            }
            for (const QByteArray &line : process.readAllStandardOutput().split('\n')) {
                if (!line.trimmed().isEmpty())
                    lines->append(QJsonDocument::fromJson(line).object());
            }
            return process.exitCode();
        };
        QList<QJsonObject> lines;
        QCOMPARE(cli({u"--server"_s, m_sandbox.apiUrl().toString(), u"--token"_s, token,
                      u"search"_s, u"zeph"_s},
                     &lines),
                 0);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.first().value(u"message_id"_s).toInteger(), m_zephyrInTwo);
        QCOMPARE(lines.first().value(u"conversation_id"_s).toInteger(), m_conversation2);
        QCOMPARE(lines.first().value(u"snippet"_s).toString(), u"The ZEPHYR lamp is cerulean"_s);
        QVERIFY(lines.first().value(u"created_at"_s).toString().endsWith(u'Z'));
        QCOMPARE(lines.first().value(u"source"_s).toString(), u"server"_s);
        // Too short: a usage error before anything is asked.
        lines.clear();
        QCOMPARE(cli({u"--token"_s, token, u"search"_s, u"z"_s}, &lines), 2);
        // The marketplace out of reach: the cache answers.
        lines.clear();
        QCOMPARE(cli({u"--server"_s, u"http://127.0.0.1:9"_s, u"--token"_s, token, u"--cache"_s,
                      m_folder.filePath(u"seller.sqlite"_s), u"search"_s, u"zeph"_s},
                     &lines),
                 0);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first().value(u"message_id"_s).toInteger(), m_zephyrInOne.at(1));
        QCOMPARE(lines.first().value(u"source"_s).toString(), u"cache"_s);
    }

    void keystrokesAreDebounced()
    {
        HoldingHttpServer server;
        QVERIFY(server.listen() > 0);
        server.answer =
            [](const HoldingHttpServer::Request &) -> std::optional<HoldingHttpServer::Answer> {
            return HoldingHttpServer::Answer{200, searchPage({})};
        };
        api::MarketplaceApi marketplace(server.url());
        MessageSearch search(marketplace);
        search.attach(nullptr, 2);
        search.setServerReachable(true);
        QSignalSpy cache(&search, &MessageSearch::cacheAnswered);
        for (const QString &typed : {u"d"_s, u"de"_s, u"des"_s, u"desk"_s}) {
            search.setQuery(typed);
            QTest::qWait(30);
        }
        QTRY_COMPARE(cache.size(), 1);
        QTRY_COMPARE(server.received().size(), 1);
        QCOMPARE(QUrlQuery(server.received().first().query).queryItemValue(u"q"_s), u"desk"_s);
        // Words the server would take as separators stay text: encoded, not a second field.
        search.setQuery(u"c++ & a=b 100%"_s);
        QTRY_COMPARE(server.received().size(), 2);
        QCOMPARE(
            QUrlQuery(server.received().last().query).queryItemValue(u"q"_s, QUrl::FullyDecoded),
            u"c++ a=b 100%"_s); // "&" has no letter: not a word
    }
};

QTEST_GUILESS_MAIN(MessageSearchTest)
#include "tst_message_search.moc"
