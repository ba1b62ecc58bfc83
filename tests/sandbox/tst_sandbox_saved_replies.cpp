// /api/saved-replies of envisage-sandbox (marketplace-api.md §5): CRUD, every rule of
// the contract's validation for POST and PATCH, the shortcut clash named, someone
// else's reply refused, 200 per user, and saved-replies.updated on the owner's channel.
#include "SellerToolsFixture.h"

using namespace Qt::StringLiterals;
using namespace envisage::testing;

class SandboxSavedRepliesTest : public QObject, protected SellerToolsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(start(&why), qPrintable(why));
    }

    void savedRepliesRoundTrip()
    {
        const QJsonArray demo =
            m_http.get(api(u"/api/saved-replies"_s), m_seller).json().value(u"data"_s).toArray();
        for (const QJsonValue &value : demo) {
            const QJsonObject reply = value.toObject();
            for (const QString &key :
                 {u"id"_s, u"title"_s, u"shortcut"_s, u"body"_s, u"updated_at"_s})
                QVERIFY2(reply.contains(key), qPrintable(key));
            QVERIFY(timeOf(reply.value(u"updated_at"_s)).isValid());
        }
        const TestResponse created = sendReply("POST", u"/api/saved-replies"_s,
                                               {{u"title"_s, u"  Thanks  "_s},
                                                {u"shortcut"_s, u"thanks-2"_s},
                                                {u"body"_s, u"Thank you, {buyer}!"_s}},
                                               m_seller);
        QCOMPARE(created.status, 201);
        const QJsonObject reply = created.json().value(u"data"_s).toObject();
        QCOMPARE(reply.value(u"title"_s).toString(), u"Thanks"_s);
        const QString path = u"/api/saved-replies/%1"_s.arg(reply.value(u"id"_s).toInteger());
        QCOMPARE(m_http.get(api(u"/api/saved-replies"_s), m_seller)
                     .json()
                     .value(u"data"_s)
                     .toArray()
                     .size(),
                 demo.size() + 1);
        QCOMPARE(m_http.get(api(path), m_seller).json().value(u"data"_s).toObject(), reply);

        QTest::qWait(5);
        const TestResponse patched =
            sendReply("PATCH", path, {{u"body"_s, u"Many thanks, {buyer}!"_s}}, m_seller);
        QCOMPARE(patched.status, 200);
        const QJsonObject changed = patched.json().value(u"data"_s).toObject();
        QCOMPARE(changed.value(u"body"_s).toString(), u"Many thanks, {buyer}!"_s);
        QCOMPARE(changed.value(u"title"_s).toString(), u"Thanks"_s);
        QCOMPARE(changed.value(u"shortcut"_s).toString(), u"thanks-2"_s);
        QVERIFY(timeOf(changed.value(u"updated_at"_s)) > timeOf(reply.value(u"updated_at"_s)));
        // Its own shortcut again is no clash.
        QCOMPARE(sendReply("PATCH", path, {{u"shortcut"_s, u"thanks-2"_s}}, m_seller).status, 200);

        QCOMPARE(sendReply("DELETE", path, {}, m_seller).status, 204);
        QCOMPARE(m_http.get(api(path), m_seller).status, 404);
        QCOMPARE(sendReply("PATCH", path, {{u"title"_s, u"x"_s}}, m_seller).status, 404);
        QCOMPARE(sendReply("DELETE", path, {}, m_seller).status, 404);
        QCOMPARE(m_http.get(api(u"/api/saved-replies"_s)).status, 401);
    }

    void savedReplyValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        const QJsonObject ok{
            {u"title"_s, u"Title"_s}, {u"shortcut"_s, u"short-1"_s}, {u"body"_s, u"Body"_s}};
        const auto with = [&ok](const QString &key, const QJsonValue &value) {
            QJsonObject changed = ok;
            if (value.isUndefined())
                changed.remove(key);
            else
                changed.insert(key, value);
            return changed;
        };
        QTest::newRow("no title") << with(u"title"_s, QJsonValue::Undefined) << u"title"_s;
        QTest::newRow("blank title") << with(u"title"_s, u"   "_s) << u"title"_s;
        QTest::newRow("title 61") << with(u"title"_s, QString(61, u't')) << u"title"_s;
        QTest::newRow("title number") << with(u"title"_s, 42) << u"title"_s;
        QTest::newRow("no shortcut") << with(u"shortcut"_s, QJsonValue::Undefined) << u"shortcut"_s;
        QTest::newRow("capitals") << with(u"shortcut"_s, u"Thanks"_s) << u"shortcut"_s;
        QTest::newRow("space") << with(u"shortcut"_s, u"two words"_s) << u"shortcut"_s;
        QTest::newRow("slash") << with(u"shortcut"_s, u"/thanks"_s) << u"shortcut"_s;
        QTest::newRow("underscore") << with(u"shortcut"_s, u"a_b"_s) << u"shortcut"_s;
        QTest::newRow("accent") << with(u"shortcut"_s, u"café"_s) << u"shortcut"_s;
        QTest::newRow("shortcut 31") << with(u"shortcut"_s, QString(31, u'a')) << u"shortcut"_s;
        QTest::newRow("no body") << with(u"body"_s, QJsonValue::Undefined) << u"body"_s;
        QTest::newRow("blank body") << with(u"body"_s, u"\n "_s) << u"body"_s;
        QTest::newRow("body 5001") << with(u"body"_s, QString(5001, u'b')) << u"body"_s;
    }

    void savedReplyValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const TestResponse refused = sendReply("POST", u"/api/saved-replies"_s, body, m_seller);
        QCOMPARE(refused.status, 422);
        const QJsonObject errors = refused.json().value(u"errors"_s).toObject();
        QVERIFY2(errors.contains(field), refused.body.constData());
        QCOMPARE(errors.size(), 1);

        // PATCH checks the fields it names by the same rules.
        const qint64 id = m_http.get(api(u"/api/saved-replies"_s), m_seller)
                              .json()
                              .value(u"data"_s)
                              .toArray()
                              .first()
                              .toObject()
                              .value(u"id"_s)
                              .toInteger();
        if (body.contains(field)) {
            const TestResponse patch = sendReply("PATCH", u"/api/saved-replies/%1"_s.arg(id),
                                                 {{field, body.value(field)}}, m_seller);
            QCOMPARE(patch.status, 422);
            QVERIFY(patch.json().value(u"errors"_s).toObject().contains(field));
        }
    }

    void savedReplyLimitsAreInclusive()
    {
        const TestResponse longest = sendReply("POST", u"/api/saved-replies"_s,
                                               {{u"title"_s, QString(60, u't')},
                                                {u"shortcut"_s, u"a-0"_s + QString(27, u'z')},
                                                {u"body"_s, QString(4999, u'b') + u"🙂"_s}},
                                               m_seller);
        QCOMPARE(longest.status, 201);
        QCOMPARE(
            sendReply("DELETE",
                      u"/api/saved-replies/%1"_s.arg(
                          longest.json().value(u"data"_s).toObject().value(u"id"_s).toInteger()),
                      {}, m_seller)
                .status,
            204);
    }

    void aShortcutClashIsNamed()
    {
        const TestResponse clash = sendReply(
            "POST", u"/api/saved-replies"_s,
            {{u"title"_s, u"Another"_s}, {u"shortcut"_s, u"available"_s}, {u"body"_s, u"x"_s}},
            m_seller);
        QCOMPARE(clash.status, 422);
        const QString message = clash.json()
                                    .value(u"errors"_s)
                                    .toObject()
                                    .value(u"shortcut"_s)
                                    .toArray()
                                    .first()
                                    .toString();
        QVERIFY2(message.contains(u"available"_s) && message.contains(u"Still available"_s),
                 qPrintable(message));

        const TestResponse created = sendReply(
            "POST", u"/api/saved-replies"_s,
            {{u"title"_s, u"Another"_s}, {u"shortcut"_s, u"another"_s}, {u"body"_s, u"x"_s}},
            m_seller);
        QCOMPARE(created.status, 201);
        const QString path = u"/api/saved-replies/%1"_s.arg(
            created.json().value(u"data"_s).toObject().value(u"id"_s).toInteger());
        const TestResponse renamed =
            sendReply("PATCH", path, {{u"shortcut"_s, u"available"_s}}, m_seller);
        QCOMPARE(renamed.status, 422);
        QVERIFY(renamed.json()
                    .value(u"errors"_s)
                    .toObject()
                    .value(u"shortcut"_s)
                    .toArray()
                    .first()
                    .toString()
                    .contains(u"Still available"_s));
        QCOMPARE(sendReply("DELETE", path, {}, m_seller).status, 204);

        // Shortcuts are unique per user: another seller may use the same one.
        const TestResponse elsewhere = sendReply(
            "POST", u"/api/saved-replies"_s,
            {{u"title"_s, u"Mine"_s}, {u"shortcut"_s, u"available"_s}, {u"body"_s, u"x"_s}},
            m_seller2);
        QCOMPARE(elsewhere.status, 201);
    }

    void someoneElsesReplyIsForbidden()
    {
        const QJsonObject theirs = m_http.get(api(u"/api/saved-replies"_s), m_seller)
                                       .json()
                                       .value(u"data"_s)
                                       .toArray()
                                       .first()
                                       .toObject();
        const QString path = u"/api/saved-replies/%1"_s.arg(theirs.value(u"id"_s).toInteger());
        QCOMPARE(m_http.get(api(path), m_seller2).status, 403);
        const TestResponse patch =
            sendReply("PATCH", path, {{u"title"_s, u"Mine now"_s}}, m_seller2);
        QCOMPARE(patch.status, 403);
        QVERIFY(!patch.json().value(u"message"_s).toString().isEmpty());
        QCOMPARE(sendReply("DELETE", path, {}, m_buyer).status, 403);
        QCOMPARE(m_http.get(api(path), m_seller).json().value(u"data"_s).toObject(), theirs);
        QCOMPARE(m_http.get(api(u"/api/saved-replies/424242"_s), m_seller).status, 404);
        // Nobody else's list shows them.
        const QJsonArray others =
            m_http.get(api(u"/api/saved-replies"_s), m_buyer).json().value(u"data"_s).toArray();
        QVERIFY(others.isEmpty());
    }

    void atMost200RepliesPerUser()
    {
        const QString token = m_http.login(api({}), u"buyer3@envisage.test"_s, u"demo-buyer"_s);
        qint64 last = 0;
        for (int i = 0; i < 200; ++i) {
            const TestResponse created = sendReply("POST", u"/api/saved-replies"_s,
                                                   {{u"title"_s, u"Reply %1"_s.arg(i)},
                                                    {u"shortcut"_s, u"r-%1"_s.arg(i)},
                                                    {u"body"_s, u"Body %1"_s.arg(i)}},
                                                   token);
            QCOMPARE(created.status, 201);
            last = created.json().value(u"data"_s).toObject().value(u"id"_s).toInteger();
        }
        const TestResponse refused = sendReply(
            "POST", u"/api/saved-replies"_s,
            {{u"title"_s, u"One more"_s}, {u"shortcut"_s, u"one-more"_s}, {u"body"_s, u"x"_s}},
            token);
        QCOMPARE(refused.status, 422);
        QVERIFY(refused.json().value(u"message"_s).toString().contains(u"200"_s));
        QCOMPARE(m_http.get(api(u"/api/saved-replies"_s), token)
                     .json()
                     .value(u"data"_s)
                     .toArray()
                     .size(),
                 200);
        QCOMPARE(sendReply("DELETE", u"/api/saved-replies/%1"_s.arg(last), {}, token).status, 204);
        QCOMPARE(
            sendReply(
                "POST", u"/api/saved-replies"_s,
                {{u"title"_s, u"One more"_s}, {u"shortcut"_s, u"one-more"_s}, {u"body"_s, u"x"_s}},
                token)
                .status,
            201);
    }

    void savedReplyChangesReachTheUsersOtherDevices()
    {
        PusherTestClient desk;
        PusherTestClient laptop;
        QVERIFY(desk.connectTo(m_sandbox.wsUrl()) && laptop.connectTo(m_sandbox.wsUrl()));
        QVERIFY(joinUserChannel(desk, m_seller, m_sellerId));
        QVERIFY(joinUserChannel(laptop, m_seller, m_sellerId));

        const auto shortcutsIn = [](const PusherFrame &frame) {
            QStringList shortcuts;
            for (const QJsonValue &reply : frame.data.toObject().value(u"data"_s).toArray())
                shortcuts.append(reply.toObject().value(u"shortcut"_s).toString());
            return shortcuts;
        };
        const TestResponse created =
            sendReply("POST", u"/api/saved-replies"_s,
                      {{u"title"_s, u"Bye"_s}, {u"shortcut"_s, u"bye"_s}, {u"body"_s, u"Bye!"_s}},
                      m_seller, desk.socketId());
        QCOMPARE(created.status, 201);
        std::optional<PusherFrame> frame = laptop.waitFor(u"saved-replies.updated"_s);
        QVERIFY(frame);
        QCOMPARE(frame->channel, u"private-App.Models.User.%1"_s.arg(m_sellerId));
        QVERIFY(shortcutsIn(*frame).contains(u"bye"_s));
        QVERIFY(shortcutsIn(*frame).contains(u"available"_s)); // the whole list
        QVERIFY(desk.staysSilent(u"saved-replies.updated"_s, 200));

        const QString path = u"/api/saved-replies/%1"_s.arg(
            created.json().value(u"data"_s).toObject().value(u"id"_s).toInteger());
        QCOMPARE(sendReply("PATCH", path, {{u"shortcut"_s, u"ciao"_s}}, m_seller, desk.socketId())
                     .status,
                 200);
        frame = laptop.waitFor(u"saved-replies.updated"_s);
        QVERIFY(frame && shortcutsIn(*frame).contains(u"ciao"_s) &&
                !shortcutsIn(*frame).contains(u"bye"_s));
        QCOMPARE(sendReply("DELETE", path, {}, m_seller, desk.socketId()).status, 204);
        frame = laptop.waitFor(u"saved-replies.updated"_s);
        QVERIFY(frame && !shortcutsIn(*frame).contains(u"ciao"_s));

        // A refused change is no change: nothing is broadcast.
        QCOMPARE(
            sendReply("POST", u"/api/saved-replies"_s, {{u"title"_s, u"x"_s}}, m_seller).status,
            422);
        QVERIFY(laptop.staysSilent(u"saved-replies.updated"_s, 200));
    }
};

QTEST_GUILESS_MAIN(SandboxSavedRepliesTest)
#include "tst_sandbox_saved_replies.moc"
