// core/realtime and the marketplace frontend's own libraries on the same channels of the
// real envisage-sandbox: a laravel-echo + pusher-js peer in Node
// (tests/interop/peer/echo-peer.mjs, signed in as buyer1) and our Echo (signed in as the
// seller) whisper to each other, see each other come and go on presence-online, and both
// receive what the `pusher` server SDK publishes through the sandbox's HTTP API; a REST
// message sent with our X-Socket-ID reaches Echo but not us (toOthers).
//
// "Never delivered to X" is checked without sleeping: a later event that X does receive,
// sent through the same server after the first one was handled, proves X's socket had
// already carried anything the first one would have put there.
#include "EchoPeer.h"
#include "SandboxProcess.h"
#include "TestHttp.h"
#include "realtime/ChannelAuthorizer.h"
#include "realtime/Echo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace envisage::realtime;
using envisage::testing::EchoPeer;
using envisage::testing::is;
using envisage::testing::SandboxProcess;
using envisage::testing::TestHttp;
using envisage::testing::withData;

// A check on the peer that logs its recent messages and stderr when (and only when) it fails.
#define PEER_VERIFY(expression, expected) LINES_VERIFY(*m_peer, expression, expected)

namespace {

const QString AppId = u"interop-app"_s;
const QString AppKey = u"interop-key"_s;
const QString AppSecret = u"interop-secret"_s;
const QString PublicChannel = u"interop-public"_s;
constexpr int WaitMs = 5000;

// Our side: the seller's authorizer, client and Echo.
struct Participant
{
    QString token;
    std::unique_ptr<HttpChannelAuthorizer> authorizer;
    std::unique_ptr<PusherClient> client;
    std::unique_ptr<Echo> echo;

    Participant(const SandboxProcess &sandbox, QString signedInToken)
        : token(std::move(signedInToken))
    {
        authorizer = std::make_unique<HttpChannelAuthorizer>(
            sandbox.apiUrl(u"/broadcasting/auth"_s), [this] {
                return HttpChannelAuthorizer::Headers{{"Authorization", "Bearer " + token.toUtf8()},
                                                      {"Accept", "application/json"}};
            });
        PusherOptions options;
        options.key = sandbox.appKey();
        options.host = sandbox.wsHost();
        options.port = sandbox.wsPort();
        options.useTls = false;
        options.watchNetwork = false;
        client = std::make_unique<PusherClient>(options, authorizer.get());
        echo = std::make_unique<Echo>(client.get());
        client->open();
    }
};

// What our Echo heard on one channel.
struct Heard
{
    QList<QJsonObject> whispers;
    QList<QJsonObject> messages;  // .message.sent
    QList<QJsonObject> sdkEvents; // .sdk-event

    bool hasSdkEvent(const QJsonValue &seq) const
    {
        return std::any_of(sdkEvents.cbegin(), sdkEvents.cend(),
                           [&](const QJsonObject &e) { return e.value(u"seq"_s) == seq; });
    }
};

} // namespace

class RealtimeInteropTest : public QObject
{
    Q_OBJECT

    // Declared so that destruction stops the peer and our client before the sandbox.
    TestHttp m_http;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<EchoPeer> m_peer;
    std::unique_ptr<Participant> m_seller;
    std::optional<EchoChannel> m_conversation;
    QJsonObject m_sellerUser;
    QJsonObject m_buyerUser;
    qint64 m_conversationId = 0;
    QString m_privateName;
    Heard m_onPrivate;
    Heard m_onPublic;
    QList<QJsonArray> m_here;
    QList<QJsonValue> m_joining;
    QList<QJsonValue> m_leaving;

    void listenOn(const EchoChannel &channel, Heard *heard)
    {
        channel.listen(u".message.sent"_s,
                       [heard](const QJsonValue &d) { heard->messages.append(d.toObject()); });
        channel.listen(u".sdk-event"_s,
                       [heard](const QJsonValue &d) { heard->sdkEvents.append(d.toObject()); });
        channel.listenForWhisper(u"typing"_s, [heard](const QJsonValue &d, const QString &) {
            heard->whispers.append(d.toObject());
        });
    }

    EchoPresenceChannel joinOnline()
    {
        EchoPresenceChannel online = m_seller->echo->join(u"online"_s);
        online.here([this](const QJsonArray &users) { m_here.append(users); });
        online.joining([this](const QJsonValue &user) { m_joining.append(user); });
        online.leaving([this](const QJsonValue &user) { m_leaving.append(user); });
        return online;
    }

    QString sellerName() const { return m_sellerUser.value(u"name"_s).toString(); }
    QString buyerName() const { return m_buyerUser.value(u"name"_s).toString(); }

    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }

    static QStringList names(const QJsonArray &users)
    {
        QStringList result;
        for (const QJsonValue &user : users)
            result.append(user.toObject().value(u"name"_s).toString());
        return sorted(result);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = EchoPeer::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));

        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(
            m_sandbox->start({u"--database"_s, u":memory:"_s, u"--seed"_s, u"demo"_s, u"--app-id"_s,
                              AppId, u"--app-key"_s, AppKey, u"--app-secret"_s, AppSecret}),
            qPrintable(m_sandbox->errorOutput()));

        // The Node peer signs in on its own while we do.
        m_peer = std::make_unique<EchoPeer>();
        QVERIFY2(m_peer->start({u"--api-url"_s, m_sandbox->apiUrl().toString(), u"--ws-host"_s,
                                m_sandbox->wsHost(), u"--ws-port"_s,
                                QString::number(m_sandbox->wsPort()), u"--app-key"_s, AppKey,
                                u"--app-id"_s, AppId, u"--app-secret"_s, AppSecret, u"--email"_s,
                                u"buyer1@envisage.test"_s, u"--password"_s, u"demo-buyer"_s}),
                 "the Echo peer did not start");

        const QString token =
            m_http.login(m_sandbox->apiUrl(), u"seller@envisage.test"_s, u"demo-seller"_s);
        QVERIFY(!token.isEmpty());
        m_sellerUser = m_http.get(m_sandbox->apiUrl(u"/api/user"_s), token).json();
        const QJsonArray conversations =
            m_http.get(m_sandbox->apiUrl(u"/api/conversations?per_page=100"_s), token)
                .json()
                .value(u"data"_s)
                .toArray();
        for (const QJsonValue &conversation : conversations) {
            const QJsonObject c = conversation.toObject();
            if (c.value(u"buyer"_s).toObject().value(u"email"_s) == u"buyer1@envisage.test"_s)
                m_conversationId = c.value(u"id"_s).toInteger();
        }
        QVERIFY2(m_conversationId > 0, "the seller shares no conversation with buyer1");
        m_privateName = u"private-conversation.%1"_s.arg(m_conversationId);
        m_seller = std::make_unique<Participant>(*m_sandbox, token);

        const auto ready = m_peer->take(is(u"ready"_s), 15000);
        PEER_VERIFY(ready, u"ready"_s);
        m_buyerUser = ready->value(u"user"_s).toObject();
        QCOMPARE(m_buyerUser.value(u"email"_s).toString(), u"buyer1@envisage.test"_s);

        // Both on the conversation's private channel and on a public one.
        m_conversation = m_seller->echo->privateChannel(u"conversation.%1"_s.arg(m_conversationId));
        listenOn(*m_conversation, &m_onPrivate);
        const EchoChannel publicChannel = m_seller->echo->channel(PublicChannel);
        listenOn(publicChannel, &m_onPublic);
        const QJsonArray listen{u".message.sent"_s, u".sdk-event"_s};
        PEER_VERIFY(m_peer->run({{u"cmd"_s, u"private"_s},
                                 {u"channel"_s, u"conversation.%1"_s.arg(m_conversationId)},
                                 {u"listen"_s, listen},
                                 {u"whispers"_s, QJsonArray{u"typing"_s}}}),
                    u"the answer to a command"_s);
        PEER_VERIFY(
            m_peer->run(
                {{u"cmd"_s, u"channel"_s}, {u"channel"_s, PublicChannel}, {u"listen"_s, listen}}),
            u"the answer to a command"_s);
        PEER_VERIFY(m_peer->take(is(u"subscribed"_s, m_privateName)), m_privateName);
        PEER_VERIFY(m_peer->take(is(u"subscribed"_s, PublicChannel)), PublicChannel);
        QTRY_VERIFY_WITH_TIMEOUT(m_conversation->pusherChannel()->isSubscribed() &&
                                     publicChannel.pusherChannel()->isSubscribed(),
                                 WaitMs);
    }

    void cleanupTestCase()
    {
        const int peerExit = m_peer ? m_peer->stop() : 0;
        m_peer.reset();
        m_conversation.reset();
        m_seller.reset();
        if (m_sandbox)
            QCOMPARE(m_sandbox->stop(), 0);
        m_sandbox.reset();
        QCOMPARE(peerExit, 0); // it left on its own when its stdin closed
    }

    void whispersBothWays()
    {
        const QJsonObject fromCpp{{u"user_id"_s, m_sellerUser.value(u"id"_s)},
                                  {u"user_name"_s, sellerName()},
                                  {u"seq"_s, 1}};
        QVERIFY(!m_conversation->whisper(u"typing"_s, fromCpp));
        const auto heardByEcho =
            m_peer->take(is(u"whisper"_s, m_privateName, withData(u"seq"_s, 1)));
        PEER_VERIFY(heardByEcho, u"our whisper"_s);
        QCOMPARE(heardByEcho->value(u"event"_s).toString(), u"typing"_s);
        QCOMPARE(heardByEcho->value(u"data"_s).toObject(), fromCpp);

        const QJsonObject fromEcho{{u"user_id"_s, m_buyerUser.value(u"id"_s)},
                                   {u"user_name"_s, buyerName()},
                                   {u"seq"_s, 2}};
        PEER_VERIFY(m_peer->run({{u"cmd"_s, u"whisper"_s},
                                 {u"channel"_s, m_privateName},
                                 {u"event"_s, u"typing"_s},
                                 {u"data"_s, fromEcho}}),
                    u"the answer to a command"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_onPrivate.whispers.size(), 1, WaitMs);
        QCOMPARE(m_onPrivate.whispers.first(), fromEcho); // and so not our own seq 1

        // Echo's own seq 2 would have reached it before our seq 3.
        QVERIFY(!m_conversation->whisper(u"typing"_s, QJsonObject{{u"seq"_s, 3}}));
        PEER_VERIFY(m_peer->take(is(u"whisper"_s, m_privateName, withData(u"seq"_s, 3))),
                    u"our second whisper"_s);
        QCOMPARE(m_peer->count(is(u"whisper"_s, m_privateName, withData(u"seq"_s, 2))), 0);
        QCOMPARE(m_peer->count(is(u"whisper"_s)), 2);
        QCOMPARE(m_onPrivate.whispers.size(), 1);
    }

    void presenceBothWays()
    {
        EchoPresenceChannel online = joinOnline();
        QTRY_COMPARE_WITH_TIMEOUT(m_here.size(), 1, WaitMs);
        QCOMPARE(names(m_here.last()), QStringList{sellerName()});

        // Echo joins: we see it joining, its here() lists us.
        PEER_VERIFY(m_peer->run({{u"cmd"_s, u"join"_s}, {u"channel"_s, u"online"_s}}),
                    u"the answer to a command"_s);
        auto here = m_peer->take(is(u"here"_s, u"presence-online"_s));
        PEER_VERIFY(here, u"here()"_s);
        QCOMPARE(names(here->value(u"users"_s).toArray()), sorted({sellerName(), buyerName()}));
        QTRY_COMPARE_WITH_TIMEOUT(m_joining.size(), 1, WaitMs);
        QCOMPARE(m_joining.first().toObject().value(u"name"_s).toString(), buyerName());
        const QString buyerId = QString::number(m_buyerUser.value(u"id"_s).toInteger());
        QCOMPARE(online.pusherChannel()->members().keys(),
                 sorted({QString::number(m_sellerUser.value(u"id"_s).toInteger()), buyerId}));

        // Echo leaves: we see it leaving.
        PEER_VERIFY(m_peer->run({{u"cmd"_s, u"leave"_s}, {u"channel"_s, u"online"_s}}),
                    u"the answer to a command"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_leaving.size(), 1, WaitMs);
        QCOMPARE(m_leaving.first().toObject().value(u"name"_s).toString(), buyerName());
        QCOMPARE(online.pusherChannel()->members().size(), 1);

        // Echo joins again; then we leave and come back: Echo sees us go and come.
        PEER_VERIFY(m_peer->run({{u"cmd"_s, u"join"_s}, {u"channel"_s, u"online"_s}}),
                    u"the answer to a command"_s);
        here = m_peer->take(is(u"here"_s, u"presence-online"_s));
        PEER_VERIFY(here, u"a second here()"_s);
        QCOMPARE(here->value(u"users"_s).toArray().size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(m_joining.size(), 2, WaitMs);

        m_seller->echo->leave(u"online"_s);
        const auto leaving = m_peer->take(is(u"leaving"_s, u"presence-online"_s));
        PEER_VERIFY(leaving, u"leaving() for us"_s);
        QCOMPARE(leaving->value(u"user"_s).toObject().value(u"name"_s).toString(), sellerName());

        online = joinOnline();
        const auto joining = m_peer->take(is(u"joining"_s, u"presence-online"_s));
        PEER_VERIFY(joining, u"joining() for us"_s);
        QCOMPARE(joining->value(u"user"_s).toObject().value(u"name"_s).toString(), sellerName());
        QTRY_COMPARE_WITH_TIMEOUT(m_here.size(), 2, WaitMs);
        QCOMPARE(names(m_here.last()), sorted({sellerName(), buyerName()}));
        // Nobody was announced twice.
        QCOMPARE(m_peer->count(is(u"joining"_s)), 1);
        QCOMPARE(m_peer->count(is(u"leaving"_s)), 1);
        QCOMPARE(m_joining.size(), 2);
        QCOMPARE(m_leaving.size(), 1);
    }

    void sdkEventsReachBoth()
    {
        const auto trigger = [this](const QString &channel, const QJsonObject &data,
                                    const QString &exceptSocket = {}) {
            QJsonObject command{{u"cmd"_s, u"trigger-sdk"_s},
                                {u"channels"_s, QJsonArray{channel}},
                                {u"event"_s, u"sdk-event"_s},
                                {u"data"_s, data}};
            if (!exceptSocket.isEmpty())
                command.insert(u"socket_id"_s, exceptSocket);
            const auto answer = m_peer->run(command);
            return answer && answer->value(u"status"_s).toInt() == 200;
        };
        const QJsonObject onPrivate{
            {u"seq"_s, 1},
            {u"text"_s, u"h\u00e9llo \u2713 \"quoted\""_s},
            {u"nested"_s, QJsonObject{{u"list"_s, QJsonArray{1, 2.5, true, QJsonValue()}}}}};
        const QJsonObject onPublic{{u"seq"_s, 2}, {u"text"_s, u"public"_s}};

        PEER_VERIFY(trigger(m_privateName, onPrivate), u"trigger 200"_s);
        auto atEcho = m_peer->take(is(u"event"_s, m_privateName, withData(u"seq"_s, 1)));
        PEER_VERIFY(atEcho, u"the SDK event on the private channel"_s);
        QCOMPARE(atEcho->value(u"data"_s).toObject(), onPrivate);
        QTRY_COMPARE_WITH_TIMEOUT(m_onPrivate.sdkEvents.size(), 1, WaitMs);
        QCOMPARE(m_onPrivate.sdkEvents.first(), onPrivate);

        PEER_VERIFY(trigger(PublicChannel, onPublic), u"trigger 200"_s);
        atEcho = m_peer->take(is(u"event"_s, PublicChannel, withData(u"seq"_s, 2)));
        PEER_VERIFY(atEcho, u"the SDK event on the public channel"_s);
        QCOMPARE(atEcho->value(u"data"_s).toObject(), onPublic);
        QTRY_COMPARE_WITH_TIMEOUT(m_onPublic.sdkEvents.size(), 1, WaitMs);
        QCOMPARE(m_onPublic.sdkEvents.first(), onPublic);

        // socket_id leaves our connection out; the next event proves the first has passed.
        PEER_VERIFY(trigger(PublicChannel, {{u"seq"_s, 3}}, m_seller->echo->socketId()),
                    u"trigger 200"_s);
        PEER_VERIFY(m_peer->take(is(u"event"_s, PublicChannel, withData(u"seq"_s, 3))),
                    u"the SDK event that excludes us"_s);
        PEER_VERIFY(trigger(PublicChannel, {{u"seq"_s, 4}}), u"trigger 200"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_onPublic.hasSdkEvent(4), WaitMs);
        QVERIFY(!m_onPublic.hasSdkEvent(3));
        QCOMPARE(m_onPrivate.sdkEvents.size(), 1);
    }

    void restMessageGoesToOthersOnly()
    {
        const QUrl url =
            m_sandbox->apiUrl(u"/api/conversations/%1/messages"_s.arg(m_conversationId));
        const auto clientId = [](const QJsonValue &id) {
            return [id](const QJsonObject &m) {
                return m.value(u"data"_s).toObject().value(u"client_id"_s) == id;
            };
        };

        // Without X-Socket-ID both hear it (so that "not heard" below means something).
        QCOMPARE(m_http
                     .postJson(url,
                               {{u"body"_s, u"For everyone"_s}, {u"client_id"_s, u"interop-1"_s}},
                               m_seller->token)
                     .status,
                 201);
        PEER_VERIFY(m_peer->take(is(u"event"_s, m_privateName, clientId(u"interop-1"_s))),
                    u"message interop-1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_onPrivate.messages.size(), 1, WaitMs);
        QCOMPARE(m_onPrivate.messages.first().value(u"client_id"_s).toString(), u"interop-1"_s);

        const auto [header, value] = m_seller->echo->socketIdHeader();
        QVERIFY(!value.isEmpty());
        QCOMPARE(m_http
                     .postJson(url,
                               {{u"body"_s, u"To the others"_s}, {u"client_id"_s, u"interop-2"_s}},
                               m_seller->token, {{header, value}})
                     .status,
                 201);
        const auto atEcho = m_peer->take(is(u"event"_s, m_privateName, clientId(u"interop-2"_s)));
        PEER_VERIFY(atEcho, u"message interop-2"_s);
        const QJsonObject message = atEcho->value(u"data"_s).toObject();
        QCOMPARE(atEcho->value(u"event"_s).toString(), u".message.sent"_s);
        QCOMPARE(message.value(u"body"_s).toString(), u"To the others"_s);
        QCOMPARE(message.value(u"sender_id"_s), m_sellerUser.value(u"id"_s));
        QCOMPARE(message.value(u"conversation_id"_s).toInteger(), m_conversationId);

        // A later event on the same channel reaches us; interop-2 never did.
        PEER_VERIFY(m_peer->run({{u"cmd"_s, u"trigger-sdk"_s},
                                 {u"channels"_s, QJsonArray{m_privateName}},
                                 {u"event"_s, u"sdk-event"_s},
                                 {u"data"_s, QJsonObject{{u"seq"_s, u"after-rest"_s}}}}),
                    u"the answer to a command"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_onPrivate.hasSdkEvent(u"after-rest"_s), WaitMs);
        QCOMPARE(m_onPrivate.messages.size(), 1);
        QCOMPARE(m_peer->count(is(u"event"_s, {}, clientId(u"interop-2"_s))), 1);
    }
};

QTEST_GUILESS_MAIN(RealtimeInteropTest)
#include "tst_realtime_interop.moc"
