// PusherClient and Echo against a scripted server: subscription states and races,
// authorization (and its failures), re-subscription with the new socket id after a
// reconnect, presence replaced with deltas, client events, encrypted channels.
#include "FakeAuthorizer.h"
#include "ScriptedPusherServer.h"
#include "realtime/Echo.h"
#include "realtime/SecretBox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace envisage::realtime;
using namespace std::chrono;
using envisage::testing::FakeAuthorizer;
using envisage::testing::ScriptedPusherServer;

namespace {
// Channels tests ping rarely and reconnect fast.
PusherOptions optionsFor(quint16 port)
{
    PusherOptions options = envisage::testing::scriptedServerOptions(port);
    options.activityTimeout = milliseconds(60000);
    options.reconnectBaseDelay = milliseconds(50);
    options.reconnectMaxDelay = milliseconds(200);
    return options;
}

QJsonObject presenceOf(const QMap<QString, QString> &names)
{
    QJsonArray ids;
    QJsonObject hash;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        ids.append(it.key());
        hash.insert(it.key(), QJsonObject{{u"name"_s, it.value()}});
    }
    return {{u"presence"_s, QJsonObject{{u"ids"_s, ids}, {u"hash"_s, hash}, {u"count"_s, ids.size()}}}};
}
} // namespace

class RealtimeChannelsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedPusherServer> m_server;
    std::unique_ptr<FakeAuthorizer> m_authorizer;
    std::unique_ptr<PusherClient> m_client;

    void connectClient()
    {
        m_client->open();
        QTRY_COMPARE(m_client->connection()->state(), PusherConnection::State::Connected);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ScriptedPusherServer>();
        QVERIFY(m_server->listen());
        m_authorizer = std::make_unique<FakeAuthorizer>();
        m_client = std::make_unique<PusherClient>(optionsFor(m_server->port()), m_authorizer.get());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void publicChannelSubscribesWithEmptyAuth()
    {
        connectClient();
        PusherChannel *channel = m_client->subscribe(u"news"_s);
        QCOMPARE(m_client->subscribe(u"news"_s), channel); // one object per name
        QTRY_VERIFY(channel->isSubscribed());
        const auto subscribes = m_server->received(u"pusher:subscribe"_s);
        QCOMPARE(subscribes.size(), 1);
        QCOMPARE(subscribes.first().data.value(u"auth"_s).toString(), QString());
        QVERIFY(m_authorizer->requests.isEmpty());
    }

    void privateChannelForwardsTheAuthorization()
    {
        PusherChannel *channel = m_client->subscribe(u"private-conversation.1"_s); // before connecting
        QCOMPARE(channel->state(), PusherChannel::State::Unsubscribed);
        connectClient();
        QTRY_VERIFY(channel->isSubscribed());
        QCOMPARE(m_authorizer->requests.first().socketId, m_server->socketIdOf(0));
        QCOMPARE(m_server->received(u"pusher:subscribe"_s).first().data.value(u"auth"_s).toString(),
                 u"key:signature-for-"_s + m_server->socketIdOf(0));
    }

    void eventsReachListenersUntilTheirHandleIsRemoved()
    {
        connectClient();
        PusherChannel *channel = m_client->subscribe(u"private-a"_s);
        QTRY_VERIFY(channel->isSubscribed());
        QList<QJsonValue> first;
        QList<QJsonValue> second;
        ListenerHandle a = channel->bind(u"message.sent"_s, [&](const QJsonValue &data, const QString &) { first.append(data); });
        ListenerHandle b = channel->bind(u"message.sent"_s, [&](const QJsonValue &data, const QString &) { second.append(data); });
        m_server->sendEvent(u"message.sent"_s, u"private-a"_s, u"{\"id\":1}"_s);
        QTRY_COMPARE(first.size(), 1);
        QCOMPARE(second.size(), 1);
        QCOMPARE(first.first().toObject().value(u"id"_s).toInt(), 1);
        a.remove();
        a.remove(); // twice is harmless
        m_server->sendEvent(u"message.sent"_s, u"private-a"_s, u"{\"id\":2}"_s);
        QTRY_COMPARE(second.size(), 2);
        QCOMPARE(first.size(), 1);
        QVERIFY(!a.isActive() && b.isActive());
    }

    void reconnectReauthorizesWithTheNewSocketId()
    {
        connectClient();
        PusherChannel *conversation = m_client->subscribe(u"private-conversation.1"_s);
        PusherChannel *news = m_client->subscribe(u"news"_s);
        QTRY_VERIFY(conversation->isSubscribed() && news->isSubscribed());
        QSignalSpy resubscribed(conversation, &PusherChannel::subscribed);
        QSignalSpy states(conversation, &PusherChannel::stateChanged);
        m_server->closeLatest(4200);
        QTRY_COMPARE(resubscribed.size(), 1);
        QCOMPARE(states.first().first().value<PusherChannel::State>(), PusherChannel::State::Unsubscribed);
        QTRY_VERIFY(news->isSubscribed());
        QCOMPARE(m_authorizer->requests.size(), 2);
        QCOMPARE(m_authorizer->requests.last().socketId, m_server->socketIdOf(1));
        const auto subscribes = m_server->received(u"pusher:subscribe"_s);
        QCOMPARE(subscribes.size(), 4);
        QCOMPARE(subscribes.last().connection, 1);
    }

    void authorizationFailuresAreStructuredAndRetried()
    {
        m_authorizer->failWithStatus = 403;
        connectClient();
        PusherChannel *channel = m_client->subscribe(u"private-conversation.9"_s);
        QSignalSpy failed(channel, &PusherChannel::subscriptionFailed);
        QTRY_COMPARE(channel->state(), PusherChannel::State::Failed);
        const RealtimeError error = failed.first().first().value<RealtimeError>();
        QCOMPARE(error.kind, RealtimeError::Kind::Authorization);
        QCOMPARE(error.httpStatus, 403);
        QCOMPARE(error.type, u"AuthError"_s);
        QCOMPARE(error.channel, u"private-conversation.9"_s);
        QVERIFY(m_server->received(u"pusher:subscribe"_s).isEmpty());

        m_authorizer->failWithStatus = 0; // e.g. the token was refreshed
        QCOMPARE(m_client->subscribe(u"private-conversation.9"_s), channel);
        QTRY_VERIFY(channel->isSubscribed());
    }

    void serverSubscriptionErrorsFailTheChannel()
    {
        m_server->acceptSubscriptions = false;
        connectClient();
        PusherChannel *channel = m_client->subscribe(u"private-x"_s);
        QVERIFY(m_server->waitForFrame(u"pusher:subscribe"_s));
        m_server->send({{u"event"_s, u"pusher:subscription_error"_s}, {u"channel"_s, u"private-x"_s},
                        {u"data"_s, QJsonObject{{u"type"_s, u"AuthError"_s}, {u"error"_s, u"bad sig"_s}, {u"status"_s, 401}}}});
        QTRY_COMPARE(channel->state(), PusherChannel::State::Failed);
        QCOMPARE(channel->lastError()->httpStatus, 401);
    }

    void reverbInBand4009FailsPendingSubscriptions()
    {
        m_server->acceptSubscriptions = false;
        connectClient();
        PusherChannel *channel = m_client->subscribe(u"presence-room"_s);
        PusherChannel *publicChannel = m_client->subscribe(u"lobby"_s);
        QVERIFY(m_server->waitForFrame(u"pusher:subscribe"_s, 2));
        m_server->send({{u"event"_s, u"pusher:error"_s},
                        {u"data"_s, u"{\"code\":4009,\"message\":\"Connection is unauthorized\"}"_s}});
        QTRY_COMPARE(channel->state(), PusherChannel::State::Failed);
        QCOMPARE(channel->lastError()->code, 4009);
        QCOMPARE(publicChannel->state(), PusherChannel::State::Pending);
    }

    void unsubscribeWhilePendingUndoesTheSubscription()
    {
        m_server->acceptSubscriptions = false;
        connectClient();
        PusherChannel *channel = m_client->subscribe(u"private-race"_s);
        QSignalSpy subscribed(channel, &PusherChannel::subscribed);
        QVERIFY(m_server->waitForFrame(u"pusher:subscribe"_s));
        m_client->unsubscribe(u"private-race"_s);
        m_server->send({{u"event"_s, u"pusher_internal:subscription_succeeded"_s}, {u"channel"_s, u"private-race"_s}});
        QVERIFY(m_server->waitForFrame(u"pusher:unsubscribe"_s));
        QCOMPARE(subscribed.size(), 0);
        QTRY_VERIFY(!m_client->channel(u"private-race"_s));
        // And it is not re-subscribed after a reconnect (pusher-js #308).
        m_server->closeLatest(4200);
        QVERIFY(m_server->waitForConnections(2));
        QTest::qWait(150);
        QCOMPARE(m_server->received(u"pusher:subscribe"_s).size(), 1);
    }

    void subscribeAgainWhileCancelPendingKeepsIt()
    {
        m_server->acceptSubscriptions = false;
        connectClient();
        PusherChannel *channel = m_client->subscribe(u"private-race"_s);
        QVERIFY(m_server->waitForFrame(u"pusher:subscribe"_s));
        m_client->unsubscribe(u"private-race"_s);
        QCOMPARE(m_client->subscribe(u"private-race"_s), channel);
        m_server->send({{u"event"_s, u"pusher_internal:subscription_succeeded"_s}, {u"channel"_s, u"private-race"_s}});
        QTRY_VERIFY(channel->isSubscribed());
        QVERIFY(m_server->received(u"pusher:unsubscribe"_s).isEmpty());
    }

    void presenceMembersAreReplacedWithDeltasAfterReconnect()
    {
        m_server->presence = presenceOf({{u"7"_s, u"Me"_s}, {u"1"_s, u"Ada"_s}, {u"2"_s, u"Bruno"_s}});
        connectClient();
        Echo echo(m_client.get());
        QList<QJsonArray> heres;
        QList<QJsonValue> joined;
        QList<QJsonValue> left;
        EchoPresenceChannel online = echo.join(u"online"_s);
        online.here([&](const QJsonArray &users) { heres.append(users); });
        online.joining([&](const QJsonValue &user) { joined.append(user); });
        online.leaving([&](const QJsonValue &user) { left.append(user); });
        QTRY_COMPARE(heres.size(), 1);
        QCOMPARE(heres.first().size(), 3);
        PusherChannel *channel = online.pusherChannel();
        QCOMPARE(channel->myUserId(), u"7"_s);
        QCOMPARE(m_server->received(u"pusher:subscribe"_s).first().data.value(u"channel_data"_s).toString(),
                 u"{\"user_id\":7,\"user_info\":{\"name\":\"Me\"}}"_s);

        m_server->sendEvent(u"pusher_internal:member_added"_s, u"presence-online"_s,
                            u"{\"user_id\":3,\"user_info\":{\"name\":\"Chloé\"}}"_s);
        QTRY_COMPARE(joined.size(), 1);
        QCOMPARE(channel->members().size(), 4);
        QVERIFY(channel->members().contains(u"3"_s)); // numeric ids become strings
        m_server->sendEvent(u"pusher_internal:member_removed"_s, u"presence-online"_s, u"{\"user_id\":\"99\"}"_s);
        QTest::qWait(50);
        QCOMPARE(left.size(), 0); // unknown members are not announced

        // While we were away Ada left and Daniel came: after the reconnect the list is
        // replaced, not merged, and only the differences are announced.
        QSignalSpy added(channel, &PusherChannel::memberAdded);
        QSignalSpy removed(channel, &PusherChannel::memberRemoved);
        m_server->presence = presenceOf({{u"7"_s, u"Me"_s}, {u"2"_s, u"Bruno"_s}, {u"3"_s, u"Chloé"_s}, {u"4"_s, u"Daniel"_s}});
        m_server->closeLatest(4200);
        QTRY_COMPARE(heres.size(), 2);
        QCOMPARE(channel->members().keys(), (QList<QString>{u"2"_s, u"3"_s, u"4"_s, u"7"_s}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toString(), u"1"_s);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().toString(), u"4"_s);
    }

    void presenceAcceptsReverbsEmptyArrayHash()
    {
        m_server->presence = QJsonObject{{u"presence"_s, QJsonObject{{u"ids"_s, QJsonArray()}, {u"hash"_s, QJsonArray()}, {u"count"_s, 0}}}};
        connectClient();
        PusherChannel *channel = m_client->subscribe(u"presence-empty"_s);
        QTRY_VERIFY(channel->isSubscribed());
        QVERIFY(channel->members().isEmpty());
    }

    void clientEventsAreCheckedBeforeSending()
    {
        connectClient();
        Echo echo(m_client.get());
        EchoChannel news = echo.channel(u"news"_s);
        EchoChannel conversation = echo.privateChannel(u"conversation.1"_s);
        EchoChannel secret = echo.encryptedPrivate(u"vault"_s);
        std::optional<RealtimeError> refused = conversation.whisper(u"typing"_s, QJsonObject());
        QVERIFY(refused); // not subscribed yet
        QCOMPARE(refused->kind, RealtimeError::Kind::ClientEvent);
        QTRY_VERIFY(conversation.pusherChannel()->isSubscribed() && news.pusherChannel()->isSubscribed());
        QVERIFY(news.whisper(u"typing"_s, QJsonObject())); // public
        QVERIFY(secret.whisper(u"typing"_s, QJsonObject())); // encrypted
        QVERIFY(m_client->trigger(u"private-conversation.1"_s, u"typing"_s, QJsonObject())); // no client- prefix

        QJsonObject payload{{u"user_name"_s, u"Sam"_s}};
        QVERIFY(!conversation.whisper(u"typing"_s, payload));
        QVERIFY(m_server->waitForFrame(u"client-typing"_s));
        const auto sent = m_server->received(u"client-typing"_s).first();
        QCOMPARE(sent.channel, u"private-conversation.1"_s);
        QCOMPARE(sent.data, payload);

        int accepted = 1;
        for (int i = 0; i < 15; ++i)
            accepted += conversation.whisper(u"typing"_s, payload) ? 0 : 1;
        QCOMPARE(accepted, 10); // ten per second, the rest refused here with 4301
        QCOMPARE(conversation.whisper(u"typing"_s, payload)->code, 4301);
    }

    void whispersArriveWithTheSender()
    {
        connectClient();
        Echo echo(m_client.get());
        EchoPresenceChannel room = echo.join(u"room"_s);
        QTRY_VERIFY(room.pusherChannel()->isSubscribed());
        QString sender;
        QJsonValue received;
        room.listenForWhisper(u"typing"_s, [&](const QJsonValue &data, const QString &userId) {
            received = data;
            sender = userId;
        });
        m_server->send({{u"event"_s, u"client-typing"_s}, {u"channel"_s, u"presence-room"_s},
                        {u"data"_s, QJsonObject{{u"user_name"_s, u"Ada"_s}}}, {u"user_id"_s, u"3"_s}});
        QTRY_COMPARE(sender, u"3"_s);
        QCOMPARE(received.toObject().value(u"user_name"_s).toString(), u"Ada"_s);
    }

    void encryptedChannelsDecryptAndReauthorizeOnce()
    {
        const QByteArray oldKey(32, 'o');
        const QByteArray newKey(32, 'n');
        m_authorizer->sharedSecrets = {oldKey, newKey};
        connectClient();
        Echo echo(m_client.get());
        EchoChannel vault = echo.encryptedPrivate(u"vault"_s);
        QList<QJsonValue> messages;
        vault.listen(u".secret"_s, [&](const QJsonValue &data) { messages.append(data); });
        QSignalSpy errors(m_client.get(), &PusherClient::errorOccurred);
        QTRY_VERIFY(vault.pusherChannel()->isSubscribed());
        QVERIFY(!m_server->received(u"pusher:subscribe"_s).first().data.contains(u"shared_secret"_s));

        const auto sealed = [](const QByteArray &key, const QByteArray &plain) {
            return QString::fromUtf8(QJsonDocument(SecretBox::seal(key, plain)).toJson(QJsonDocument::Compact));
        };
        m_server->sendEvent(u"secret"_s, u"private-encrypted-vault"_s, sealed(oldKey, "{\"n\":1}"));
        QTRY_COMPARE(messages.size(), 1);
        QCOMPARE(messages.first().toObject().value(u"n"_s).toInt(), 1);

        // The key rotated on the server: one re-authorization fetches it, the event arrives.
        m_server->sendEvent(u"secret"_s, u"private-encrypted-vault"_s, sealed(newKey, "{\"n\":2}"));
        QTRY_COMPARE(messages.size(), 2);
        QCOMPARE(m_authorizer->requests.size(), 2);

        // A payload that no key opens is dropped and reported, after one more try.
        m_server->sendEvent(u"secret"_s, u"private-encrypted-vault"_s, sealed(QByteArray(32, 'x'), "{\"n\":3}"));
        QTRY_VERIFY(!errors.isEmpty());
        QCOMPARE(errors.last().first().value<RealtimeError>().kind, RealtimeError::Kind::Decryption);
        QCOMPARE(messages.size(), 2);
    }

    void echoListensWithLaravelNames()
    {
        connectClient();
        Echo echo(m_client.get());
        QVERIFY(!echo.socketId().isEmpty());
        QCOMPARE(echo.connectionStatus(), u"connected"_s);
        EchoChannel channel = echo.privateChannel(u"orders"_s);
        QStringList heard;
        channel.listen(u"OrderShipped"_s, [&](const QJsonValue &) { heard << u"class"_s; });
        channel.listen(u".order.shipped"_s, [&](const QJsonValue &) { heard << u"broadcastAs"_s; });
        channel.notification([&](const QJsonValue &) { heard << u"notification"_s; });
        QTRY_VERIFY(channel.pusherChannel()->isSubscribed());
        m_server->sendEvent(u"App\\Events\\OrderShipped"_s, u"private-orders"_s, u"{}"_s);
        m_server->sendEvent(u"order.shipped"_s, u"private-orders"_s, u"{}"_s);
        m_server->sendEvent(u"Illuminate\\Notifications\\Events\\BroadcastNotificationCreated"_s, u"private-orders"_s, u"{}"_s);
        QTRY_COMPARE(heard, (QStringList{u"class"_s, u"broadcastAs"_s, u"notification"_s}));

        QSignalSpy socketIds(&echo, &Echo::socketIdChanged);
        m_server->closeLatest(4200);
        QTRY_COMPARE(echo.socketId(), m_server->socketIdOf(1));
        QVERIFY(socketIds.size() >= 1);
        QCOMPARE(echo.socketIdHeader().second, m_server->socketIdOf(1).toLatin1());
    }

    void leaveRemovesEveryPrefixedForm()
    {
        connectClient();
        Echo echo(m_client.get());
        echo.channel(u"a"_s);
        echo.privateChannel(u"a"_s);
        echo.encryptedPrivate(u"a"_s);
        echo.join(u"a"_s);
        echo.channel(u"b"_s);
        QTRY_COMPARE(m_server->received(u"pusher:subscribe"_s).size(), 5);
        QTRY_VERIFY(m_client->channel(u"presence-a"_s)->isSubscribed());
        echo.leave(u"a"_s);
        QCOMPARE(m_client->channelNames(), QStringList{u"b"_s});
        QVERIFY(m_server->waitForFrame(u"pusher:unsubscribe"_s, 4));
        echo.leaveAllChannels();
        QVERIFY(m_client->channelNames().isEmpty());
    }

    void subscriptionErrorsReachEchoErrorCallbacks()
    {
        m_authorizer->failWithStatus = 401;
        connectClient();
        Echo echo(m_client.get());
        int status = 0;
        echo.privateChannel(u"conversation.5"_s).error([&](const RealtimeError &error) { status = error.httpStatus; });
        QTRY_COMPARE(status, 401);
    }
};

QTEST_GUILESS_MAIN(RealtimeChannelsTest)
#include "tst_realtime_channels.moc"
