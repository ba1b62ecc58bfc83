// Seller triage in envisage-sandbox (marketplace-api.md §5) against the real executable:
// per-viewer archived / marked_unread / awaiting_reply_since, the list filters, archive
// and unread calls with their broadcasts on the user's own channel, and around_id
// history windows whose cursors continue the ordinary paging.
#include "SellerToolsFixture.h"

using namespace Qt::StringLiterals;
using namespace envisage::testing;

class SandboxSellerToolsTest : public QObject, protected SellerToolsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(start(&why), qPrintable(why));
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
};

QTEST_GUILESS_MAIN(SandboxSellerToolsTest)
#include "tst_sandbox_seller_tools.moc"
