// envisage-cli and a laravel-echo buyer on the real envisage-sandbox: the buyer (the Node
// peer of tests/interop/peer, signed in as buyer1) sends, types and whispers, and
// `envisage-cli watch` prints each; `envisage-cli send` reaches the buyer's Echo. The CLI
// runs as a script would run it, one child process per command, signed in with
// `envisage-cli login`. Also the exit codes a script relies on.
//
// "The watch never printed X" is checked without sleeping: a later event that the watch
// does print, sent after X had gone out through the same server, proves its socket had
// already carried X.
#include "EchoPeer.h"
#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using envisage::testing::EchoPeer;
using envisage::testing::is;
using envisage::testing::JsonLinesProcess;
using envisage::testing::JsonMatch;
using envisage::testing::SandboxProcess;
using envisage::testing::withData;

// Checks on the peer or the watch that log their recent output when (and only when) they fail.
#define PEER_VERIFY(expression, expected) LINES_VERIFY(*m_peer, expression, expected)
#define WATCH_VERIFY(expression, expected) LINES_VERIFY(*m_watch, expression, expected)

namespace {

const QString AppId = u"cli-interop-app"_s;
const QString AppKey = u"cli-interop-key"_s;
const QString AppSecret = u"cli-interop-secret"_s;
constexpr int WaitMs = 5000;
// A typing indicator ends 5 s after the last typing event (TypingTracker::ExpiryMs).
constexpr int TypingEndsWithinMs = 8000;
constexpr int CliTimeoutMs = 15000;

QString cliExecutable()
{
    const QString fromEnvironment = qEnvironmentVariable("ENVISAGE_CLI_BIN");
    return fromEnvironment.isEmpty() ? QStringLiteral(ENVISAGE_CLI_BIN) : fromEnvironment;
}

// One finished run of envisage-cli.
struct CliRun
{
    bool exited = false; // on its own, within CliTimeoutMs
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> result;
        for (const QByteArray &line : out.split('\n')) {
            if (!line.trimmed().isEmpty())
                result.append(QJsonDocument::fromJson(line).object());
        }
        return result;
    }
    QJsonObject error() const { return QJsonDocument::fromJson(err.trimmed()).object(); }
    QString describe() const
    {
        return u"exited: %1, exit code: %2, stdout: %3, stderr: %4"_s.arg(exited).arg(exitCode).arg(
            QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.left(2000)));
    }
};

// Waited for with the event loop running, so that the watch and the peer keep reporting.
CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(cliExecutable(), arguments);
    CliRun run;
    if (!process.waitForStarted(5000))
        return run;
    const QDeadlineTimer deadline(CliTimeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(10);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(2000);
    } else {
        run.exited = process.exitStatus() == QProcess::NormalExit;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// A watch line about the conversation whose typists are `names`.
JsonMatch typists(qint64 conversationId, const QStringList &names)
{
    return is(u"typing"_s, {}, [=](const QJsonObject &line) {
        return line.value(u"conversation_id"_s).toInteger() == conversationId &&
               line.value(u"names"_s).toArray() == QJsonArray::fromStringList(names);
    });
}

JsonMatch messageWithId(const QJsonValue &id)
{
    return is(u"message"_s, {}, [=](const QJsonObject &line) {
        return line.value(u"message"_s).toObject().value(u"id"_s) == id;
    });
}

} // namespace

class CliInteropTest : public QObject
{
    Q_OBJECT

    // Declared so that destruction stops the watch and the peer before the sandbox.
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<EchoPeer> m_peer;
    std::unique_ptr<JsonLinesProcess> m_watch;
    QStringList m_server; // --sandbox-ready LINE
    QString m_token;
    QJsonObject m_seller;
    QJsonObject m_buyer;
    qint64 m_conversationId = 0;
    QString m_channel; // private-conversation.ID
    QList<QJsonValue> m_buyerMessageIds;

    // What envisage-cli might write outside --cache stays in the test's folder.
    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"ENVISAGE_TOKEN"_s);
        for (const QString &variable :
             {u"XDG_DATA_HOME"_s, u"XDG_CONFIG_HOME"_s, u"XDG_CACHE_HOME"_s})
            environment.insert(variable, m_dir.filePath(variable.toLower()));
        return environment;
    }

    CliRun cli(const QStringList &arguments) const
    {
        return runCli(m_server + arguments, cliEnvironment());
    }

    QString cachePath(const QString &name) const { return m_dir.filePath(name + u".sqlite"_s); }
    QJsonValue buyerId() const { return m_buyer.value(u"id"_s); }
    QString buyerName() const { return m_buyer.value(u"name"_s).toString(); }

    // How many connections the sandbox has subscribed to the conversation's channel.
    int subscriptions()
    {
        const auto info = m_peer->run({{u"cmd"_s, u"channel-info"_s}, {u"channel"_s, m_channel}});
        return info ? info->value(u"body"_s).toObject().value(u"subscription_count"_s).toInt() : -1;
    }

    // The buyer posts through the REST API with its Echo's X-Socket-ID; returns the message.
    std::optional<QJsonObject> buyerSends(const QString &body)
    {
        const auto answer =
            m_peer->run({{u"cmd"_s, u"send"_s},
                         {u"conversation_id"_s, m_conversationId},
                         {u"body"_s, body},
                         {u"client_id"_s, u"echo-buyer-%1"_s.arg(m_buyerMessageIds.size() + 1)}});
        if (!answer || answer->value(u"status"_s).toInt() != 201)
            return std::nullopt;
        const QJsonObject message = answer->value(u"body"_s).toObject().value(u"data"_s).toObject();
        m_buyerMessageIds.append(message.value(u"id"_s));
        return message;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString reason = EchoPeer::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        QVERIFY(m_dir.isValid());

        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(
            m_sandbox->start({u"--database"_s, u":memory:"_s, u"--seed"_s, u"demo"_s, u"--app-id"_s,
                              AppId, u"--app-key"_s, AppKey, u"--app-secret"_s, AppSecret}),
            qPrintable(m_sandbox->errorOutput()));
        m_server = {u"--sandbox-ready"_s,
                    QString::fromUtf8(
                        QJsonDocument(m_sandbox->readyLine()).toJson(QJsonDocument::Compact))};

        // The buyer signs in on its own while the seller does.
        m_peer = std::make_unique<EchoPeer>();
        QVERIFY2(m_peer->start({u"--api-url"_s, m_sandbox->apiUrl().toString(), u"--ws-host"_s,
                                m_sandbox->wsHost(), u"--ws-port"_s,
                                QString::number(m_sandbox->wsPort()), u"--app-key"_s, AppKey,
                                u"--app-id"_s, AppId, u"--app-secret"_s, AppSecret, u"--email"_s,
                                u"buyer1@envisage.test"_s, u"--password"_s, u"demo-buyer"_s}),
                 "the Echo peer did not start");

        const CliRun login =
            cli({u"login"_s, u"seller@envisage.test"_s, u"--password"_s, u"demo-seller"_s});
        QVERIFY2(login.exited && login.exitCode == 0, qPrintable(login.describe()));
        QCOMPARE(login.lines().size(), 1);
        m_token = login.lines().constFirst().value(u"token"_s).toString();
        m_seller = login.lines().constFirst().value(u"user"_s).toObject();
        QVERIFY(!m_token.isEmpty());
        QCOMPARE(m_seller.value(u"email"_s).toString(), u"seller@envisage.test"_s);

        const CliRun conversations =
            cli({u"--token"_s, m_token, u"conversations"_s, u"--per-page"_s, u"100"_s});
        QVERIFY2(conversations.exited && conversations.exitCode == 0,
                 qPrintable(conversations.describe()));
        for (const QJsonObject &conversation : conversations.lines()) {
            if (conversation.value(u"buyer"_s).toObject().value(u"email"_s) ==
                u"buyer1@envisage.test"_s)
                m_conversationId = conversation.value(u"id"_s).toInteger();
        }
        QVERIFY2(m_conversationId > 0, "the seller shares no conversation with buyer1");
        m_channel = u"private-conversation.%1"_s.arg(m_conversationId);

        // The token from the environment, as a script would keep it.
        QProcessEnvironment environment = cliEnvironment();
        environment.insert(u"ENVISAGE_TOKEN"_s, m_token);
        m_watch = std::make_unique<JsonLinesProcess>(u"envisage-cli watch"_s);
        QVERIFY2(
            m_watch->start(cliExecutable(),
                           m_server + QStringList{u"--cache"_s, cachePath(u"watch"_s), u"watch"_s,
                                                  QString::number(m_conversationId)},
                           environment),
            "envisage-cli watch did not start");

        const auto ready = m_peer->take(is(u"ready"_s), 15000);
        PEER_VERIFY(ready, u"ready"_s);
        m_buyer = ready->value(u"user"_s).toObject();
        QCOMPARE(m_buyer.value(u"email"_s).toString(), u"buyer1@envisage.test"_s);
        PEER_VERIFY(m_peer->run({{u"cmd"_s, u"private"_s},
                                 {u"channel"_s, u"conversation.%1"_s.arg(m_conversationId)},
                                 {u"listen"_s, QJsonArray{u".message.sent"_s}},
                                 {u"whispers"_s, QJsonArray{u"typing"_s}}}),
                    u"the answer to a command"_s);
        PEER_VERIFY(m_peer->take(is(u"subscribed"_s, m_channel)), m_channel);

        const auto connected = m_watch->take(
            is(u"connection"_s, {},
               [](const QJsonObject &line) { return line.value(u"state"_s) == u"online"_s; }),
            10000);
        WATCH_VERIFY(connected, u"the connected state"_s);
        // The watch prints nothing once it is on the conversation's channel (typing is not
        // caught up afterwards, unlike messages): the server's count of subscribers tells.
        const QDeadlineTimer deadline(10000);
        int subscribed = 0;
        while ((subscribed = subscriptions()) < 2 && !deadline.hasExpired())
            QTest::qWait(50);
        WATCH_VERIFY(
            subscribed == 2,
            u"a subscription to %1 (the sandbox counts %2 subscriber(s))"_s.arg(m_channel).arg(
                subscribed));
    }

    void cleanupTestCase()
    {
        // The watch runs until it is stopped; it must not have ended on its own.
        const bool watchRan = !m_watch || m_watch->isRunning();
        m_watch.reset();
        const int peerExit = m_peer ? m_peer->stop() : 0;
        m_peer.reset();
        if (m_sandbox)
            QCOMPARE(m_sandbox->stop(), 0);
        m_sandbox.reset();
        QVERIFY2(watchRan, "envisage-cli watch ended before it was stopped");
        QCOMPARE(peerExit, 0); // it left on its own when its stdin closed
    }

    void buyerMessageReachesWatch()
    {
        const QString body = u"Is the lamp still available? \u2713 \"quoted\""_s;
        const auto posted = buyerSends(body);
        PEER_VERIFY(posted, u"201 for the buyer's message"_s);

        const auto line = m_watch->take(is(u"message"_s));
        WATCH_VERIFY(line, u"the buyer's message"_s);
        QCOMPARE(line->value(u"conversation_id"_s).toInteger(), m_conversationId);
        const QJsonObject message = line->value(u"message"_s).toObject();
        QCOMPARE(message.value(u"id"_s), posted->value(u"id"_s));
        QCOMPARE(message.value(u"body"_s).toString(), body);
        QCOMPARE(message.value(u"sender_id"_s), buyerId());
        QCOMPARE(message.value(u"sender"_s).toObject().value(u"name"_s).toString(), buyerName());
        QCOMPARE(message.value(u"client_id"_s).toString(), u"echo-buyer-1"_s);
    }

    void buyerTypingReachesWatchThenEnds()
    {
        QElapsedTimer sinceTyping;
        sinceTyping.start();
        const auto typed =
            m_peer->run({{u"cmd"_s, u"typing"_s}, {u"conversation_id"_s, m_conversationId}});
        PEER_VERIFY(typed && typed->value(u"status"_s).toInt() == 204, u"204 for typing"_s);

        WATCH_VERIFY(m_watch->take(typists(m_conversationId, {buyerName()})),
                     u"typing by %1"_s.arg(buyerName()));
        WATCH_VERIFY(m_watch->take(typists(m_conversationId, {}), TypingEndsWithinMs),
                     u"the end of typing"_s);
        // Not before the 5 s that the watch counts from receiving the event, after the POST.
        QVERIFY2(sinceTyping.elapsed() >= 5000,
                 qPrintable(u"typing ended after only %1 ms"_s.arg(sinceTyping.elapsed())));
        QCOMPARE(m_watch->count(is(u"typing"_s)), 2);
    }

    void buyerWhisperReachesWatch()
    {
        // laravel-echo's whisper('typing') is a client-typing event on the private channel.
        const QJsonObject whisper{{u"user_id"_s, buyerId()}, {u"user_name"_s, buyerName()}};
        PEER_VERIFY(m_peer->run({{u"cmd"_s, u"whisper"_s},
                                 {u"channel"_s, m_channel},
                                 {u"event"_s, u"typing"_s},
                                 {u"data"_s, whisper}}),
                    u"the answer to a command"_s);
        WATCH_VERIFY(m_watch->take(typists(m_conversationId, {buyerName()})),
                     u"typing by %1 again, from the whisper"_s.arg(buyerName()));
    }

    void cliSendReachesEchoBuyer()
    {
        const QString text = u"Yes, still here. Pick-up on Saturday? \u00e9"_s;
        const CliRun send = cli({u"--token"_s, m_token, u"--cache"_s, cachePath(u"send"_s),
                                 u"send"_s, QString::number(m_conversationId), text});
        QVERIFY2(send.exited && send.exitCode == 0, qPrintable(send.describe()));
        QCOMPARE(send.lines().size(), 1);
        const QJsonObject delivered = send.lines().constFirst().value(u"delivered"_s).toObject();
        QCOMPARE(delivered.value(u"body"_s).toString(), text);
        QCOMPARE(delivered.value(u"conversation_id"_s).toInteger(), m_conversationId);
        QCOMPARE(delivered.value(u"sender_id"_s), m_seller.value(u"id"_s));
        QVERIFY(!delivered.value(u"client_id"_s).toString().isEmpty());

        const auto heard =
            m_peer->take(is(u"event"_s, m_channel, withData(u"id"_s, delivered.value(u"id"_s))));
        PEER_VERIFY(heard, u"the CLI's message"_s);
        QCOMPARE(heard->value(u"event"_s).toString(), u".message.sent"_s);
        const QJsonObject message = heard->value(u"data"_s).toObject();
        QCOMPARE(message.value(u"body"_s).toString(), text);
        QCOMPARE(message.value(u"client_id"_s), delivered.value(u"client_id"_s));
        QCOMPARE(message.value(u"sender_id"_s), m_seller.value(u"id"_s));

        // The buyer answers: once the watch prints that, it has been handed the seller's
        // own message too, and announced neither it nor the first buyer message twice.
        const auto answer = buyerSends(u"Saturday works."_s);
        PEER_VERIFY(answer, u"201 for the buyer's answer"_s);
        WATCH_VERIFY(m_watch->take(messageWithId(answer->value(u"id"_s))), u"the buyer's answer"_s);
        QCOMPARE(m_watch->count(is(u"message"_s)), 2);
        QCOMPARE(m_watch->count(messageWithId(m_buyerMessageIds.constFirst())), 1);
    }

    void refusedTokenExitsUnauthenticated()
    {
        for (const QStringList &arguments :
             {QStringList{u"--token"_s, u"bad"_s, u"conversations"_s},
              QStringList{u"conversations"_s}}) {
            const CliRun run = cli(arguments);
            QVERIFY2(run.exited && run.exitCode == 3, qPrintable(run.describe()));
            QCOMPARE(run.error().value(u"error"_s).toString(), u"unauthenticated"_s);
            QCOMPARE(run.error().value(u"exit_code"_s).toInt(), 3);
            QVERIFY(run.out.isEmpty());
        }
    }

    void sendToUnknownConversationFails()
    {
        const CliRun run = cli({u"--token"_s, m_token, u"--cache"_s, cachePath(u"unknown"_s),
                                u"send"_s, u"999999"_s, u"hi"_s});
        QVERIFY2(run.exited && run.exitCode != 0, qPrintable(run.describe()));
        const QJsonObject error = run.error();
        QVERIFY2(!error.value(u"error"_s).toString().isEmpty(), qPrintable(run.describe()));
        QVERIFY2(!error.value(u"message"_s).toString().isEmpty(), qPrintable(run.describe()));
        QCOMPARE(error.value(u"exit_code"_s).toInt(), run.exitCode);
    }
};

QTEST_GUILESS_MAIN(CliInteropTest)
#include "tst_cli_interop.moc"
