// ConversationListModel (without a cache; tst_conversation_paging has it with one) and
// MessageListModel under QAbstractItemModelTester, empty and full, with fetchMore;
// bursts coalesced into one update; merging by id and client_id whichever of the POST
// answer and the broadcast comes first.
#include "inbox/ConversationListModel.h"
#include "inbox/MessageListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace envisage;
using inbox::ConversationListModel;
using inbox::MessageListModel;

namespace {

constexpr qint64 Me = 2;

api::Message message(qint64 id, qint64 sender, const QString &clientId = {}, qint64 minutes = 0)
{
    api::Message m;
    m.id = id;
    m.conversationId = 1;
    m.senderId = sender;
    m.sender = {sender, sender == Me ? u"Sam"_s : u"Ada"_s, {}};
    m.body = u"message %1"_s.arg(id);
    m.clientId = clientId;
    m.createdAt =
        QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC).addSecs((minutes ? minutes : id) * 60);
    return m;
}

api::Conversation conversation(qint64 id, qint64 minutes, int unread = 0)
{
    api::Conversation c;
    c.id = id;
    c.listing = {id, u"Listing %1"_s.arg(id), {}, u"10.00"_s, u"EUR"_s};
    c.buyer = {100 + id, u"Buyer %1"_s.arg(id), {}, u"buyer"_s, {}, {}};
    c.seller = {Me, u"Sam Rivera"_s, {}, u"seller"_s, {}, {}};
    c.unreadCount = unread;
    c.updatedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC).addSecs(minutes * 60);
    api::Message last = message(id * 1000, 100 + id);
    last.conversationId = id;
    c.lastMessage = last;
    return c;
}

store::OutboxEntry unsent(const QString &clientId, const QString &body)
{
    store::OutboxEntry entry;
    entry.clientId = clientId;
    entry.conversationId = 1;
    entry.body = body;
    entry.createdAt = QDateTime::currentDateTimeUtc();
    return entry;
}

QList<qint64> ids(const ConversationListModel &model)
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row).data(ConversationListModel::IdRole).toLongLong());
    return result;
}

QStringList bodies(const MessageListModel &model)
{
    QStringList result;
    for (int row = 1; row < model.rowCount(); ++row)
        result.append(model.index(row).data(MessageListModel::BodyRole).toString());
    return result;
}

} // namespace

class ModelsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void conversationListEmptyAndFull()
    {
        ConversationListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMyUserId(Me);
        QCOMPARE(model.rowCount(), 0);
        model.upsert({conversation(1, 10, 2), conversation(2, 30), conversation(3, 20, 1)});
        model.flush();
        QCOMPARE(ids(model), (QList<qint64>{2, 3, 1}));
        QCOMPARE(model.totalUnread(), 3);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(ConversationListModel::CounterpartNameRole).toString(), u"Buyer 2"_s);
        QCOMPARE(first.data(ConversationListModel::CounterpartInitialsRole).toString(), u"B2"_s);
        QVERIFY(first.data(ConversationListModel::ListingPriceRole).toString().contains(u"10"_s));
        QCOMPARE(first.data(ConversationListModel::LastMessagePreviewRole).toString(),
                 u"message 2000"_s);
        QCOMPARE(first.data(ConversationListModel::LastMessageMineRole).toBool(), false);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void activityResortsKeepingPersistentIndexes()
    {
        ConversationListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMyUserId(Me);
        model.upsert({conversation(1, 10), conversation(2, 30), conversation(3, 20)});
        model.flush();
        QPersistentModelIndex selected = model.index(2); // conversation 1
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        // A burst: three updates of conversation 1 and one of 3, in one turn: each moves
        // to its place in one update (more than a few at once: one layout change).
        for (int minutes : {40, 41, 42})
            model.upsert(conversation(1, minutes, 1));
        model.upsert(conversation(3, 35));
        QTRY_COMPARE(moves.size(), 2);
        QCOMPARE(layouts.size(), 0);
        QCOMPARE(ids(model), (QList<qint64>{1, 3, 2}));
        QCOMPARE(selected.data(ConversationListModel::IdRole).toLongLong(), 1);
        QCOMPARE(selected.row(), 0);
        QCOMPARE(changes.size(), 1); // only conversation 1's unread count changed
        QVERIFY(changes.first().at(2).value<QList<int>>().contains(
            ConversationListModel::UnreadCountRole));
    }

    void presenceTypingAndDraftsAreRowState()
    {
        ConversationListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMyUserId(Me);
        model.setDraft(2, u"Let me check"_s); // before the row exists: applied when it comes
        model.upsert({conversation(1, 10), conversation(2, 30)});
        model.flush();
        QCOMPARE(model.index(0).data(ConversationListModel::DraftRole).toString(),
                 u"Let me check"_s);
        model.setOnline(101, true);
        model.setTyping(1, {u"Buyer 1"_s});
        model.flush();
        QCOMPARE(model.index(1).data(ConversationListModel::OnlineRole).toBool(), true);
        QCOMPARE(model.index(1).data(ConversationListModel::TypingRole).toString(), u"Buyer 1"_s);
        model.setOnlineUsers({});
        model.flush();
        QCOMPARE(model.index(1).data(ConversationListModel::OnlineRole).toBool(), false);
    }

    void conversationListFetchesMorePages()
    {
        ConversationListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        int pagesAsked = 0;
        model.fetchMoreHandler = [&] {
            ++pagesAsked;
            model.upsert(conversation(10 + pagesAsked, -pagesAsked));
            model.setMoreAvailable(pagesAsked < 2);
        };
        model.setMoreAvailable(true);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({}));
        model.flush();
        QCOMPARE(model.rowCount(), 2);
    }

    void messageListEmptyAndFullWithHistory()
    {
        MessageListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.reset(1, Me);
        QCOMPARE(model.rowCount(), 1); // the header row
        QCOMPARE(model.index(0).data(MessageListModel::KindRole).value<MessageListModel::RowKind>(),
                 MessageListModel::RowKind::Loading);
        int pages = 0;
        model.fetchMoreHandler = [&] {
            // Answers come later, as from the cache thread or the network.
            QTimer::singleShot(0, &model, [&] {
                if (pages == 2)
                    return model.prependHistory({}, true);
                ++pages;
                QList<api::Message> page; // newest first, as the server pages
                for (qint64 id = 40 - (pages - 1) * 20; id > 20 - (pages - 1) * 20; --id)
                    page.append(message(id, id % 2 ? Me : 7, {}, id * 60));
                model.prependHistory(page, pages == 2);
            });
        };
        // The tester itself may call fetchMore too; page until there is nothing more.
        for (int guard = 0; guard < 10 && (model.canFetchMore({}) || pages < 2); ++guard) {
            model.fetchMore({});
            QTest::qWait(10);
        }
        QCOMPARE(pages, 2);
        QCOMPARE(model.rowCount(), 41);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(0).data(MessageListModel::KindRole).value<MessageListModel::RowKind>(),
                 MessageListModel::RowKind::StartOfConversation);
        QCOMPARE(model.index(1).data(MessageListModel::IdRole).toLongLong(), 1);
        // One message an hour: day separators where the local date changes.
        QVERIFY(model.index(1).data(MessageListModel::DaySeparatorRole).toBool());
        QCOMPARE(model.index(2).data(MessageListModel::DaySeparatorRole).toBool(),
                 message(1, 7, {}, 60).createdAt.toLocalTime().date() !=
                     message(2, 7, {}, 120).createdAt.toLocalTime().date());
        QCOMPARE(model.index(1).data(MessageListModel::MineRole).toBool(), true);
    }

    void mergeDeduplicatesByIdAndClientId_data()
    {
        QTest::addColumn<bool>("broadcastFirst");
        QTest::newRow("POST answer first") << false;
        QTest::newRow("broadcast first") << true;
    }

    void mergeDeduplicatesByIdAndClientId()
    {
        QFETCH(bool, broadcastFirst);
        MessageListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(1, Me);
        model.prependHistory({message(2, 7), message(1, Me)}, true);
        model.addPending(unsent(u"c-1"_s, u"Hello"_s));
        QCOMPARE(
            model.index(3).data(MessageListModel::DeliveryRole).value<MessageListModel::Delivery>(),
            MessageListModel::Delivery::Pending);
        api::Message confirmed = message(5, Me, u"c-1"_s);
        confirmed.body = u"Hello"_s;
        const api::Message fromBuyer = message(4, 7);
        if (broadcastFirst) {
            model.merge({fromBuyer, confirmed});
            model.merge(confirmed); // and then the POST answer
        } else {
            model.merge(confirmed);
            model.merge({fromBuyer, confirmed});
        }
        model.flush();
        QCOMPARE(bodies(model),
                 (QStringList{u"message 1"_s, u"message 2"_s, u"message 4"_s, u"Hello"_s}));
        QCOMPARE(
            model.index(4).data(MessageListModel::DeliveryRole).value<MessageListModel::Delivery>(),
            MessageListModel::Delivery::Sent);
        QCOMPARE(model.index(4).data(MessageListModel::IdRole).toLongLong(), 5);
        model.markReadUpTo(5);
        QCOMPARE(
            model.index(4).data(MessageListModel::DeliveryRole).value<MessageListModel::Delivery>(),
            MessageListModel::Delivery::Read);
    }

    void failedMessagesShowTheirErrorAndCanBeRemoved()
    {
        MessageListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(1, Me);
        store::OutboxEntry entry = unsent(u"c-9"_s, u"Too long"_s);
        model.addPending(entry);
        entry.state = store::OutboxEntry::State::Failed;
        entry.lastError = u"The body field must not be greater than 5000 characters."_s;
        model.updatePending(entry);
        QCOMPARE(
            model.index(1).data(MessageListModel::DeliveryRole).value<MessageListModel::Delivery>(),
            MessageListModel::Delivery::Failed);
        QCOMPARE(model.index(1).data(MessageListModel::ErrorRole).toString(), entry.lastError);
        model.removePending(u"c-9"_s);
        QCOMPARE(model.rowCount(), 1);
    }

    void burstOfRealtimeMessagesIsOneTurn()
    {
        MessageListModel model;
        model.reset(1, Me);
        model.prependHistory({message(1, 7)}, true);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (qint64 id = 2; id <= 50; ++id)
            model.merge(message(id, 7));
        QCOMPARE(inserted.size(), 0); // nothing until the event loop turns
        QTRY_COMPARE(model.rowCount(), 51);
        model.merge(message(30, 7)); // a duplicate changes nothing
        model.flush();
        QCOMPARE(model.rowCount(), 51);
    }
};

QTEST_MAIN(ModelsTest)
#include "tst_models.moc"
