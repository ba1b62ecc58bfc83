// Triage (marketplace-api.md §5) from canned records, no server: the flags' JSON (and
// their absence from older servers), the cache's filters, order and counts in SQL
// (schema version 6, also combined with the search), and ConversationListModel's
// filters under QAbstractItemModelTester, with a cache and without one: switching
// filters, the counts, a buyer's message un-archiving (the row comes into Inbox in one
// insertion), an archive taking it out (one removal), mark unread and a read, the
// longest wait first; conversationRead once per conversation whose unread messages are read
// (here or on another device), never on clear().
#include "FutureResult.h"
#include "OldSchemaCache.h"
#include "api/MarketplaceJson.h"
#include "inbox/ConversationListModel.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace envisage;
using Model = inbox::ConversationListModel;
using store::ConversationFilter;
using store::ConversationOrder;
using testing::futureResult;

namespace {

constexpr qint64 Me = 1;
const QDateTime Start(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);

// Twelve conversations, id i active i minutes after Start (so 12 is on top):
//  - 1 and 2 archived; 3 archived and unread (a case the server avoids, counted once);
//  - 4, 5, 6 awaiting a reply, for 30 h, 2 h and 20 h (waits not in activity order);
//  - 7 with 3 unread messages, 8 marked unread; the rest plain.
api::Conversation conversation(qint64 id)
{
    api::Conversation c;
    c.id = id;
    c.listing = {id, u"Listing %1"_s.arg(id), {}, u"10.00"_s, u"EUR"_s};
    c.buyer = {100 + id, u"Buyer %1"_s.arg(id), {}, u"buyer"_s, {}, {}};
    c.seller = {Me, u"Sam Rivera"_s, {}, u"seller"_s, {}, {}};
    c.updatedAt = Start.addSecs(id * 60);
    c.archived = id <= 3;
    c.unreadCount = id == 7 ? 3 : 0;
    c.markedUnread = id == 8;
    const QDateTime now = Start.addDays(2);
    if (id == 4)
        c.awaitingReplySince = now.addSecs(-30 * 3600);
    else if (id == 5)
        c.awaitingReplySince = now.addSecs(-2 * 3600);
    else if (id == 6)
        c.awaitingReplySince = now.addSecs(-20 * 3600);
    if (id == 9)
        c.listing.title = u"Sofa 50% off"_s;
    return c;
}

QList<api::Conversation> all()
{
    QList<api::Conversation> list;
    for (qint64 id = 1; id <= 12; ++id)
        list.append(conversation(id));
    return list;
}

api::Message buyerMessage(const api::Conversation &c, qint64 id, const QDateTime &at)
{
    api::Message m;
    m.id = id;
    m.conversationId = c.id;
    m.senderId = c.buyer.id;
    m.sender = {c.buyer.id, c.buyer.name, {}};
    m.body = u"Still there?"_s;
    m.createdAt = at;
    return m;
}

QList<qint64> idsOf(const QList<store::ConversationKey> &keys)
{
    QList<qint64> ids;
    for (const store::ConversationKey &key : keys)
        ids.append(key.id);
    return ids;
}

// Shows the row (as a view's paint would) until its record is in memory.
bool shown(const QModelIndex &index)
{
    return QTest::qWaitFor([&index] { return !index.data(Model::PlaceholderRole).toBool(); }, 5000);
}

QList<qint64> rows(const Model &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row).data(Model::IdRole).toLongLong());
    return ids;
}

} // namespace

class TriageTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    int m_caches = 0;

    QString newCache() { return m_folder.filePath(u"cache-%1.sqlite"_s.arg(++m_caches)); }

    // The model on a cache holding all(), every row placed and the counts read.
    static bool attach(Model &model, store::Store &store)
    {
        if (!futureResult(store.open()).ok || !futureResult(store.saveConversations(all())))
            return false;
        model.setMyUserId(Me);
        bool shown = false;
        model.setStore(&store, [&shown] { shown = true; });
        return QTest::qWaitFor(
            [&] {
                return shown && model.counts().inbox == 9 &&
                       !model.index(model.rowCount() - 1).data(Model::PlaceholderRole).toBool();
            },
            5000);
    }

    // The rows of what `change` asks for, read (at once when the cache was quick).
    template <typename Change> static bool reordered(Model &model, Change change)
    {
        QSignalSpy finished(&model, &Model::searchFinished);
        change();
        return !finished.isEmpty() || finished.wait(5000);
    }

    static bool filtered(Model &model, ConversationFilter filter)
    {
        return reordered(model, [&] { model.setFilter(filter); });
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_folder.isValid()); }

    // --- JSON ---------------------------------------------------------------------

    void flagsAreReadAndWritten()
    {
        api::Conversation c = conversation(4);
        c.markedUnread = true;
        const QJsonObject json = api::MarketplaceJson::writeConversation(c);
        QCOMPARE(json.value(u"archived"_s), QJsonValue(false));
        QCOMPARE(json.value(u"marked_unread"_s), QJsonValue(true));
        QString error;
        const std::optional<api::Conversation> read =
            api::MarketplaceJson::readConversation(json, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY(read->markedUnread && !read->archived);
        QCOMPARE(read->awaitingReplySince, c.awaitingReplySince);

        QJsonObject archived = json;
        archived[u"archived"_s] = true;
        archived[u"awaiting_reply_since"_s] = QJsonValue::Null;
        const std::optional<api::Conversation> other =
            api::MarketplaceJson::readConversation(archived, &error);
        QVERIFY(other && other->archived && !other->awaitingReplySince.isValid());
    }

    void olderServersSendNoFlags()
    {
        QJsonObject json = api::MarketplaceJson::writeConversation(conversation(10));
        for (const QString &field : {u"archived"_s, u"marked_unread"_s, u"awaiting_reply_since"_s})
            json.remove(field);
        QString error;
        const std::optional<api::Conversation> read =
            api::MarketplaceJson::readConversation(json, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY(!read->archived && !read->markedUnread && !read->awaitingReplySince.isValid());
    }

    void mistypedFlagsAreProtocolErrors()
    {
        const QJsonObject good = api::MarketplaceJson::writeConversation(conversation(10));
        for (const auto &[field, value] :
             {std::pair{u"archived"_s, QJsonValue(u"yes"_s)},
              std::pair{u"marked_unread"_s, QJsonValue(1)},
              std::pair{u"awaiting_reply_since"_s, QJsonValue(u"yesterday"_s)}}) {
            QJsonObject bad = good;
            bad[field] = value;
            QString error;
            QVERIFY(!api::MarketplaceJson::readConversation(bad, &error));
            QVERIFY2(error.contains(field), qPrintable(error));
        }
    }

    // --- The cache ----------------------------------------------------------------

    void theCacheFiltersOrdersAndCounts()
    {
        store::Store store(newCache());
        QVERIFY(futureResult(store.open()).ok);
        QVERIFY(futureResult(store.saveConversations(all())));
        const auto keys = [&store](ConversationFilter filter, const QString &needle = {},
                                   ConversationOrder order = ConversationOrder::Activity) {
            return idsOf(futureResult(store.conversationKeys({needle, filter, order, Me})));
        };
        QCOMPARE(keys(ConversationFilter::All).size(), 12);
        QCOMPARE(keys(ConversationFilter::Inbox), (QList<qint64>{12, 11, 10, 9, 8, 7, 6, 5, 4}));
        QCOMPARE(keys(ConversationFilter::Archived), (QList<qint64>{3, 2, 1}));
        QCOMPARE(keys(ConversationFilter::Unread), (QList<qint64>{8, 7})); // 3 is archived
        QCOMPARE(keys(ConversationFilter::AwaitingReply), (QList<qint64>{6, 5, 4}));
        QCOMPARE(keys(ConversationFilter::AwaitingReply, {}, ConversationOrder::LongestWait),
                 (QList<qint64>{4, 6, 5}));
        // The order only applies to Awaiting reply.
        QCOMPARE(keys(ConversationFilter::Inbox, {}, ConversationOrder::LongestWait).first(), 12);
        // With the search: % is itself, the filter still applies.
        QCOMPARE(keys(ConversationFilter::Inbox, u"50%"_s), QList<qint64>{9});
        QCOMPARE(keys(ConversationFilter::Archived, u"50%"_s), QList<qint64>{});
        QCOMPARE(keys(ConversationFilter::Archived, u"buyer 2"_s), QList<qint64>{2});

        const store::ConversationCounts counts = futureResult(store.conversationCounts());
        QCOMPARE(counts.inbox, 9);
        QCOMPARE(counts.archived, 3);
        QCOMPARE(counts.unread, 2);
        QCOMPARE(counts.awaitingReply, 3);

        // The head of a filter: its count and first rows in its order.
        const store::ConversationHead head = futureResult(store.conversationHead(
            2, {{}, ConversationFilter::AwaitingReply, ConversationOrder::LongestWait, Me}));
        QCOMPARE(head.total, 3);
        QCOMPARE(head.first.size(), 2);
        QCOMPARE(head.first.at(0).id, 4);

        // Reading ends "mark unread", in the column and in the JSON.
        QVERIFY(futureResult(store.setUnreadCount(8, 0)));
        QCOMPARE(keys(ConversationFilter::Unread), QList<qint64>{7});
        QVERIFY(!futureResult(store.conversationsById({8})).first().markedUnread);
    }

    void anUnflaggedCacheIsUpgraded_data()
    {
        QTest::addColumn<int>("from");
        QTest::addRow("version 3 (the list's columns)") << 3;
        QTest::addRow("version 4 (attachments)") << 4;
        QTest::addRow("version 5 (saved replies)") << 5;
    }

    void anUnflaggedCacheIsUpgraded()
    {
        // A file from before the flags (schema version 6): the migration adds the columns
        // with defaults that are right (such a cache never had an archived conversation)
        // and keeps every record.
        QFETCH(int, from);
        const QString path = newCache();
        {
            testing::OldSchemaCache oldCache(path, from);
            QVERIFY2(oldCache.create(), qPrintable(oldCache.error()));
            QSqlQuery query = oldCache.query();
            QJsonObject json = api::MarketplaceJson::writeConversation(conversation(11));
            for (const QString &field :
                 {u"archived"_s, u"marked_unread"_s, u"awaiting_reply_since"_s})
                json.remove(field);
            query.prepare(u"INSERT INTO conversations (id, updated_at, json) VALUES (?, ?, ?)"_s);
            query.addBindValue(11);
            query.addBindValue(conversation(11).updatedAt.toMSecsSinceEpoch());
            query.addBindValue(
                QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
            QVERIFY(query.exec());
        }
        store::Store store(path);
        const QString notUpgraded = testing::openUpgraded(store);
        QVERIFY2(notUpgraded.isEmpty(), qPrintable(notUpgraded));
        QCOMPARE(futureResult(store.conversationCounts()).inbox, 1);
        QCOMPARE(
            idsOf(futureResult(store.conversationKeys({{}, ConversationFilter::Inbox, {}, Me}))),
            QList<qint64>{11});
    }

    // --- The model, on a cache ----------------------------------------------------

    void filtersSwitchAndCount()
    {
        Model model;
        store::Store store(newCache());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(attach(model, store));
        QCOMPARE(model.filter(), ConversationFilter::Inbox); // the default
        QCOMPARE(rows(model), (QList<qint64>{12, 11, 10, 9, 8, 7, 6, 5, 4}));
        const store::ConversationCounts counts = model.counts();
        QCOMPARE(counts.archived, 3);
        QCOMPARE(counts.unread, 2);
        QCOMPARE(counts.awaitingReply, 3);

        QSignalSpy changed(&model, &Model::filterChanged);
        QVERIFY(filtered(model, ConversationFilter::Archived));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(rows(model), (QList<qint64>{3, 2, 1}));
        QVERIFY(shown(model.index(0)));
        QVERIFY(model.index(0).data(Model::ArchivedRole).toBool());
        QVERIFY(filtered(model, ConversationFilter::Unread));
        QCOMPARE(rows(model), (QList<qint64>{8, 7}));
        QVERIFY(shown(model.index(0)));
        QVERIFY(model.index(0).data(Model::MarkedUnreadRole).toBool());
        QVERIFY(filtered(model, ConversationFilter::AwaitingReply));
        QCOMPARE(rows(model), (QList<qint64>{6, 5, 4}));
        QVERIFY(shown(model.index(0)));
        QVERIFY(model.index(0).data(Model::AwaitingReplySinceRole).toDateTime().isValid());

        // The longest wait first, and back.
        QVERIFY(reordered(model, [&] { model.setAwaitingOrder(ConversationOrder::LongestWait); }));
        QCOMPARE(rows(model), (QList<qint64>{4, 6, 5}));
        QVERIFY(reordered(model, [&] { model.setAwaitingOrder(ConversationOrder::Activity); }));
        QCOMPARE(rows(model), (QList<qint64>{6, 5, 4}));

        // Combined with the search.
        QVERIFY(filtered(model, ConversationFilter::Inbox));
        // Buyers 10, 11 and 12 (1 is archived).
        QVERIFY(reordered(model, [&] { model.setSearch(u"buyer 1"_s); }));
        QCOMPARE(rows(model), (QList<qint64>{12, 11, 10}));
        QVERIFY(filtered(model, ConversationFilter::Archived));
        QCOMPARE(rows(model), (QList<qint64>{1}));
        QCOMPARE(model.counts().inbox, 9); // counts are the filters', whatever the search
    }

    void aBuyersMessageBringsAnArchivedConversationBack()
    {
        Model model;
        store::Store store(newCache());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(attach(model, store));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // As conversation.updated brings it: the server un-archived it with the message.
        api::Conversation back = conversation(2);
        back.archived = false;
        back.lastMessage = buyerMessage(back, 500, Start.addDays(2));
        back.updatedAt = back.lastMessage->createdAt;
        back.unreadCount = 1;
        back.awaitingReplySince = back.lastMessage->createdAt;
        model.upsert(back);
        model.flush();
        QCOMPARE(inserted.size(), 1); // one model update
        QCOMPARE(removed.size(), 0);
        QCOMPARE(rows(model).first(), 2);
        QTRY_COMPARE(model.counts().inbox, 10);
        QCOMPARE(model.counts().archived, 2);
        QCOMPARE(model.counts().unread, 3);
        QCOMPARE(model.counts().awaitingReply, 4);

        // Archived: out of Inbox in one removal.
        model.amend(2, [](api::Conversation &c) { c.archived = true; });
        model.flush();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QVERIFY(!rows(model).contains(2));
        QTRY_COMPARE(model.counts().archived, 3);
        QCOMPARE(model.counts().inbox, 9);

        // The same message, this time through the session's path for one of our own:
        // setLastMessage from the buyer un-archives as the server does.
        QVERIFY(filtered(model, ConversationFilter::Archived));
        model.setLastMessage(buyerMessage(back, 501, Start.addDays(2).addSecs(60)));
        model.flush();
        QVERIFY(!rows(model).contains(2));
        QTRY_COMPARE(model.counts().archived, 2);
    }

    void ourAnswerEndsTheWaitAndAReadEndsMarkUnread()
    {
        Model model;
        store::Store store(newCache());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(attach(model, store));
        QVERIFY(filtered(model, ConversationFilter::AwaitingReply));
        QVERIFY(shown(model.index(0)));

        api::Message answer;
        answer.id = 900;
        answer.conversationId = 5;
        answer.senderId = Me;
        answer.sender = {Me, u"Sam Rivera"_s, {}};
        answer.body = u"Yes, it ships to Lyon."_s;
        answer.createdAt = Start.addDays(2);
        model.setLastMessage(answer);
        model.flush();
        QCOMPARE(rows(model), (QList<qint64>{6, 4}));
        QTRY_COMPARE(model.counts().awaitingReply, 2);

        QVERIFY(filtered(model, ConversationFilter::Unread));
        QVERIFY(shown(model.index(0)));
        model.amend(10, [](api::Conversation &c) { c.markedUnread = true; });
        model.flush();
        QCOMPARE(rows(model), (QList<qint64>{10, 8, 7}));
        QTRY_COMPARE(model.counts().unread, 3);
        model.setUnreadCount(8, 0); // read: no longer marked
        model.flush();
        QCOMPARE(rows(model), (QList<qint64>{10, 7}));
        QVERIFY(!model.conversation(8)->markedUnread);
        QTRY_COMPARE(model.counts().unread, 2);
    }

    void theOpenConversationStaysInUnreadWhenRead()
    {
        Model model;
        store::Store store(newCache());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(attach(model, store));
        QVERIFY(filtered(model, ConversationFilter::Unread));
        QVERIFY(shown(model.index(0)) && shown(model.index(1)));
        // Read while open: its row stays (or the view would open the next one, and so on).
        model.setOpenConversation(7);
        model.setUnreadCount(7, 0);
        model.flush();
        QCOMPARE(rows(model), (QList<qint64>{8, 7}));
        QCOMPARE(model.index(1).data(Model::UnreadCountRole).toInt(), 0);
        QTRY_COMPARE(model.counts().unread, 1); // counted as it is
        // Another opened: the read one goes, in one removal.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setOpenConversation(8);
        model.flush();
        QCOMPARE(rows(model), QList<qint64>{8});
        QCOMPARE(removed.size(), 1);
        // Archiving the open one is leaving it.
        model.amend(8, [](api::Conversation &c) { c.archived = true; });
        model.flush();
        QCOMPARE(rows(model), QList<qint64>{});
    }

    // What withdraws a conversation's desktop notification (ui/TrayNotifier).
    void aConversationReadIsAnnouncedOnce()
    {
        Model model;
        store::Store store(newCache());
        QVERIFY(attach(model, store));
        QSignalSpy read(&model, &Model::conversationRead);
        model.setUnreadCount(7, 0); // read in the window
        QVERIFY(read.isEmpty());    // with the next flush
        model.flush();
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.takeFirst().first().toLongLong(), 7);
        model.setUnreadCount(7, 0);
        model.flush();
        QVERIFY(read.isEmpty());

        api::Conversation other = conversation(11); // a buyer writes
        other.unreadCount = 2;
        model.upsert(other);
        model.flush();
        QVERIFY(read.isEmpty());
        QCOMPARE(model.unreadCount(11), 2);
        other.unreadCount = 0; // read on another device: conversation.updated
        model.upsert(other);
        model.flush();
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.takeFirst().first().toLongLong(), 11);

        other.unreadCount = 1;
        model.upsert(other);
        model.flush();
        model.clear(); // signed out: nothing was read
        QVERIFY(read.isEmpty());
    }

    // --- The model, without a cache -------------------------------------------------

    void filtersWithoutACache()
    {
        Model model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMyUserId(Me);
        model.upsert(all());
        model.flush();
        QCOMPARE(rows(model), (QList<qint64>{12, 11, 10, 9, 8, 7, 6, 5, 4}));
        QCOMPARE(model.counts().archived, 3);
        QCOMPARE(model.counts().awaitingReply, 3);
        QVERIFY(filtered(model, ConversationFilter::Archived));
        QCOMPARE(rows(model), (QList<qint64>{3, 2, 1}));
        model.amend(12, [](api::Conversation &c) { c.archived = true; });
        model.flush();
        QCOMPARE(rows(model), (QList<qint64>{12, 3, 2, 1}));
        QCOMPARE(model.counts().archived, 4);
        QCOMPARE(model.counts().inbox, 8);
        QVERIFY(filtered(model, ConversationFilter::AwaitingReply));
        model.setAwaitingOrder(ConversationOrder::LongestWait);
        QCOMPARE(rows(model), (QList<qint64>{4, 6, 5}));
    }
};

QTEST_GUILESS_MAIN(TriageTest)
#include "tst_triage.moc"
