// The sandbox's Pusher protocol-7 WebSocket server (pusher-protocol.md §2–§3), spoken
// frame by frame by a bare QWebSocket client against the real executable.
#include "PusherSigner.h"
#include "PusherTestClient.h"
#include "RawHttpClient.h"
#include "SandboxProcess.h"
#include "TestHttp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using envisage::testing::PusherFrame;
using envisage::testing::PusherTestClient;
using envisage::testing::RawHttpClient;
using envisage::testing::SandboxProcess;
using envisage::testing::TestHttp;

namespace {

// A client-to-server WebSocket text frame (RFC 6455 §5.2): masked, as clients must;
// the all-zero key leaves the payload readable.
QByteArray maskedTextFrame(const QByteArray &payload)
{
    QByteArray frame("\x81", 1);
    if (payload.size() < 126) {
        frame += char(0x80 | payload.size());
    } else {
        frame += char(0x80 | 126);
        frame += char(payload.size() >> 8);
        frame += char(payload.size() & 0xff);
    }
    return frame + QByteArray(4, '\0') + payload;
}

} // namespace

class SandboxPusherTest : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    TestHttp m_http;
    QString m_seller;
    QString m_buyer;
    qint64 m_conversationId = 0;
    QString m_secret = u"test-secret"_s;

    QString conversationChannel() const
    {
        return u"private-conversation.%1"_s.arg(m_conversationId);
    }

    // Channel auth from /broadcasting/auth, as a client library gets it.
    QJsonObject authorize(const QString &token, const QString &socketId, const QString &channel)
    {
        return m_http
            .postForm(m_sandbox.apiUrl(u"/broadcasting/auth"_s),
                      "socket_id=" + socketId.toUtf8() + "&channel_name=" + channel.toUtf8(), token)
            .json();
    }

    bool join(PusherTestClient &client, const QString &token, const QString &channel)
    {
        const QJsonObject auth = authorize(token, client.socketId(), channel);
        client.subscribe(channel, auth.value(u"auth"_s).toString(),
                         auth.value(u"channel_data"_s).toString());
        return client.waitFor(u"pusher_internal:subscription_succeeded"_s, 3000, channel)
            .has_value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({u"--database"_s, u":memory:"_s, u"--seed"_s, u"demo"_s,
                                  u"--app-secret"_s, m_secret, u"--activity-timeout"_s, u"20"_s,
                                  u"--max-frame-bytes"_s, u"4096"_s}),
                 qPrintable(m_sandbox.errorOutput()));
        m_seller = m_http.login(m_sandbox.apiUrl(), u"seller@envisage.test"_s, u"demo-seller"_s);
        m_buyer = m_http.login(m_sandbox.apiUrl(), u"buyer1@envisage.test"_s, u"demo-buyer"_s);
        m_conversationId = m_http.get(m_sandbox.apiUrl(u"/api/conversations"_s), m_buyer)
                               .json()
                               .value(u"data"_s)
                               .toArray()
                               .first()
                               .toObject()
                               .value(u"id"_s)
                               .toInteger();
        QVERIFY(m_conversationId > 0);
    }

    void handshakeAnnouncesSocketIdAndActivityTimeout()
    {
        PusherTestClient client;
        QVERIFY(client.connectTo(m_sandbox.wsUrl()));
        QVERIFY(QRegularExpression(u"^\\d+\\.\\d+$"_s).match(client.socketId()).hasMatch());
        PusherTestClient other;
        QVERIFY(other.connectTo(m_sandbox.wsUrl()));
        QVERIFY(other.socketId() != client.socketId());
    }

    void unknownAppKeyIsRefusedWith4001()
    {
        PusherTestClient client;
        QVERIFY(!client.connectTo(m_sandbox.wsUrl(u"no-such-key"_s), 3000));
        QVERIFY(client.waitForDisconnected());
        QCOMPARE(client.closeCode(), 4001);
        QVERIFY(!client.frames().isEmpty());
        QCOMPARE(client.frames().first().data.toObject().value(u"code"_s).toInt(), 4001);
    }

    void pingIsAnsweredWithPong()
    {
        PusherTestClient client;
        QVERIFY(client.connectTo(m_sandbox.wsUrl()));
        client.sendJson({{u"event"_s, u"pusher:ping"_s}, {u"data"_s, QJsonObject()}});
        QVERIFY(client.waitFor(u"pusher:pong"_s));
    }

    void publicChannelsNeedNoAuth()
    {
        PusherTestClient client;
        QVERIFY(client.connectTo(m_sandbox.wsUrl()));
        client.subscribe(u"news"_s);
        QVERIFY(client.waitFor(u"pusher_internal:subscription_succeeded"_s, 3000, u"news"_s));
    }

    void privateChannelChecksTheSignature()
    {
        PusherTestClient client;
        QVERIFY(client.connectTo(m_sandbox.wsUrl()));
        client.subscribe(conversationChannel(), m_sandbox.appKey() + u":deadbeef"_s);
        const std::optional<PusherFrame> refused = client.waitFor(u"pusher:subscription_error"_s);
        QVERIFY(refused);
        QCOMPARE(refused->channel, conversationChannel());
        QCOMPARE(refused->data.toObject().value(u"status"_s).toInt(), 401);
        QCOMPARE(refused->data.toObject().value(u"type"_s).toString(), u"AuthError"_s);

        // A signature for another socket id is refused as well.
        const QString stolen = envisage::sandbox::PusherSigner::channelAuth(
            m_sandbox.appKey(), m_secret, u"1.1"_s, conversationChannel());
        client.subscribe(conversationChannel(), stolen);
        QVERIFY(client.waitFor(u"pusher:subscription_error"_s));

        QVERIFY(join(client, m_seller, conversationChannel()));
    }

    void apiEventsGoToOthersOnly()
    {
        PusherTestClient seller;
        PusherTestClient buyer;
        QVERIFY(seller.connectTo(m_sandbox.wsUrl()) && buyer.connectTo(m_sandbox.wsUrl()));
        QVERIFY(join(seller, m_seller, conversationChannel()));
        QVERIFY(join(buyer, m_buyer, conversationChannel()));
        const qint64 buyerId =
            m_http.get(m_sandbox.apiUrl(u"/api/user"_s), m_buyer).json().value(u"id"_s).toInteger();
        QVERIFY(join(buyer, m_buyer, u"private-App.Models.User.%1"_s.arg(buyerId)));

        const auto response = m_http.postJson(
            m_sandbox.apiUrl(u"/api/conversations/%1/messages"_s.arg(m_conversationId)),
            {{u"body"_s, u"From the buyer"_s}, {u"client_id"_s, u"c-1"_s}}, m_buyer,
            {{"X-Socket-ID", buyer.socketId().toUtf8()}});
        QCOMPARE(response.status, 201);
        const std::optional<PusherFrame> sent = seller.waitFor(u"message.sent"_s);
        QVERIFY(sent);
        QCOMPARE(sent->channel, conversationChannel());
        QCOMPARE(sent->data.toObject().value(u"body"_s).toString(), u"From the buyer"_s);
        QCOMPARE(sent->data.toObject().value(u"client_id"_s).toString(), u"c-1"_s);
        QVERIFY2(sent->raw.value(u"data"_s).isString(),
                 "data is a JSON string, as Pusher sends it");
        // toOthers(): the buyer's own connection hears neither event.
        QVERIFY(buyer.staysSilent(u"message.sent"_s));
        QVERIFY(buyer.staysSilent(u"conversation.updated"_s, 100));

        m_http.postJson(m_sandbox.apiUrl(u"/api/conversations/%1/typing"_s.arg(m_conversationId)),
                        {}, m_seller, {{"X-Socket-ID", seller.socketId().toUtf8()}});
        const std::optional<PusherFrame> typing = buyer.waitFor(u"user.typing"_s);
        QVERIFY(typing);
        QCOMPARE(typing->data.toObject().value(u"user_name"_s).toString(), u"Sam Rivera"_s);
        QVERIFY(seller.staysSilent(u"user.typing"_s, 200));

        // Without X-Socket-ID the sender's connection hears it too, and the user channel
        // carries conversation.updated with the buyer's unread count.
        m_http.postJson(m_sandbox.apiUrl(u"/api/conversations/%1/messages"_s.arg(m_conversationId)),
                        {{u"body"_s, u"From the seller"_s}}, m_seller);
        const std::optional<PusherFrame> updated = buyer.waitFor(u"conversation.updated"_s);
        QVERIFY(updated);
        QCOMPARE(updated->data.toObject().value(u"id"_s).toInteger(), m_conversationId);
        QVERIFY(updated->data.toObject().value(u"unread_count"_s).toInt() >= 1);
        QVERIFY(seller.waitFor(u"message.sent"_s));

        const qint64 newest =
            m_http
                .get(m_sandbox.apiUrl(
                         u"/api/conversations/%1/messages?per_page=1"_s.arg(m_conversationId)),
                     m_buyer)
                .json()
                .value(u"data"_s)
                .toArray()
                .first()
                .toObject()
                .value(u"id"_s)
                .toInteger();
        m_http.postJson(m_sandbox.apiUrl(u"/api/conversations/%1/read"_s.arg(m_conversationId)),
                        {{u"last_read_message_id"_s, newest}}, m_buyer);
        const std::optional<PusherFrame> read = seller.waitFor(u"messages.read"_s);
        QVERIFY(read);
        QCOMPARE(read->data.toObject().value(u"last_read_message_id"_s).toInteger(), newest);
    }

    void presenceCountsUsersNotConnections()
    {
        PusherTestClient observer;
        PusherTestClient firstTab;
        PusherTestClient secondTab;
        QVERIFY(observer.connectTo(m_sandbox.wsUrl()) && firstTab.connectTo(m_sandbox.wsUrl()) &&
                secondTab.connectTo(m_sandbox.wsUrl()));
        const QString channel = u"presence-online"_s;
        QVERIFY(join(observer, m_seller, channel));

        const QJsonObject auth = authorize(m_buyer, firstTab.socketId(), channel);
        firstTab.subscribe(channel, auth.value(u"auth"_s).toString(),
                           auth.value(u"channel_data"_s).toString());
        const std::optional<PusherFrame> here =
            firstTab.waitFor(u"pusher_internal:subscription_succeeded"_s);
        QVERIFY(here);
        const QJsonObject presence = here->data.toObject().value(u"presence"_s).toObject();
        QCOMPARE(presence.value(u"count"_s).toInt(), 2);
        QVERIFY(presence.value(u"ids"_s).toArray().first().isString());
        const std::optional<PusherFrame> added =
            observer.waitFor(u"pusher_internal:member_added"_s);
        QVERIFY(added);
        QCOMPARE(
            added->data.toObject().value(u"user_info"_s).toObject().value(u"name"_s).toString(),
            u"Ada Novak"_s);
        QVERIFY(firstTab.staysSilent(u"pusher_internal:member_added"_s, 100)); // not to itself

        QVERIFY(join(secondTab, m_buyer, channel));
        QVERIFY(observer.staysSilent(u"pusher_internal:member_added"_s));
        secondTab.socket().close();
        QVERIFY(observer.staysSilent(u"pusher_internal:member_removed"_s));
        firstTab.sendJson({{u"event"_s, u"pusher:unsubscribe"_s},
                           {u"data"_s, QJsonObject{{u"channel"_s, channel}}}});
        const std::optional<PusherFrame> removed =
            observer.waitFor(u"pusher_internal:member_removed"_s);
        QVERIFY(removed);
        QCOMPARE(removed->data.toObject().value(u"user_id"_s).toString(),
                 added->data.toObject().value(u"user_id"_s).toString());
    }

    void clientEventsFollowPusherRules()
    {
        PusherTestClient seller;
        PusherTestClient buyer;
        QVERIFY(seller.connectTo(m_sandbox.wsUrl()) && buyer.connectTo(m_sandbox.wsUrl()));
        const QJsonObject whisper{{u"event"_s, u"client-typing"_s},
                                  {u"channel"_s, conversationChannel()},
                                  {u"data"_s, QJsonObject{{u"user_name"_s, u"Ada"_s}}}};
        buyer.sendJson(whisper); // before subscribing
        std::optional<PusherFrame> error = buyer.waitFor(u"pusher:error"_s);
        QVERIFY(error);
        QCOMPARE(error->data.toObject().value(u"code"_s).toInt(), 4009);

        QVERIFY(join(seller, m_seller, conversationChannel()));
        QVERIFY(join(buyer, m_buyer, conversationChannel()));
        buyer.sendJson(whisper);
        const std::optional<PusherFrame> heard = seller.waitFor(u"client-typing"_s);
        QVERIFY(heard);
        QCOMPARE(heard->data.toObject().value(u"user_name"_s).toString(), u"Ada"_s);
        QVERIFY(buyer.staysSilent(u"client-typing"_s)); // never echoed

        // On presence channels the server adds the sender's user_id.
        QVERIFY(join(seller, m_seller, u"presence-online"_s));
        QVERIFY(join(buyer, m_buyer, u"presence-online"_s));
        buyer.sendJson({{u"event"_s, u"client-wave"_s},
                        {u"channel"_s, u"presence-online"_s},
                        {u"data"_s, QJsonObject()}});
        const std::optional<PusherFrame> wave = seller.waitFor(u"client-wave"_s);
        QVERIFY(wave);
        QVERIFY(wave->raw.value(u"user_id"_s).isString());

        // Public channels take no client events.
        buyer.subscribe(u"news"_s);
        QVERIFY(buyer.waitFor(u"pusher_internal:subscription_succeeded"_s));
        buyer.sendJson(
            {{u"event"_s, u"client-x"_s}, {u"channel"_s, u"news"_s}, {u"data"_s, QJsonObject()}});
        error = buyer.waitFor(u"pusher:error"_s);
        QVERIFY(error);
        QCOMPARE(error->data.toObject().value(u"code"_s).toInt(), 4301);
    }

    void clientEventsAreLimitedToTenPerSecond()
    {
        PusherTestClient seller;
        PusherTestClient buyer;
        QVERIFY(seller.connectTo(m_sandbox.wsUrl()) && buyer.connectTo(m_sandbox.wsUrl()));
        QVERIFY(join(seller, m_seller, conversationChannel()));
        QVERIFY(join(buyer, m_buyer, conversationChannel()));
        for (int i = 0; i < 15; ++i) {
            buyer.sendJson({{u"event"_s, u"client-typing"_s},
                            {u"channel"_s, conversationChannel()},
                            {u"data"_s, QJsonObject{{u"n"_s, i}}}});
        }
        const std::optional<PusherFrame> limited = buyer.waitFor(u"pusher:error"_s);
        QVERIFY(limited);
        QCOMPARE(limited->data.toObject().value(u"code"_s).toInt(), 4301);
        int delivered = 0;
        while (seller.waitFor(u"client-typing"_s, 300))
            ++delivered;
        QCOMPARE(delivered, 10);
        QCOMPARE(buyer.socket().state(), QAbstractSocket::ConnectedState); // in-band, not a close
    }

    void malformedFramesAreAnsweredAndHarmless_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::newRow("not json") << u"not json"_s;
        QTest::newRow("broken data string")
            << u"{\"event\":\"pusher:subscribe\",\"data\":\"{broken\"}"_s;
        QTest::newRow("array") << u"[]"_s;
        QTest::newRow("event not a string") << u"{\"event\":42}"_s;
        QTest::newRow("no event") << u"{\"data\":{}}"_s;
        QTest::newRow("unknown event") << u"{\"event\":\"pusher:teleport\",\"data\":{}}"_s;
        QTest::newRow("subscribe without channel")
            << u"{\"event\":\"pusher:subscribe\",\"data\":{}}"_s;
        QTest::newRow("oversize") << u"{\"event\":\"client-x\",\"data\":\"%1\"}"_s.arg(
            QString(8000, u'a'));
    }

    void malformedFramesAreAnsweredAndHarmless()
    {
        QFETCH(QString, frame);
        PusherTestClient client;
        QVERIFY(client.connectTo(m_sandbox.wsUrl()));
        client.sendRaw(frame);
        const std::optional<PusherFrame> error = client.waitFor(u"pusher:error"_s);
        QVERIFY(error);
        QVERIFY(!error->data.toObject().value(u"message"_s).toString().isEmpty());
        // The same connection still works, and so does a new one.
        client.sendJson({{u"event"_s, u"pusher:ping"_s}, {u"data"_s, QJsonObject()}});
        QVERIFY(client.waitFor(u"pusher:pong"_s));
        PusherTestClient fresh;
        QVERIFY(fresh.connectTo(m_sandbox.wsUrl()));
    }

    void invalidChannelNamesAreRefused()
    {
        PusherTestClient client;
        QVERIFY(client.connectTo(m_sandbox.wsUrl()));
        client.subscribe(u"spaces are not allowed"_s);
        QVERIFY(client.waitFor(u"pusher:subscription_error"_s));
        client.subscribe(QString(201, u'a'));
        QVERIFY(client.waitFor(u"pusher:subscription_error"_s));
    }

    void subscriptionsPerConnectionAreCapped()
    {
        // The default cap is 100 channels per connection; the 101st is refused in-band.
        PusherTestClient client;
        QVERIFY(client.connectTo(m_sandbox.wsUrl()));
        for (int i = 0; i < 100; ++i)
            client.subscribe(u"capped-%1"_s.arg(i));
        for (int i = 0; i < 100; ++i)
            QVERIFY(client.waitFor(u"pusher_internal:subscription_succeeded"_s, 3000,
                                   u"capped-%1"_s.arg(i)));
        client.subscribe(u"one-too-many"_s);
        const std::optional<PusherFrame> refused = client.waitFor(u"pusher:subscription_error"_s);
        QVERIFY(refused);
        QCOMPARE(refused->channel, u"one-too-many"_s);
        QCOMPARE(refused->data.toObject().value(u"type"_s).toString(), u"LimitReached"_s);
        QCOMPARE(refused->data.toObject().value(u"status"_s).toInt(), 4100);
        QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);

        // Subscribing again to a channel it has costs nothing; leaving one frees a place.
        client.subscribe(u"capped-7"_s);
        QVERIFY(client.waitFor(u"pusher_internal:subscription_succeeded"_s, 3000, u"capped-7"_s));
        client.sendJson({{u"event"_s, u"pusher:unsubscribe"_s},
                         {u"data"_s, QJsonObject{{u"channel"_s, u"capped-0"_s}}}});
        client.subscribe(u"one-too-many"_s);
        QVERIFY(
            client.waitFor(u"pusher_internal:subscription_succeeded"_s, 3000, u"one-too-many"_s));
    }

    void connectionsPerAddressAreCapped()
    {
        // The default cap is 100 connections per remote address; the next is refused
        // with 4004 "over connection quota", which clients do not retry unchanged.
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--database"_s, u":memory:"_s}));
        std::vector<std::unique_ptr<PusherTestClient>> clients;
        for (int i = 0; i < 100; ++i) {
            clients.push_back(std::make_unique<PusherTestClient>());
            QVERIFY2(clients.back()->connectTo(sandbox.wsUrl()), qPrintable(QString::number(i)));
        }
        PusherTestClient extra;
        QVERIFY(!extra.connectTo(sandbox.wsUrl(), 3000));
        QVERIFY(extra.waitForDisconnected());
        QCOMPARE(extra.closeCode(), 4004);
        QCOMPARE(extra.frames().first().data.toObject().value(u"code"_s).toInt(), 4004);

        // A connection that leaves makes room for another.
        clients.front()->socket().close();
        QVERIFY(clients.front()->waitForDisconnected());
        bool admitted = false;
        for (int attempt = 0; attempt < 10 && !admitted;
             ++attempt) { // the server drops it a moment later
            PusherTestClient next;
            admitted = next.connectTo(sandbox.wsUrl(), 1000);
        }
        QVERIFY(admitted);
    }

    void peersThatStopReadingAreAbortedAfterTheClose()
    {
        // A subscriber that never reads gets 4100 once 8 MiB wait for it; its close
        // frame waits behind them, so after a grace period (5 s) the socket is aborted
        // and what it held is freed. A raw socket stands in for the peer, since a
        // QWebSocket always reads.
        SandboxProcess sandbox;
        QVERIFY(sandbox.start({u"--database"_s, u":memory:"_s, u"--app-secret"_s, m_secret}));
        RawHttpClient peer;
        QVERIFY(peer.connectTo(sandbox.wsHost(), sandbox.wsPort()));
        QVERIFY(
            peer.write("GET /app/" + sandbox.appKey().toUtf8() +
                       "?protocol=7 HTTP/1.1\r\nHost: sandbox\r\n"
                       "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                       "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n"));
        QVERIFY(peer.waitFor([](const QByteArray &bytes) {
            return bytes.contains("pusher:connection_established");
        }));
        QStringList channels;
        for (int i = 0; i < 100; ++i) {
            channels.append(u"slow-%1"_s.arg(i));
            const QJsonObject subscribe{{u"event"_s, u"pusher:subscribe"_s},
                                        {u"data"_s, QJsonObject{{u"channel"_s, channels.last()}}}};
            peer.write(maskedTextFrame(QJsonDocument(subscribe).toJson(QJsonDocument::Compact)));
        }
        QVERIFY(peer.waitFor([](const QByteArray &bytes) {
            return bytes.count("pusher_internal:subscription_succeeded") == 100;
        }));
        peer.socket().setReadBufferSize(1); // from now on the peer reads nothing

        const auto channelQuery = [&] {
            const QString path = u"/apps/%1/channels/slow-0"_s.arg(sandbox.appId());
            QUrl url(u"http://%1:%2%3"_s.arg(sandbox.wsHost()).arg(sandbox.wsPort()).arg(path));
            url.setQuery(envisage::sandbox::PusherSigner::signedQuery(
                sandbox.appKey(), m_secret, u"GET"_s, path, {},
                QDateTime::currentSecsSinceEpoch()));
            return m_http.get(url).json();
        };
        QCOMPARE(channelQuery().value(u"occupied"_s).toBool(), true);
        // 40 × 100 frames of 10 KB: far more than the 8 MiB and both kernels' buffers.
        const QString path = u"/apps/%1/events"_s.arg(sandbox.appId());
        const QByteArray event =
            QJsonDocument(QJsonObject{{u"name"_s, u"bulk"_s},
                                      {u"channels"_s, QJsonArray::fromStringList(channels)},
                                      {u"data"_s, QString(10000, u'x')}})
                .toJson(QJsonDocument::Compact);
        for (int i = 0; i < 40; ++i) {
            QUrl url(u"http://%1:%2%3"_s.arg(sandbox.wsHost()).arg(sandbox.wsPort()).arg(path));
            url.setQuery(envisage::sandbox::PusherSigner::signedQuery(
                sandbox.appKey(), m_secret, u"POST"_s, path, event,
                QDateTime::currentSecsSinceEpoch()));
            QCOMPARE(m_http.send("POST", url, event, "application/json", {}).status, 200);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!channelQuery().value(u"occupied"_s).toBool(), 12000);
    }

    void silentClientsAreClosedWith4201()
    {
        SandboxProcess strict;
        QVERIFY(strict.start({u"--database"_s, u":memory:"_s, u"--ping-interval-ms"_s, u"200"_s,
                              u"--pong-timeout-ms"_s, u"200"_s}));
        PusherTestClient silent;
        PusherTestClient polite;
        QVERIFY(silent.connectTo(strict.wsUrl()) && polite.connectTo(strict.wsUrl()));
        // The polite client answers each pusher:ping; the silent one never does.
        for (int round = 0; round < 4; ++round) {
            if (polite.waitFor(u"pusher:ping"_s, 1000))
                polite.sendJson({{u"event"_s, u"pusher:pong"_s}, {u"data"_s, QJsonObject()}});
        }
        QVERIFY(silent.waitForDisconnected(3000));
        QCOMPARE(silent.closeCode(), 4201);
        QCOMPARE(polite.socket().state(), QAbstractSocket::ConnectedState);
    }

    void sigtermClosesConnectionsWith4200()
    {
        SandboxProcess doomed;
        QVERIFY(doomed.start({u"--database"_s, u":memory:"_s}));
        PusherTestClient client;
        QVERIFY(client.connectTo(doomed.wsUrl()));
        QCOMPARE(doomed.stop(), 0);
        QVERIFY(client.waitForDisconnected());
        QCOMPARE(client.closeCode(), 4200);
    }
};

QTEST_GUILESS_MAIN(SandboxPusherTest)
#include "tst_sandbox_pusher.moc"
