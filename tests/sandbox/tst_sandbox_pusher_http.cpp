// The Pusher HTTP API served next to the WebSocket endpoint (pusher-protocol.md §5):
// what a Laravel backend calls to broadcast, signed as the server SDKs sign it.
#include "PusherSigner.h"
#include "PusherTestClient.h"
#include "RawHttpClient.h"
#include "SandboxProcess.h"
#include "TestHttp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using envisage::testing::PusherFrame;
using envisage::testing::PusherTestClient;
using envisage::testing::RawHttpClient;
using envisage::testing::SandboxProcess;
using envisage::testing::TestHttp;
using envisage::testing::TestResponse;
namespace Signer = envisage::sandbox::PusherSigner;

class SandboxPusherHttpTest : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    TestHttp m_http;
    const QString m_secret = u"http-api-secret"_s;

    TestResponse signedRequest(const QByteArray &method, const QString &path,
                               const QByteArray &body = {}, const QString &secret = {},
                               const QList<QPair<QString, QString>> &extra = {},
                               qint64 ageSeconds = 0)
    {
        QUrl url(u"http://%1:%2%3"_s.arg(m_sandbox.wsHost()).arg(m_sandbox.wsPort()).arg(path));
        url.setQuery(Signer::signedQuery(m_sandbox.appKey(), secret.isEmpty() ? m_secret : secret,
                                         QString::fromLatin1(method), path, body,
                                         QDateTime::currentSecsSinceEpoch() - ageSeconds, extra));
        return m_http.send(method, url, body, body.isEmpty() ? QByteArray() : "application/json",
                           {});
    }

    QString eventsPath() const { return u"/apps/%1/events"_s.arg(m_sandbox.appId()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({u"--database"_s, u":memory:"_s, u"--app-id"_s, u"42"_s,
                                  u"--app-key"_s, u"http-key"_s, u"--app-secret"_s, m_secret}),
                 qPrintable(m_sandbox.errorOutput()));
    }

    void signedEventsReachSubscribersExceptTheExcludedSocket()
    {
        PusherTestClient first;
        PusherTestClient second;
        QVERIFY(first.connectTo(m_sandbox.wsUrl()) && second.connectTo(m_sandbox.wsUrl()));
        first.subscribe(u"orders"_s);
        second.subscribe(u"orders"_s);
        QVERIFY(first.waitFor(u"pusher_internal:subscription_succeeded"_s));
        QVERIFY(second.waitFor(u"pusher_internal:subscription_succeeded"_s));

        const QJsonObject event{{u"name"_s, u"order.shipped"_s},
                                {u"channels"_s, QJsonArray{u"orders"_s}},
                                {u"data"_s, u"{\"id\":7}"_s},
                                {u"socket_id"_s, second.socketId()}};
        const TestResponse response = signedRequest(
            "POST", eventsPath(), QJsonDocument(event).toJson(QJsonDocument::Compact));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json(), QJsonObject());
        const std::optional<PusherFrame> frame = first.waitFor(u"order.shipped"_s);
        QVERIFY(frame);
        QCOMPARE(frame->data.toObject().value(u"id"_s).toInt(), 7);
        QVERIFY(second.staysSilent(u"order.shipped"_s));
    }

    void wrongSecretOrTamperedBodyAnswers401()
    {
        const QByteArray body = "{\"name\":\"x\",\"channel\":\"orders\",\"data\":\"{}\"}";
        QCOMPARE(signedRequest("POST", eventsPath(), body, u"wrong-secret"_s).status, 401);

        QUrl url(
            u"http://%1:%2%3"_s.arg(m_sandbox.wsHost()).arg(m_sandbox.wsPort()).arg(eventsPath()));
        url.setQuery(Signer::signedQuery(m_sandbox.appKey(), m_secret, u"POST"_s, eventsPath(),
                                         body, QDateTime::currentSecsSinceEpoch()));
        const QByteArray tampered = "{\"name\":\"y\",\"channel\":\"orders\",\"data\":\"{}\"}";
        QCOMPARE(m_http.send("POST", url, tampered, "application/json", {}).status, 401);
        QCOMPARE(
            m_http.send("POST", QUrl(url.toString(QUrl::RemoveQuery)), body, "application/json", {})
                .status,
            401);
    }

    void staleOrFutureTimestampsAnswer401()
    {
        // Pusher accepts auth_timestamp within 600 s of its clock: a correctly signed
        // request recorded an hour ago cannot be replayed.
        PusherTestClient client;
        QVERIFY(client.connectTo(m_sandbox.wsUrl()));
        client.subscribe(u"replay"_s);
        QVERIFY(client.waitFor(u"pusher_internal:subscription_succeeded"_s));
        const QByteArray body = "{\"name\":\"replayed\",\"channel\":\"replay\",\"data\":\"{}\"}";
        for (const qint64 age : {qint64(3600), qint64(-3600), qint64(660)}) {
            const TestResponse stale = signedRequest("POST", eventsPath(), body, {}, {}, age);
            QCOMPARE(stale.status, 401);
            QVERIFY2(stale.json().value(u"error"_s).toString().contains(u"auth_timestamp"_s),
                     stale.body.constData());
        }
        QVERIFY(client.staysSilent(u"replayed"_s));
        QCOMPARE(signedRequest("GET", u"/apps/42/channels"_s, {}, {}, {}, 3600).status, 401);

        // Clocks a few minutes apart are fine.
        QCOMPARE(signedRequest("POST", eventsPath(), body, {}, {}, 300).status, 200);
        QCOMPARE(signedRequest("POST", eventsPath(), body, {}, {}, -300).status, 200);
        QVERIFY(client.waitFor(u"replayed"_s));

        // A signed request without a usable auth_timestamp is refused too.
        const QString path = eventsPath();
        QUrlQuery query = Signer::signedQuery(m_sandbox.appKey(), m_secret, u"POST"_s, path, body,
                                              QDateTime::currentSecsSinceEpoch());
        query.removeQueryItem(u"auth_signature"_s);
        query.removeQueryItem(u"auth_timestamp"_s);
        query.addQueryItem(u"auth_timestamp"_s, u"soon"_s);
        query.addQueryItem(u"auth_signature"_s,
                           Signer::requestSignature(m_secret, u"POST"_s, path, query.queryItems()));
        QUrl url(u"http://%1:%2%3"_s.arg(m_sandbox.wsHost()).arg(m_sandbox.wsPort()).arg(path));
        url.setQuery(query);
        QCOMPARE(m_http.send("POST", url, body, "application/json", {}).status, 401);
    }

    void badBodiesAnswer400And413()
    {
        QCOMPARE(signedRequest("POST", eventsPath(), "not json").status, 400);
        QCOMPARE(signedRequest("POST", eventsPath(),
                               "{\"name\":\"x\",\"channel\":\"c\",\"data\":{\"not\":\"a string\"}}")
                     .status,
                 400);
        QCOMPARE(signedRequest("POST", eventsPath(), "{\"name\":\"x\",\"data\":\"{}\"}").status,
                 400);
        const QByteArray large = QJsonDocument(QJsonObject{{u"name"_s, u"x"_s},
                                                           {u"channel"_s, u"c"_s},
                                                           {u"data"_s, QString(11 * 1024, u'a')}})
                                     .toJson(QJsonDocument::Compact);
        QCOMPARE(signedRequest("POST", eventsPath(), large).status, 413);
    }

    void oversizeRequestsAreRefusedBeforeTheBodyIsRead()
    {
        // 413 before the signature is even checked: the body is never read.
        RawHttpClient client;
        QVERIFY(client.connectTo(m_sandbox.wsHost(), m_sandbox.wsPort()));
        QVERIFY(
            client.write("POST " + eventsPath().toUtf8() +
                         "?auth_key=x HTTP/1.1\r\nHost: sandbox\r\n"
                         "Content-Type: application/json\r\nContent-Length: 104857600\r\n\r\n{"));
        QCOMPARE(client.waitForStatus(), 413);
        QVERIFY(QJsonDocument::fromJson(client.body())
                    .object()
                    .value(u"error"_s)
                    .toString()
                    .contains(u"bytes"_s));
        QVERIFY(client.waitForDisconnected());
        // The WebSocket endpoint on the same port is unaffected.
        PusherTestClient socket;
        QVERIFY(socket.connectTo(m_sandbox.wsUrl()));
    }

    void batchEvents()
    {
        PusherTestClient client;
        QVERIFY(client.connectTo(m_sandbox.wsUrl()));
        client.subscribe(u"a"_s);
        QVERIFY(client.waitFor(u"pusher_internal:subscription_succeeded"_s));
        QJsonArray batch;
        for (int i = 0; i < 3; ++i)
            batch.append(QJsonObject{
                {u"name"_s, u"tick"_s}, {u"channel"_s, u"a"_s}, {u"data"_s, QString::number(i)}});
        const TestResponse response = signedRequest(
            "POST", u"/apps/42/batch_events"_s,
            QJsonDocument(QJsonObject{{u"batch"_s, batch}}).toJson(QJsonDocument::Compact));
        QCOMPARE(response.status, 200);
        for (int i = 0; i < 3; ++i)
            QVERIFY(client.waitFor(u"tick"_s));
        QJsonArray tooMany;
        for (int i = 0; i < 11; ++i)
            tooMany.append(batch.first());
        QCOMPARE(
            signedRequest(
                "POST", u"/apps/42/batch_events"_s,
                QJsonDocument(QJsonObject{{u"batch"_s, tooMany}}).toJson(QJsonDocument::Compact))
                .status,
            400);
    }

    void aBatchWithOneBadEventPublishesNothing_data()
    {
        QTest::addColumn<QJsonObject>("bad");
        QTest::addColumn<int>("status");
        const QJsonObject good{
            {u"name"_s, u"tick"_s}, {u"channel"_s, u"all-or-nothing"_s}, {u"data"_s, u"{}"_s}};
        QJsonObject badSocket = good;
        badSocket.insert(u"socket_id"_s, u"not-a-socket"_s);
        QJsonObject longName = good;
        longName.insert(u"name"_s, QString(201, u'n'));
        QJsonObject dataObject = good;
        dataObject.insert(u"data"_s, QJsonObject());
        QJsonObject large = good;
        large.insert(u"data"_s, QString(11 * 1024, u'a'));
        QTest::newRow("socket_id") << badSocket << 400;
        QTest::newRow("name too long") << longName << 400;
        QTest::newRow("data not a string") << dataObject << 400;
        QTest::newRow("data too large") << large << 413;
        QTest::newRow("not an object") << QJsonObject{{u"x"_s, 1}} << 400;
    }

    void aBatchWithOneBadEventPublishesNothing()
    {
        QFETCH(QJsonObject, bad);
        QFETCH(int, status);
        PusherTestClient client;
        QVERIFY(client.connectTo(m_sandbox.wsUrl()));
        client.subscribe(u"all-or-nothing"_s);
        QVERIFY(client.waitFor(u"pusher_internal:subscription_succeeded"_s));
        const QJsonObject good{
            {u"name"_s, u"tick"_s}, {u"channel"_s, u"all-or-nothing"_s}, {u"data"_s, u"{}"_s}};
        const QJsonArray batch{good, good, bad, good};
        const TestResponse response = signedRequest(
            "POST", u"/apps/42/batch_events"_s,
            QJsonDocument(QJsonObject{{u"batch"_s, batch}}).toJson(QJsonDocument::Compact));
        QCOMPARE(response.status, status);
        QVERIFY2(client.staysSilent(u"tick"_s),
                 "the good events before the bad one were published");
        QVERIFY2(response.json().value(u"error"_s).toString().contains(u"batch[2]"_s),
                 response.body.constData());
    }

    void channelQueries()
    {
        // Presence is joined with a locally signed auth, as a custom Laravel app would sign it.
        PusherTestClient member;
        QVERIFY(member.connectTo(m_sandbox.wsUrl()));
        const QString channelData = u"{\"user_id\":\"77\",\"user_info\":{\"name\":\"Zoe\"}}"_s;
        member.subscribe(u"presence-room"_s,
                         Signer::channelAuth(m_sandbox.appKey(), m_secret, member.socketId(),
                                             u"presence-room"_s, channelData),
                         channelData);
        QVERIFY(member.waitFor(u"pusher_internal:subscription_succeeded"_s));
        member.subscribe(u"lobby"_s);
        QVERIFY(member.waitFor(u"pusher_internal:subscription_succeeded"_s));

        const QJsonObject all = signedRequest("GET", u"/apps/42/channels"_s).json();
        QVERIFY(all.value(u"channels"_s).toObject().contains(u"lobby"_s));
        QVERIFY(all.value(u"channels"_s).toObject().contains(u"presence-room"_s));

        const QJsonObject presence =
            signedRequest("GET", u"/apps/42/channels"_s, {}, {},
                          {{u"filter_by_prefix"_s, u"presence-"_s}, {u"info"_s, u"user_count"_s}})
                .json();
        QCOMPARE(presence.value(u"channels"_s)
                     .toObject()
                     .value(u"presence-room"_s)
                     .toObject()
                     .value(u"user_count"_s)
                     .toInt(),
                 1);
        QCOMPARE(
            signedRequest("GET", u"/apps/42/channels"_s, {}, {}, {{u"info"_s, u"user_count"_s}})
                .status,
            400);

        const QJsonObject lobby = signedRequest("GET", u"/apps/42/channels/lobby"_s, {}, {},
                                                {{u"info"_s, u"subscription_count"_s}})
                                      .json();
        QCOMPARE(lobby.value(u"occupied"_s).toBool(), true);
        QCOMPARE(lobby.value(u"subscription_count"_s).toInt(), 1);
        QCOMPARE(
            signedRequest("GET", u"/apps/42/channels/empty"_s).json().value(u"occupied"_s).toBool(),
            false);

        const QJsonArray users = signedRequest("GET", u"/apps/42/channels/presence-room/users"_s)
                                     .json()
                                     .value(u"users"_s)
                                     .toArray();
        const QJsonArray expected{QJsonObject{{u"id"_s, u"77"_s}}};
        QCOMPARE(users, expected);
        QCOMPARE(signedRequest("GET", u"/apps/42/channels/lobby/users"_s).status, 400);
        QCOMPARE(signedRequest("GET", u"/apps/999/channels"_s).status, 404);
    }
};

QTEST_GUILESS_MAIN(SandboxPusherHttpTest)
#include "tst_sandbox_pusher_http.moc"
