// Desktop notifications through org.freedesktop.Notifications, on a private session bus
// (tests/common/with-private-session-bus) where fake_notification_server stands in for the
// desktop's service, recording every call. Against the real sandbox (demo data) and the
// real window: a buyer's message is one notification with Open, Reply (inline) and Mark as
// read, replaced (same replaces_id) by the next one of that conversation; a reply typed in
// the notification reaches the server once, through the outbox; "Mark as read" reads it at
// the server; reading on another device withdraws it (CloseNotification); clicking opens
// the conversation; nothing comes for the conversation open in the active window; shown
// again or withdrawn while its Notify is on its way, a notification is replaced or closed
// once its id is known; the body is escaped only for a server that reads markup; a server
// without inline-reply gets a plain "Reply"; with no service on the bus the tray's balloon
// takes over.
#include "JsonLinesProcess.h"
#include "SandboxProcess.h"
#include "SessionWindow.h"
#include "TestHttp.h"

#include "Composer.h"
#include "ConversationListPanel.h"
#include "ConversationView.h"
#include "FreedesktopNotifications.h"
#include "MainWindow.h"
#include "TrayNotifier.h"
#include "inbox/InboxSession.h"

#include <QApplication>
#include <QDBusConnection>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace envisage;
using envisage::testing::is;
using envisage::testing::JsonLinesProcess;
using envisage::testing::ownChannelSubscribed;
using envisage::testing::profileOf;
using envisage::testing::SandboxProcess;
using envisage::testing::TestHttp;
using envisage::testing::ui::SessionWindow;
using inbox::InboxSession;
using ui::FreedesktopNotifications;

namespace {

const QString AllCapabilities = u"actions,body,body-markup,inline-reply"_s;

// The action keys of a Notify line (every other entry: the labels follow the keys).
QStringList actionKeys(const QJsonObject &notify)
{
    const QJsonArray actions = notify.value(u"actions"_s).toArray();
    QStringList keys;
    for (qsizetype i = 0; i + 1 < actions.size(); i += 2)
        keys.append(actions.at(i).toString());
    return keys;
}

} // namespace

class UiNotificationsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    SandboxProcess m_sandbox;
    TestHttp m_http;
    QString m_sellerToken;
    QString m_buyerToken;
    QString m_buyerName;
    qint64 m_conversation = 0; // the buyer's, not open in the window
    qint64 m_shownId = 0;      // the service's id of its notification
    std::unique_ptr<JsonLinesProcess> m_service;
    SessionWindow m_ui;

    QUrl api(const QString &path) const { return m_sandbox.apiUrl(path); }
    ui::TrayNotifier *notifier() const { return m_ui.window->notifier(); }
    FreedesktopNotifications *desktop() const { return notifier()->freedesktopService(); }

    bool startService(const QString &capabilities)
    {
        m_service = std::make_unique<JsonLinesProcess>(u"the fake notification server"_s);
        if (!m_service->start(QStringLiteral(ENVISAGE_FAKE_NOTIFICATION_SERVER),
                              {u"--capabilities"_s, capabilities}))
            return false;
        return m_service->take(is(u"ready"_s), 10000).has_value();
    }

    // The buyer writes; returns the message's id (0 when refused).
    qint64 buyerSays(const QString &body)
    {
        const testing::TestResponse response =
            m_http.postJson(api(u"/api/conversations/%1/messages"_s.arg(m_conversation)),
                            {{u"body"_s, body}}, m_buyerToken);
        if (response.status != 201)
            qWarning() << "the buyer's message was refused with" << response.status;
        return response.json().value(u"data"_s).toObject().value(u"id"_s).toInteger();
    }

    std::optional<QJsonObject> takeNotify(const QString &body, int timeoutMs = 8000)
    {
        return m_service->take(is(u"Notify"_s, {},
                                  [body](const QJsonObject &line) {
                                      return line.value(u"body"_s).toString() == body;
                                  }),
                               timeoutMs);
    }

    // The buyer writes `body`; the id of the notification that announces it, 0 when the
    // message was refused or no notification came.
    qint64 notificationOfBuyerMessage(const QString &body)
    {
        if (buyerSays(body) == 0)
            return 0;
        const std::optional<QJsonObject> shown = takeNotify(body);
        return shown ? shown->value(u"id"_s).toInteger() : 0;
    }

    std::optional<QJsonObject> takeClose(qint64 id, int timeoutMs = 5000)
    {
        return m_service->take(
            is(u"CloseNotification"_s, {},
               [id](const QJsonObject &line) { return line.value(u"id"_s).toInteger() == id; }),
            timeoutMs);
    }

    // As the window does before marking a conversation unread: nothing open.
    void closeInWindow()
    {
        m_ui.window->conversationList()->clearCurrent();
        m_ui.window->conversationView()->showConversation(0);
        m_ui.session->closeConversation();
    }

    void emitSignal(const QJsonObject &command)
    {
        m_service->write(command);
        QVERIFY(m_service->take(is(u"emitted"_s), 5000));
    }

    int sellerUnread()
    {
        return m_http.get(api(u"/api/conversations/%1"_s.arg(m_conversation)), m_sellerToken)
            .json()
            .value(u"data"_s)
            .toObject()
            .value(u"unread_count"_s)
            .toInt(-1);
    }

    int serverCount(const QString &body)
    {
        int count = 0;
        const QJsonArray messages =
            m_http
                .get(api(u"/api/conversations/%1/messages?per_page=50"_s.arg(m_conversation)),
                     m_buyerToken)
                .json()
                .value(u"data"_s)
                .toArray();
        for (const QJsonValue &message : messages)
            count += message.toObject().value(u"body"_s).toString() == body ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("ENVISAGE_PRIVATE_SESSION_BUS_MISSING"))
            QSKIP(qPrintable(qEnvironmentVariable("ENVISAGE_PRIVATE_SESSION_BUS_MISSING")));
        if (qEnvironmentVariable("ENVISAGE_PRIVATE_SESSION_BUS") != u"1"_s)
            QSKIP("Runs on a private session bus only: start it through "
                  "tests/common/with-private-session-bus (ctest does).");
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "no private session bus");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"envisage-tests"_s);
        QCoreApplication::setApplicationName(u"tst_ui_notifications"_s);
        QVERIFY(m_folder.isValid());
        QVERIFY2(m_sandbox.start({u"--database"_s, u":memory:"_s, u"--seed"_s, u"demo"_s}),
                 qPrintable(m_sandbox.errorOutput()));
        m_sellerToken = m_http.login(api({}), u"seller@envisage.test"_s, u"demo-seller"_s);
        m_buyerToken = m_http.login(api({}), u"buyer1@envisage.test"_s, u"demo-buyer"_s);
        QVERIFY(!m_sellerToken.isEmpty() && !m_buyerToken.isEmpty());
        const QJsonObject first = m_http.get(api(u"/api/conversations?per_page=1"_s), m_buyerToken)
                                      .json()
                                      .value(u"data"_s)
                                      .toArray()
                                      .first()
                                      .toObject();
        m_conversation = first.value(u"id"_s).toInteger();
        m_buyerName = first.value(u"buyer"_s).toObject().value(u"name"_s).toString();
        QVERIFY(m_conversation != 0 && !m_buyerName.isEmpty());
        if (!startService(AllCapabilities))
            QFAIL(qPrintable(m_service->report(u"ready"_s)));

        QVERIFY(m_ui.show(profileOf(m_sandbox), m_folder.filePath(u"cache.sqlite"_s), {1000, 700}));
        // The offscreen platform has no desktop: the test's bus is given explicitly.
        QCOMPARE(desktop(), nullptr);
        notifier()->useFreedesktopService(QDBusConnection::sessionBus());
        QVERIFY(desktop());
        QTRY_COMPARE_WITH_TIMEOUT(desktop()->availability(),
                                  FreedesktopNotifications::Availability::Available, 5000);
        QVERIFY(desktop()->hasCapability(u"inline-reply"_s));
        QVERIFY(m_ui.signIn(u"seller@envisage.test"_s, u"demo-seller"_s, 10000));
        QTRY_VERIFY_WITH_TIMEOUT(ownChannelSubscribed(*m_ui.session), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_ui.session->conversations()->rowCount() > 0, 5000);
    }

    void init()
    {
        if (m_ui.session && m_ui.session->openConversationId() != 0)
            closeInWindow(); // its messages would be read, not notified
    }

    void cleanupTestCase()
    {
        m_ui.close();
        if (m_service)
            m_service->stop();
        m_sandbox.stop();
    }

    // One notification per conversation, with its actions, replaced as messages arrive;
    // the body escaped for a server that reads markup, the title never markup.
    void oneNotificationPerConversationReplaced()
    {
        const QString first = u"Is the <b>desk</b> still available? 50% & \"cash\""_s;
        QVERIFY(buyerSays(first) != 0);
        const std::optional<QJsonObject> shown = takeNotify(first.toHtmlEscaped());
        LINES_VERIFY(*m_service, shown, u"a Notify with the escaped body"_s);
        QCOMPARE(shown->value(u"replaces_id"_s).toInteger(), 0);
        QCOMPARE(shown->value(u"summary"_s).toString(), m_buyerName);
        QCOMPARE(actionKeys(*shown),
                 (QStringList{u"default"_s, u"inline-reply"_s, u"mark-read"_s}));
        const QJsonArray actions = shown->value(u"actions"_s).toArray();
        QCOMPARE(actions.at(3).toString(), u"Reply"_s);
        QCOMPARE(actions.at(5).toString(), u"Mark as read"_s);
        const QJsonObject hints = shown->value(u"hints"_s).toObject();
        QCOMPARE(hints.value(u"desktop-entry"_s).toString(), u"app.envisage.Inbox"_s);
        QVERIFY(hints.value(u"x-kde-reply-placeholder-text"_s).toString().contains(m_buyerName));
        QCOMPARE(notifier()->lastMessage(), first); // plain text; escaped only on the wire
        const qint64 id = shown->value(u"id"_s).toInteger();

        const QString second = u"I could pick it up tomorrow."_s;
        QVERIFY(buyerSays(second) != 0);
        const std::optional<QJsonObject> replaced = takeNotify(second);
        LINES_VERIFY(*m_service, replaced, u"a second Notify replacing the first"_s);
        QCOMPARE(replaced->value(u"replaces_id"_s).toInteger(), id);
        QCOMPARE(replaced->value(u"id"_s).toInteger(), id);
        QVERIFY(replaced->value(u"summary"_s).toString().startsWith(m_buyerName));
        QVERIFY(replaced->value(u"summary"_s).toString().contains(u"2"_s));
        QCOMPARE(m_service->count(is(u"Notify"_s)), 2); // nothing else announced
        m_shownId = id;
    }

    // The reply typed in the notification goes through the outbox, once; answered is read
    // and the notification is withdrawn.
    void inlineReplySendsOnce()
    {
        const qint64 id = m_shownId;
        QVERIFY(id != 0);
        QVERIFY(desktop()->isShown(m_conversation));
        const QString reply = u"Yes, it is! <3 Tomorrow works."_s;
        emitSignal({{u"emit"_s, u"NotificationReplied"_s}, {u"id"_s, id}, {u"text"_s, reply}});
        QTRY_COMPARE_WITH_TIMEOUT(serverCount(reply), 1, 10000);
        LINES_VERIFY(*m_service, takeClose(id), u"the replied notification withdrawn"_s);
        QTRY_COMPARE_WITH_TIMEOUT(sellerUnread(), 0, 5000);
        QTest::qWait(500); // a second send would have left by now
        QCOMPARE(serverCount(reply), 1);
        QVERIFY(!desktop()->isShown(m_conversation));
    }

    void markAsReadReadsAtTheServer()
    {
        const QString body = u"One more question about the drawers."_s;
        QVERIFY(buyerSays(body) != 0);
        const std::optional<QJsonObject> shown = takeNotify(body);
        LINES_VERIFY(*m_service, shown, u"a new Notify after the withdrawn one"_s);
        QCOMPARE(shown->value(u"replaces_id"_s).toInteger(), 0);
        QCOMPARE(shown->value(u"summary"_s).toString(), m_buyerName); // counting anew
        QTRY_COMPARE_WITH_TIMEOUT(sellerUnread(), 1, 5000);
        const qint64 id = shown->value(u"id"_s).toInteger();
        emitSignal({{u"emit"_s, u"ActionInvoked"_s}, {u"id"_s, id}, {u"action"_s, u"mark-read"_s}});
        QTRY_COMPARE_WITH_TIMEOUT(sellerUnread(), 0, 5000);
        LINES_VERIFY(*m_service, takeClose(id), u"the notification withdrawn"_s);
        QCOMPARE(m_ui.session->conversations()->unreadCount(m_conversation), 0);
    }

    void readOnAnotherDeviceWithdraws()
    {
        const QString body = u"Hello? Anyone there?"_s;
        const qint64 message = buyerSays(body);
        QVERIFY(message != 0);
        const std::optional<QJsonObject> shown = takeNotify(body);
        LINES_VERIFY(*m_service, shown, u"a Notify"_s);
        const qint64 id = shown->value(u"id"_s).toInteger();
        QCOMPARE(m_http
                     .postJson(api(u"/api/conversations/%1/read"_s.arg(m_conversation)),
                               {{u"last_read_message_id"_s, message}}, m_sellerToken)
                     .status,
                 204);
        LINES_VERIFY(*m_service, takeClose(id), u"CloseNotification after the other device read"_s);
        QVERIFY(!desktop()->isShown(m_conversation));
    }

    void clickingOpensTheConversation()
    {
        const qint64 id = notificationOfBuyerMessage(u"Can you send the dimensions?"_s);
        LINES_VERIFY(*m_service, id != 0, u"a Notify"_s);
        QSignalSpy requested(notifier(), &ui::TrayNotifier::conversationRequested);
        emitSignal({{u"emit"_s, u"ActionInvoked"_s}, {u"id"_s, id}, {u"action"_s, u"default"_s}});
        QTRY_COMPARE_WITH_TIMEOUT(requested.size(), 1, 5000);
        QCOMPARE(requested.first().first().toLongLong(), m_conversation);
        QTRY_COMPARE_WITH_TIMEOUT(m_ui.session->openConversationId(), m_conversation, 5000);
        // Servers close a clicked notification themselves; this one says so.
        emitSignal({{u"emit"_s, u"NotificationClosed"_s}, {u"id"_s, id}, {u"reason"_s, 2}});
        QTRY_VERIFY(!desktop()->isShown(m_conversation));
        closeInWindow();
    }

    // A reply the outbox refuses (longer than a message may be) is not lost: the window
    // opens the conversation with the text in its composer, and nothing is sent.
    void aRefusedReplyIsKeptInTheComposer()
    {
        const qint64 id =
            notificationOfBuyerMessage(u"Could you describe every scratch in detail?"_s);
        LINES_VERIFY(*m_service, id != 0, u"a Notify"_s);
        const QString reply = u"Here they are: "_s + QString(5000, u'x');
        ui::Composer *composer = m_ui.window->conversationView()->composer();
        emitSignal({{u"emit"_s, u"NotificationReplied"_s}, {u"id"_s, id}, {u"text"_s, reply}});
        QTRY_COMPARE_WITH_TIMEOUT(m_ui.session->openConversationId(), m_conversation, 5000);
        QCOMPARE(composer->text(), reply);
        QCOMPARE(m_ui.session->draft(m_conversation), reply);
        QTest::qWait(500); // a send would have reached the server by now
        QCOMPARE(serverCount(reply), 0);
        composer->setText({});
        m_ui.session->setDraft(m_conversation, {});
        // The seller dismisses it (whether the window read the conversation depends on it
        // being the active window, which the offscreen platform does not decide).
        emitSignal({{u"emit"_s, u"NotificationClosed"_s}, {u"id"_s, id}, {u"reason"_s, 2}});
        QTRY_VERIFY(!desktop()->isShown(m_conversation));
        closeInWindow();
    }

    // The seller is looking at it: nothing announced, and nothing later for that message.
    void nothingForTheConversationBeingRead()
    {
        m_ui.window->openConversation(m_conversation);
        m_ui.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_ui.window.get()));
        QTRY_COMPARE(m_ui.session->openConversationId(), m_conversation);
        const qsizetype before = m_service->count(is(u"Notify"_s));
        const QString body = u"Are you reading this?"_s;
        QVERIFY(buyerSays(body) != 0);
        QTRY_COMPARE_WITH_TIMEOUT(sellerUnread(), 0, 5000); // read as it came
        QTest::qWait(ui::TrayNotifier::BurstWindowMs + 500);
        QCOMPARE(m_service->count(is(u"Notify"_s)), before);
        closeInWindow();
    }

    // Shown again before the service has answered: the newest replaces the one on its way
    // (never two of one key); withdrawn before its id is known: closed once it is.
    void replacedAndClosedWhileOnTheirWay()
    {
        constexpr qint64 Key = 424242;
        using Notification = FreedesktopNotifications::Notification;
        desktop()->show(Key, Notification{u"Key"_s, u"first"_s, {}, {}});
        desktop()->show(Key, Notification{u"Key"_s, u"second"_s, {}, {}});
        desktop()->show(Key, Notification{u"Key"_s, u"third"_s, {}, {}});
        const std::optional<QJsonObject> first = takeNotify(u"first"_s);
        LINES_VERIFY(*m_service, first, u"the first Notify"_s);
        QCOMPARE(first->value(u"replaces_id"_s).toInteger(), 0);
        const qint64 id = first->value(u"id"_s).toInteger();
        const std::optional<QJsonObject> third = takeNotify(u"third"_s);
        LINES_VERIFY(*m_service, third, u"the newest replacing it"_s);
        QCOMPARE(third->value(u"replaces_id"_s).toInteger(), id);
        QCOMPARE(m_service->count(is(
                     u"Notify"_s, {},
                     [](const QJsonObject &line) { return line.value(u"body"_s) == u"second"_s; })),
                 0);
        // Withdrawn at once: sent (replacing) or dropped (still queued), then closed.
        desktop()->show(Key, Notification{u"Key"_s, u"fourth"_s, {}, {}});
        desktop()->close(Key);
        LINES_VERIFY(*m_service, takeClose(id), u"closed once its id is known"_s);
        QTest::qWait(200); // time for anything after the close to arrive
        bool closed = false;
        for (const QJsonObject &line : m_service->lines()) {
            const QString type = line.value(u"type"_s).toString();
            closed =
                closed || (type == u"CloseNotification"_s && line.value(u"id"_s).toInteger() == id);
            if (type == u"Notify"_s && line.value(u"body"_s) == u"fourth"_s) {
                QVERIFY2(!closed, "shown after it was withdrawn");
                QCOMPARE(line.value(u"replaces_id"_s).toInteger(), id);
            }
        }
        QVERIFY(!desktop()->isShown(Key));
    }

    // Another server, without body-markup and inline-reply: the body as typed, a plain
    // "Reply" that opens the conversation.
    void withoutMarkupTheBodyIsPlainText()
    {
        m_service->stop();
        QTRY_COMPARE_WITH_TIMEOUT(desktop()->availability(),
                                  FreedesktopNotifications::Availability::Unknown, 5000);
        if (!startService(u"actions,body"_s))
            QFAIL(qPrintable(m_service->report(u"ready"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(desktop()->availability(),
                                  FreedesktopNotifications::Availability::Available, 5000);
        QVERIFY(!desktop()->hasCapability(u"body-markup"_s));
        // A server whose capabilities are not known (yet) is taken to read markup.
        QCOMPARE(FreedesktopNotifications::bodyFor(u"<b>40 & up</b>"_s, {}),
                 u"&lt;b&gt;40 &amp; up&lt;/b&gt;"_s);

        const QString body = u"<i>Final</i> offer: 40 & I'll <a href=\"x\">collect</a>"_s;
        QVERIFY(buyerSays(body) != 0);
        const std::optional<QJsonObject> shown = takeNotify(body);
        LINES_VERIFY(*m_service, shown, u"a Notify with the raw body"_s);
        QCOMPARE(shown->value(u"replaces_id"_s).toInteger(), 0); // a new server's first
        QCOMPARE(actionKeys(*shown), (QStringList{u"default"_s, u"reply"_s, u"mark-read"_s}));
        QVERIFY(!shown->value(u"hints"_s).toObject().contains(u"x-kde-reply-placeholder-text"_s));

        QSignalSpy requested(notifier(), &ui::TrayNotifier::conversationRequested);
        emitSignal({{u"emit"_s, u"ActionInvoked"_s},
                    {u"id"_s, shown->value(u"id"_s)},
                    {u"action"_s, u"reply"_s}});
        QTRY_COMPARE_WITH_TIMEOUT(requested.size(), 1, 5000);
        QCOMPARE(requested.first().first().toLongLong(), m_conversation);
        closeInWindow();
    }

    // No service on the bus: the tray's balloon says it (no tray offscreen: its text).
    void withoutAServiceTheTrayTakesOver()
    {
        m_service->stop();
        QTRY_COMPARE_WITH_TIMEOUT(desktop()->availability(),
                                  FreedesktopNotifications::Availability::Unknown, 5000);
        const QString body = u"Still there? <b>Fallback</b>"_s;
        QVERIFY(buyerSays(body) != 0);
        QTRY_COMPARE_WITH_TIMEOUT(notifier()->lastMessage(), body, 10000);
        QCOMPARE(notifier()->lastTitle(), m_buyerName);
        QCOMPARE(desktop()->availability(), FreedesktopNotifications::Availability::Unavailable);
    }
};

QTEST_MAIN(UiNotificationsTest)
#include "tst_ui_notifications.moc"
