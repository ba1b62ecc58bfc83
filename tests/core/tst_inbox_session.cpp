// InboxSession against the real sandbox: sign-in and the cache shown offline, sending
// (pending → sent, once), receiving and re-sorting, typing, the outbox through an
// outage and after a crash (via envisage-cli), final errors with Retry and Discard,
// the catch-up after a sandbox restart, and a new sign-in after a 401.
#include "RestartableSandbox.h"
#include "SandboxSession.h"
#include "TestHttp.h"
#include "inbox/InboxSession.h"
#include "inbox/Outbox.h"
#include "secrets/SecretStore.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace envisage;
using envisage::testing::TestHttp;
using inbox::InboxSession;
using inbox::MessageListModel;

class InboxSessionTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    testing::RestartableSandbox m_sandbox;
    TestHttp m_http;
    QString m_buyerToken;
    qint64 m_conversationId = 0;

    inbox::ServerProfile profile() const { return testing::profileOf(*m_sandbox); }

    std::unique_ptr<InboxSession> session(secrets::SecretStore *secrets, const QString &cacheName)
    {
        InboxSession::Options options;
        options.cachePath = m_folder.filePath(cacheName);
        return std::make_unique<InboxSession>(profile(), secrets, options);
    }

    QJsonArray serverMessages(int count)
    {
        return m_http
            .get(m_sandbox->apiUrl(
                     u"/api/conversations/%1/messages?per_page=%2"_s.arg(m_conversationId)
                         .arg(count)),
                 m_buyerToken)
            .json()
            .value(u"data"_s)
            .toArray();
    }

    void buyerSays(const QString &body)
    {
        QCOMPARE(
            m_http.postMessage(m_sandbox->apiUrl(), m_conversationId, body, m_buyerToken).status,
            201);
    }

    QStringList modelBodies(InboxSession &session)
    {
        QStringList bodies;
        MessageListModel *model = session.messages();
        for (int row = 1; row < model->rowCount(); ++row)
            bodies.append(model->index(row).data(MessageListModel::BodyRole).toString());
        return bodies;
    }

    int cli(const QStringList &arguments, const QString &token, const QString &cache,
            QByteArray *output = nullptr,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        const QByteArray ready =
            QJsonDocument(QJsonObject{{u"api_url"_s, m_sandbox->apiUrl().toString()},
                                      {u"ws_host"_s, m_sandbox->wsHost()},
                                      {u"ws_port"_s, m_sandbox->wsPort()},
                                      {u"app_key"_s, m_sandbox->appKey()}})
                .toJson(QJsonDocument::Compact);
        process.start(QStringLiteral(ENVISAGE_CLI_BIN),
                      QStringList{u"--sandbox-ready"_s, QString::fromUtf8(ready), u"--token"_s,
                                  token, u"--cache"_s, cache, u"--verbose"_s} +
                          arguments);
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished(2000);
            qWarning().noquote() << "envisage-cli" << arguments.join(u' ') << "did not finish:\n"
                                 << process.readAllStandardError();
            return -1;
        }
        if (output)
            *output = process.readAllStandardOutput();
        return process.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"envisage-tests"_s);
        QVERIFY(m_sandbox.start(m_folder.filePath(u"sandbox.sqlite"_s)));
        m_buyerToken =
            m_http.login(m_sandbox->apiUrl(), u"buyer1@envisage.test"_s, u"demo-buyer"_s);
        m_conversationId =
            m_http.get(m_sandbox->apiUrl(u"/api/conversations"_s), m_buyerToken).firstId();
        QVERIFY(m_conversationId > 0);
    }

    void signInShowsTheInboxAndRemembersTheToken()
    {
        secrets::MemorySecretStore secrets;
        auto inbox = session(&secrets, u"signin.sqlite"_s);
        QSignalSpy failed(inbox.get(), &InboxSession::signInFailed);
        inbox->signIn(u"seller@envisage.test"_s, u"wrong"_s);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<api::ApiError>().kind,
                 api::ApiError::Kind::Validation);
        inbox->signIn(u"seller@envisage.test"_s, u"demo-seller"_s);
        QTRY_COMPARE(inbox->state(), InboxSession::State::Ready);
        QTRY_VERIFY(inbox->conversations()->rowCount() >= 20);
        QCOMPARE(inbox->currentUser().email, u"seller@envisage.test"_s);
        QTRY_COMPARE(inbox->connection(), InboxSession::Connection::Online);
        std::optional<QString> remembered;
        secrets.read(u"token/"_s + profile().accountKey(),
                     [&](const secrets::SecretReadResult &r) { remembered = r.secret; });
        QTRY_VERIFY(remembered.has_value());

        // A second start restores the sign-in from the secret store.
        inbox.reset();
        auto again = session(&secrets, u"signin.sqlite"_s);
        again->restore();
        QTRY_COMPARE(again->state(), InboxSession::State::Ready);
    }

    void sendsOnceAndReceivesInRealtime()
    {
        secrets::MemorySecretStore secrets;
        auto inbox = session(&secrets, u"chat.sqlite"_s);
        inbox->signIn(u"seller@envisage.test"_s, u"demo-seller"_s);
        QTRY_COMPARE(inbox->state(), InboxSession::State::Ready);
        QTRY_COMPARE(inbox->connection(), InboxSession::Connection::Online);
        inbox->openConversation(m_conversationId);
        MessageListModel *messages = inbox->messages();
        QTRY_VERIFY(messages->rowCount() > 10);

        QList<MessageListModel::Delivery> states;
        connect(messages, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from) {
            if (from.data(MessageListModel::BodyRole).toString() == u"Hello Ada"_s)
                states.append(
                    from.data(MessageListModel::DeliveryRole).value<MessageListModel::Delivery>());
        });
        QVERIFY(!inbox->sendMessage(u"  Hello Ada  "_s).isEmpty());
        QCOMPARE(modelBodies(*inbox).last(), u"Hello Ada"_s);
        QCOMPARE(messages->index(messages->rowCount() - 1)
                     .data(MessageListModel::DeliveryRole)
                     .value<MessageListModel::Delivery>(),
                 MessageListModel::Delivery::Pending);
        QTRY_VERIFY(states.contains(MessageListModel::Delivery::Sent));
        QCOMPARE(modelBodies(*inbox).count(u"Hello Ada"_s), 1);
        QCOMPARE(serverMessages(1).first().toObject().value(u"body"_s).toString(), u"Hello Ada"_s);

        // The buyer types, then answers: the indicator shows, and ends with the message.
        QSignalSpy typing(inbox.get(), &InboxSession::typingChanged);
        m_http.postJson(m_sandbox->apiUrl(u"/api/conversations/%1/typing"_s.arg(m_conversationId)),
                        {}, m_buyerToken);
        QTRY_COMPARE(inbox->typists(m_conversationId), QStringList{u"Ada Novak"_s});
        QSignalSpy received(inbox.get(), &InboxSession::messageReceived);
        buyerSays(u"Great, thanks!"_s);
        QTRY_COMPARE(modelBodies(*inbox).last(), u"Great, thanks!"_s);
        QVERIFY(inbox->typists(m_conversationId).isEmpty());
        QCOMPARE(modelBodies(*inbox).count(u"Great, thanks!"_s), 1);
        QTest::qWait(200);
        QCOMPARE(received.size(), 1); // announced once, though it came on two channels
        // The list puts the conversation first.
        QTRY_COMPARE(inbox->conversations()
                         ->index(0)
                         .data(inbox::ConversationListModel::IdRole)
                         .toLongLong(),
                     m_conversationId);
    }

    void theCacheOpensWithoutTheServer()
    {
        const QString token =
            m_http.login(m_sandbox->apiUrl(), u"seller@envisage.test"_s, u"demo-seller"_s);
        {
            secrets::MemorySecretStore secrets;
            auto inbox = session(&secrets, u"offline.sqlite"_s);
            inbox->signInWithToken(token);
            QTRY_VERIFY(inbox->conversations()->rowCount() >= 20);
            QTest::qWait(300); // let the cache write
        }
        QCOMPARE(m_sandbox->stop(), 0);
        secrets::MemorySecretStore secrets;
        auto inbox = session(&secrets, u"offline.sqlite"_s);
        QSignalSpy cacheLoaded(inbox.get(), &InboxSession::cacheLoaded);
        inbox->signInWithToken(token);
        QTRY_COMPARE(cacheLoaded.size(), 1);
        QVERIFY(inbox->conversations()->rowCount() >= 20);
        QCOMPARE(inbox->state(), InboxSession::State::Ready);
        QVERIFY(m_sandbox.startAgain());
    }

    void outboxDeliversInOrderAfterAnOutage()
    {
        secrets::MemorySecretStore secrets;
        auto inbox = session(&secrets, u"outage.sqlite"_s);
        inbox->signIn(u"seller@envisage.test"_s, u"demo-seller"_s);
        QTRY_COMPARE(inbox->state(), InboxSession::State::Ready);
        inbox->outbox()->setRetryDelays(std::chrono::milliseconds(200),
                                        std::chrono::milliseconds(500));
        inbox->openConversation(m_conversationId);
        QTRY_VERIFY(inbox->messages()->rowCount() > 10);
        QCOMPARE(m_sandbox->stop(), 0);
        for (int i = 1; i <= 3; ++i)
            inbox->sendMessage(u"Offline message %1"_s.arg(i));
        QTest::qWait(500);
        QCOMPARE(inbox->outbox()->entries().size(), 3); // pending, not lost
        QVERIFY(m_sandbox.startAgain());
        QTRY_VERIFY_WITH_TIMEOUT(inbox->outbox()->entries().isEmpty(), 15000);
        const QJsonArray newest = serverMessages(3);
        QCOMPARE(newest.at(0).toObject().value(u"body"_s).toString(), u"Offline message 3"_s);
        QCOMPARE(newest.at(1).toObject().value(u"body"_s).toString(), u"Offline message 2"_s);
        QCOMPARE(newest.at(2).toObject().value(u"body"_s).toString(), u"Offline message 1"_s);
        QCOMPARE(modelBodies(*inbox).count(u"Offline message 2"_s), 1);
    }

    void catchUpAfterTheSandboxRestarts()
    {
        secrets::MemorySecretStore secrets;
        auto inbox = session(&secrets, u"gap.sqlite"_s);
        inbox->signIn(u"seller@envisage.test"_s, u"demo-seller"_s);
        QTRY_COMPARE(inbox->connection(), InboxSession::Connection::Online);
        inbox->openConversation(m_conversationId);
        QTRY_VERIFY(inbox->messages()->rowCount() > 10);
        QCOMPARE(m_sandbox->stop(), 0);
        QTRY_VERIFY(inbox->connection() != InboxSession::Connection::Online);
        QTest::qWait(1500); // the client backs off while the server is gone
        QVERIFY(m_sandbox.startAgain());
        // Written before the client is back: only the catch-up can bring them.
        for (int i = 1; i <= 3; ++i)
            buyerSays(u"While you were away %1"_s.arg(i));
        QTRY_VERIFY_WITH_TIMEOUT(modelBodies(*inbox).contains(u"While you were away 3"_s), 15000);
        const QStringList bodies = modelBodies(*inbox);
        QVERIFY(bodies.indexOf(u"While you were away 1"_s) <
                bodies.indexOf(u"While you were away 2"_s));
        QCOMPARE(bodies.count(u"While you were away 2"_s), 1);
    }

    void finalErrorsWaitForRetryOrDiscard()
    {
        secrets::MemorySecretStore secrets;
        auto inbox = session(&secrets, u"final.sqlite"_s);
        inbox->signIn(u"seller@envisage.test"_s, u"demo-seller"_s);
        QTRY_COMPARE(inbox->state(), InboxSession::State::Ready);
        inbox::Outbox *outbox = inbox->outbox();
        // A conversation the seller is not part of: 403, final.
        const QString clientId = inbox->sendMessage(999999, u"Lost?"_s);
        QTRY_VERIFY(!outbox->entries().isEmpty() &&
                    outbox->entries().first().state == store::OutboxEntry::State::Failed);
        QVERIFY(!outbox->entries().first().lastError.isEmpty());
        // Whitespace the server trims to nothing: 422, final; later messages still go.
        const QString blank = outbox->enqueue(m_conversationId, u"\u00a0"_s);
        const QString fine = inbox->sendMessage(m_conversationId, u"This one goes"_s);
        QTRY_COMPARE(outbox->entries().size(), 2);
        QCOMPARE(serverMessages(1).first().toObject().value(u"body"_s).toString(),
                 u"This one goes"_s);
        inbox->retryMessage(clientId);
        QTRY_COMPARE(outbox->entries().first().state, store::OutboxEntry::State::Failed);
        inbox->discardMessage(clientId);
        inbox->discardMessage(blank);
        QVERIFY(outbox->entries().isEmpty());
        Q_UNUSED(fine);
    }

    void crashBetweenStoreAndPostSendsExactlyOnce()
    {
        const QString token =
            m_http.login(m_sandbox->apiUrl(), u"seller@envisage.test"_s, u"demo-seller"_s);
        const QString cache = m_folder.filePath(u"cli-crash.sqlite"_s);
        QProcessEnvironment crashing = QProcessEnvironment::systemEnvironment();
        crashing.insert(u"ENVISAGE_CLI_EXIT_AFTER_QUEUE"_s, u"1"_s);
        const QString body = u"Survives a crash %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(cli({u"send"_s, QString::number(m_conversationId), body}, token, cache, nullptr,
                     crashing),
                 0);
        QVERIFY(serverMessages(1).first().toObject().value(u"body"_s).toString() != body);
        QByteArray output;
        QCOMPARE(cli({u"sync"_s}, token, cache, &output), 0);
        QVERIFY2(output.contains(body.toUtf8()), output.constData());
        QCOMPARE(cli({u"sync"_s}, token, cache, &output), 0);
        QVERIFY(output.isEmpty()); // nothing left
        int copies = 0;
        for (const QJsonValue &message : serverMessages(10))
            copies += message.toObject().value(u"body"_s).toString() == body ? 1 : 0;
        QCOMPARE(copies, 1);
    }

    void aRevokedTokenAsksForSignInAndKeepsDraftsAndOutbox()
    {
        secrets::MemorySecretStore secrets;
        auto inbox = session(&secrets, u"revoked.sqlite"_s);
        inbox->signIn(u"seller@envisage.test"_s, u"demo-seller"_s);
        QTRY_COMPARE(inbox->state(), InboxSession::State::Ready);
        inbox->setDraft(m_conversationId + 1,
                        u"Half-written"_s); // another conversation: sending clears its own
        std::optional<QString> token;
        secrets.read(u"token/"_s + profile().accountKey(),
                     [&](const secrets::SecretReadResult &r) { token = r.secret; });
        QTRY_VERIFY(token.has_value());
        // Watched from the revocation on: any request may be the first to hear the 401.
        QSignalSpy required(inbox.get(), &InboxSession::signInRequired);
        QCOMPARE(m_http.postJson(m_sandbox->apiUrl(u"/api/logout"_s), {}, *token).status, 204);

        inbox->sendMessage(m_conversationId, u"Sent after signing in again"_s);
        QTRY_COMPARE_WITH_TIMEOUT(required.size(), 1, 15000); // generous: CI machines may be busy
        QCOMPARE(inbox->state(), InboxSession::State::SignInRequired);
        QCOMPARE(inbox->outbox()->entries().size(), 1);
        QCOMPARE(inbox->draft(m_conversationId + 1), u"Half-written"_s);

        inbox->signIn(u"seller@envisage.test"_s, u"demo-seller"_s);
        QTRY_VERIFY_WITH_TIMEOUT(inbox->outbox()->entries().isEmpty(), 10000);
        QCOMPARE(serverMessages(1).first().toObject().value(u"body"_s).toString(),
                 u"Sent after signing in again"_s);
        QCOMPARE(inbox->draft(m_conversationId + 1), u"Half-written"_s);
    }
};

QTEST_GUILESS_MAIN(InboxSessionTest)
#include "tst_inbox_session.moc"
