// The seller tools of envisage-sandbox (marketplace-api.md §5) against the real
// executable: per-viewer flags and list filters, archive / unread, around_id windows,
// FTS5 search with hostile input, saved replies, and the broadcasts on the user's own
// channel. The search's query building is also checked in-process on a database.
#include "Database.h"
#include "MessageSearch.h"
#include "PusherTestClient.h"
#include "SandboxProcess.h"
#include "TestHttp.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using envisage::testing::PusherFrame;
using envisage::testing::PusherTestClient;
using envisage::testing::SandboxProcess;
using envisage::testing::TestHttp;
using envisage::testing::TestResponse;

namespace {

QList<qint64> idsOf(const QJsonArray &items)
{
    QList<qint64> ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(u"id"_s).toInteger());
    return ids;
}

QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// What people paste into a search box, and what an attacker would.
const QStringList &hostileQueries()
{
    static const QStringList all = {
        u"\"\""_s,
        u"\"cafe"_s,
        u"cafe\""_s,
        u"caf\"e"_s,
        u"**"_s,
        u"cafe*"_s,
        u"*cafe"_s,
        u"NEAR"_s,
        u"NEAR(cafe zoe)"_s,
        u"NEAR(cafe zoe, 2"_s,
        u"cafe NEAR zoe"_s,
        u")"_s,
        u"))"_s,
        u"(cafe"_s,
        u"cafe OR zoe"_s,
        u"cafe AND NOT zoe"_s,
        u"body:cafe"_s,
        u"{body}: cafe"_s,
        u"^cafe"_s,
        u"-cafe"_s,
        u"+cafe"_s,
        u"'; DROP TABLE messages; --"_s,
        u"\\\"\\\""_s,
        u"%00 %"_s,
        QString(200, u'"'),
        QString(200, u'*'),
        QString(200, u')'),
        u"\" OR \"\"=\""_s.repeated(20),
        u"café "_s.repeated(40),
        u"🙂🙂"_s,
    };
    return all;
}

} // namespace

class SandboxSellerToolsTest : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    TestHttp m_http;
    QString m_seller;
    QString m_seller2;
    QString m_buyer;      // buyer1
    QString m_otherBuyer; // buyer2
    qint64 m_sellerId = 0;
    qint64 m_buyerId = 0;
    qint64 m_longId = 0;    // seller ↔ buyer1, 5,000 messages
    qint64 m_otherId = 0;   // another seller ↔ buyer1 conversation
    qint64 m_foreignId = 0; // buyer2's, buyer1 is not part of it

    QUrl api(const QString &path) const { return m_sandbox.apiUrl(path); }
    static QString conversationPath(qint64 id, const QString &tail = {})
    {
        return u"/api/conversations/%1"_s.arg(id) + tail;
    }

    QJsonObject conversation(qint64 id, const QString &token)
    {
        return m_http.get(api(conversationPath(id)), token).json().value(u"data"_s).toObject();
    }

    QJsonObject list(const QString &token, const QString &query)
    {
        return m_http.get(api(u"/api/conversations?"_s + query), token).json();
    }

    // Every conversation of the filter, all pages.
    QList<QJsonObject> everything(const QString &token, const QString &filter)
    {
        QList<QJsonObject> all;
        for (int page = 1; page < 20; ++page) {
            const QJsonObject answer =
                list(token, u"per_page=7&filter=%1&page=%2"_s.arg(filter).arg(page));
            for (const QJsonValue &value : answer.value(u"data"_s).toArray())
                all.append(value.toObject());
            if (answer.value(u"next_page_url"_s).isNull())
                break;
        }
        return all;
    }

    QSet<qint64> idSet(const QString &token, const QString &filter)
    {
        QSet<qint64> ids;
        for (const QJsonObject &conversation : everything(token, filter))
            ids.insert(conversation.value(u"id"_s).toInteger());
        return ids;
    }

    QJsonObject post(qint64 conversationId, const QString &body, const QString &token)
    {
        const TestResponse response = m_http.postJson(
            api(conversationPath(conversationId, u"/messages"_s)), {{u"body"_s, body}}, token);
        return response.json().value(u"data"_s).toObject();
    }

    int flag(const QByteArray &method, qint64 conversationId, const QString &tail,
             const QString &token, const QString &socketId = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!socketId.isEmpty())
            headers.append({"X-Socket-ID", socketId.toUtf8()});
        return m_http
            .send(method, api(conversationPath(conversationId, tail)), "{}", "application/json",
                  token, headers)
            .status;
    }

    void readAll(qint64 conversationId, const QString &token)
    {
        const qint64 newest =
            idsOf(
                m_http.get(api(conversationPath(conversationId, u"/messages?per_page=1"_s)), token)
                    .json()
                    .value(u"data"_s)
                    .toArray())
                .value(0);
        QCOMPARE(m_http
                     .postJson(api(conversationPath(conversationId, u"/read"_s)),
                               {{u"last_read_message_id"_s, newest}}, token)
                     .status,
                 204);
    }

    QJsonObject search(const QString &query, const QString &token, int *status = nullptr)
    {
        // Every byte but the unreserved ones encoded: the server sees exactly `query`.
        QUrl url = api(u"/api/search/messages"_s);
        url.setQuery(u"q="_s + QString::fromLatin1(QUrl::toPercentEncoding(query)));
        const TestResponse response = m_http.get(url, token);
        if (status)
            *status = response.status;
        return response.json();
    }

    TestResponse sendReply(const QByteArray &method, const QString &path, const QJsonObject &body,
                           const QString &token, const QString &socketId = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!socketId.isEmpty())
            headers.append({"X-Socket-ID", socketId.toUtf8()});
        return m_http.send(method, api(path), QJsonDocument(body).toJson(), "application/json",
                           token, headers);
    }

    bool joinUserChannel(PusherTestClient &client, const QString &token, qint64 userId)
    {
        const QString channel = u"private-App.Models.User.%1"_s.arg(userId);
        const QJsonObject auth = m_http
                                     .postForm(api(u"/broadcasting/auth"_s),
                                               "socket_id=" + client.socketId().toUtf8() +
                                                   "&channel_name=" + channel.toUtf8(),
                                               token)
                                     .json();
        client.subscribe(channel, auth.value(u"auth"_s).toString());
        return client.waitFor(u"pusher_internal:subscription_succeeded"_s, 3000, channel)
            .has_value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start({u"--database"_s, u":memory:"_s, u"--seed"_s, u"demo"_s,
                                  u"--send-limit"_s, u"5000"_s}),
                 qPrintable(m_sandbox.errorOutput()));
        m_seller = m_http.login(api({}), u"seller@envisage.test"_s, u"demo-seller"_s);
        m_seller2 = m_http.login(api({}), u"seller2@envisage.test"_s, u"demo-seller"_s);
        m_buyer = m_http.login(api({}), u"buyer1@envisage.test"_s, u"demo-buyer"_s);
        m_otherBuyer = m_http.login(api({}), u"buyer2@envisage.test"_s, u"demo-buyer"_s);
        QVERIFY(!m_seller.isEmpty() && !m_seller2.isEmpty() && !m_buyer.isEmpty() &&
                !m_otherBuyer.isEmpty());
        m_sellerId = m_http.get(api(u"/api/user"_s), m_seller).json().value(u"id"_s).toInteger();
        m_buyerId = m_http.get(api(u"/api/user"_s), m_buyer).json().value(u"id"_s).toInteger();
        QList<qint64> withSeller;
        for (const QJsonObject &c : everything(m_buyer, u"all"_s)) {
            if (c.value(u"seller"_s).toObject().value(u"id"_s).toInteger() == m_sellerId)
                withSeller.append(c.value(u"id"_s).toInteger());
        }
        std::sort(withSeller.begin(), withSeller.end());
        QVERIFY(withSeller.size() >= 3);
        m_longId = withSeller.first(); // ids follow the seeding order
        m_otherId = withSeller.at(2);
        m_foreignId = everything(m_otherBuyer, u"all"_s).first().value(u"id"_s).toInteger();
    }

    void everyConversationCarriesTheViewersFlags()
    {
        for (const QString &token : {m_seller, m_buyer}) {
            const QList<QJsonObject> all = everything(token, u"all"_s);
            QVERIFY(!all.isEmpty());
            for (const QJsonObject &c : all) {
                QVERIFY(c.value(u"archived"_s).isBool());
                QVERIFY(c.value(u"marked_unread"_s).isBool());
                const QJsonValue since = c.value(u"awaiting_reply_since"_s);
                QVERIFY(since.isNull() || timeOf(since).isValid());
            }
        }
        const QJsonObject single = conversation(m_longId, m_seller);
        for (const QString &key : {u"archived"_s, u"marked_unread"_s, u"awaiting_reply_since"_s})
            QVERIFY2(single.contains(key), qPrintable(key));
    }

    void filtersSplitTheList()
    {
        const QSet<qint64> all = idSet(m_seller, u"all"_s);
        const QSet<qint64> inbox = idSet(m_seller, u"inbox"_s);
        const QSet<qint64> archived = idSet(m_seller, u"archived"_s);
        QCOMPARE(all.size(), 30); // 27 seeded + 3 waiting for an answer
        QCOMPARE(archived.size(), 1);
        QCOMPARE(inbox + archived, all);
        QVERIFY(!inbox.intersects(archived));
        QCOMPARE(idSet(m_seller, QString()), inbox); // inbox is the default
        QCOMPARE(list(m_seller, u"filter=all"_s).value(u"total"_s).toInt(), 30);

        const QSet<qint64> unreadIds = idSet(m_seller, u"unread"_s);
        const QSet<qint64> awaitingIds = idSet(m_seller, u"awaiting_reply"_s);
        QVERIFY(!unreadIds.isEmpty() && !awaitingIds.isEmpty());
        for (const QJsonObject &c : everything(m_seller, u"all"_s)) {
            const qint64 id = c.value(u"id"_s).toInteger();
            const bool unread =
                c.value(u"unread_count"_s).toInt() > 0 || c.value(u"marked_unread"_s).toBool();
            const bool awaiting = !c.value(u"awaiting_reply_since"_s).isNull();
            QCOMPARE(c.value(u"archived"_s).toBool(), archived.contains(id));
            const bool inInbox = inbox.contains(id);
            QCOMPARE(unreadIds.contains(id), inInbox && unread);
            QCOMPARE(awaitingIds.contains(id), inInbox && awaiting);
        }

        // Page links keep the filter; an unknown one is refused with the field named.
        QVERIFY(list(m_seller, u"filter=all&per_page=5"_s)
                    .value(u"next_page_url"_s)
                    .toString()
                    .contains(u"filter=all"_s));
        for (const QString &bad : {u"Inbox"_s, u"spam"_s, u"archived%27%20OR%201=1"_s}) {
            const TestResponse refused =
                m_http.get(api(u"/api/conversations?filter="_s + bad), m_seller);
            QCOMPARE(refused.status, 422);
            QVERIFY(refused.json().value(u"errors"_s).toObject().contains(u"filter"_s));
        }
    }

    void demoAnswersAwaitedFor2h20h30h()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<qint64> waits; // minutes
        for (const QJsonObject &c : everything(m_seller, u"awaiting_reply"_s))
            waits.append(timeOf(c.value(u"awaiting_reply_since"_s)).secsTo(now) / 60);
        for (int hours : {2, 20, 30}) {
            QVERIFY2(std::any_of(waits.cbegin(), waits.cend(),
                                 [hours](qint64 m) { return std::abs(m - hours * 60) <= 3; }),
                     qPrintable(u"nothing waits %1 h"_s.arg(hours)));
        }
        const QJsonArray replies =
            m_http.get(api(u"/api/saved-replies"_s), m_seller).json().value(u"data"_s).toArray();
        QVERIFY(replies.size() >= 5);
        bool placeholders = false;
        for (const QJsonValue &reply : replies)
            placeholders |= reply.toObject().value(u"body"_s).toString().contains(u"{buyer}"_s);
        QVERIFY(placeholders);
    }

    void awaitingReplySinceIsTheOldestUnansweredMessage()
    {
        post(m_otherId, u"Here is the seller"_s, m_seller);
        QVERIFY(conversation(m_otherId, m_seller).value(u"awaiting_reply_since"_s).isNull());
        QTest::qWait(5);
        const QJsonObject first = post(m_otherId, u"Are you there?"_s, m_buyer);
        QTest::qWait(5); // distinct timestamps
        post(m_otherId, u"Hello?"_s, m_buyer);
        const QJsonObject seen = conversation(m_otherId, m_seller);
        QCOMPARE(seen.value(u"awaiting_reply_since"_s), first.value(u"created_at"_s));
        QVERIFY(idSet(m_seller, u"awaiting_reply"_s).contains(m_otherId));
        QVERIFY(conversation(m_otherId, m_buyer).value(u"awaiting_reply_since"_s).isNull());
        QVERIFY(!idSet(m_buyer, u"awaiting_reply"_s).contains(m_otherId));

        const QJsonObject answer = post(m_otherId, u"Yes, sorry!"_s, m_seller);
        QVERIFY(conversation(m_otherId, m_seller).value(u"awaiting_reply_since"_s).isNull());
        QVERIFY(!idSet(m_seller, u"awaiting_reply"_s).contains(m_otherId));
        QCOMPARE(conversation(m_otherId, m_buyer).value(u"awaiting_reply_since"_s),
                 answer.value(u"created_at"_s));
    }

    void archiveIsPerViewerAndUndone()
    {
        QCOMPARE(flag("POST", m_otherId, u"/archive"_s, m_seller), 204);
        QCOMPARE(flag("POST", m_otherId, u"/archive"_s, m_seller), 204); // idempotent
        QVERIFY(conversation(m_otherId, m_seller).value(u"archived"_s).toBool());
        QVERIFY(idSet(m_seller, u"archived"_s).contains(m_otherId));
        QVERIFY(!idSet(m_seller, u"inbox"_s).contains(m_otherId));
        QVERIFY(idSet(m_seller, u"all"_s).contains(m_otherId));
        // The buyer's side is the buyer's own.
        QVERIFY(!conversation(m_otherId, m_buyer).value(u"archived"_s).toBool());
        QVERIFY(idSet(m_buyer, u"inbox"_s).contains(m_otherId));

        QCOMPARE(flag("DELETE", m_otherId, u"/archive"_s, m_seller), 204);
        QVERIFY(!conversation(m_otherId, m_seller).value(u"archived"_s).toBool());
        QVERIFY(idSet(m_seller, u"inbox"_s).contains(m_otherId));
        QCOMPARE(flag("DELETE", m_otherId, u"/archive"_s, m_seller), 204);
    }

    void theOtherPartysMessageUnarchives()
    {
        QCOMPARE(flag("POST", m_otherId, u"/archive"_s, m_seller), 204);
        post(m_otherId, u"A last word from me"_s, m_seller); // one's own message: still done
        QVERIFY(conversation(m_otherId, m_seller).value(u"archived"_s).toBool());
        QCOMPARE(flag("POST", m_otherId, u"/archive"_s, m_buyer), 204);

        post(m_otherId, u"One more question"_s, m_buyer);
        QVERIFY(!conversation(m_otherId, m_seller).value(u"archived"_s).toBool());
        QVERIFY(idSet(m_seller, u"inbox"_s).contains(m_otherId));
        QVERIFY(idSet(m_seller, u"awaiting_reply"_s).contains(m_otherId));
        QVERIFY(conversation(m_otherId, m_buyer).value(u"archived"_s).toBool()); // the sender's
        QCOMPARE(flag("DELETE", m_otherId, u"/archive"_s, m_buyer), 204);
    }

    void markUnreadLastsUntilRead()
    {
        readAll(m_otherId, m_seller);
        QCOMPARE(conversation(m_otherId, m_seller).value(u"unread_count"_s).toInt(), 0);
        QVERIFY(!idSet(m_seller, u"unread"_s).contains(m_otherId));

        QCOMPARE(flag("POST", m_otherId, u"/unread"_s, m_seller), 204);
        QVERIFY(conversation(m_otherId, m_seller).value(u"marked_unread"_s).toBool());
        QVERIFY(!conversation(m_otherId, m_buyer).value(u"marked_unread"_s).toBool());
        QVERIFY(idSet(m_seller, u"unread"_s).contains(m_otherId));

        readAll(m_otherId, m_seller);
        QVERIFY(!conversation(m_otherId, m_seller).value(u"marked_unread"_s).toBool());
        QVERIFY(!idSet(m_seller, u"unread"_s).contains(m_otherId));
    }

    void flagCallsNeedAParticipant()
    {
        const QSet<qint64> before = idSet(m_buyer, u"all"_s);
        for (const auto &[method, tail] : {std::pair{QByteArray("POST"), u"/archive"_s},
                                           std::pair{QByteArray("DELETE"), u"/archive"_s},
                                           std::pair{QByteArray("POST"), u"/unread"_s}}) {
            const TestResponse refused =
                m_http.send(method, api(conversationPath(m_foreignId, tail)), "{}",
                            "application/json", m_buyer);
            QCOMPARE(refused.status, 403);
            QVERIFY2(refused.json().value(u"message"_s).toString().contains(u"not part of"_s),
                     refused.body.constData());
            const TestResponse missing = m_http.send(method, api(conversationPath(987654, tail)),
                                                     "{}", "application/json", m_buyer);
            QCOMPARE(missing.status, 404);
            QVERIFY(!missing.json().value(u"message"_s).toString().isEmpty());
            QCOMPARE(flag(method, m_otherId, tail, u"1|not-a-token"_s), 401);
        }
        QCOMPARE(idSet(m_buyer, u"all"_s), before);
        QVERIFY(!conversation(m_foreignId, m_otherBuyer).value(u"archived"_s).toBool());
        QVERIFY(!conversation(m_foreignId, m_otherBuyer).value(u"marked_unread"_s).toBool());
    }

    void flagChangesReachTheUsersOtherDevices()
    {
        PusherTestClient desk;   // the device that makes the change
        PusherTestClient laptop; // another device of the same seller
        PusherTestClient buyer;
        QVERIFY(desk.connectTo(m_sandbox.wsUrl()) && laptop.connectTo(m_sandbox.wsUrl()) &&
                buyer.connectTo(m_sandbox.wsUrl()));
        QVERIFY(joinUserChannel(desk, m_seller, m_sellerId));
        QVERIFY(joinUserChannel(laptop, m_seller, m_sellerId));
        QVERIFY(joinUserChannel(buyer, m_buyer, m_buyerId));
        const QString channel = u"private-App.Models.User.%1"_s.arg(m_sellerId);

        QCOMPARE(flag("POST", m_otherId, u"/archive"_s, m_seller, desk.socketId()), 204);
        std::optional<PusherFrame> update = laptop.waitFor(u"conversation.updated"_s);
        QVERIFY(update);
        QCOMPARE(update->channel, channel);
        QCOMPARE(update->data.toObject().value(u"id"_s).toInteger(), m_otherId);
        QVERIFY(update->data.toObject().value(u"archived"_s).toBool());
        QVERIFY(desk.staysSilent(u"conversation.updated"_s, 200)); // toOthers()
        QVERIFY(buyer.staysSilent(u"conversation.updated"_s, 100));

        QCOMPARE(flag("DELETE", m_otherId, u"/archive"_s, m_seller, desk.socketId()), 204);
        update = laptop.waitFor(u"conversation.updated"_s);
        QVERIFY(update && !update->data.toObject().value(u"archived"_s).toBool());

        QCOMPARE(flag("POST", m_otherId, u"/unread"_s, m_seller, desk.socketId()), 204);
        update = laptop.waitFor(u"conversation.updated"_s);
        QVERIFY(update && update->data.toObject().value(u"marked_unread"_s).toBool());
        readAll(m_otherId, m_seller);
        update = laptop.waitFor(u"conversation.updated"_s);
        QVERIFY(update && !update->data.toObject().value(u"marked_unread"_s).toBool());

        // A buyer's message un-archives: each side hears its own flags.
        QCOMPARE(flag("POST", m_otherId, u"/archive"_s, m_seller, desk.socketId()), 204);
        QVERIFY(laptop.waitFor(u"conversation.updated"_s));
        QCOMPARE(flag("POST", m_otherId, u"/unread"_s, m_buyer), 204);
        QVERIFY(buyer.waitFor(u"conversation.updated"_s));
        post(m_otherId, u"Still there?"_s, m_buyer);
        update = laptop.waitFor(u"conversation.updated"_s);
        QVERIFY(update);
        const QJsonObject sellerSide = update->data.toObject();
        QVERIFY(!sellerSide.value(u"archived"_s).toBool());
        QVERIFY(!sellerSide.value(u"marked_unread"_s).toBool());
        QVERIFY(!sellerSide.value(u"awaiting_reply_since"_s).isNull());
        const std::optional<PusherFrame> buyerSide = buyer.waitFor(u"conversation.updated"_s);
        QVERIFY(buyerSide);
        QVERIFY(buyerSide->data.toObject().value(u"marked_unread"_s).toBool());
        QVERIFY(buyerSide->data.toObject().value(u"awaiting_reply_since"_s).isNull());
        readAll(m_otherId, m_buyer);
    }

    void aroundIdHoldsTheMessageWithBothCursors()
    {
        const QString base = conversationPath(m_longId, u"/messages"_s);
        // The reference: 500 messages oldest first from the start of the history.
        const QList<qint64> history = idsOf(
            m_http.get(api(base + u"?after_id=0"_s), m_seller).json().value(u"data"_s).toArray());
        QCOMPARE(history.size(), 500);
        const qsizetype at = 250;
        const qint64 target = history.at(at);

        const QJsonObject window =
            m_http.get(api(base + u"?around_id=%1&per_page=10"_s.arg(target)), m_seller).json();
        const QList<qint64> ids = idsOf(window.value(u"data"_s).toArray());
        QList<qint64> expected; // newest first: 5 newer, the target, 4 older
        for (qsizetype i = at + 5; i >= at - 4; --i)
            expected.append(history.at(i));
        QCOMPARE(ids, expected);
        QCOMPARE(window.value(u"per_page"_s).toInt(), 10);

        const QJsonObject older = m_http
                                      .get(api(base + u"?per_page=10&cursor="_s +
                                               window.value(u"next_cursor"_s).toString()),
                                           m_seller)
                                      .json();
        expected.clear();
        for (qsizetype i = at - 5; i >= at - 14; --i)
            expected.append(history.at(i));
        QCOMPARE(idsOf(older.value(u"data"_s).toArray()), expected);

        const QJsonObject newer = m_http
                                      .get(api(base + u"?per_page=10&cursor="_s +
                                               window.value(u"prev_cursor"_s).toString()),
                                           m_seller)
                                      .json();
        expected.clear();
        for (qsizetype i = at + 15; i >= at + 6; --i)
            expected.append(history.at(i));
        QCOMPARE(idsOf(newer.value(u"data"_s).toArray()), expected);
        // ...and back again: the newer page's next cursor leads to the window's top half.
        const QJsonObject back = m_http
                                     .get(api(base + u"?per_page=10&cursor="_s +
                                              newer.value(u"next_cursor"_s).toString()),
                                          m_seller)
                                     .json();
        QCOMPARE(idsOf(back.value(u"data"_s).toArray()).mid(0, 5), ids.mid(0, 5));

        // An odd size: 3 on each side.
        QCOMPARE(idsOf(m_http.get(api(base + u"?around_id=%1&per_page=7"_s.arg(target)), m_seller)
                           .json()
                           .value(u"data"_s)
                           .toArray()),
                 (QList<qint64>{history.at(at + 3), history.at(at + 2), history.at(at + 1), target,
                                history.at(at - 1), history.at(at - 2), history.at(at - 3)}));
    }

    void aroundIdAtTheEdgesAndWrongIds()
    {
        const QString base = conversationPath(m_longId, u"/messages"_s);
        const qint64 oldest = idsOf(m_http.get(api(base + u"?after_id=0"_s), m_seller)
                                        .json()
                                        .value(u"data"_s)
                                        .toArray())
                                  .first();
        const QJsonObject atStart =
            m_http.get(api(base + u"?around_id=%1&per_page=6"_s.arg(oldest)), m_seller).json();
        QVERIFY(atStart.value(u"next_cursor"_s).isNull());
        QVERIFY(!atStart.value(u"prev_cursor"_s).isNull());
        QCOMPARE(idsOf(atStart.value(u"data"_s).toArray()).last(), oldest);
        QCOMPARE(atStart.value(u"data"_s).toArray().size(), 4); // 3 newer + the oldest

        const qint64 newest = idsOf(m_http.get(api(base + u"?per_page=1"_s), m_seller)
                                        .json()
                                        .value(u"data"_s)
                                        .toArray())
                                  .first();
        const QJsonObject atEnd =
            m_http.get(api(base + u"?around_id=%1&per_page=6"_s.arg(newest)), m_seller).json();
        QVERIFY(atEnd.value(u"prev_cursor"_s).isNull());
        QVERIFY(!atEnd.value(u"next_cursor"_s).isNull());
        QCOMPARE(idsOf(atEnd.value(u"data"_s).toArray()).first(), newest);

        const qint64 foreignMessage =
            idsOf(m_http
                      .get(api(conversationPath(m_foreignId, u"/messages?per_page=1"_s)),
                           m_otherBuyer)
                      .json()
                      .value(u"data"_s)
                      .toArray())
                .first();
        for (const QString &bad : {QString::number(foreignMessage), u"abc"_s, u"0"_s, u"-3"_s}) {
            const TestResponse refused = m_http.get(api(base + u"?around_id="_s + bad), m_seller);
            QCOMPARE(refused.status, 422);
            QVERIFY(refused.json().value(u"errors"_s).toObject().contains(u"around_id"_s));
        }
        QCOMPARE(m_http.get(api(conversationPath(m_foreignId, u"/messages?around_id=1"_s)), m_buyer)
                     .status,
                 403);
    }

    void searchIgnoresCaseAndAccentsAndMatchesPrefixes()
    {
        const QJsonObject mine = post(m_otherId, u"Let's meet at the Café Zoë at noon"_s, m_seller);
        const qint64 id = mine.value(u"id"_s).toInteger();
        for (const QString &query : {u"cafe"_s, u"CAFÉ"_s, u"Café"_s, u"caf"_s, u"zoe"_s,
                                     u"ZOË CAFE"_s, u"noon caf"_s, u"meet zo"_s}) {
            const QJsonObject answer = search(query, m_seller);
            const QJsonArray data = answer.value(u"data"_s).toArray();
            QVERIFY2(!data.isEmpty(), qPrintable(query));
            const QJsonObject hit = data.first().toObject();
            QCOMPARE(hit.value(u"conversation_id"_s).toInteger(), m_otherId);
            QCOMPARE(hit.value(u"message"_s).toObject().value(u"id"_s).toInteger(), id);
            QCOMPARE(hit.value(u"message"_s).toObject().value(u"body"_s).toString(),
                     mine.value(u"body"_s).toString());
        }
        // Every word must match, and a word is not matched in the middle of another.
        QVERIFY(search(u"cafe giraffe"_s, m_seller).value(u"data"_s).toArray().isEmpty());
        QVERIFY(search(u"afe"_s, m_seller).value(u"total"_s).toInt() == 0);
        // The buyer of that conversation finds it; nobody else does.
        QCOMPARE(idsOf(QJsonArray{search(u"cafe zoe"_s, m_buyer)
                                      .value(u"data"_s)
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(u"message"_s)}),
                 QList<qint64>{id});
        QCOMPARE(search(u"cafe zoe"_s, m_otherBuyer).value(u"total"_s).toInt(), 0);
        QCOMPARE(search(u"cafe zoe"_s, m_seller2).value(u"total"_s).toInt(), 0);
    }

    void searchPagesNewestFirst()
    {
        const QJsonObject first = search(u"the"_s, m_seller);
        const int total = first.value(u"total"_s).toInt();
        QVERIFY(total > 40);
        QCOMPARE(first.value(u"per_page"_s).toInt(), 20);
        const QString next = first.value(u"next_page_url"_s).toString();
        QVERIFY2(next.contains(u"q=the"_s) && next.contains(u"page=2"_s), qPrintable(next));
        const QJsonObject second = m_http.get(QUrl(next), m_seller).json();
        QCOMPARE(second.value(u"current_page"_s).toInt(), 2);
        QList<qint64> ids;
        for (const QJsonObject &page : {first, second}) {
            for (const QJsonValue &hit : page.value(u"data"_s).toArray())
                ids.append(
                    hit.toObject().value(u"message"_s).toObject().value(u"id"_s).toInteger());
        }
        QCOMPARE(ids.size(), 40);
        for (qsizetype i = 1; i < ids.size(); ++i)
            QVERIFY(ids.at(i) < ids.at(i - 1));
    }

    void searchTreatsHostileInputAsText_data()
    {
        QTest::addColumn<QString>("query");
        for (const QString &query : hostileQueries())
            QTest::newRow(qPrintable(query.left(40))) << query;
    }

    void searchTreatsHostileInputAsText()
    {
        QFETCH(QString, query);
        int status = 0;
        const QJsonObject answer = search(query, m_seller, &status);
        const int length = int(query.trimmed().toUcs4().size());
        if (length < 2 || length > 200) {
            QCOMPARE(status, 422);
            return;
        }
        QCOMPARE(status, 200);
        QVERIFY(answer.value(u"data"_s).isArray());
        QVERIFY(answer.value(u"total"_s).toInt() >= 0);
        // A query SQLite refused would be answered as "nothing found" but logged.
        QVERIFY2(!m_sandbox.errorOutput().contains(u"search failed"_s),
                 qPrintable(m_sandbox.errorOutput()));
    }

    void searchFindsWhatLooksLikeSyntax()
    {
        post(m_otherId, u"NEAR the station, \"AND\" (not OR) *sale*"_s, m_seller);
        for (const QString &query :
             {u"NEAR"_s, u"near the"_s, u"\"AND\""_s, u"(not OR)"_s, u"*sale*"_s, u"station,"_s})
            QVERIFY2(search(query, m_seller).value(u"total"_s).toInt() >= 1, qPrintable(query));
        QCOMPARE(search(u"cafe*"_s, m_seller).value(u"total"_s).toInt(),
                 search(u"cafe"_s, m_seller).value(u"total"_s).toInt());
    }

    void searchLengthIsBounded()
    {
        int status = 0;
        for (const QString &query : {QString(), u" "_s, u"a"_s, u"  a  "_s, u"🙂"_s,
                                     QString(201, u'a'), u"café "_s.repeated(41)}) {
            const QJsonObject answer = search(query, m_seller, &status);
            QCOMPARE(status, 422);
            QVERIFY(answer.value(u"errors"_s).toObject().contains(u"q"_s));
        }
        QCOMPARE(m_http.get(api(u"/api/search/messages"_s), m_seller).status, 422);
        for (const QString &query :
             {u"ab"_s, QString(200, u'a'), QString(100, u'é'), u"🙂"_s.repeated(200)}) {
            search(query, m_seller, &status);
            QCOMPARE(status, 200);
        }
        QCOMPARE(m_http.get(api(u"/api/search/messages?q=cafe"_s)).status, 401);
    }

    void matchExpressionQuotesEveryWord()
    {
        using envisage::sandbox::MessageSearch;
        QCOMPARE(MessageSearch::matchExpression(u"cafe"_s), u"\"cafe\"*"_s);
        QCOMPARE(MessageSearch::matchExpression(u"  Café   zoë "_s), u"\"Café\"* \"zoë\"*"_s);
        QCOMPARE(MessageSearch::matchExpression(u"say \"hi\""_s), u"\"say\"* \"\"\"hi\"\"\"*"_s);
        QCOMPARE(MessageSearch::matchExpression(u"NEAR(a b)"_s), u"\"NEAR(a\"* \"b)\"*"_s);
        QCOMPARE(MessageSearch::matchExpression(u"* ) \" --"_s), QString());
    }

    void hostileQueriesNeverReachFts5Syntax()
    {
        // In-process, so that any SQLite complaint (logged as a warning) fails the test.
        envisage::sandbox::Database database;
        QVERIFY2(database.open(u":memory:"_s), qPrintable(database.errorString()));
        QSqlQuery sql(database.connection());
        QVERIFY(
            sql.exec(u"INSERT INTO users (name, email, role, password_hash, created_at)"
                     " VALUES ('S', 's@x', 'seller', 'x', 0), ('B', 'b@x', 'buyer', 'x', 0)"_s));
        QVERIFY(sql.exec(u"INSERT INTO listings (seller_id, title, price, currency)"
                         " VALUES (1, 'Desk', '1.00', 'EUR')"_s));
        QVERIFY(sql.exec(u"INSERT INTO conversations (listing_id, buyer_id, seller_id,"
                         " created_at, updated_at) VALUES (1, 2, 1, 0, 0)"_s));
        QVERIFY(sql.exec(u"INSERT INTO messages (conversation_id, sender_id, body, created_at)"
                         " VALUES (1, 2, 'Un café, NEAR the \"station\" (OR not) *', 0)"_s));
        envisage::sandbox::MessageSearch search(database.connection());
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        for (const QString &query : hostileQueries())
            search.search(1, query, 0, 20);
        QCOMPARE(search.search(1, u"cafe"_s, 0, 20).total, 1);
        QCOMPARE(search.search(1, u"\"CAFE"_s, 0, 20).total, 1);
        QCOMPARE(search.search(1, u"NEAR(the"_s, 0, 20).total, 1);     // a phrase
        QCOMPARE(search.search(1, u"NEAR(station"_s, 0, 20).total, 0); // not adjacent
        QCOMPARE(search.search(1, u"(or NOT)"_s, 0, 20).total, 1);
        QCOMPARE(search.search(2, u"cafe"_s, 0, 20).total, 1);
        QCOMPARE(search.search(3, u"cafe"_s, 0, 20).total, 0);
    }

    void migrationIndexesExistingMessages()
    {
        // A database from before the search (schema version 2) gets its old messages
        // indexed by the migration: made here by taking version 3's objects away again.
        QTemporaryDir folder;
        const QString file = folder.filePath(u"old.sqlite"_s);
        {
            envisage::sandbox::Database database;
            QVERIFY(database.open(file));
            QSqlQuery sql(database.connection());
            QVERIFY(sql.exec(u"INSERT INTO users (name, email, role, password_hash, created_at)"
                             " VALUES ('S', 's@x', 'seller', 'x', 0)"_s));
            QVERIFY(sql.exec(u"INSERT INTO listings (seller_id, title, price, currency)"
                             " VALUES (1, 'Desk', '1.00', 'EUR')"_s));
            QVERIFY(sql.exec(u"INSERT INTO conversations (listing_id, buyer_id, seller_id,"
                             " created_at, updated_at) VALUES (1, 1, 1, 0, 0)"_s));
            for (const QString &statement :
                 {u"DROP TRIGGER messages_fts_insert"_s, u"DROP TRIGGER messages_fts_delete"_s,
                  u"DROP TRIGGER messages_fts_update"_s, u"DROP TRIGGER messages_unarchive"_s,
                  u"DROP TABLE messages_fts"_s, u"DROP TABLE saved_replies"_s,
                  u"DROP TABLE conversation_flags"_s, u"PRAGMA user_version = 2"_s})
                QVERIFY2(sql.exec(statement), qPrintable(statement));
            QVERIFY(sql.exec(u"INSERT INTO messages (conversation_id, sender_id, body,"
                             " created_at) VALUES (1, 1, 'Written before the search', 0)"_s));
        }
        envisage::sandbox::Database database;
        QVERIFY2(database.open(file), qPrintable(database.errorString()));
        QCOMPARE(database.schemaVersion(), envisage::sandbox::Database::SchemaVersion);
        envisage::sandbox::MessageSearch search(database.connection());
        QCOMPARE(search.search(1, u"before search"_s, 0, 20).total, 1);
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

QTEST_GUILESS_MAIN(SandboxSellerToolsTest)
#include "tst_sandbox_seller_tools.moc"
