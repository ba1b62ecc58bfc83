// What happens to the session's requests when the seller moves on, and whose they are:
// signing out (or closing the window) with a send, a history page and a catch-up in
// flight; a token check answering after sign-out; another account's queued messages
// never sent with this token; a sign-out the server did not hear, said and retried; an
// outbox write the disk refuses, shown and retried. Each pinned a defect of the session.
// Under the asan-ubsan preset the first also proves no freed object is touched.
#include "FutureResult.h"
#include "HoldingHttpServer.h"
#include "RestartableSandbox.h"
#include "SandboxSession.h"
#include "TestHttp.h"
#include "api/MarketplaceJson.h"
#include "inbox/InboxSession.h"
#include "inbox/Outbox.h"
#include "secrets/SecretStore.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace envisage;
using inbox::InboxSession;
using testing::futureResult;
using testing::HoldingHttpServer;
using testing::TestHttp;
namespace Json = api::MarketplaceJson;

namespace {

constexpr qint64 SellerId = 2;

api::User seller()
{
    return {SellerId, u"Sam Seller"_s, u"seller@x.test"_s, u"seller"_s, {}, {}};
}

api::Conversation conversation(qint64 id)
{
    api::Conversation c;
    c.id = id;
    c.listing = {10, u"Desk"_s, {}, u"249.00"_s, u"EUR"_s};
    c.buyer = {1, u"Ada"_s, u"a@x.test"_s, u"buyer"_s, {}, {}};
    c.seller = seller();
    c.updatedAt = QDateTime::currentDateTimeUtc();
    return c;
}

api::Message message(qint64 id, qint64 conversationId)
{
    api::Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.senderId = 1;
    m.sender = {1, u"Ada"_s, {}};
    m.body = u"message %1"_s.arg(id);
    m.createdAt = QDateTime::currentDateTimeUtc().addSecs(id - 1000);
    return m;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class SessionLifetimesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    testing::RestartableSandbox m_sandbox;
    TestHttp m_http;

    inbox::ServerProfile profileFor(const QUrl &api, quint16 wsPort) const
    {
        inbox::ServerProfile profile = inbox::ServerProfile::localSandbox();
        profile.apiUrl = api;
        profile.wsHost = u"127.0.0.1"_s;
        profile.wsPort = wsPort;
        profile.wsTls = false;
        return profile;
    }

    inbox::ServerProfile sandboxProfile() const { return testing::profileOf(*m_sandbox); }

    // A scripted API that knows the seller and an empty inbox, and holds everything else.
    static void answerSignInHoldTheRest(HoldingHttpServer &server)
    {
        server.answer = [](const HoldingHttpServer::Request &request)
            -> std::optional<HoldingHttpServer::Answer> {
            if (request.path == u"/api/user"_s)
                return HoldingHttpServer::Answer{200, compact(Json::writeUser(seller()))};
            if (request.path == u"/api/logout"_s)
                return HoldingHttpServer::Answer{204, {}};
            if (request.path == u"/api/conversations"_s)
                return HoldingHttpServer::Answer{
                    200, R"({"data":[],"current_page":1,"last_page":1,"per_page":50,"total":0})"};
            if (request.path == u"/api/saved-replies"_s)
                return HoldingHttpServer::Answer{200, R"({"data":[]})"};
            return std::nullopt;
        };
    }

    // A cache that shows conversation 1 with three messages, older history at the server.
    void prepareCache(const QString &path)
    {
        store::Store cache(path);
        QVERIFY(futureResult(cache.open()).ok);
        cache.setMeta(u"user"_s, QString::fromUtf8(compact(Json::writeUser(seller()))));
        cache.saveConversations({conversation(1)});
        cache.saveMessages({message(101, 1), message(102, 1), message(103, 1)});
        cache.saveHistoryState(1, {u"older-cursor"_s, false});
        QCOMPARE(futureResult(cache.messagesBefore(1, 0, 10)).size(), 3);
    }

    // Signed in from a cache, conversation 1 open: a catch-up, an older page and a send
    // are all waiting at the server.
    std::unique_ptr<InboxSession> sessionWithThreeRequestsInFlight(HoldingHttpServer &server,
                                                                   const QString &cacheName)
    {
        if (!server.listen())
            return nullptr;
        answerSignInHoldTheRest(server);
        const QString cachePath = m_folder.filePath(cacheName);
        prepareCache(cachePath);
        InboxSession::Options options;
        options.cachePath = cachePath;
        auto session =
            std::make_unique<InboxSession>(profileFor(server.url(), 1), nullptr, options);
        session->signInWithToken(u"token-1"_s);
        if (!QTest::qWaitFor(
                [&] {
                    return session->state() == InboxSession::State::Ready && session->outbox() &&
                           session->outbox()->isLoaded();
                },
                5000))
            return nullptr;
        session->openConversation(1);
        if (!QTest::qWaitFor([&] { return server.waiting() >= 1; },
                             5000)) // the catch-up (after_id)
            return nullptr;
        session->messages()->fetchMore({}); // scrolled to the top: the older page
        session->sendMessage(u"Yes, still available"_s);
        if (!QTest::qWaitFor([&] { return server.waiting() >= 3; }, 5000))
            return nullptr;
        return session;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"envisage-lifetime-tests"_s);
        QSettings().clear();
        QVERIFY(m_sandbox.start(m_folder.filePath(u"sandbox.sqlite"_s)));
    }

    void cleanupTestCase()
    {
        if (m_sandbox)
            m_sandbox->stop();
    }

    void signingOutCancelsWhatIsInFlight()
    {
        HoldingHttpServer server;
        std::unique_ptr<InboxSession> session =
            sessionWithThreeRequestsInFlight(server, u"inflight.sqlite"_s);
        QVERIFY(session);
        const QStringList held = [&] {
            QStringList paths;
            for (const HoldingHttpServer::Request &request : server.held())
                paths.append(QString::fromLatin1(request.method) + u' ' + request.path + u'?' +
                             request.query);
            return paths;
        }();
        QVERIFY2(held.filter(u"after_id"_s).size() == 1 && held.filter(u"cursor"_s).size() == 1 &&
                     held.filter(u"POST"_s).size() == 1,
                 qPrintable(held.join(u", "_s)));

        session->signOut();
        // Nobody is left to take the answers: the requests are given up, not left open.
        QTRY_COMPARE_WITH_TIMEOUT(server.waiting(), 0, 3000);
        server.releaseAll({401, R"({"message":"Unauthenticated."})"});
        QTest::qWait(200);
        QCOMPARE(session->state(), InboxSession::State::SignedOut);
        QVERIFY(session->messages()->rowCount() <= 1);
    }

    void closingTheWindowCancelsWhatIsInFlight()
    {
        HoldingHttpServer server;
        std::unique_ptr<InboxSession> session =
            sessionWithThreeRequestsInFlight(server, u"inflight-destroyed.sqlite"_s);
        QVERIFY(session);
        session.reset();
        QTRY_COMPARE_WITH_TIMEOUT(server.waiting(), 0, 3000);
        server.releaseAll({200, R"({"data":[]})"});
        QTest::qWait(200); // an answer reaching a freed object is what ASan would report
    }

    void aTokenCheckAnsweringAfterSignOutDoesNotSignBackIn()
    {
        HoldingHttpServer server;
        QVERIFY(server.listen());
        server.answer = [](const HoldingHttpServer::Request &) {
            return std::optional<HoldingHttpServer::Answer>();
        };
        InboxSession::Options options;
        options.cachePath = m_folder.filePath(u"check.sqlite"_s);
        InboxSession session(profileFor(server.url(), 1), nullptr, options);
        QSignalSpy signedIn(&session, &InboxSession::signedIn);
        session.signInWithToken(u"token-2"_s);
        QTRY_VERIFY_WITH_TIMEOUT(server.waiting() >= 1, 5000); // GET /api/user on its way
        session.signOut();
        server.releaseAll({200, compact(Json::writeUser(seller()))});
        QTest::qWait(300);
        QCOMPARE(session.state(), InboxSession::State::SignedOut);
        QCOMPARE(signedIn.size(), 0);
    }

    // The last user's cache opens before the server has said whose the token is; its
    // queued messages must not go out with another account's token meanwhile.
    void queuedMessagesOfOneAccountNeverGoWithAnotherToken()
    {
        const QString buyerToken =
            m_http.login(m_sandbox->apiUrl(), u"buyer1@envisage.test"_s, u"demo-buyer"_s);
        const QJsonObject first =
            m_http.get(m_sandbox->apiUrl(u"/api/conversations"_s), buyerToken).firstItem();
        const qint64 conversationId = first.value(u"id"_s).toInteger();
        const QJsonObject sellerJson = first.value(u"seller"_s).toObject();
        const qint64 sellerId = sellerJson.value(u"id"_s).toInteger();
        QVERIFY(conversationId > 0 && sellerId > 0);

        // The seller's cache, as a crash left it: one message still queued.
        const inbox::ServerProfile profile = sandboxProfile();
        const QString sellerCache = store::Store::pathForAccount(profile.accountKey(), sellerId);
        // ~/.qttest outlives the run: start from no cache, as on a fresh computer.
        QDir(QFileInfo(sellerCache).absolutePath()).removeRecursively();
        {
            store::Store cache(sellerCache);
            QVERIFY(futureResult(cache.open()).ok);
            api::User sellerUser;
            sellerUser.id = sellerId;
            sellerUser.name = sellerJson.value(u"name"_s).toString();
            sellerUser.email = u"seller@envisage.test"_s;
            sellerUser.role = u"seller"_s;
            cache.setMeta(u"user"_s, QString::fromUtf8(compact(Json::writeUser(sellerUser))));
            store::OutboxEntry entry;
            entry.clientId = u"seller-queued-1"_s;
            entry.conversationId = conversationId;
            entry.body = u"The seller's queued words"_s;
            entry.createdAt = QDateTime::currentDateTimeUtc();
            QVERIFY(futureResult(cache.addToOutbox(entry)));
        }
        QSettings().setValue(u"accounts/%1/lastUserId"_s.arg(profile.accountKey()), sellerId);

        // The buyer's token on this computer (another person signs in here).
        InboxSession session(profile, nullptr, {});
        QSignalSpy signedIn(&session, &InboxSession::signedIn);
        session.signInWithToken(buyerToken);
        QTRY_VERIFY_WITH_TIMEOUT(session.state() == InboxSession::State::Ready &&
                                     session.currentUser().id != sellerId &&
                                     session.currentUser().id != 0,
                                 10000);
        QTest::qWait(1500); // time enough for an outbox to send
        const QJsonArray messages =
            m_http
                .get(m_sandbox->apiUrl(
                         u"/api/conversations/%1/messages?per_page=20"_s.arg(conversationId)),
                     buyerToken)
                .json()
                .value(u"data"_s)
                .toArray();
        for (const QJsonValue &sent : messages)
            QVERIFY2(sent.toObject().value(u"body"_s).toString() != u"The seller's queued words"_s,
                     "sent with the buyer's token");

        session.signOut();
        store::Store cache(sellerCache);
        QVERIFY(futureResult(cache.open()).ok);
        QCOMPARE(futureResult(cache.outbox()).size(),
                 1); // still the seller's, for the seller's next sign-in
    }

    // A sign-out the server did not hear leaves the token valid there: say so, and end it
    // at the next sign-in.
    void anOfflineSignOutIsSaidAndFinishedLater()
    {
        secrets::MemorySecretStore secrets;
        const inbox::ServerProfile profile = sandboxProfile();
        QString oldToken;
        {
            InboxSession session(profile, &secrets, {});
            api::RetryPolicy fast;
            fast.baseDelay = std::chrono::milliseconds(20);
            fast.maxDelay = std::chrono::milliseconds(40);
            session.api()->setRetryPolicy(fast);
            session.signIn(u"buyer2@envisage.test"_s, u"demo-buyer"_s);
            QTRY_COMPARE_WITH_TIMEOUT(session.state(), InboxSession::State::Ready, 10000);
            bool read = false;
            secrets.read(u"token/"_s + profile.accountKey(),
                         [&](const secrets::SecretReadResult &stored) {
                             oldToken = stored.secret.value_or(QString());
                             read = true;
                         });
            QTRY_VERIFY(read);
            QVERIFY(!oldToken.isEmpty());
            QCOMPARE(m_http.get(m_sandbox->apiUrl(u"/api/user"_s), oldToken).status, 200);

            m_sandbox->stop();
            QSignalSpy problems(&session, &InboxSession::problem);
            session.signOut();
            QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), 10000);
            QVERIFY2(problems.last().first().toString().contains(u"could not be reached"_s),
                     qPrintable(problems.last().first().toString()));
        }
        QVERIFY(m_sandbox.startAgain());
        QCOMPARE(m_http.get(m_sandbox->apiUrl(u"/api/user"_s), oldToken).status,
                 200); // still valid there

        InboxSession next(profile, &secrets, {});
        next.signIn(u"buyer2@envisage.test"_s, u"demo-buyer"_s);
        QTRY_COMPARE_WITH_TIMEOUT(next.state(), InboxSession::State::Ready, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_http.get(m_sandbox->apiUrl(u"/api/user"_s), oldToken).status,
                                  401, 10000);
        next.signOut();
    }

    // A full disk: the message is not taken for saved (nor sent unsaved); the seller is
    // told, and Retry saves and sends it once.
    void aRefusedOutboxWriteIsShownAndRetried()
    {
        const QString buyerToken =
            m_http.login(m_sandbox->apiUrl(), u"buyer3@envisage.test"_s, u"demo-buyer"_s);
        const qint64 conversationId =
            m_http.get(m_sandbox->apiUrl(u"/api/conversations"_s), buyerToken).firstId();
        api::MarketplaceApi api(m_sandbox->apiUrl());
        api.setTokenProvider([buyerToken] { return buyerToken; });
        store::Store cache(m_folder.filePath(u"full-disk.sqlite"_s));
        QVERIFY(futureResult(cache.open()).ok);
        inbox::Outbox outbox(api, cache);
        outbox.load();
        QTRY_VERIFY(outbox.isLoaded());
        QVERIFY(futureResult(
            cache.run<bool>([](store::StoreDatabase &db) { return db.setQueryOnly(true); })));

        QSignalSpy stored(&outbox, &inbox::Outbox::entryStored);
        QSignalSpy failed(&outbox, &inbox::Outbox::storeFailed);
        QSignalSpy delivered(&outbox, &inbox::Outbox::delivered);
        const QString clientId = outbox.enqueue(conversationId, u"Written on a full disk"_s);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(stored.size(), 0);
        QCOMPARE(outbox.entries().size(), 1); // still on screen
        QCOMPARE(outbox.entries().first().state, store::OutboxEntry::State::Failed);
        QTest::qWait(300);
        QCOMPARE(delivered.size(), 0); // not sent while no copy survives a crash

        QVERIFY(futureResult(
            cache.run<bool>([](store::StoreDatabase &db) { return db.setQueryOnly(false); })));
        outbox.retry(clientId);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(futureResult(cache.outbox()).size(), 0);
    }
};

QTEST_GUILESS_MAIN(SessionLifetimesTest)
#include "tst_session_lifetimes.moc"
