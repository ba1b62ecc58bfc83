// ConversationListModel over a real cache of 10,000 conversations, under
// QAbstractItemModelTester: the row count and first page at once, every other row a
// placeholder until it is shown, scrolling through all of them with only a window of
// records in memory; the search as a query of the cache (counterpart, listing, last
// message; % and _ are themselves; clearing it keeps the selection); a realtime update
// moving a conversation to the top in one update, its persistent index kept, also for
// a row never shown; many at once in one layout change; a row leaving the search's
// matches; unread badges, drafts and typing for rows whose records are not in memory;
// what the model is given is written to the cache, and kept in memory when the cache
// cannot write it; clear() drops late answers.
#include "FutureResult.h"
#include "inbox/CachedConversations.h"
#include "inbox/ConversationListModel.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace envisage;
using inbox::ConversationListModel;
using Model = inbox::ConversationListModel;
using testing::futureResult;

namespace {

constexpr qint64 Me = 1;
constexpr int Conversations = 10000;
const QDateTime Start(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);

// Conversation i (1…10,000) had its last activity i minutes after Start: row r shows
// conversation 10,000 − r. A few have texts to search for; every 97th has unread messages.
api::Conversation conversation(qint64 id, qint64 minutes)
{
    api::Conversation c;
    c.id = id;
    c.listing = {id, u"Listing %1"_s.arg(id), {}, u"10.00"_s, u"EUR"_s};
    c.buyer = {100000 + id, u"Buyer %1"_s.arg(id), {}, u"buyer"_s, {}, {}};
    c.seller = {Me, u"Sam Rivera"_s, {}, u"seller"_s, {}, {}};
    c.unreadCount = id % 97 == 0 ? 2 : 0;
    c.updatedAt = Start.addSecs(minutes * 60);
    api::Message last;
    last.id = id * 10;
    last.conversationId = id;
    last.senderId = c.buyer.id;
    last.sender = {c.buyer.id, c.buyer.name, {}};
    last.body = u"Message %1"_s.arg(id);
    last.createdAt = c.updatedAt;
    c.lastMessage = last;
    switch (id) {
    case 5000:
        c.listing.title = u"50% off sofa"_s;
        break;
    case 5001:
        c.listing.title = u"50 percent off sofa"_s;
        break;
    case 6000:
        c.listing.title = u"red_chair"_s;
        break;
    case 6001:
        c.listing.title = u"redxchair"_s;
        break;
    case 7000:
        c.buyer.name = u"Zoë Ångström"_s;
        break;
    case 7001:
        c.lastMessage->body = u"Is the lamp still available?"_s;
        break;
    default:
        break;
    }
    return c;
}

api::Conversation cached(qint64 id)
{
    return conversation(id, id);
}

int expectedTotalUnread()
{
    return Conversations / 97 * 2;
}

bool isPlaceholder(const QModelIndex &index)
{
    return index.data(Model::PlaceholderRole).toBool();
}

// Shows the row (as a view's paint would) until its record is in memory.
bool shown(const QModelIndex &index)
{
    return QTest::qWaitFor([&index] { return !isPlaceholder(index); }, 5000);
}

} // namespace

class ConversationPagingTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    QString m_template;
    int m_copies = 0;

    // A copy of the 10,000-conversation cache for one test.
    QString freshCache()
    {
        const QString path = m_folder.filePath(u"cache-%1.sqlite"_s.arg(++m_copies));
        QFile::copy(m_template, path);
        return path;
    }

    // The model on a cache, its first page shown. Each test makes its model before its
    // store, as the session does: the store goes first, answering what it was asked while
    // the model is still there to drop the answers.
    static bool attach(Model &model, store::Store &store)
    {
        if (!futureResult(store.open()).ok)
            return false;
        bool firstPage = false;
        model.setMyUserId(Me);
        model.setStore(&store, [&firstPage] { firstPage = true; });
        return QTest::qWaitFor([&firstPage] { return firstPage; }, 5000);
    }

    // Every row placed (the order answered after the first page).
    static bool placed(const Model &model)
    {
        return QTest::qWaitFor(
            [&model] {
                return model.rowCount() > 0 &&
                       model.index(model.rowCount() - 1).data(Model::IdRole).toLongLong() != 0;
            },
            5000);
    }

    static QList<qint64> ids(const Model &model)
    {
        QList<qint64> result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.index(row).data(Model::IdRole).toLongLong());
        return result;
    }

    static bool searched(Model &model, const QString &text)
    {
        QSignalSpy finished(&model, &Model::searchFinished);
        model.setSearch(text);
        return !finished.isEmpty() || finished.wait(5000); // at once when all is in memory
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        m_template = m_folder.filePath(u"template.sqlite"_s);
        store::StoreDatabase db(m_template);
        QVERIFY(db.open().ok);
        QList<api::Conversation> all;
        for (qint64 id = 1; id <= Conversations; ++id)
            all.append(cached(id));
        QVERIFY(db.saveConversations(all));
    }

    void firstPageAndCountAtOnceThenEveryPlace()
    {
        Model model;
        store::Store store(freshCache());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(futureResult(store.open()).ok);
        model.setMyUserId(Me);
        bool firstPage = false;
        model.setStore(&store, [&firstPage] { firstPage = true; }); // asks, never waits
        QTRY_VERIFY(firstPage);
        QCOMPARE(model.rowCount(), Conversations); // counted, in one insertion
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.index(0).data(Model::IdRole).toLongLong(), Conversations);
        QCOMPARE(model.index(0).data(Model::CounterpartNameRole).toString(), u"Buyer 10000"_s);
        QVERIFY(!isPlaceholder(model.index(Model::PageSize - 1)));
        QVERIFY(placed(model));
        QCOMPARE(model.rowCount(), Conversations);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.index(5000).data(Model::IdRole).toLongLong(), Conversations - 5000);
        QTRY_COMPARE(model.totalUnread(), expectedTotalUnread());
    }

    void scrollsThroughTenThousandConversations()
    {
        Model model;
        store::Store store(freshCache());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(attach(model, store));
        QVERIFY(placed(model));
        QElapsedTimer timer;
        timer.start();
        // A screenful at a time, as a view scrolling down would ask.
        constexpr int Screen = 12;
        for (int top = 0; top < Conversations; top += Screen) {
            for (int row = top; row < std::min(top + Screen, Conversations); ++row) {
                const QModelIndex index = model.index(row);
                QVERIFY2(shown(index), qPrintable(u"row %1"_s.arg(row)));
                const qint64 id = Conversations - row;
                QCOMPARE(index.data(Model::IdRole).toLongLong(), id);
                QCOMPARE(index.data(Model::CounterpartNameRole).toString(),
                         id == 7000 ? u"Zoë Ångström"_s : u"Buyer %1"_s.arg(id));
                QCOMPARE(index.data(Model::UnreadCountRole).toInt(), cached(id).unreadCount);
            }
        }
        qInfo("10,000 rows shown a screenful at a time in %lld ms", timer.elapsed());
        // Only a window of records stays: the top ones went (but row 0, which the model
        // tester reads after every change), the last ones are there.
        QVERIFY(!model.conversation(Conversations - 100).has_value());
        QVERIFY(model.conversation(1).has_value());
        QCOMPARE(model.rowCount(), Conversations);
        // Back to the top: read again.
        QVERIFY(isPlaceholder(model.index(100)));
        QVERIFY(shown(model.index(100)));
    }

    void searchRunsInTheCache()
    {
        Model model;
        store::Store store(freshCache());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(attach(model, store));
        QVERIFY(placed(model));
        QPersistentModelIndex selected = model.index(Conversations - 5000); // conversation 5000
        QCOMPARE(selected.data(Model::IdRole).toLongLong(), 5000);

        QVERIFY(searched(model, u"50%"_s)); // % is itself, not "anything"
        QCOMPARE(ids(model), QList<qint64>{5000});
        QVERIFY(shown(model.index(0)));
        QCOMPARE(model.index(0).data(Model::ListingTitleRole).toString(), u"50% off sofa"_s);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.row(), 0);

        QVERIFY(searched(model, u"RED_chair"_s)); // so is _; case does not matter
        QCOMPARE(ids(model), QList<qint64>{6000});
        QVERIFY(!selected.isValid());
        QVERIFY(searched(model, u"50 percent"_s));
        QCOMPARE(ids(model), QList<qint64>{5001});
        QVERIFY(searched(model, u"zoë ångström"_s)); // the counterpart's name
        QCOMPARE(ids(model), QList<qint64>{7000});
        QVERIFY(searched(model, u"lamp still"_s)); // the last message
        QCOMPARE(ids(model), QList<qint64>{7001});
        QVERIFY(searched(model, u"Sam Rivera"_s)); // the seller's own name matches nothing
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(searched(model, u"Listing 123"_s)); // 123, 1230…1239, 1234… in list order
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.index(0).data(Model::IdRole).toLongLong(), 1239);
        QCOMPARE(model.index(10).data(Model::IdRole).toLongLong(), 123);
        QPersistentModelIndex kept = model.index(10);

        QVERIFY(searched(model, u"  "_s)); // cleared: every conversation, the selection kept
        QCOMPARE(model.rowCount(), Conversations);
        QCOMPARE(model.index(0).data(Model::IdRole).toLongLong(), Conversations);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(Model::IdRole).toLongLong(), 123);
        QCOMPARE(kept.row(), Conversations - 123);
        QCOMPARE(model.totalUnread(), expectedTotalUnread()); // a search does not change it
    }

    void typingOnDoesNotQueueSearches()
    {
        Model model;
        store::Store store(freshCache());
        QSignalSpy finished(&model, &Model::searchFinished);
        QVERIFY(attach(model, store));
        QTRY_COMPARE(finished.size(), 1); // every row's place, after the first page
        finished.clear();
        for (const QString &typed : {u"L"_s, u"Li"_s, u"Lis"_s, u"List"_s, u"Listing 99"_s})
            model.setSearch(typed);
        QTRY_VERIFY(!finished.isEmpty());
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);    // the last text only; the others were never applied
        QCOMPARE(model.rowCount(), 111); // 99, 990…999, 9900…9999
    }

    void realtimeUpdateMovesARowToTheTopInOneUpdate_data()
    {
        QTest::addColumn<bool>("shownBefore");
        QTest::newRow("a row that was shown") << true;
        QTest::newRow("a row never shown") << false;
    }

    void realtimeUpdateMovesARowToTheTopInOneUpdate()
    {
        QFETCH(bool, shownBefore);
        const QString path = freshCache();
        Model model;
        store::Store store(path);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(attach(model, store));
        QVERIFY(placed(model));
        const int row = 9000; // conversation 1000
        const QPersistentModelIndex selected = model.index(row);
        if (shownBefore)
            QVERIFY(shown(selected));
        QCOMPARE(selected.data(Model::IdRole).toLongLong(), 1000);

        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy total(&model, &Model::totalUnreadChanged);
        api::Conversation update = conversation(1000, Conversations + 5);
        update.unreadCount = 3;
        update.lastMessage->body = u"Still there?"_s;
        model.upsert(update);
        QTRY_COMPARE(moves.size(), 1);
        QTest::qWait(20);
        QCOMPARE(moves.size(), 1);
        QCOMPARE(layouts.size() + inserts.size() + removals.size() + resets.size(), 0);
        QCOMPARE(moves.first().at(1).toInt(), row);
        QCOMPARE(moves.first().at(4).toInt(), 0);
        QCOMPARE(selected.row(), 0);
        QCOMPARE(selected.data(Model::IdRole).toLongLong(), 1000);
        QCOMPARE(selected.data(Model::LastMessagePreviewRole).toString(), u"Still there?"_s);
        QCOMPARE(selected.data(Model::UnreadCountRole).toInt(), 3);
        QCOMPARE(model.totalUnread(), expectedTotalUnread() + 3);
        QCOMPARE(total.size(), 1);
        QCOMPARE(model.index(row).data(Model::IdRole).toLongLong(), 1001);    // the rows below it
        QCOMPARE(model.index(row + 1).data(Model::IdRole).toLongLong(), 999); // did not move
        QCOMPARE(model.rowCount(), Conversations);

        // Written to the cache: the next start shows it on top.
        Model next;
        QVERIFY(QTest::qWaitFor(
            [&] { return futureResult(store.conversationHead(1)).first.value(0).id == 1000; },
            5000));
        store::Store again(path);
        QVERIFY(attach(next, again));
        QCOMPARE(next.index(0).data(Model::IdRole).toLongLong(), 1000);
        QCOMPARE(next.index(0).data(Model::UnreadCountRole).toInt(), 3);
    }

    void manyUpdatesAtOnceAreOneLayoutChange()
    {
        Model model;
        store::Store store(freshCache());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(attach(model, store));
        QVERIFY(placed(model));
        const QPersistentModelIndex selected = model.index(20); // conversation 9980
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        QList<api::Conversation> burst; // the 40 oldest, now the newest, oldest first
        for (qint64 id = 1; id <= 40; ++id)
            burst.append(conversation(id, Conversations + id));
        model.upsert(burst);
        QTRY_COMPARE(layouts.size(), 1);
        QCOMPARE(moves.size(), 0);
        QCOMPARE(model.index(0).data(Model::IdRole).toLongLong(), 40);
        QCOMPARE(model.index(39).data(Model::IdRole).toLongLong(), 1);
        QCOMPARE(model.index(40).data(Model::IdRole).toLongLong(), Conversations);
        QCOMPARE(selected.row(), 60);
        QCOMPARE(selected.data(Model::IdRole).toLongLong(), 9980);
        QCOMPARE(model.rowCount(), Conversations);
    }

    void updatesAndTheSearch()
    {
        Model model;
        store::Store store(freshCache());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(attach(model, store));
        QVERIFY(searched(model, u"sofa"_s));
        QCOMPARE(ids(model), (QList<qint64>{5001, 5000}));

        // 5000's listing is renamed: it no longer matches, its row goes in one removal.
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
        api::Conversation renamed = cached(5000);
        renamed.listing.title = u"Armchair"_s;
        model.upsert(renamed);
        QTRY_COMPARE(removals.size(), 1);
        QCOMPARE(ids(model), QList<qint64>{5001});

        // A new conversation about a sofa comes in at its place; one that is not, does not.
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        api::Conversation fresh = conversation(20001, Conversations + 1);
        fresh.listing.title = u"Green sofa"_s;
        model.upsert({fresh, conversation(20002, Conversations + 2)});
        QTRY_COMPARE(inserts.size(), 1);
        QCOMPARE(ids(model), (QList<qint64>{20001, 5001}));
        QCOMPARE(model.totalUnread(), expectedTotalUnread()); // none of them has unread messages

        QVERIFY(searched(model, QString()));
        QCOMPARE(model.rowCount(), Conversations + 2);
        QCOMPARE(model.index(0).data(Model::IdRole).toLongLong(), 20002);
        QCOMPARE(model.index(1).data(Model::IdRole).toLongLong(), 20001);
    }

    void rowStateWithoutTheRecords()
    {
        Model model;
        store::Store store(freshCache());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(attach(model, store));
        QVERIFY(placed(model));
        // Conversation 291 (3 × 97, row 9,709) was never shown: its badge, draft and typing
        // are known all the same.
        const QModelIndex far = model.index(Conversations - 291);
        QVERIFY(isPlaceholder(far));
        QTRY_COMPARE(far.data(Model::UnreadCountRole).toInt(), 2);
        QCOMPARE(model.totalUnread(), expectedTotalUnread());
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setDraft(291, u"Let me check"_s);
        model.setTyping(291, {u"Buyer 291"_s});
        QTRY_VERIFY(!changes.isEmpty());
        QCOMPARE(far.data(Model::DraftRole).toString(), u"Let me check"_s);
        QCOMPARE(far.data(Model::TypingRole).toString(), u"Buyer 291"_s);

        // Read by the seller: the badge goes, the total with it, and the cache keeps it.
        model.setUnreadCount(291, 0);
        QTRY_COMPARE(model.totalUnread(), expectedTotalUnread() - 2);
        QCOMPARE(far.data(Model::UnreadCountRole).toInt(), 0);
        QTRY_VERIFY(!futureResult(store.unreadCounts()).contains(291));

        // The online dot, once the row is shown.
        model.setOnline(100291, true);
        QVERIFY(shown(far));
        QCOMPARE(far.data(Model::OnlineRole).toBool(), true);
        QCOMPARE(far.data(Model::UnreadCountRole).toInt(), 0);
        model.setOnline(100291, false);
        QTRY_COMPARE(far.data(Model::OnlineRole).toBool(), false);
    }

    void givenBeforeTheCacheOpened()
    {
        // The server answered before the cache was open: those rows stay, with the cache's.
        Model model;
        store::Store store(freshCache());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMyUserId(Me);
        api::Conversation fresh = conversation(30000, Conversations + 1);
        model.upsert({fresh, conversation(10, Conversations + 2)});
        model.flush();
        QCOMPARE(ids(model), (QList<qint64>{10, 30000}));
        QVERIFY(futureResult(store.open()).ok);
        QSignalSpy finished(&model, &Model::searchFinished);
        model.setStore(&store);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(model.rowCount(), Conversations + 1);
        QCOMPARE(model.index(0).data(Model::IdRole).toLongLong(), 10);
        QCOMPARE(model.index(1).data(Model::IdRole).toLongLong(), 30000);
        QCOMPARE(model.index(2).data(Model::IdRole).toLongLong(), Conversations);
        QCOMPARE(model.rowOfConversation(9), Conversations - 8); // after 10, 30000, 10000…11
        QTRY_COMPARE(futureResult(store.conversationHead(0)).total, Conversations + 1); // written
    }

    void anUpdateTheCacheCouldNotWriteStays()
    {
        Model model;
        store::Store store(freshCache());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(attach(model, store));
        QVERIFY(placed(model));
        // A full or read-only disk from now on.
        QVERIFY(futureResult(
            store.run<bool>([](store::StoreDatabase &db) { return db.setQueryOnly(true); })));
        api::Conversation update = conversation(1000, Conversations + 5);
        update.lastMessage->body = u"Only in memory"_s;
        model.upsert(update);
        QTRY_COMPARE(model.index(0).data(Model::IdRole).toLongLong(), 1000);
        // Thousands of rows shown since: the window moved on, that record stayed.
        for (int row = 100; row < 3000; row += 10)
            QVERIFY(shown(model.index(row)));
        QVERIFY(!model.conversation(Conversations - 100).has_value());
        QCOMPARE(model.conversation(1000)->lastMessage->body, u"Only in memory"_s);
        // The cache still has the old place; the model keeps its own through a search.
        QVERIFY(searched(model, u"Listing 1000"_s));
        QCOMPARE(ids(model), (QList<qint64>{1000, 10000})); // its new place, before 10000
        QVERIFY(searched(model, QString()));
        QCOMPARE(model.index(0).data(Model::IdRole).toLongLong(), 1000);
        QCOMPARE(model.rowCount(), Conversations);
        QCOMPARE(model.index(0).data(Model::LastMessagePreviewRole).toString(),
                 u"Only in memory"_s);
    }

    void lastMessageOfARowNotInMemory()
    {
        Model model;
        store::Store store(freshCache());
        QVERIFY(attach(model, store));
        QVERIFY(placed(model));
        api::Message mine;
        mine.id = 999999;
        mine.conversationId = 42;
        mine.senderId = Me;
        mine.sender = {Me, u"Sam Rivera"_s, {}};
        mine.body = u"Yes, still available"_s;
        mine.createdAt = Start.addSecs((Conversations + 1) * 60);
        QVERIFY(!model.conversation(42).has_value());
        model.setLastMessage(mine);
        QTRY_COMPARE(model.index(0).data(Model::IdRole).toLongLong(), 42);
        QVERIFY(shown(model.index(0)));
        QCOMPARE(model.index(0).data(Model::LastMessagePreviewRole).toString(), mine.body);
        QCOMPARE(model.index(0).data(Model::LastMessageMineRole).toBool(), true);
    }

    void clearDropsLateAnswers()
    {
        Model model;
        store::Store store(freshCache());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(futureResult(store.open()).ok);
        model.setMyUserId(Me);
        model.setStore(&store); // the first page, the counts and the order are on their way
        model.clear();          // signed out before any answered
        QTest::qWait(200);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalUnread(), 0);
    }

    void withoutACacheEverythingStaysInMemory()
    {
        Model model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMyUserId(Me);
        QList<api::Conversation> all;
        for (qint64 id = 1; id <= 1000; ++id)
            all.append(cached(id));
        model.upsert(all);
        model.flush();
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(!isPlaceholder(model.index(999)));
        QVERIFY(searched(model, u"Listing 99"_s));
        QCOMPARE(ids(model), (QList<qint64>{999, 998, 997, 996, 995, 994, 993, 992, 991, 990, 99}));
        QVERIFY(searched(model, QString()));
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(model.conversation(1).has_value());
    }
};

QTEST_GUILESS_MAIN(ConversationPagingTest)
#include "tst_conversation_paging.moc"
