// MarketplaceApi against scripted answers (an in-process HTTP server that says exactly
// what the test wants) and against the real sandbox: every error kind, malformed and
// incomplete JSON, retries with backoff, Retry-After, tokens and X-Socket-ID per request.
#include "HttpService.h"
#include "SandboxProcess.h"
#include "TestHttp.h"
#include "api/MarketplaceApi.h"

#include <QBuffer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace envisage::api;
using envisage::sandbox::HttpReply;
using envisage::sandbox::HttpService;
using envisage::testing::SandboxProcess;
using Kind = ApiError::Kind;

namespace {

// Waits for an ApiCallback's answer; a missing answer is a timeout error the test sees.
template <typename T>
std::optional<ApiResult<T>> await(std::function<void(ApiCallback<T>)> call, int timeoutMs = 10000)
{
    std::optional<ApiResult<T>> answer;
    call([&answer](const ApiResult<T> &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, timeoutMs)) {
        ApiError error;
        error.kind = ApiError::Kind::Timeout;
        error.detail = u"the test got no answer"_s;
        answer = ApiResult<T>(error);
    }
    return answer;
}

QJsonObject user(qint64 id)
{
    return {{u"id"_s, id},
            {u"name"_s, u"Ada"_s},
            {u"email"_s, u"a@x.test"_s},
            {u"role"_s, u"buyer"_s},
            {u"avatar_url"_s, QJsonValue::Null},
            {u"last_seen_at"_s, QJsonValue::Null}};
}

QJsonObject message(qint64 id)
{
    return {{u"id"_s, id},
            {u"conversation_id"_s, 1},
            {u"sender_id"_s, 7},
            {u"sender"_s,
             QJsonObject{{u"id"_s, 7}, {u"name"_s, u"Ada"_s}, {u"avatar_url"_s, QJsonValue::Null}}},
            {u"body"_s, u"hi"_s},
            {u"client_id"_s, QJsonValue::Null},
            {u"created_at"_s, u"2026-11-26T10:44:05.123Z"_s},
            {u"read_at"_s, QJsonValue::Null}};
}

} // namespace

class ApiTest : public QObject
{
    Q_OBJECT

    HttpService m_server;
    quint16 m_port = 0;
    std::function<HttpReply(const QHttpServerRequest &)> m_next; // what the server answers
    QList<QList<QPair<QByteArray, QByteArray>>> m_seenHeaders;
    int m_requests = 0;

    static QByteArray header(const QList<QPair<QByteArray, QByteArray>> &headers,
                             const QByteArray &name)
    {
        for (const auto &[key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }

    std::unique_ptr<MarketplaceApi> api()
    {
        auto api = std::make_unique<MarketplaceApi>(QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)));
        RetryPolicy fast;
        fast.baseDelay = std::chrono::milliseconds(20);
        fast.maxDelay = std::chrono::milliseconds(80);
        fast.requestTimeout = std::chrono::milliseconds(1500);
        api->setRetryPolicy(fast);
        return api;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.notFound = [this](const QHttpServerRequest &request) {
            ++m_requests;
            m_seenHeaders.append(request.headers());
            return m_next(request);
        };
        m_port = m_server.listenWithLowDelay(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
    }

    void init()
    {
        m_requests = 0;
        m_seenHeaders.clear();
    }

    void statusesMapToKinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("temporary");
        QTest::addColumn<int>("attempts");
        QTest::newRow("401") << 401 << int(Kind::Unauthenticated) << false << 1;
        QTest::newRow("403") << 403 << int(Kind::Forbidden) << false << 1;
        QTest::newRow("404") << 404 << int(Kind::NotFound) << false << 1;
        QTest::newRow("408") << 408 << int(Kind::Timeout) << true << 4;
        QTest::newRow("418") << 418 << int(Kind::Client) << false << 1;
        QTest::newRow("500") << 500 << int(Kind::Server) << true << 4;
        QTest::newRow("503") << 503 << int(Kind::Server) << true << 4;
    }

    void statusesMapToKinds()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(bool, temporary);
        QFETCH(int, attempts);
        m_next = [status](const QHttpServerRequest &) {
            return HttpReply::json(status, QJsonObject{{u"message"_s, u"scripted"_s}});
        };
        auto client = api();
        QSignalSpy unauthenticated(client.get(), &MarketplaceApi::unauthenticated);
        const auto result =
            await<User>([&](ApiCallback<User> done) { client->currentUser(this, done); });
        QVERIFY(!result->ok());
        QCOMPARE(int(result->error().kind), kind);
        QCOMPARE(result->error().httpStatus, status);
        QCOMPARE(result->error().isTemporary(), temporary);
        QCOMPARE(result->error().serverMessage, u"scripted"_s);
        QVERIFY(!result->error().message().isEmpty());
        QCOMPARE(m_requests, attempts); // temporary kinds are retried, final ones not
        QCOMPARE(unauthenticated.size(), status == 401 ? 1 : 0);
    }

    void validationCarriesLaravelFieldMessages()
    {
        m_next = [](const QHttpServerRequest &) {
            return HttpReply::json(
                422, QJsonObject{
                         {u"message"_s, u"The body field is required."_s},
                         {u"errors"_s,
                          QJsonObject{{u"body"_s, QJsonArray{u"The body field is required."_s}}}}});
        };
        auto client = api();
        const auto result = await<SentMessage>([&](ApiCallback<SentMessage> done) {
            client->sendMessage(this, 1, u""_s, u"c"_s, done);
        });
        QCOMPARE(result->error().kind, Kind::Validation);
        QCOMPARE(result->error().fieldErrors.value(u"body"_s),
                 QStringList{u"The body field is required."_s});
        QCOMPARE(result->error().message(), u"The body field is required."_s);
    }

    void rateLimitWaitsForRetryAfter()
    {
        m_next = [this](const QHttpServerRequest &) {
            if (m_requests == 1)
                return HttpReply::json(429, QJsonObject{{u"message"_s, u"Too Many Attempts."_s}})
                    .withHeader("Retry-After", "1");
            return HttpReply::json(200, user(7));
        };
        auto client = api();
        QElapsedTimer timer;
        timer.start();
        const auto result =
            await<User>([&](ApiCallback<User> done) { client->currentUser(this, done); });
        QVERIFY(result->ok());
        QVERIFY2(timer.elapsed() >= 900, "Retry-After: 1 was honoured");
        QCOMPARE(m_requests, 2);
    }

    // A Retry-After too large for an int (× 1000 overflowed to a negative delay) is capped.
    void retryAfterIsCappedAndNeverOverflows_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("seconds");
        QTest::newRow("overflows int ms") << QByteArray("4294968") << 3600;
        QTest::newRow("overflows 64 bits") << QByteArray("99999999999999999999999") << 3600;
        QTest::newRow("small") << QByteArray("7") << 7;
        QTest::newRow("junk") << QByteArray("soon") << 0;
        QTest::newRow("date in the past") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << 0;
    }

    void retryAfterIsCappedAndNeverOverflows()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, seconds);
        m_next = [header](const QHttpServerRequest &) {
            return HttpReply::json(429, QJsonObject{{u"message"_s, u"Too Many Attempts."_s}})
                .withHeader("Retry-After", header);
        };
        auto client = api();
        RetryPolicy once;
        once.baseDelay = std::chrono::milliseconds(20);
        once.maxDelay = std::chrono::milliseconds(20);
        client->setRetryPolicy(once);
        ApiRequest single;
        single.path = u"/api/user"_s;
        single.maxAttempts = 1;
        std::optional<ApiError> error;
        bool answered = false;
        client->transport().send(this, single,
                                 [&](int, const QJsonDocument &, const std::optional<ApiError> &e) {
                                     error = e;
                                     answered = true;
                                 });
        QTRY_VERIFY(answered);
        QVERIFY(error);
        QCOMPARE(error->retryAfterSeconds, seconds);
        envisage::Backoff backoff(std::chrono::milliseconds(10), std::chrono::milliseconds(10));
        const std::chrono::milliseconds delay = ApiTransport::retryDelay(*error, backoff);
        QVERIFY(delay.count() > 0);
        QVERIFY(delay <= std::chrono::hours(1));
    }

    // The bearer token and a sign-in body never reach another origin through a redirect,
    // and a 401 from there cannot sign the seller out.
    void redirectToAnotherOriginIsNotFollowed()
    {
        HttpService elsewhere;
        int elsewhereRequests = 0;
        elsewhere.notFound = [&](const QHttpServerRequest &) {
            ++elsewhereRequests;
            return HttpReply::json(401, QJsonObject{{u"message"_s, u"Unauthenticated."_s}});
        };
        const quint16 otherPort = elsewhere.listenWithLowDelay(QHostAddress::LocalHost, 0);
        QVERIFY(otherPort != 0);
        m_next = [otherPort](const QHttpServerRequest &request) {
            HttpReply reply = HttpReply::json(307, QJsonObject());
            return reply.withHeader(
                "Location",
                u"http://127.0.0.1:%1%2"_s.arg(otherPort).arg(request.url().path()).toUtf8());
        };
        auto client = api();
        client->setTokenProvider([] { return u"secret-token"_s; });
        QSignalSpy unauthenticated(client.get(), &MarketplaceApi::unauthenticated);
        const auto user =
            await<User>([&](ApiCallback<User> done) { client->currentUser(this, done); });
        QCOMPARE(user->error().kind, Kind::Protocol);
        QVERIFY2(user->error().detail.contains(u"redirected"_s), qPrintable(user->error().detail));
        const auto login = await<LoginResult>([&](ApiCallback<LoginResult> done) {
            client->login(this, u"a@x.test"_s, u"password"_s, u"t"_s, done);
        });
        QCOMPARE(login->error().kind, Kind::Protocol);
        QCOMPARE(elsewhereRequests, 0);
        QCOMPARE(unauthenticated.size(), 0);
    }

    // A picture or a file is fetched from wherever the server names; a 401 from another
    // host there says nothing about the seller's sign-in. On the API's origin it does.
    void aRefusalFromAnotherHostDoesNotSignOut()
    {
        HttpService elsewhere;
        int elsewhereRequests = 0;
        int tokensElsewhere = 0;
        elsewhere.notFound = [&](const QHttpServerRequest &request) {
            ++elsewhereRequests;
            tokensElsewhere += header(request.headers(), "Authorization").isEmpty() ? 0 : 1;
            return HttpReply::json(401, QJsonObject{{u"message"_s, u"Unauthenticated."_s}});
        };
        const quint16 otherPort = elsewhere.listenWithLowDelay(QHostAddress::LocalHost, 0);
        QVERIFY(otherPort != 0);
        m_next = [](const QHttpServerRequest &) {
            return HttpReply::json(401, QJsonObject{{u"message"_s, u"Unauthenticated."_s}});
        };
        auto client = api();
        client->setTokenProvider([] { return u"secret-token"_s; });
        QSignalSpy unauthenticated(client.get(), &MarketplaceApi::unauthenticated);
        const auto download = [&](const QString &url) {
            QBuffer sink;
            sink.open(QIODevice::WriteOnly);
            return await<DownloadResult>([&](ApiCallback<DownloadResult> done) {
                client->downloadAttachment(this, url, {}, &sink, {}, done);
            });
        };
        const auto theirs = download(u"http://127.0.0.1:%1/storage/a.png"_s.arg(otherPort));
        QCOMPARE(theirs->error().kind, Kind::Unauthenticated);
        QCOMPARE(elsewhereRequests, 1);
        QCOMPARE(tokensElsewhere, 0);
        QCOMPARE(unauthenticated.size(), 0);
        const auto ours = download(u"/storage/a.png"_s);
        QCOMPARE(ours->error().kind, Kind::Unauthenticated);
        QCOMPARE(header(m_seenHeaders.last(), "Authorization"), QByteArray("Bearer secret-token"));
        QCOMPARE(unauthenticated.size(), 1);
    }

    // The seller signs out while the server is down, then chooses another server: the
    // sign-out's retries stay with the first server, token and all.
    void retriesStayWithTheServerTheCallWasMadeTo()
    {
        HttpService next;
        int nextRequests = 0;
        next.notFound = [&](const QHttpServerRequest &) {
            ++nextRequests;
            return HttpReply::json(204, QJsonObject());
        };
        const quint16 nextPort = next.listenWithLowDelay(QHostAddress::LocalHost, 0);
        QVERIFY(nextPort != 0);
        m_next = [](const QHttpServerRequest &) {
            return HttpReply::json(503, QJsonObject{{u"message"_s, u"down"_s}});
        };
        auto client = api();
        bool answered = false;
        std::optional<ApiError> error;
        client->logout(this, u"first-server-token"_s, [&](const ApiResult<NoContent> &result) {
            answered = true;
            if (!result.ok())
                error = result.error();
        });
        QTRY_VERIFY(m_requests >= 1);
        client->transport().setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(nextPort)));
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY(error);
        QCOMPARE(error->kind, Kind::Server);
        QCOMPARE(m_requests, 4); // every attempt to the first server
        QCOMPARE(nextRequests, 0);
        for (const auto &headers : std::as_const(m_seenHeaders))
            QCOMPARE(header(headers, "Authorization"), QByteArray("Bearer first-server-token"));
    }

    void redirectOfAPostIsNotFollowedEvenToTheSameServer()
    {
        m_next = [this](const QHttpServerRequest &request) {
            if (request.url().path() == u"/api/login"_s)
                return HttpReply::json(307, QJsonObject())
                    .withHeader("Location", "/api/login-again");
            return HttpReply::json(200, QJsonObject{{u"token"_s, u"t"_s}, {u"user"_s, user(7)}});
        };
        auto client = api();
        const auto login = await<LoginResult>([&](ApiCallback<LoginResult> done) {
            client->login(this, u"a@x.test"_s, u"password"_s, u"t"_s, done);
        });
        QCOMPARE(login->error().kind, Kind::Protocol);
        QCOMPARE(m_requests, 1); // the password was sent once, to the address it was meant for
    }

    void sameOriginGetRedirectIsFollowed()
    {
        m_next = [](const QHttpServerRequest &request) {
            if (request.url().path() == u"/api/user"_s)
                return HttpReply::json(302, QJsonObject())
                    .withHeader("Location", "/api/user-moved");
            return HttpReply::json(200, user(7));
        };
        auto client = api();
        const auto result =
            await<User>([&](ApiCallback<User> done) { client->currentUser(this, done); });
        QVERIFY(result->ok());
        QCOMPARE(m_requests, 2);
    }

    // The receiver of an answer is gone: the request is aborted and nothing is called.
    void destroyingTheContextCancelsTheRequest()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> accepted;
        connect(&silent, &QTcpServer::newConnection, this,
                [&] { accepted.append(silent.nextPendingConnection()); });
        MarketplaceApi client(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())));
        auto context = std::make_unique<QObject>();
        bool called = false;
        client.currentUser(context.get(), [&](const ApiResult<User> &) { called = true; });
        QTRY_COMPARE(accepted.size(), 1);
        QTRY_VERIFY(accepted.first()->bytesAvailable() > 0); // the request has arrived
        context.reset();
        QTRY_COMPARE(accepted.first()->state(), QAbstractSocket::UnconnectedState); // aborted
        QTest::qWait(50);
        QVERIFY(!called);
    }

    // The first message of a new conversation is retried with one client_id, so the
    // server can tell a retry from a second message.
    void startConversationRetriesWithOneClientId()
    {
        QStringList clientIds;
        m_next = [&clientIds](const QHttpServerRequest &request) {
            clientIds.append(
                QJsonDocument::fromJson(request.body()).object().value(u"client_id"_s).toString());
            return HttpReply::json(503, QJsonObject());
        };
        auto client = api();
        const auto result = await<Conversation>([&](ApiCallback<Conversation> done) {
            client->startConversation(this, 3, u"Hi!"_s, u"c-start-2"_s, done);
        });
        QCOMPARE(result->error().kind, Kind::Server);
        QCOMPARE(clientIds, QStringList(4, u"c-start-2"_s));
    }

    void temporaryFailuresAreRetriedUntilTheyPass()
    {
        m_next = [this](const QHttpServerRequest &) {
            return m_requests < 3 ? HttpReply::json(503, QJsonObject())
                                  : HttpReply::json(200, user(7));
        };
        auto client = api();
        const auto result =
            await<User>([&](ApiCallback<User> done) { client->currentUser(this, done); });
        QVERIFY(result->ok());
        QCOMPARE(result->value().id, 7);
        QCOMPARE(m_requests, 3);
    }

    void malformedAnswersAreProtocolErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("where");
        QTest::newRow("not json") << QByteArray("<html>oops</html>") << u"not JSON"_s;
        QTest::newRow("missing id")
            << QJsonDocument(QJsonObject{{u"name"_s, u"A"_s}}).toJson() << u"user.id"_s;
        QTest::newRow("id a string")
            << QJsonDocument(QJsonObject{{u"id"_s, u"7"_s}, {u"name"_s, u"A"_s}}).toJson()
            << u"user.id"_s;
        QTest::newRow("name a number")
            << QJsonDocument(QJsonObject{{u"id"_s, 7}, {u"name"_s, 3}}).toJson() << u"user.name"_s;
        QTest::newRow("bad timestamp")
            << QJsonDocument(QJsonObject{{u"id"_s, 7},
                                         {u"name"_s, u"A"_s},
                                         {u"avatar_url"_s, QJsonValue::Null},
                                         {u"last_seen_at"_s, u"yesterday"_s}})
                   .toJson()
            << u"user.last_seen_at"_s;
    }

    void malformedAnswersAreProtocolErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, where);
        m_next = [body](const QHttpServerRequest &) {
            HttpReply reply;
            reply.body = body;
            return reply;
        };
        auto client = api();
        const auto result =
            await<User>([&](ApiCallback<User> done) { client->currentUser(this, done); });
        QCOMPARE(result->error().kind, Kind::Protocol);
        QVERIFY2(result->error().detail.contains(where), qPrintable(result->error().detail));
        QCOMPARE(m_requests, 1);
    }

    void conversationPagesAreCheckedDeeply()
    {
        QJsonObject conversation{{u"id"_s, 1},
                                 {u"listing"_s, QJsonObject{{u"id"_s, 3},
                                                            {u"title"_s, u"Desk"_s},
                                                            {u"image_url"_s, QJsonValue::Null},
                                                            {u"price"_s, 249},
                                                            {u"currency"_s, u"EUR"_s}}},
                                 {u"buyer"_s, user(1)},
                                 {u"seller"_s, user(2)},
                                 {u"last_message"_s, message(5)},
                                 {u"unread_count"_s, 0},
                                 {u"updated_at"_s, u"2026-11-26T10:44:05.123Z"_s}};
        m_next = [conversation](const QHttpServerRequest &) {
            return HttpReply::json(200, QJsonObject{{u"data"_s, QJsonArray{conversation}},
                                                    {u"current_page"_s, 1},
                                                    {u"last_page"_s, 1},
                                                    {u"total"_s, 1}});
        };
        auto client = api();
        const auto result = await<ConversationPage>(
            [&](ApiCallback<ConversationPage> done) { client->conversations(this, 1, 20, done); });
        QCOMPARE(result->error().kind, Kind::Protocol);
        QVERIFY2(result->error().detail.startsWith(u"data[0].listing.price"_s),
                 qPrintable(result->error().detail));
    }

    void refusedConnectionIsOffline()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        MarketplaceApi client(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        RetryPolicy once;
        once.baseDelay = std::chrono::milliseconds(10);
        client.setRetryPolicy(once);
        const auto result =
            await<User>([&](ApiCallback<User> done) { client.currentUser(this, done); });
        QCOMPARE(result->error().kind, Kind::Offline);
        QVERIFY(result->error().isTemporary());
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        MarketplaceApi client(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())));
        RetryPolicy impatient;
        impatient.requestTimeout = std::chrono::milliseconds(300);
        impatient.baseDelay = std::chrono::milliseconds(10);
        impatient.maxDelay = std::chrono::milliseconds(20);
        client.setRetryPolicy(impatient);
        const auto result =
            await<User>([&](ApiCallback<User> done) { client.currentUser(this, done); });
        QCOMPARE(result->error().kind, Kind::Timeout);
    }

    void tokenAndSocketIdAreAskedForPerAttempt()
    {
        m_next = [this](const QHttpServerRequest &) {
            return m_requests < 2 ? HttpReply::json(503, QJsonObject())
                                  : HttpReply::json(201, QJsonObject{{u"data"_s, message(9)}});
        };
        auto client = api();
        int tokenCalls = 0;
        client->setTokenProvider([&] { return u"token-%1"_s.arg(++tokenCalls); });
        client->setSocketIdProvider([&] { return u"%1.1"_s.arg(tokenCalls); });
        const auto result = await<SentMessage>([&](ApiCallback<SentMessage> done) {
            client->sendMessage(this, 1, u"hi"_s, u"c-1"_s, done);
        });
        QVERIFY(result->ok());
        QVERIFY(result->value().created);
        QCOMPARE(header(m_seenHeaders.at(0), "Authorization"), QByteArray("Bearer token-1"));
        QCOMPARE(header(m_seenHeaders.at(1), "Authorization"), QByteArray("Bearer token-2"));
        QCOMPARE(header(m_seenHeaders.at(1), "X-Socket-ID"), QByteArray("2.1"));
    }

    void everyCallAgainstTheSandbox()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--database"_s, u":memory:"_s, u"--seed"_s, u"demo"_s}));
        MarketplaceApi client(sandbox.apiUrl());
        const auto login = await<LoginResult>([&](ApiCallback<LoginResult> done) {
            client.login(this, u"buyer1@envisage.test"_s, u"demo-buyer"_s, u"test"_s, done);
        });
        QVERIFY(login->ok());
        QString token = login->value().token;
        client.setTokenProvider([&token] { return token; });
        QCOMPARE(login->value().user.email, u"buyer1@envisage.test"_s);
        const auto wrong = await<LoginResult>([&](ApiCallback<LoginResult> done) {
            client.login(this, u"buyer1@envisage.test"_s, u"nope"_s, u"t"_s, done);
        });
        QCOMPARE(wrong->error().kind, Kind::Validation);
        QVERIFY(wrong->error().fieldErrors.contains(u"email"_s));

        QCOMPARE(await<User>([&](ApiCallback<User> done) { client.currentUser(this, done); })
                     ->value()
                     .name,
                 u"Ada Novak"_s);
        const auto page = await<ConversationPage>(
            [&](ApiCallback<ConversationPage> done) { client.conversations(this, 1, 2, done); });
        QVERIFY(page->ok());
        QCOMPARE(page->value().conversations.size(), 2);
        QVERIFY(page->value().hasMore());
        const qint64 id = page->value().conversations.first().id;
        QCOMPARE(await<Conversation>(
                     [&](ApiCallback<Conversation> done) { client.conversation(this, id, done); })
                     ->value()
                     .id,
                 id);
        QCOMPARE(await<Conversation>([&](ApiCallback<Conversation> done) {
                     client.conversation(this, 999999, done);
                 })
                     ->error()
                     .kind,
                 Kind::NotFound);

        const auto messages = await<MessagePage>(
            [&](ApiCallback<MessagePage> done) { client.messages(this, id, {}, 10, done); });
        QVERIFY(messages->ok());
        const auto older = await<MessagePage>([&](ApiCallback<MessagePage> done) {
            client.messages(this, id, messages->value().nextCursor, 10, done);
        });
        QVERIFY(older->value().messages.first().id < messages->value().messages.last().id);

        const auto sent = await<SentMessage>([&](ApiCallback<SentMessage> done) {
            client.sendMessage(this, id, u"Hello"_s, u"api-1"_s, done);
        });
        QVERIFY(sent->value().created);
        const auto again = await<SentMessage>([&](ApiCallback<SentMessage> done) {
            client.sendMessage(this, id, u"Hello"_s, u"api-1"_s, done);
        });
        QVERIFY(!again->value().created);
        QCOMPARE(again->value().message.id, sent->value().message.id);
        const auto after = await<QList<Message>>([&](ApiCallback<QList<Message>> done) {
            client.messagesAfter(this, id, messages->value().messages.first().id, done);
        });
        QCOMPARE(after->value().size(), 1);
        QVERIFY(await<NoContent>([&](ApiCallback<NoContent> done) {
                    client.sendTyping(this, id, done);
                })->ok());
        QVERIFY(await<NoContent>([&](ApiCallback<NoContent> done) {
                    client.markRead(this, id, sent->value().message.id, done);
                })->ok());
        QCOMPARE(await<NoContent>(
                     [&](ApiCallback<NoContent> done) { client.markRead(this, id, 0, done); })
                     ->error()
                     .kind,
                 Kind::Validation);
        QVERIFY(await<Conversation>([&](ApiCallback<Conversation> done) {
                    client.startConversation(this, 3, u"Hi!"_s, u"c-start-1"_s, done);
                })->ok());
        QVERIFY(await<NoContent>([&](ApiCallback<NoContent> done) {
                    client.logout(this, token, done);
                })->ok());
        QCOMPARE(await<User>([&](ApiCallback<User> done) { client.currentUser(this, done); })
                     ->error()
                     .kind,
                 Kind::Unauthenticated);
    }
};

QTEST_GUILESS_MAIN(ApiTest)
#include "tst_api.moc"
