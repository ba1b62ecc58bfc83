// core/realtime against the real envisage-sandbox: private and presence channels,
// whispers, toOthers, the authorization endpoint, and a sandbox restart in the middle
// of a session that the client survives on its own.
#include "SandboxProcess.h"
#include "TestHttp.h"
#include "realtime/ChannelAuthorizer.h"
#include "realtime/Echo.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace envisage::realtime;
using namespace std::chrono;
using envisage::testing::SandboxProcess;
using envisage::testing::TestHttp;

namespace {

// One signed-in participant: token, authorizer, client and Echo.
struct Participant
{
    QString token;
    int authorizationRequests = 0;
    std::unique_ptr<HttpChannelAuthorizer> authorizer;
    std::unique_ptr<PusherClient> client;
    std::unique_ptr<Echo> echo;

    Participant(const SandboxProcess &sandbox, QString signedInToken)
        : token(std::move(signedInToken))
    {
        authorizer = std::make_unique<HttpChannelAuthorizer>(
            sandbox.apiUrl(u"/broadcasting/auth"_s), [this] {
                ++authorizationRequests; // asked per request: a refreshed token is used at once
                return HttpChannelAuthorizer::Headers{{"Authorization", "Bearer " + token.toUtf8()}};
            });
        PusherOptions options;
        options.key = sandbox.appKey();
        options.host = sandbox.wsHost();
        options.port = sandbox.wsPort();
        options.useTls = false;
        options.watchNetwork = false;
        options.reconnectBaseDelay = milliseconds(100);
        options.reconnectMaxDelay = milliseconds(400);
        client = std::make_unique<PusherClient>(options, authorizer.get());
        echo = std::make_unique<Echo>(client.get());
        client->open();
    }
};

} // namespace

class RealtimeSandboxTest : public QObject
{
    Q_OBJECT

    TestHttp m_http;

    qint64 sharedConversation(const SandboxProcess &sandbox, const QString &buyerToken)
    {
        return m_http.get(sandbox.apiUrl(u"/api/conversations"_s), buyerToken)
            .json().value(u"data"_s).toArray().first().toObject().value(u"id"_s).toInteger();
    }

private Q_SLOTS:
    void privatePresenceWhisperAndToOthers()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({u"--database"_s, u":memory:"_s, u"--seed"_s, u"demo"_s}), qPrintable(sandbox.errorOutput()));
        Participant seller(sandbox, m_http.login(sandbox.apiUrl(), u"seller@envisage.test"_s, u"demo-seller"_s));
        Participant buyer(sandbox, m_http.login(sandbox.apiUrl(), u"buyer1@envisage.test"_s, u"demo-buyer"_s));
        const qint64 id = sharedConversation(sandbox, buyer.token);
        const QString name = u"conversation.%1"_s.arg(id);

        QList<QJsonValue> sellerMessages;
        QList<QJsonValue> buyerMessages;
        EchoChannel sellerChannel = seller.echo->privateChannel(name);
        EchoChannel buyerChannel = buyer.echo->privateChannel(name);
        sellerChannel.listen(u".message.sent"_s, [&](const QJsonValue &m) { sellerMessages.append(m); });
        buyerChannel.listen(u".message.sent"_s, [&](const QJsonValue &m) { buyerMessages.append(m); });
        QTRY_VERIFY_WITH_TIMEOUT(sellerChannel.pusherChannel()->isSubscribed() && buyerChannel.pusherChannel()->isSubscribed(), 5000);

        // toOthers: the buyer's own connection does not hear its message.
        const auto [header, value] = buyer.echo->socketIdHeader();
        QCOMPARE(m_http.postJson(sandbox.apiUrl(u"/api/conversations/%1/messages"_s.arg(id)),
                                 {{u"body"_s, u"Is the desk still available?"_s}, {u"client_id"_s, u"rt-1"_s}},
                                 buyer.token, {{header, value}}).status, 201);
        QTRY_COMPARE(sellerMessages.size(), 1);
        QCOMPARE(sellerMessages.first().toObject().value(u"client_id"_s).toString(), u"rt-1"_s);
        QTest::qWait(200);
        QCOMPARE(buyerMessages.size(), 0);

        // Whispers both ways, never back to the sender.
        QString heardBySeller;
        QString heardByBuyer;
        int echoedToSeller = 0;
        sellerChannel.listenForWhisper(u"typing"_s, [&](const QJsonValue &d, const QString &) { heardBySeller = d.toObject().value(u"user_name"_s).toString(); });
        buyerChannel.listenForWhisper(u"typing"_s, [&](const QJsonValue &d, const QString &) {
            heardByBuyer = d.toObject().value(u"user_name"_s).toString();
        });
        sellerChannel.listenForWhisper(u"seen"_s, [&](const QJsonValue &, const QString &) { ++echoedToSeller; });
        QVERIFY(!buyerChannel.whisper(u"typing"_s, QJsonObject{{u"user_name"_s, u"Ada Novak"_s}}));
        QVERIFY(!sellerChannel.whisper(u"typing"_s, QJsonObject{{u"user_name"_s, u"Sam Rivera"_s}}));
        QVERIFY(!sellerChannel.whisper(u"seen"_s, QJsonObject()));
        QTRY_COMPARE(heardBySeller, u"Ada Novak"_s);
        QTRY_COMPARE(heardByBuyer, u"Sam Rivera"_s);
        QCOMPARE(echoedToSeller, 0);

        // Presence: the seller sees the buyer come and go, per user.
        QList<QJsonValue> joined;
        QList<QJsonValue> left;
        QJsonArray here;
        EchoPresenceChannel sellerOnline = seller.echo->join(u"online"_s);
        sellerOnline.here([&](const QJsonArray &users) { here = users; });
        sellerOnline.joining([&](const QJsonValue &user) { joined.append(user); });
        sellerOnline.leaving([&](const QJsonValue &user) { left.append(user); });
        QTRY_COMPARE(here.size(), 1);
        EchoPresenceChannel buyerOnline = buyer.echo->join(u"online"_s);
        QTRY_COMPARE(joined.size(), 1);
        QCOMPARE(joined.first().toObject().value(u"name"_s).toString(), u"Ada Novak"_s);
        QTRY_VERIFY(buyerOnline.pusherChannel()->isSubscribed());
        QCOMPARE(buyerOnline.pusherChannel()->members().size(), 2);
        buyer.echo->leave(u"online"_s);
        QTRY_COMPARE(left.size(), 1);

        // A channel the seller may not join fails with the endpoint's status.
        int status = 0;
        seller.echo->privateChannel(u"App.Models.User.999"_s).error([&](const RealtimeError &e) { status = e.httpStatus; });
        QTRY_COMPARE(status, 403);
        QVERIFY(seller.authorizationRequests >= 3);
    }

    void survivesASandboxRestart()
    {
        QTemporaryDir folder;
        const QString database = folder.filePath(u"restart.sqlite"_s);
        auto sandbox = std::make_unique<SandboxProcess>();
        QVERIFY(sandbox->start({u"--database"_s, database, u"--seed"_s, u"demo"_s}));
        const QString apiPort = QString::number(sandbox->apiUrl().port());
        const QString wsPort = QString::number(sandbox->wsPort());
        const QString buyerToken = m_http.login(sandbox->apiUrl(), u"buyer1@envisage.test"_s, u"demo-buyer"_s);
        Participant seller(*sandbox, m_http.login(sandbox->apiUrl(), u"seller@envisage.test"_s, u"demo-seller"_s));
        const qint64 id = sharedConversation(*sandbox, buyerToken);

        QList<QJsonValue> messages;
        EchoChannel channel = seller.echo->privateChannel(u"conversation.%1"_s.arg(id));
        channel.listen(u".message.sent"_s, [&](const QJsonValue &m) { messages.append(m); });
        QSignalSpy subscribed(channel.pusherChannel(), &PusherChannel::subscribed);
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.size(), 1, 5000);
        const QString firstSocketId = seller.echo->socketId();

        QCOMPARE(sandbox->stop(), 0);
        QTRY_VERIFY(seller.client->connection()->state() != PusherConnection::State::Connected);
        QTRY_VERIFY(!channel.pusherChannel()->isSubscribed());

        sandbox = std::make_unique<SandboxProcess>();
        QVERIFY(sandbox->start({u"--database"_s, database, u"--port"_s, apiPort, u"--ws-port"_s, wsPort}));
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.size(), 2, 10000);
        QVERIFY(seller.echo->socketId() != firstSocketId);

        QCOMPARE(m_http.postJson(sandbox->apiUrl(u"/api/conversations/%1/messages"_s.arg(id)),
                                 {{u"body"_s, u"After the restart"_s}}, buyerToken).status, 201);
        QTRY_COMPARE(messages.size(), 1);
        QCOMPARE(messages.first().toObject().value(u"body"_s).toString(), u"After the restart"_s);
    }
};

QTEST_GUILESS_MAIN(RealtimeSandboxTest)
#include "tst_realtime_sandbox.moc"
