// The REST API of envisage-sandbox (marketplace-api.md §1–§2) against the real
// executable on free ports: every call, every error status, idempotent resend,
// pagination edges and persistence across a restart.
#include "Accounts.h"
#include "Database.h"
#include "PasswordHasher.h"
#include "RateLimiter.h"
#include "RawHttpClient.h"
#include "SandboxProcess.h"
#include "TestHttp.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using envisage::testing::RawHttpClient;
using envisage::testing::SandboxProcess;
using envisage::testing::TestHttp;
using envisage::testing::TestResponse;

class SandboxApiTest : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    TestHttp m_http;
    QString m_seller;
    QString m_buyer;
    QString m_otherBuyer;
    qint64 m_conversationId = 0;        // seller ↔ buyer1, the 5,000-message one
    qint64 m_foreignConversationId = 0; // buyer2's, buyer1 is not part of it

    QUrl api(const QString &path) const { return m_sandbox.apiUrl(path); }

    QString messagesPath(qint64 id) const { return u"/api/conversations/%1/messages"_s.arg(id); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({u"--database"_s, u":memory:"_s, u"--seed"_s, u"demo"_s,
                                  u"--send-limit"_s, u"1000"_s}),
                 qPrintable(m_sandbox.errorOutput()));
        m_seller = m_http.login(api({}), u"seller@envisage.test"_s, u"demo-seller"_s);
        m_buyer = m_http.login(api({}), u"buyer1@envisage.test"_s, u"demo-buyer"_s);
        m_otherBuyer = m_http.login(api({}), u"buyer2@envisage.test"_s, u"demo-buyer"_s);
        QVERIFY(!m_seller.isEmpty() && !m_buyer.isEmpty() && !m_otherBuyer.isEmpty());
        const QJsonArray mine = m_http.get(api(u"/api/conversations?per_page=100"_s), m_buyer)
                                    .json()
                                    .value(u"data"_s)
                                    .toArray();
        // Ids ascend with the seeding order: the smallest id of buyer1 is the long one.
        m_conversationId = std::numeric_limits<qint64>::max();
        for (const QJsonValue &conversation : mine)
            m_conversationId =
                std::min(m_conversationId, conversation.toObject().value(u"id"_s).toInteger());
        const QJsonArray theirs = m_http.get(api(u"/api/conversations"_s), m_otherBuyer)
                                      .json()
                                      .value(u"data"_s)
                                      .toArray();
        m_foreignConversationId = theirs.first().toObject().value(u"id"_s).toInteger();
        QVERIFY(m_conversationId > 0 && m_foreignConversationId > 0);
    }

    void loginAnswersTokenAndUser()
    {
        const TestResponse response =
            m_http.postJson(api(u"/api/login"_s), {{u"email"_s, u"seller@envisage.test"_s},
                                                   {u"password"_s, u"demo-seller"_s},
                                                   {u"device_name"_s, u"desk"_s}});
        QCOMPARE(response.status, 200);
        const QString token = response.json().value(u"token"_s).toString();
        QVERIFY2(QRegularExpression(u"^\\d+\\|[A-Za-z0-9]{40}$"_s).match(token).hasMatch(),
                 qPrintable(token));
        const QJsonObject user = response.json().value(u"user"_s).toObject();
        QCOMPARE(user.value(u"email"_s).toString(), u"seller@envisage.test"_s);
        QCOMPARE(user.value(u"role"_s).toString(), u"seller"_s);
        for (const QString &key : {u"id"_s, u"name"_s, u"avatar_url"_s, u"last_seen_at"_s})
            QVERIFY2(user.contains(key), qPrintable(key));
    }

    void loginRejectsWrongCredentialsLikeLaravel()
    {
        const TestResponse response =
            m_http.postJson(api(u"/api/login"_s), {{u"email"_s, u"buyer3@envisage.test"_s},
                                                   {u"password"_s, u"wrong"_s},
                                                   {u"device_name"_s, u"desk"_s}});
        QCOMPARE(response.status, 422);
        QCOMPARE(response.json().value(u"message"_s).toString(),
                 u"These credentials do not match our records."_s);
        QCOMPARE(response.json()
                     .value(u"errors"_s)
                     .toObject()
                     .value(u"email"_s)
                     .toArray()
                     .first()
                     .toString(),
                 u"These credentials do not match our records."_s);
    }

    void loginValidatesFields()
    {
        const TestResponse response = m_http.postJson(api(u"/api/login"_s), {{u"email"_s, u"x"_s}});
        QCOMPARE(response.status, 422);
        const QJsonObject errors = response.json().value(u"errors"_s).toObject();
        QVERIFY(errors.contains(u"email"_s));
        QVERIFY(errors.contains(u"password"_s));
        QVERIFY(errors.contains(u"device_name"_s));
        QVERIFY(response.json().value(u"message"_s).toString().endsWith(u"(and 2 more errors)"_s));
    }

    void loginIsThrottledWithRetryAfter()
    {
        int status = 0;
        TestResponse response;
        for (int attempt = 0; attempt < 7 && status != 429; ++attempt) {
            response =
                m_http.postJson(api(u"/api/login"_s), {{u"email"_s, u"buyer4@envisage.test"_s},
                                                       {u"password"_s, u"nope"_s},
                                                       {u"device_name"_s, u"d"_s}});
            status = response.status;
        }
        QCOMPARE(status, 429);
        QCOMPARE(response.json().value(u"message"_s).toString(), u"Too Many Attempts."_s);
        const int retryAfter = response.header("Retry-After").toInt();
        QVERIFY2(retryAfter > 0 && retryAfter <= 60, response.header("Retry-After").constData());
    }

    void unknownEmailsCostAPasswordCheckToo()
    {
        // An unknown email must take as long as a wrong password, or the answer's
        // timing tells which emails have accounts: both run one PBKDF2 verification.
        envisage::sandbox::Database database;
        QVERIFY(database.open(u":memory:"_s));
        int checks = 0;
        envisage::sandbox::Accounts accounts(
            database.connection(), [&checks](const QString &password, const QString &stored) {
                ++checks;
                return envisage::sandbox::PasswordHasher::verify(password, stored);
            });
        QVERIFY(accounts.createUser(u"Ada"_s, u"ada@example.test"_s, u"seller"_s, u"right"_s));
        QVERIFY(!accounts.authenticate(u"ada@example.test"_s, u"wrong"_s));
        QCOMPARE(checks, 1);
        QVERIFY(!accounts.authenticate(u"nobody@example.test"_s, u"wrong"_s));
        QCOMPARE(checks, 2);
        QVERIFY(!accounts.authenticate(u"nobody@example.test"_s, u"right"_s));
        QCOMPARE(checks, 3);
        QVERIFY(accounts.authenticate(u"ada@example.test"_s, u"right"_s));
        QCOMPARE(checks, 4);
    }

    void rateLimiterMemoryStaysBounded()
    {
        // Keys are chosen by clients (sign-in is keyed by email): a flood of new keys
        // must not grow the limiter without bound.
        qint64 now = 1'000'000;
        envisage::sandbox::RateLimiter limiter([&now] { return now; });
        limiter.hit(u"victim"_s, 5, 60);
        limiter.hit(u"victim"_s, 5, 60);
        for (int i = 0; i < 100'000; ++i) {
            limiter.hit(u"flood|%1@example.test"_s.arg(i), 5, 60);
            if (i % 1000 == 0)
                now += 10; // the flood takes a second
        }
        QVERIFY2(limiter.trackedKeys() <= 10'000,
                 qPrintable(QString::number(limiter.trackedKeys())));
        QVERIFY(limiter.trackedKeys() > 0);

        // Windows that ended are forgotten, and a new window starts from zero.
        now += 61'000;
        QVERIFY(limiter.hit(u"fresh"_s, 5, 60));
        QCOMPARE(limiter.trackedKeys(), 1);
        QCOMPARE(limiter.remaining(u"fresh"_s, 5), 4);

        // Below the cap, a running window keeps its count through the sweeps.
        for (int i = 0; i < 4; ++i)
            QVERIFY(limiter.hit(u"fresh"_s, 5, 60));
        for (int i = 0; i < 100; ++i)
            limiter.hit(u"other|%1"_s.arg(i), 5, 60);
        QVERIFY(!limiter.hit(u"fresh"_s, 5, 60));
        QVERIFY(limiter.availableIn(u"fresh"_s) > 0);
    }

    void unauthenticatedCallsAnswer401()
    {
        for (const QString &path :
             {u"/api/user"_s, u"/api/conversations"_s, u"/api/conversations/1"_s}) {
            const TestResponse response = m_http.get(api(path), u"99|notARealTokenAtAll"_s);
            QCOMPARE(response.status, 401);
            QCOMPARE(response.json().value(u"message"_s).toString(), u"Unauthenticated."_s);
        }
        QCOMPARE(m_http.get(api(u"/api/user"_s)).status, 401);
    }

    void currentUserAndLogout()
    {
        const QString token = m_http.login(api({}), u"buyer5@envisage.test"_s, u"demo-buyer"_s);
        const TestResponse me = m_http.get(api(u"/api/user"_s), token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(u"email"_s).toString(), u"buyer5@envisage.test"_s);
        QCOMPARE(m_http.postJson(api(u"/api/logout"_s), {}, token).status, 204);
        QCOMPARE(m_http.get(api(u"/api/user"_s), token).status, 401);
        QCOMPARE(m_http.postJson(api(u"/api/logout"_s), {}, token).status, 401);
    }

    void conversationsUseTheLengthAwarePaginator()
    {
        const TestResponse first = m_http.get(api(u"/api/conversations?per_page=10"_s), m_seller);
        QCOMPARE(first.status, 200);
        const QJsonObject page = first.json();
        const int total = page.value(u"total"_s).toInt();
        QVERIFY(total >= 20);
        QCOMPARE(page.value(u"current_page"_s).toInt(), 1);
        QCOMPARE(page.value(u"per_page"_s).toInt(), 10);
        QCOMPARE(page.value(u"last_page"_s).toInt(), (total + 9) / 10);
        QCOMPARE(page.value(u"data"_s).toArray().size(), 10);
        QVERIFY(page.value(u"next_page_url"_s).toString().contains(u"page=2"_s));
        QVERIFY(page.value(u"prev_page_url"_s).isNull());

        // Walk every page: each conversation once, newest activity first.
        QSet<qint64> seen;
        QString previousUpdate = u"9999"_s;
        for (int number = 1; number <= page.value(u"last_page"_s).toInt(); ++number) {
            const QJsonArray data =
                m_http.get(api(u"/api/conversations?per_page=10&page=%1"_s.arg(number)), m_seller)
                    .json()
                    .value(u"data"_s)
                    .toArray();
            for (const QJsonValue &value : data) {
                const QJsonObject conversation = value.toObject();
                QVERIFY(!seen.contains(conversation.value(u"id"_s).toInteger()));
                seen.insert(conversation.value(u"id"_s).toInteger());
                const QString updated = conversation.value(u"updated_at"_s).toString();
                QVERIFY2(updated <= previousUpdate, qPrintable(updated));
                previousUpdate = updated;
                QVERIFY(updated.endsWith(u'Z'));
                QCOMPARE(conversation.value(u"seller"_s).toObject().value(u"email"_s).toString(),
                         u"seller@envisage.test"_s);
                QVERIFY(conversation.value(u"listing"_s).toObject().value(u"price"_s).isString());
            }
        }
        QCOMPARE(seen.size(), total);

        const QJsonObject beyond =
            m_http.get(api(u"/api/conversations?page=99"_s), m_seller).json();
        QCOMPARE(beyond.value(u"data"_s).toArray().size(), 0);
        QVERIFY(beyond.value(u"next_page_url"_s).isNull());
        QCOMPARE(m_http.get(api(u"/api/conversations?per_page=500"_s), m_seller)
                     .json()
                     .value(u"per_page"_s)
                     .toInt(),
                 100);
    }

    void showChecksParticipation()
    {
        const TestResponse mine =
            m_http.get(api(u"/api/conversations/%1"_s.arg(m_conversationId)), m_buyer);
        QCOMPARE(mine.status, 200);
        QCOMPARE(mine.json().value(u"data"_s).toObject().value(u"id"_s).toInteger(),
                 m_conversationId);
        const TestResponse foreign =
            m_http.get(api(u"/api/conversations/%1"_s.arg(m_foreignConversationId)), m_buyer);
        QCOMPARE(foreign.status, 403);
        QCOMPARE(foreign.json().value(u"message"_s).toString(), u"This action is unauthorized."_s);
        const TestResponse missing = m_http.get(api(u"/api/conversations/999999"_s), m_buyer);
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.json().value(u"message"_s).toString().contains(u"No query results"_s));
        QCOMPARE(m_http.get(api(messagesPath(m_foreignConversationId)), m_buyer).status, 403);
    }

    void messagesWalkTheCursorPaginatorBothWays()
    {
        QSet<qint64> seen;
        qint64 previousId = std::numeric_limits<qint64>::max();
        QString cursor;
        QStringList cursors;
        int pages = 0;
        do {
            QString path = messagesPath(m_conversationId) + u"?per_page=100"_s;
            if (!cursor.isEmpty())
                path += u"&cursor="_s + cursor;
            const QJsonObject page = m_http.get(api(path), m_seller).json();
            const QJsonArray data = page.value(u"data"_s).toArray();
            QVERIFY(data.size() <= 100);
            for (const QJsonValue &value : data) {
                const qint64 id = value.toObject().value(u"id"_s).toInteger();
                QVERIFY2(id < previousId, "newest first, no repeats");
                previousId = id;
                seen.insert(id);
            }
            QCOMPARE(page.value(u"prev_cursor"_s).isNull(), cursor.isEmpty());
            cursors.append(cursor);
            cursor = page.value(u"next_cursor"_s).toString();
        } while (!cursor.isEmpty() && ++pages < 200);
        QVERIFY(seen.size() >= 5000);

        // The prev cursor of the third page leads back to the second page.
        const QJsonObject third = m_http
                                      .get(api(messagesPath(m_conversationId) +
                                               u"?per_page=100&cursor="_s + cursors.at(2)),
                                           m_seller)
                                      .json();
        const QJsonObject second = m_http
                                       .get(api(messagesPath(m_conversationId) +
                                                u"?per_page=100&cursor="_s + cursors.at(1)),
                                            m_seller)
                                       .json();
        const QJsonObject back =
            m_http
                .get(api(messagesPath(m_conversationId) + u"?per_page=100&cursor="_s +
                         third.value(u"prev_cursor"_s).toString()),
                     m_seller)
                .json();
        QCOMPARE(back.value(u"data"_s).toArray(), second.value(u"data"_s).toArray());

        // A cursor that is not one serves the first page, as Laravel does.
        QCOMPARE(
            m_http.get(api(messagesPath(m_conversationId) + u"?cursor=garbage"_s), m_seller).status,
            200);
    }

    void messagesHaveTheContractShape()
    {
        const QJsonObject message =
            m_http.get(api(messagesPath(m_conversationId) + u"?per_page=1"_s), m_seller)
                .json()
                .value(u"data"_s)
                .toArray()
                .first()
                .toObject();
        for (const QString &key : {u"id"_s, u"conversation_id"_s, u"sender_id"_s, u"sender"_s,
                                   u"body"_s, u"client_id"_s, u"created_at"_s, u"read_at"_s})
            QVERIFY2(message.contains(key), qPrintable(key));
        QCOMPARE(message.value(u"conversation_id"_s).toInteger(), m_conversationId);
        QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s)
                    .match(message.value(u"created_at"_s).toString())
                    .hasMatch());
    }

    void afterIdCatchesUpOldestFirstAtMost500()
    {
        const QJsonArray all =
            m_http.get(api(messagesPath(m_conversationId) + u"?after_id=0"_s), m_seller)
                .json()
                .value(u"data"_s)
                .toArray();
        QCOMPARE(all.size(), 500);
        QVERIFY(all.first().toObject().value(u"id"_s).toInteger() <
                all.last().toObject().value(u"id"_s).toInteger());
        const qint64 newest =
            m_http.get(api(messagesPath(m_conversationId) + u"?per_page=3"_s), m_seller)
                .json()
                .value(u"data"_s)
                .toArray()
                .at(2)
                .toObject()
                .value(u"id"_s)
                .toInteger();
        const QJsonArray gap =
            m_http
                .get(api(messagesPath(m_conversationId) + u"?after_id=%1"_s.arg(newest)), m_seller)
                .json()
                .value(u"data"_s)
                .toArray();
        QCOMPARE(gap.size(), 2);
        QCOMPARE(
            m_http.get(api(messagesPath(m_conversationId) + u"?after_id=abc"_s), m_seller).status,
            422);
    }

    void postIsIdempotentPerClientId()
    {
        const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QJsonObject body{{u"body"_s, u"  Still available?  "_s}, {u"client_id"_s, clientId}};
        const TestResponse created =
            m_http.postJson(api(messagesPath(m_conversationId)), body, m_buyer);
        QCOMPARE(created.status, 201);
        const QJsonObject message = created.json().value(u"data"_s).toObject();
        QCOMPARE(message.value(u"body"_s).toString(), u"Still available?"_s); // TrimStrings
        QCOMPARE(message.value(u"client_id"_s).toString(), clientId);
        QCOMPARE(message.value(u"read_at"_s), QJsonValue(QJsonValue::Null));

        const TestResponse again =
            m_http.postJson(api(messagesPath(m_conversationId)), body, m_buyer);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"data"_s).toObject().value(u"id"_s), message.value(u"id"_s));
        const QJsonArray newest =
            m_http.get(api(messagesPath(m_conversationId) + u"?per_page=2"_s), m_buyer)
                .json()
                .value(u"data"_s)
                .toArray();
        QCOMPARE(newest.first().toObject().value(u"id"_s), message.value(u"id"_s));
        QVERIFY(newest.at(1).toObject().value(u"client_id"_s) != QJsonValue(clientId));
    }

    void clientIdIsScopedToTheConversation()
    {
        // The same client_id in another conversation is another message there, never
        // the first conversation's message.
        qint64 otherId = 0;
        for (const QJsonValue &conversation :
             m_http.get(api(u"/api/conversations?per_page=100"_s), m_buyer)
                 .json()
                 .value(u"data"_s)
                 .toArray()) {
            if (conversation.toObject().value(u"id"_s).toInteger() != m_conversationId)
                otherId = conversation.toObject().value(u"id"_s).toInteger();
        }
        QVERIFY(otherId > 0);
        const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const TestResponse first =
            m_http.postJson(api(messagesPath(m_conversationId)),
                            {{u"body"_s, u"first"_s}, {u"client_id"_s, clientId}}, m_buyer);
        QCOMPARE(first.status, 201);
        const TestResponse elsewhere =
            m_http.postJson(api(messagesPath(otherId)),
                            {{u"body"_s, u"elsewhere"_s}, {u"client_id"_s, clientId}}, m_buyer);
        QCOMPARE(elsewhere.status, 201);
        const QJsonObject message = elsewhere.json().value(u"data"_s).toObject();
        QCOMPARE(message.value(u"conversation_id"_s).toInteger(), otherId);
        QCOMPARE(message.value(u"body"_s).toString(), u"elsewhere"_s);
        QVERIFY(message.value(u"id"_s) != first.json().value(u"data"_s).toObject().value(u"id"_s));

        // Within each conversation the resend is still answered with what is stored.
        const TestResponse again =
            m_http.postJson(api(messagesPath(otherId)),
                            {{u"body"_s, u"elsewhere"_s}, {u"client_id"_s, clientId}}, m_buyer);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"data"_s).toObject().value(u"id"_s), message.value(u"id"_s));
        const TestResponse firstAgain =
            m_http.postJson(api(messagesPath(m_conversationId)),
                            {{u"body"_s, u"first"_s}, {u"client_id"_s, clientId}}, m_buyer);
        QCOMPARE(firstAgain.status, 200);
        QCOMPARE(firstAgain.json().value(u"data"_s).toObject().value(u"id"_s),
                 first.json().value(u"data"_s).toObject().value(u"id"_s));
    }

    void postValidatesTheBody()
    {
        const QUrl url = api(messagesPath(m_conversationId));
        for (const QJsonObject &body :
             {QJsonObject{}, QJsonObject{{u"body"_s, u"   "_s}}, QJsonObject{{u"body"_s, 42}},
              QJsonObject{{u"body"_s, QString(5001, u'x')}}}) {
            const TestResponse response = m_http.postJson(url, body, m_buyer);
            QCOMPARE(response.status, 422);
            QVERIFY(response.json().value(u"errors"_s).toObject().contains(u"body"_s));
        }
        // 5,000 characters are fine, counted as characters (emoji are one each).
        QCOMPARE(
            m_http.postJson(url, {{u"body"_s, QString(4999, u'x') + u"🙂"_s}}, m_buyer).status,
            201);
        QCOMPARE(m_http
                     .postJson(api(messagesPath(m_foreignConversationId)), {{u"body"_s, u"hi"_s}},
                               m_buyer)
                     .status,
                 403);
        QCOMPARE(m_http.postJson(api(messagesPath(424242)), {{u"body"_s, u"hi"_s}}, m_buyer).status,
                 404);
    }

    void typingAndReadReceipts()
    {
        const QString base = u"/api/conversations/%1"_s.arg(m_conversationId);
        QCOMPARE(m_http.postJson(api(base + u"/typing"_s), {}, m_seller).status, 204);
        QCOMPARE(m_http
                     .postJson(api(u"/api/conversations/%1/typing"_s.arg(m_foreignConversationId)),
                               {}, m_buyer)
                     .status,
                 403);

        m_http.postJson(api(messagesPath(m_conversationId)), {{u"body"_s, u"unread one"_s}},
                        m_buyer);
        const auto unread = [&] {
            return m_http.get(api(base), m_seller)
                .json()
                .value(u"data"_s)
                .toObject()
                .value(u"unread_count"_s)
                .toInt();
        };
        QVERIFY(unread() >= 1);
        const qint64 newest =
            m_http.get(api(messagesPath(m_conversationId) + u"?per_page=1"_s), m_seller)
                .json()
                .value(u"data"_s)
                .toArray()
                .first()
                .toObject()
                .value(u"id"_s)
                .toInteger();
        QCOMPARE(
            m_http.postJson(api(base + u"/read"_s), {{u"last_read_message_id"_s, newest}}, m_seller)
                .status,
            204);
        QCOMPARE(unread(), 0);
        const QJsonObject last =
            m_http.get(api(messagesPath(m_conversationId) + u"?per_page=1"_s), m_seller)
                .json()
                .value(u"data"_s)
                .toArray()
                .first()
                .toObject();
        QVERIFY(last.value(u"read_at"_s).isString());

        QCOMPARE(m_http.postJson(api(base + u"/read"_s), {}, m_seller).status, 422);
        QCOMPARE(
            m_http.postJson(api(base + u"/read"_s), {{u"last_read_message_id"_s, 1.5}}, m_seller)
                .status,
            422);
        // A message of another conversation is not a valid read marker.
        const qint64 foreignMessage =
            m_http.get(api(messagesPath(m_foreignConversationId) + u"?per_page=1"_s), m_otherBuyer)
                .json()
                .value(u"data"_s)
                .toArray()
                .first()
                .toObject()
                .value(u"id"_s)
                .toInteger();
        QCOMPARE(m_http
                     .postJson(api(base + u"/read"_s),
                               {{u"last_read_message_id"_s, foreignMessage}}, m_seller)
                     .status,
                 422);
    }

    void buyersStartConversations()
    {
        const TestResponse created = m_http.postJson(
            api(u"/api/conversations"_s),
            {{u"listing_id"_s, 5}, {u"body"_s, u"Is it still for sale?"_s}}, m_otherBuyer);
        QCOMPARE(created.status, 201);
        const QJsonObject conversation = created.json().value(u"data"_s).toObject();
        QCOMPARE(conversation.value(u"listing"_s).toObject().value(u"id"_s).toInt(), 5);
        QCOMPARE(conversation.value(u"last_message"_s).toObject().value(u"body"_s).toString(),
                 u"Is it still for sale?"_s);
        QCOMPARE(m_http
                     .postJson(api(u"/api/conversations"_s),
                               {{u"listing_id"_s, 5}, {u"body"_s, u"x"_s}}, m_seller)
                     .status,
                 403);
        QCOMPARE(m_http
                     .postJson(api(u"/api/conversations"_s),
                               {{u"listing_id"_s, 9999}, {u"body"_s, u"x"_s}}, m_otherBuyer)
                     .status,
                 422);
    }

    // The default limits: 1 MiB of body, 64 KiB of head.
    void oversizeBodiesAreRefusedBeforeTheyAreRead()
    {
        // A declared length over the limit is answered at once: the body never has to come.
        RawHttpClient declared;
        QVERIFY(declared.connectTo(api({}).host(), quint16(api({}).port())));
        QVERIFY(declared.write(
            "POST /api/login HTTP/1.1\r\nHost: sandbox\r\nContent-Type: application/json\r\n"
            "Content-Length: 104857600\r\n\r\n{\"email\":"));
        QCOMPARE(declared.waitForStatus(), 413);
        QVERIFY(declared.waitForDisconnected());
        QCOMPARE(QJsonDocument::fromJson(declared.body()).object().value(u"message"_s).toString(),
                 u"The POST data is too large."_s);

        // Without a length (chunked), reading stops soon after the limit is passed.
        RawHttpClient chunked;
        QVERIFY(chunked.connectTo(api({}).host(), quint16(api({}).port())));
        QVERIFY(chunked.write(
            "POST /api/login HTTP/1.1\r\nHost: sandbox\r\nContent-Type: application/json\r\n"
            "Transfer-Encoding: chunked\r\n\r\n"));
        const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, ' ') + "\r\n";
        qint64 sent = 0;
        int status = 0;
        while (sent < (8 << 20) && status == 0) {
            if (!chunked.write(chunk, 2000))
                break;
            sent += chunk.size();
            status = chunked.waitForStatus(20);
        }
        if (status == 0)
            status = chunked.waitForStatus(2000);
        QCOMPARE(status, 413);
        QVERIFY2(sent < (1 << 20) + 4 * chunk.size(), qPrintable(QString::number(sent)));

        // A head that never ends is cut off at its limit.
        RawHttpClient endless;
        QVERIFY(endless.connectTo(api({}).host(), quint16(api({}).port())));
        endless.write("GET /api/user HTTP/1.1\r\nHost: sandbox\r\nX-Padding: " +
                          QByteArray(80 * 1024, 'a'),
                      2000);
        QCOMPARE(endless.waitForStatus(), 431);

        // Small requests on a kept-alive connection, even pipelined, are all answered.
        RawHttpClient pipelined;
        QVERIFY(pipelined.connectTo(api({}).host(), quint16(api({}).port())));
        const QByteArray login =
            R"({"email":"nobody@envisage.test","password":"x","device_name":"d"})";
        const QByteArray post =
            "POST /api/login HTTP/1.1\r\nHost: sandbox\r\nContent-Type: application/json\r\n"
            "Accept: application/json\r\nContent-Length: " +
            QByteArray::number(login.size()) + "\r\n\r\n" + login;
        QVERIFY(pipelined.write(post + post +
                                "GET /api/nothing-here HTTP/1.1\r\nHost: sandbox\r\n\r\n"));
        QVERIFY2(pipelined.waitFor(
                     [](const QByteArray &bytes) { return bytes.count("HTTP/1.1 ") == 3; }),
                 pipelined.received().constData());
        QCOMPARE(pipelined.received().count("HTTP/1.1 422"), 2);
        QCOMPARE(pipelined.received().count("HTTP/1.1 404"), 1);
    }

    void unknownRoutesAndMethods()
    {
        const TestResponse missing = m_http.get(api(u"/api/nothing-here"_s), m_seller);
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.json().value(u"message"_s).toString().contains(u"could not be found"_s));
        const TestResponse wrongMethod =
            m_http.send("DELETE", api(u"/api/user"_s), {}, {}, m_seller);
        QCOMPARE(wrongMethod.status, 405);
    }

    void broadcastingAuthFollowsTheChannelTable()
    {
        const QUrl url = api(u"/broadcasting/auth"_s);
        const auto authorize = [&](const QString &channel, const QString &token) {
            return m_http.postForm(url, "socket_id=123.456&channel_name=" + channel.toUtf8(),
                                   token);
        };
        const TestResponse own =
            authorize(u"private-conversation.%1"_s.arg(m_conversationId), m_buyer);
        QCOMPARE(own.status, 200);
        QVERIFY(own.json().value(u"auth"_s).toString().startsWith(m_sandbox.appKey() + u':'));
        QCOMPARE(
            authorize(u"private-conversation.%1"_s.arg(m_foreignConversationId), m_buyer).status,
            403);
        const qint64 buyerId =
            m_http.get(api(u"/api/user"_s), m_buyer).json().value(u"id"_s).toInteger();
        QCOMPARE(authorize(u"private-App.Models.User.%1"_s.arg(buyerId), m_buyer).status, 200);
        QCOMPARE(authorize(u"private-App.Models.User.%1"_s.arg(buyerId + 1), m_buyer).status, 403);
        QCOMPARE(authorize(u"private-something-else"_s, m_buyer).status, 403);
        QCOMPARE(authorize(u"presence-online"_s, QString()).status, 401);

        const QJsonObject presence = authorize(u"presence-online"_s, m_buyer).json();
        const QJsonObject channelData =
            QJsonDocument::fromJson(presence.value(u"channel_data"_s).toString().toUtf8()).object();
        QCOMPARE(channelData.value(u"user_id"_s).toInteger(), buyerId);
        QCOMPARE(channelData.value(u"user_info"_s).toObject().value(u"name"_s).toString(),
                 u"Ada Novak"_s);
        QCOMPARE(
            m_http.postForm(url, "socket_id=evil&channel_name=presence-online", m_buyer).status,
            403);
    }

    void sendLimitAnswers429()
    {
        SandboxProcess limited;
        QVERIFY(limited.start(
            {u"--database"_s, u":memory:"_s, u"--seed"_s, u"demo"_s, u"--send-limit"_s, u"3"_s}));
        const QString token =
            m_http.login(limited.apiUrl(), u"buyer1@envisage.test"_s, u"demo-buyer"_s);
        const qint64 id = m_http.get(limited.apiUrl(u"/api/conversations"_s), token)
                              .json()
                              .value(u"data"_s)
                              .toArray()
                              .first()
                              .toObject()
                              .value(u"id"_s)
                              .toInteger();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(
                m_http.postJson(limited.apiUrl(messagesPath(id)), {{u"body"_s, u"hi"_s}}, token)
                    .status,
                201);
        const TestResponse limitedResponse =
            m_http.postJson(limited.apiUrl(messagesPath(id)), {{u"body"_s, u"hi"_s}}, token);
        QCOMPARE(limitedResponse.status, 429);
        QVERIFY(limitedResponse.header("Retry-After").toInt() > 0);
        QCOMPARE(limitedResponse.header("X-RateLimit-Limit"), QByteArray("3"));
    }

    void startingConversationsCountsAgainstTheSendLimit()
    {
        // POST /api/conversations stores a first message: it is a send like any other.
        SandboxProcess limited;
        QVERIFY(limited.start(
            {u"--database"_s, u":memory:"_s, u"--seed"_s, u"demo"_s, u"--send-limit"_s, u"3"_s}));
        const QString token =
            m_http.login(limited.apiUrl(), u"buyer1@envisage.test"_s, u"demo-buyer"_s);
        const QUrl start = limited.apiUrl(u"/api/conversations"_s);
        const QJsonObject opening{{u"listing_id"_s, 5}, {u"body"_s, u"Is it still for sale?"_s}};
        QCOMPARE(m_http.postJson(start, opening, token).status, 201);
        QCOMPARE(m_http.postJson(start, opening, token).status, 201);
        const qint64 id = m_http.get(limited.apiUrl(u"/api/conversations"_s), token)
                              .json()
                              .value(u"data"_s)
                              .toArray()
                              .first()
                              .toObject()
                              .value(u"id"_s)
                              .toInteger();
        QCOMPARE(
            m_http.postJson(limited.apiUrl(messagesPath(id)), {{u"body"_s, u"hi"_s}}, token).status,
            201);

        const TestResponse refused = m_http.postJson(start, opening, token);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.json().value(u"message"_s).toString(), u"Too Many Attempts."_s);
        QVERIFY(refused.header("Retry-After").toInt() > 0);
        QCOMPARE(refused.header("X-RateLimit-Limit"), QByteArray("3"));
        QCOMPARE(
            m_http.postJson(limited.apiUrl(messagesPath(id)), {{u"body"_s, u"hi"_s}}, token).status,
            429);

        // Flooding stores nothing beyond the limit.
        for (int i = 0; i < 20; ++i)
            m_http.postJson(start, opening, token);
        const QJsonArray stored =
            m_http.get(limited.apiUrl(messagesPath(id) + u"?per_page=100"_s), token)
                .json()
                .value(u"data"_s)
                .toArray();
        int mine = 0;
        for (const QJsonValue &message : stored)
            mine += message.toObject().value(u"body"_s).toString() == u"Is it still for sale?"_s
                        ? 1
                        : 0;
        QCOMPARE(mine, 2);
    }

    void everythingSurvivesARestart()
    {
        QTemporaryDir folder;
        const QString file = folder.filePath(u"sandbox.sqlite"_s);
        QString token;
        qint64 conversationId = 0;
        qint64 messageId = 0;
        {
            SandboxProcess first;
            QVERIFY(first.start({u"--database"_s, file, u"--seed"_s, u"demo"_s}));
            token = m_http.login(first.apiUrl(), u"seller@envisage.test"_s, u"demo-seller"_s);
            conversationId = m_http.get(first.apiUrl(u"/api/conversations"_s), token)
                                 .json()
                                 .value(u"data"_s)
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(u"id"_s)
                                 .toInteger();
            messageId = m_http
                            .postJson(first.apiUrl(messagesPath(conversationId)),
                                      {{u"body"_s, u"Written before the restart"_s}}, token)
                            .json()
                            .value(u"data"_s)
                            .toObject()
                            .value(u"id"_s)
                            .toInteger();
            QVERIFY(messageId > 0);
            QCOMPARE(first.stop(), 0);
        }
        SandboxProcess second;
        // --seed again is harmless: seeding only fills an empty database.
        QVERIFY(second.start({u"--database"_s, file, u"--seed"_s, u"demo"_s}));
        QCOMPARE(m_http.get(second.apiUrl(u"/api/user"_s), token).status, 200);
        const QJsonObject newest =
            m_http.get(second.apiUrl(messagesPath(conversationId) + u"?per_page=1"_s), token)
                .json()
                .value(u"data"_s)
                .toArray()
                .first()
                .toObject();
        QCOMPARE(newest.value(u"id"_s).toInteger(), messageId);
        QCOMPARE(newest.value(u"body"_s).toString(), u"Written before the restart"_s);
        // The demo seller's inbox: 27 seeded + 3 awaiting an answer - 1 archived.
        QCOMPARE(m_http.get(second.apiUrl(u"/api/conversations?per_page=100"_s), token)
                     .json()
                     .value(u"total"_s)
                     .toInt(),
                 29);
    }

    void unreadableDatabaseIsAClearError()
    {
        QTemporaryDir folder;
        const QString file = folder.filePath(u"broken.sqlite"_s);
        QFile broken(file);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QByteArray(4096, 'z'));
        broken.close();
        SandboxProcess sandbox;
        QVERIFY(!sandbox.start({u"--database"_s, file}));
        sandbox.stop();
        QVERIFY2(sandbox.errorOutput().contains(u"not a readable SQLite database"_s) ||
                     sandbox.errorOutput().contains(u"Cannot open"_s),
                 qPrintable(sandbox.errorOutput()));
    }
};

QTEST_GUILESS_MAIN(SandboxApiTest)
#include "tst_sandbox_api.moc"
