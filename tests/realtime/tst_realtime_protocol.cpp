// The pure parts of core/realtime: URLs, backoff, frame decoding (every case of
// pusher-protocol.md §2.0), redaction, Echo's event names, authorization answers and
// the secretbox of encrypted channels.
#include "realtime/ChannelAuthorizer.h"
#include "realtime/Echo.h"
#include "realtime/PusherFrame.h"
#include "realtime/PusherOptions.h"
#include "common/Backoff.h"
#include "realtime/SecretBox.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace envisage::realtime;
using namespace std::chrono;

class RealtimeProtocolTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void selfHostedUrl()
    {
        PusherOptions options;
        options.key = u"local"_s;
        options.host = u"127.0.0.1"_s;
        options.port = 6001;
        options.useTls = false;
        options.path = u"/ws/"_s;
        const QUrl url = options.socketUrl();
        QCOMPARE(url.scheme(), u"ws"_s);
        QCOMPARE(url.port(), 6001);
        QCOMPARE(url.path(), u"/ws/app/local"_s);
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(u"protocol"_s), u"7"_s);
        QCOMPARE(query.queryItemValue(u"client"_s), u"cpp-qt"_s);
        QCOMPARE(query.queryItemValue(u"flash"_s), u"false"_s);
        QVERIFY(!query.queryItemValue(u"version"_s).isEmpty());
    }

    void clusterUrlAlwaysWritesThePort()
    {
        PusherOptions options;
        options.key = u"abc"_s;
        options.cluster = u"eu"_s;
        QCOMPARE(options.socketUrl().toString(QUrl::RemoveQuery), u"wss://ws-eu.pusher.com:443/app/abc"_s);
        options.useTls = false;
        QCOMPARE(options.socketUrl().port(), 80);
    }

    void backoffGrowsToItsCap()
    {
        envisage::Backoff backoff(milliseconds(1000), milliseconds(8000), [] { return 1.0; });
        QList<qint64> delays;
        for (int i = 0; i < 6; ++i)
            delays.append(backoff.next().count());
        QCOMPARE(delays, (QList<qint64>{1000, 2000, 4000, 8000, 8000, 8000}));
        backoff.reset();
        QCOMPARE(backoff.next().count(), 1000);
    }

    void jitterStaysWithinHalfAndFull()
    {
        envisage::Backoff lowest(milliseconds(1000), milliseconds(60000), [] { return 0.0; });
        QCOMPARE(lowest.next().count(), 500);
        QCOMPARE(lowest.next().count(), 1000);
        envisage::Backoff random(milliseconds(1000), milliseconds(60000));
        for (int attempt = 0; attempt < 12; ++attempt) {
            const qint64 ceiling = random.ceiling().count();
            const qint64 delay = random.next().count();
            QVERIFY2(delay >= ceiling / 2 && delay <= ceiling,
                     qPrintable(u"%1 not in [%2, %3]"_s.arg(delay).arg(ceiling / 2).arg(ceiling)));
        }
        // Two clients drawing together do not all pick the same delay.
        QSet<qint64> drawn;
        for (int i = 0; i < 20; ++i) {
            envisage::Backoff client(milliseconds(1000), milliseconds(60000));
            client.next();
            drawn.insert(client.next().count());
        }
        QVERIFY(drawn.size() > 1);
    }

    void decodesDataInEveryShape_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QJsonValue>("data");
        QTest::newRow("double-encoded object")
            << QByteArray("{\"event\":\"e\",\"data\":\"{\\\"a\\\":1}\"}") << QJsonValue(QJsonObject{{u"a"_s, 1}});
        QTest::newRow("object") << QByteArray("{\"event\":\"e\",\"data\":{\"a\":1}}") << QJsonValue(QJsonObject{{u"a"_s, 1}});
        QTest::newRow("plain string") << QByteArray("{\"event\":\"e\",\"data\":\"hello\"}") << QJsonValue(u"hello"_s);
        QTest::newRow("json scalar in a string") << QByteArray("{\"event\":\"e\",\"data\":\"42\"}") << QJsonValue(42);
        QTest::newRow("array") << QByteArray("{\"event\":\"e\",\"data\":\"[1,2]\"}") << QJsonValue(QJsonArray{1, 2});
        QTest::newRow("missing") << QByteArray("{\"event\":\"e\"}") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("null") << QByteArray("{\"event\":\"e\",\"data\":null}") << QJsonValue(QJsonValue::Null);
        QTest::newRow("broken json string stays a string")
            << QByteArray("{\"event\":\"e\",\"data\":\"{broken\"}") << QJsonValue(u"{broken"_s);
    }

    void decodesDataInEveryShape()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QJsonValue, data);
        const FrameDecodeResult result = PusherFrames::decode(frame, 1 << 20);
        QVERIFY2(result.frame, qPrintable(result.error));
        QCOMPARE(result.frame->event, u"e"_s);
        QCOMPARE(result.frame->data, data);
    }

    void userIdBecomesAString()
    {
        const auto numeric = PusherFrames::decode("{\"event\":\"client-x\",\"channel\":\"presence-a\",\"data\":{},\"user_id\":7}", 1000);
        QCOMPARE(numeric.frame->userId, u"7"_s);
        QCOMPARE(numeric.frame->channel, u"presence-a"_s);
    }

    // The fast envelope scan unescapes strings itself; where it answers, it must say what
    // the general decoder says (tests/fuzz checks the same on random input).
    void fastScanAgreesWithGeneralDecoder_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<bool>("scanned");
        QTest::newRow("plain") << QByteArray("{\"event\":\"e\",\"channel\":\"c\",\"data\":\"hi\"}") << true;
        QTest::newRow("every short escape")
            << QByteArray("{\"event\":\"e\",\"data\":\"{\\\"a\\\":\\\"q\\\\\\\"b\\\\\\\\s\\/\\b\\f\\n\\r\\t\\\"}\"}")
            << true;
        QTest::newRow("escape first and last")
            << QByteArray("{\"event\":\"\\u0065\",\"data\":\"x\\n\"}") << true;
        QTest::newRow("unicode escapes, 1 to 4 bytes")
            << QByteArray("{\"event\":\"e\",\"data\":\"\\u0041\\u00e9\\u20ac\\ud83d\\ude00 \\u0000\"}")
            << true;
        QTest::newRow("unicode escapes in double-encoded data")
            << QByteArray("{\"event\":\"e\",\"data\":\"{\\\"t\\\":\\\"\\\\u0645\\u0631\\\"}\"}") << true;
        QTest::newRow("raw UTF-8") << QByteArray("{\"event\":\"e\",\"data\":\"caf\xc3\xa9\"}") << true;
        QTest::newRow("lone high surrogate") << QByteArray("{\"event\":\"e\",\"data\":\"\\ud83d\"}") << false;
        QTest::newRow("lone low surrogate") << QByteArray("{\"event\":\"e\",\"data\":\"\\ude00x\"}") << false;
        QTest::newRow("control character") << QByteArray("{\"event\":\"e\",\"data\":\"a\nb\"}") << false;
        QTest::newRow("unknown escape") << QByteArray("{\"event\":\"e\",\"data\":\"\\q\"}") << false;
        QTest::newRow("backslash at the end") << QByteArray("{\"event\":\"e\",\"data\":\"\\") << false;
        QTest::newRow("unterminated after an escape") << QByteArray("{\"event\":\"e\",\"data\":\"\\nab") << false;
    }

    void fastScanAgreesWithGeneralDecoder()
    {
        QFETCH(QByteArray, frame);
        QFETCH(bool, scanned);
        const std::optional<PusherFrame> fast = PusherFrames::scanEnvelope(frame);
        QCOMPARE(fast.has_value(), scanned);
        if (!fast)
            return;
        const FrameDecodeResult general = PusherFrames::decodeGeneral(frame, 1 << 20);
        QVERIFY2(general.frame, qPrintable(general.error));
        QCOMPARE(fast->event, general.frame->event);
        QCOMPARE(fast->channel, general.frame->channel);
        QCOMPARE(fast->data, general.frame->data);
        QCOMPARE(fast->userId, general.frame->userId);
    }

    void refusesJunk_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::newRow("not json") << QByteArray("not json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no event") << QByteArray("{\"data\":{}}");
        QTest::newRow("event not a string") << QByteArray("{\"event\":42}");
        QTest::newRow("empty event") << QByteArray("{\"event\":\"\"}");
        QTest::newRow("channel not a string") << QByteArray("{\"event\":\"e\",\"channel\":5}");
        QTest::newRow("oversize") << QByteArray("{\"event\":\"e\",\"data\":\"") + QByteArray(2000, 'x') + QByteArray("\"}");
    }

    void refusesJunk()
    {
        QFETCH(QByteArray, frame);
        const FrameDecodeResult result = PusherFrames::decode(frame, 1024);
        QVERIFY(!result.frame);
        QVERIFY(!result.error.isEmpty());
    }

    void redactsSecretsInLogs()
    {
        const QByteArray subscribe = PusherFrames::encode(
            u"pusher:subscribe"_s, QJsonObject{{u"channel"_s, u"presence-x"_s}, {u"auth"_s, u"key:secret-sig"_s},
                                                {u"channel_data"_s, u"{\"user_id\":1}"_s}});
        const QString logged = PusherFrames::redacted(subscribe);
        QVERIFY(!logged.contains(u"secret-sig"_s));
        QVERIFY(!logged.contains(u"user_id"_s));
        QVERIFY(logged.contains(u"presence-x"_s));
        const QString inner = PusherFrames::redacted("{\"event\":\"x\",\"data\":\"{\\\"auth\\\":\\\"k:s\\\",\\\"shared_secret\\\":\\\"abc\\\"}\"}");
        QVERIFY(!inner.contains(u"abc"_s));
    }

    void echoEventNames_data()
    {
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("eventNamespace");
        QTest::addColumn<QString>("wire");
        QTest::newRow("class") << u"MessageSent"_s << u"App.Events"_s << u"App\\Events\\MessageSent"_s;
        QTest::newRow("nested") << u"Chat.Sent"_s << u"App.Events"_s << u"App\\Events\\Chat\\Sent"_s;
        QTest::newRow("broadcastAs") << u".message.sent"_s << u"App.Events"_s << u"message.sent"_s;
        QTest::newRow("backslash") << u"\\App\\Custom"_s << u"App.Events"_s << u"App\\Custom"_s;
        QTest::newRow("no namespace") << u"message.sent"_s << QString() << u"message\\sent"_s;
    }

    void echoEventNames()
    {
        QFETCH(QString, event);
        QFETCH(QString, eventNamespace);
        QFETCH(QString, wire);
        QCOMPARE(Echo::formatEventName(event, eventNamespace), wire);
    }

    void authorizationAnswers()
    {
        const auto privateOk = HttpChannelAuthorizer::parseResponse(u"private-a"_s, "{\"auth\":\"k:s\"}");
        QCOMPARE(std::get<ChannelAuthorization>(privateOk).auth, u"k:s"_s);
        // channel_data is kept byte for byte, spacing and key order included.
        const QByteArray presenceBody = "{\"auth\":\"k:s\",\"channel_data\":\"{\\\"user_id\\\": 7,  \\\"user_info\\\":{}}\"}";
        const auto presence = HttpChannelAuthorizer::parseResponse(u"presence-a"_s, presenceBody);
        QCOMPARE(std::get<ChannelAuthorization>(presence).channelData, u"{\"user_id\": 7,  \"user_info\":{}}"_s);
        QVERIFY(std::holds_alternative<AuthorizationFailure>(
            HttpChannelAuthorizer::parseResponse(u"presence-a"_s, "{\"auth\":\"k:s\"}")));
        QVERIFY(std::holds_alternative<AuthorizationFailure>(
            HttpChannelAuthorizer::parseResponse(u"private-a"_s, "<html>login</html>")));
        QCOMPARE(std::get<AuthorizationFailure>(HttpChannelAuthorizer::parseResponse(u"private-a"_s, "{}")).status, 200);
        QVERIFY(std::holds_alternative<AuthorizationFailure>(
            HttpChannelAuthorizer::parseResponse(u"private-encrypted-a"_s, "{\"auth\":\"k:s\"}")));
        const QByteArray key(32, 'k');
        const auto encrypted = HttpChannelAuthorizer::parseResponse(
            u"private-encrypted-a"_s, "{\"auth\":\"k:s\",\"shared_secret\":\"" + key.toBase64() + "\"}");
        QCOMPARE(std::get<ChannelAuthorization>(encrypted).sharedSecret, key);
    }

    void secretBoxRoundTripAndWrongKey()
    {
        const QByteArray key(32, 'a');
        const QJsonObject sealed = SecretBox::seal(key, "{\"body\":\"hi\"}");
        QString error;
        QCOMPARE(SecretBox::open(key, sealed, &error).value_or(QByteArray()), QByteArray("{\"body\":\"hi\"}"));
        QVERIFY(!SecretBox::open(QByteArray(32, 'b'), sealed, &error));
        QVERIFY(!error.isEmpty());
        QJsonObject tampered = sealed;
        QByteArray cipher = QByteArray::fromBase64(sealed.value(u"ciphertext"_s).toString().toLatin1());
        cipher[0] = char(cipher[0] ^ 1);
        tampered.insert(u"ciphertext"_s, QString::fromLatin1(cipher.toBase64()));
        QVERIFY(!SecretBox::open(key, tampered, &error));
        QVERIFY(!SecretBox::open(key, QJsonObject{{u"nonce"_s, u"short"_s}}, &error));
    }
};

QTEST_GUILESS_MAIN(RealtimeProtocolTest)
#include "tst_realtime_protocol.moc"
