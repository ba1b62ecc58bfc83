// PusherConnection against a scripted in-process server with short timers: the state
// machine, handshake, ping/pong, every close-code range, backoff and recovery.
#include "ScriptedPusherServer.h"
#include "realtime/PusherConnection.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QWebSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace envisage::realtime;
using namespace std::chrono;
using envisage::testing::ScriptedPusherServer;
using State = PusherConnection::State;

namespace {
PusherOptions optionsFor(quint16 port)
{
    return envisage::testing::scriptedServerOptions(port);
}
} // namespace

class RealtimeConnectionTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<ScriptedPusherServer> m_server;

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ScriptedPusherServer>();
        QVERIFY(m_server->listen());
    }

    void connectsThroughTheStates()
    {
        PusherConnection connection(optionsFor(m_server->port()));
        QSignalSpy states(&connection, &PusherConnection::stateChanged);
        QSignalSpy socketIds(&connection, &PusherConnection::socketIdChanged);
        QCOMPARE(connection.state(), State::Initialized);
        QVERIFY(connection.socketId().isEmpty());
        connection.open();
        QTRY_COMPARE(connection.state(), State::Connected);
        QCOMPARE(states.at(0).at(0).value<State>(), State::Initialized);
        QCOMPARE(states.at(0).at(1).value<State>(), State::Connecting);
        QCOMPARE(states.at(1).at(1).value<State>(), State::Connected);
        QCOMPARE(connection.socketId(), m_server->socketIdOf(0));
        QCOMPARE(socketIds.size(), 1);
        QVERIFY(m_server->latest()->requestUrl().path() == u"/app/test-key"_s);

        connection.close();
        QCOMPARE(connection.state(), State::Disconnected);
        QVERIFY(connection.socketId().isEmpty());
        QTest::qWait(400);
        QCOMPARE(m_server->connectionCount(), 1); // no reconnect after a deliberate close
    }

    void activityTimeoutIsTheSmallerOfOursAndTheServers()
    {
        PusherOptions options = optionsFor(m_server->port());
        options.activityTimeout = milliseconds(120000);
        m_server->activityTimeoutSeconds = 30;
        PusherConnection connection(options);
        connection.open();
        QTRY_COMPARE(connection.state(), State::Connected);
        QCOMPARE(connection.activityTimeout(), milliseconds(30000));
    }

    void pingsWhenSilentAndStaysUpWithPongs()
    {
        PusherConnection connection(optionsFor(m_server->port()));
        connection.open();
        QTRY_COMPARE(connection.state(), State::Connected);
        QVERIFY(m_server->waitForFrame(u"pusher:ping"_s, 3, 3000));
        QCOMPARE(connection.state(), State::Connected);
        QCOMPARE(m_server->connectionCount(), 1);
    }

    void framesPostponeThePing()
    {
        // Frames only note the time while the activity timer runs (PusherConnection::
        // noteActivity): a steady stream must still keep pings away, and the ping must
        // come one activity timeout after the last frame.
        PusherOptions options = optionsFor(m_server->port());
        options.activityTimeout = milliseconds(400);
        PusherConnection connection(options);
        connection.open();
        QTRY_COMPARE(connection.state(), State::Connected);
        QElapsedTimer streaming;
        streaming.start();
        while (streaming.elapsed() < 1200) { // three timeouts, a frame every 40 ms
            m_server->sendEvent(u"tick"_s, {}, QJsonObject());
            QTest::qWait(40);
        }
        QCOMPARE(m_server->received(u"pusher:ping"_s).size(), 0);
        QElapsedTimer silence;
        silence.start();
        QVERIFY(m_server->waitForFrame(u"pusher:ping"_s, 1, 3000));
        QVERIFY2(silence.elapsed() >= 250, qPrintable(u"ping after %1 ms"_s.arg(silence.elapsed())));
    }

    void missingPongReconnectsWithANewSocketId()
    {
        m_server->answerPings = false;
        PusherConnection connection(optionsFor(m_server->port()));
        QSignalSpy errors(&connection, &PusherConnection::errorOccurred);
        connection.open();
        QTRY_COMPARE(connection.state(), State::Connected);
        QVERIFY(m_server->waitForConnections(2, 3000));
        QTRY_COMPARE(connection.socketId(), m_server->socketIdOf(1));
        QVERIFY(!errors.isEmpty());
    }

    void answersServerPings()
    {
        PusherOptions options = optionsFor(m_server->port());
        options.activityTimeout = milliseconds(60000);
        PusherConnection connection(options);
        connection.open();
        QTRY_COMPARE(connection.state(), State::Connected);
        m_server->send({{u"event"_s, u"pusher:ping"_s}, {u"data"_s, QJsonObject()}});
        QVERIFY(m_server->waitForFrame(u"pusher:pong"_s));
    }

    void handshakeWithoutActivityTimeoutIsRefused()
    {
        m_server->activityTimeoutSeconds = 0;
        PusherConnection connection(optionsFor(m_server->port()));
        QSignalSpy errors(&connection, &PusherConnection::errorOccurred);
        connection.open();
        QTRY_VERIFY(!errors.isEmpty());
        QCOMPARE(errors.first().first().value<RealtimeError>().kind, RealtimeError::Kind::Handshake);
        QVERIFY(connection.state() != State::Connected);
        QVERIFY(m_server->waitForConnections(2, 3000)); // and it keeps trying
    }

    void closeCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("reconnects");
        QTest::addColumn<int>("minimumDelayMs"); // before the next connection
        QTest::addColumn<int>("maximumDelayMs");
        QTest::newRow("4001 app does not exist") << 4001 << false << 0 << 0;
        QTest::newRow("4009 unauthorized") << 4009 << false << 0 << 0;
        QTest::newRow("4100 over capacity: back off") << 4100 << true << 90 << 2000;
        QTest::newRow("4200 reconnect now") << 4200 << true << 0 << 90;
        QTest::newRow("4201 pong not received") << 4201 << true << 0 << 90;
        QTest::newRow("4301 other: back off") << 4301 << true << 90 << 2000;
        QTest::newRow("1001 going away: back off") << 1001 << true << 90 << 2000;
        QTest::newRow("3000 unexpected: back off") << 3000 << true << 90 << 2000;
    }

    void closeCodes()
    {
        QFETCH(int, code);
        QFETCH(bool, reconnects);
        QFETCH(int, minimumDelayMs);
        QFETCH(int, maximumDelayMs);
        PusherConnection connection(optionsFor(m_server->port()));
        QSignalSpy reconnecting(&connection, &PusherConnection::reconnectingIn);
        connection.open();
        QTRY_COMPARE(connection.state(), State::Connected);
        QElapsedTimer sinceClose;
        m_server->closeLatest(code, u"scripted"_s);
        sinceClose.start();
        if (!reconnects) {
            QTRY_COMPARE(connection.state(), State::Disconnected);
            QTest::qWait(500);
            QCOMPARE(m_server->connectionCount(), 1);
            return;
        }
        QVERIFY(m_server->waitForConnections(2, 3000));
        const qint64 delay = sinceClose.elapsed();
        QVERIFY2(delay >= minimumDelayMs && delay <= maximumDelayMs + 200,
                 qPrintable(u"reconnected after %1 ms"_s.arg(delay)));
        QTRY_COMPARE(connection.state(), State::Connected);
        QCOMPARE(reconnecting.size(), 1);
    }

    void errorBeforeHandshakeActsLikeItsCloseCode()
    {
        m_server->sendHandshake = false;
        PusherConnection connection(optionsFor(m_server->port()));
        QSignalSpy errors(&connection, &PusherConnection::errorOccurred);
        connection.open();
        QVERIFY(m_server->waitForConnections(1));
        m_server->send({{u"event"_s, u"pusher:error"_s},
                        {u"data"_s, QJsonObject{{u"code"_s, 4001}, {u"message"_s, u"Application does not exist"_s}}}});
        QTRY_COMPARE(connection.state(), State::Disconnected);
        QCOMPARE(errors.last().first().value<RealtimeError>().kind, RealtimeError::Kind::Refused);
        QCOMPARE(errors.last().first().value<RealtimeError>().code, 4001);
    }

    void tlsOnlyCloseSwitchesToWss()
    {
        PusherConnection connection(optionsFor(m_server->port()));
        connection.open();
        QTRY_COMPARE(connection.state(), State::Connected);
        m_server->closeLatest(4000, u"SSL only"_s);
        QTRY_VERIFY(connection.options().useTls);
        QVERIFY(connection.options().socketUrl().scheme() == u"wss"_s);
    }

    void backoffGrowsWhileTheServerIsGoneThenUnavailable()
    {
        const quint16 port = m_server->port();
        m_server.reset(); // nothing listens there now
        PusherConnection connection(optionsFor(port));
        QSignalSpy reconnecting(&connection, &PusherConnection::reconnectingIn);
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Unavailable, 2000);
        QTRY_VERIFY_WITH_TIMEOUT(reconnecting.size() >= 3, 4000);

        // The server comes back on the same port: the client finds it by itself.
        m_server = std::make_unique<ScriptedPusherServer>();
        QVERIFY(m_server->listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, 3000);
    }

    void reconnectNowSkipsTheWait()
    {
        const quint16 port = m_server->port();
        m_server.reset();
        PusherOptions options = optionsFor(port);
        options.reconnectBaseDelay = milliseconds(30000);
        options.reconnectMaxDelay = milliseconds(60000);
        PusherConnection connection(options);
        connection.open();
        QTRY_VERIFY(connection.state() == State::Connecting);
        QTest::qWait(100); // the first attempt failed; the next is ≥ 15 s away
        m_server = std::make_unique<ScriptedPusherServer>();
        QVERIFY(m_server->listen(port));
        connection.reconnectNow();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), State::Connected, 2000);
    }

    void malformedFramesAreReportedAndHarmless()
    {
        PusherOptions options = optionsFor(m_server->port());
        options.maxFrameBytes = 1024;
        options.activityTimeout = milliseconds(60000);
        PusherConnection connection(options);
        QSignalSpy errors(&connection, &PusherConnection::errorOccurred);
        QSignalSpy frames(&connection, &PusherConnection::frameReceived);
        connection.open();
        QTRY_COMPARE(connection.state(), State::Connected);
        for (const QString &junk : {u"not json"_s, u"[]"_s, u"{\"event\":42}"_s, u"{}"_s,
                                    u"{\"event\":\"x\",\"channel\":7}"_s,
                                    u"{\"event\":\"x\",\"data\":\"%1\"}"_s.arg(QString(2000, u'a'))})
            m_server->sendText(junk);
        m_server->send({{u"event"_s, u"after.junk"_s}, {u"channel"_s, u"c"_s}, {u"data"_s, u"{}"_s}});
        QTRY_COMPARE(frames.size(), 1);
        QCOMPARE(errors.size(), 6);
        for (const QList<QVariant> &error : errors)
            QCOMPARE(error.first().value<RealtimeError>().kind, RealtimeError::Kind::Frame);
        QCOMPARE(connection.state(), State::Connected);
    }

    void inBandErrorsDoNotCloseTheConnection()
    {
        PusherOptions options = optionsFor(m_server->port());
        options.activityTimeout = milliseconds(60000);
        PusherConnection connection(options);
        QSignalSpy errors(&connection, &PusherConnection::errorOccurred);
        connection.open();
        QTRY_COMPARE(connection.state(), State::Connected);
        m_server->send({{u"event"_s, u"pusher:error"_s},
                        {u"data"_s, QJsonObject{{u"code"_s, 4301}, {u"message"_s, u"rate limit"_s}}}});
        QTRY_COMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().value<RealtimeError>().kind, RealtimeError::Kind::Server);
        QTest::qWait(100);
        QCOMPARE(connection.state(), State::Connected);
    }
};

QTEST_GUILESS_MAIN(RealtimeConnectionTest)
#include "tst_realtime_connection.moc"
