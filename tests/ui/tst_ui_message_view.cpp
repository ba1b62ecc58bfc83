// MessageListView over a MessageListModel built from canned pages, no session and no
// server: older pages prepended while the seller reads keep that message at its pixel;
// rows are as tall as the delegate says (day titles included, after they move); the
// "New messages ↓" button; a width change measures the rows in sight at once and the
// others between events, staying at the bottom or keeping the read message in place.
// ENVISAGE_VIEW_ROWS=N (default 2000) sets the rows of resizingMeasuresAgain, which
// prints what the resize cost (docs/benchmarks.md has it at 20,000 and 100,000).
#include "MessageDelegate.h"
#include "MessageListView.h"
#include "inbox/MessageListModel.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace envisage;
using namespace Qt::StringLiterals;
using inbox::MessageListModel;

namespace {
constexpr qint64 ConversationId = 7;
constexpr qint64 SellerId = 1;
constexpr qint64 BuyerId = 2;
constexpr int PageSize = 50;
constexpr qint64 Newest = 199999; // room for ENVISAGE_VIEW_ROWS=100000 of history
const QDateTime Start(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);

// Message `id`: 40 minutes after the previous one (a new day every 36 messages), every
// third one the seller's, some long enough to wrap, one in seven with a link.
api::Message message(qint64 id)
{
    api::Message m;
    m.id = id;
    m.conversationId = ConversationId;
    m.senderId = id % 3 == 0 ? SellerId : BuyerId;
    m.sender.id = m.senderId;
    m.sender.name = m.senderId == SellerId ? u"Sam"_s : u"Alex"_s;
    m.body = u"Message %1"_s.arg(id);
    if (id % 4 == 0)
        m.body +=
            u" — and a longer sentence that has to wrap in a narrow list, about the delivery"_s;
    if (id % 7 == 0)
        m.body += u" https://example.test/item/%1"_s.arg(id);
    m.createdAt = Start.addSecs(id * 40 * 60);
    return m;
}

// The page of messages older than `oldest`, newest first as the server sends it.
QList<api::Message> pageBefore(qint64 oldest, int size = PageSize)
{
    QList<api::Message> page;
    for (qint64 id = oldest - 1; id >= std::max<qint64>(1, oldest - size); --id)
        page.append(message(id));
    return page;
}
} // namespace

class UiMessageViewTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<MessageListModel> m_model;
    std::unique_ptr<ui::MessageListView> m_view;
    int m_requests = 0;

    QScrollBar *bar() const { return m_view->verticalScrollBar(); }
    QModelIndex viewIndex(int row) const { return m_view->model()->index(row, 0); }

    // Each row's rectangle follows the previous one and is as tall as the delegate says.
    void checkRowsLaidOut()
    {
        auto *delegate = m_view->itemDelegate();
        const QStyleOptionViewItem option = measuringOption();
        int bottom = m_view->visualRect(viewIndex(0)).top();
        QCOMPARE(bottom, -bar()->value());
        for (int row = 0; row < m_view->model()->rowCount(); ++row) {
            const QRect rect = m_view->visualRect(viewIndex(row));
            QCOMPARE(rect.top(), bottom);
            QCOMPARE(rect.height(), delegate->sizeHint(option, viewIndex(row)).height());
            bottom = rect.bottom() + 1;
        }
        QCOMPARE(bottom, m_view->viewport()->height() + bar()->maximum() - bar()->value());
    }

    QStyleOptionViewItem measuringOption() const
    {
        QStyleOptionViewItem option;
        option.initFrom(m_view.get());
        option.font = m_view->font();
        option.rect = QRect(0, 0, m_view->viewport()->width(), 0);
        return option;
    }

    // The rows in sight are as tall as the delegate says at the view's width.
    void checkRowsInSightMeasured()
    {
        const QStyleOptionViewItem option = measuringOption();
        const QModelIndex first = m_view->indexAt({1, 0});
        QVERIFY(first.isValid());
        int checked = 0;
        for (int row = first.row(); row < m_view->model()->rowCount(); ++row) {
            const QRect rect = m_view->visualRect(viewIndex(row));
            if (rect.top() >= m_view->viewport()->height())
                break;
            QCOMPARE(rect.height(),
                     m_view->itemDelegate()->sizeHint(option, viewIndex(row)).height());
            ++checked;
        }
        QVERIFY(checked > 0);
    }

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<MessageListModel>();
        m_requests = 0;
        m_model->fetchMoreHandler = [this] { ++m_requests; };
        m_view = std::make_unique<ui::MessageListView>();
        m_view->resize(420, 360);
        m_view->setModel(m_model.get());
        m_model->reset(ConversationId, SellerId);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_model->prependHistory(pageBefore(Newest + 1),
                                false); // what opening the conversation brings
        QTRY_VERIFY(m_view->isAtBottom() && bar()->maximum() > 0);
        QTRY_VERIFY(bar()->isVisible()); // shown a turn after its range grew: the width changes
        QCoreApplication::processEvents();
        // No QAbstractItemModelTester here (tst_models has it): it calls fetchMore() on every
        // change, and these tests count the view's own requests.
        QVERIFY(m_model->canFetchMore({}));
        m_requests = 0;
    }

    void cleanup()
    {
        m_view.reset();
        m_model.reset();
    }

    void olderPagesKeepTheReadMessageAtItsPixel()
    {
        for (int page = 0; page < 50; ++page) {
            const int asked = m_requests;
            bar()->setValue(bar()->minimum()); // the seller reaches the top...
            QCOMPARE(m_requests, asked + 1);   // ...and the view asks for an older page
            const QPersistentModelIndex read = m_view->indexAt(m_view->viewport()->rect().center());
            QVERIFY(read.isValid());
            const QRect before = m_view->visualRect(read);
            const qint64 oldest = m_model->oldestId();
            m_model->prependHistory(pageBefore(oldest), false);
            QCOMPARE(m_model->oldestId(), oldest - PageSize);
            QCOMPARE(m_view->visualRect(read), before); // to the pixel
            QVERIFY(bar()->value() > bar()->minimum());
            QVERIFY(!m_view->newMessagesButton()->isVisible());
        }
        QCOMPARE(m_model->messageCount(), 51 * PageSize);
        checkRowsLaidOut();

        // Day titles: above the first message of each day only, and the rows measured with
        // them (the title of the page's old first message went away when the page came).
        for (int row = 1; row < m_model->rowCount(); ++row) {
            const QModelIndex index = viewIndex(row);
            const bool firstOfDay =
                row == 1 ||
                index.data(MessageListModel::TimeRole).toDateTime().toLocalTime().date() !=
                    viewIndex(row - 1)
                        .data(MessageListModel::TimeRole)
                        .toDateTime()
                        .toLocalTime()
                        .date();
            QCOMPARE(index.data(MessageListModel::DaySeparatorRole).toBool(), firstOfDay);
        }

        // The start: the header says so, and the last page keeps the place too.
        bar()->setValue(bar()->minimum());
        const QPersistentModelIndex read = m_view->indexAt(m_view->viewport()->rect().center());
        const QRect before = m_view->visualRect(read);
        m_model->prependHistory(pageBefore(m_model->oldestId(), 10000), true);
        QVERIFY(m_model->reachedStart());
        QCOMPARE(m_view->visualRect(read), before);
        QCOMPARE(viewIndex(0).data(MessageListModel::KindRole).value<MessageListModel::RowKind>(),
                 MessageListModel::RowKind::StartOfConversation);
        checkRowsLaidOut();
    }

    void newMessagesWhileScrolledUpShowTheButton()
    {
        bar()->setValue(bar()->minimum());
        m_model->prependHistory(pageBefore(m_model->oldestId()), false);
        bar()->setValue(bar()->maximum() / 3);
        const QPersistentModelIndex read = m_view->indexAt(m_view->viewport()->rect().center());
        const QRect before = m_view->visualRect(read);

        m_model->merge(message(Newest + 1)); // the buyer writes
        QTRY_COMPARE(m_model->newestId(), Newest + 1);
        QVERIFY(m_view->newMessagesButton()->isVisible());
        QCOMPARE(m_view->visualRect(read), before);
        QVERIFY(!m_view->isAtBottom());
        checkRowsLaidOut();

        QTest::mouseClick(m_view->newMessagesButton(), Qt::LeftButton);
        QVERIFY(m_view->isAtBottom());
        QVERIFY(!m_view->newMessagesButton()->isVisible());

        // At the bottom, the list follows what comes.
        m_model->merge(message(Newest + 2));
        QTRY_COMPARE(m_model->newestId(), Newest + 2);
        QVERIFY(m_view->isAtBottom());
        QVERIFY(!m_view->newMessagesButton()->isVisible());
        const QModelIndex newest = viewIndex(m_view->model()->rowCount() - 1);
        QVERIFY(m_view->viewport()->rect().contains(m_view->visualRect(newest)));
        QCOMPARE(m_view->indexAt(m_view->visualRect(newest).center()), newest);
        checkRowsLaidOut();
    }

    // A message still being sent offers "Cancel sending" on its bubble's context menu.
    void aMessageBeingSentCanBeCancelled()
    {
        store::OutboxEntry entry;
        entry.clientId = u"c-cancel"_s;
        entry.conversationId = ConversationId;
        entry.body = u"Still on its way"_s;
        entry.createdAt = Start.addSecs((Newest + 1) * 40 * 60);
        m_model->addPending(entry);
        m_model->flush();
        const QModelIndex row = viewIndex(m_view->model()->rowCount() - 1);
        QCOMPARE(row.data(MessageListModel::DeliveryRole).value<MessageListModel::Delivery>(),
                 MessageListModel::Delivery::Pending);
        m_view->scrollToNewest();
        QStyleOptionViewItem option = measuringOption();
        option.rect = m_view->visualRect(row);
        auto *delegate = static_cast<ui::MessageDelegate *>(m_view->itemDelegate());
        const QPoint onBubble = delegate->geometry(option, row).bubble.center();

        QSignalSpy cancel(m_view.get(), &ui::MessageListView::cancelRequested);
        QTimer::singleShot(0, this, [] { // the menu is modal: choose from it when it shows
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                QCOMPARE(menu->actions().size(), 1);
                menu->actions().constFirst()->trigger();
                menu->close();
            }
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, onBubble,
                                m_view->viewport()->mapToGlobal(onBubble));
        QApplication::sendEvent(m_view->viewport(), &event);
        QCOMPARE(cancel.count(), 1);
        QCOMPARE(cancel.at(0).at(0).toString(), u"c-cancel"_s);

        // A message already sent has no such menu.
        const QModelIndex sent = viewIndex(m_view->model()->rowCount() - 2);
        option.rect = m_view->visualRect(sent);
        const QPoint onSent = delegate->geometry(option, sent).bubble.center();
        QContextMenuEvent other(QContextMenuEvent::Mouse, onSent,
                                m_view->viewport()->mapToGlobal(onSent));
        QApplication::sendEvent(m_view->viewport(), &other);
        QCOMPARE(cancel.count(), 1);
    }

    // A width change: the rows in sight are measured at once (the bottom stays in view,
    // or the read message at its pixel), the others between events until none is left.
    void resizingMeasuresAgain()
    {
        const int rows = qEnvironmentVariableIsSet("ENVISAGE_VIEW_ROWS")
                             ? qEnvironmentVariableIntValue("ENVISAGE_VIEW_ROWS")
                             : 2000; // more than the view measures at once
        QElapsedTimer loading;
        loading.start();
        while (m_model->messageCount() < rows) {
            bar()->setValue(bar()->minimum());
            m_model->prependHistory(pageBefore(m_model->oldestId(), 500), false);
        }
        const qint64 loadingMs = loading.elapsed();
        m_view->scrollToNewest();
        QElapsedTimer resizing;
        resizing.start();
        m_view->resize(300, 360);
        QCoreApplication::processEvents();
        const qint64 narrowerMs = resizing.elapsed();
        QVERIFY(m_view->isAtBottom());
        checkRowsInSightMeasured();
        QVERIFY(m_view->rowsToMeasure() > 0);
        resizing.restart();
        QTRY_COMPARE_WITH_TIMEOUT(m_view->rowsToMeasure(), 0, 60000);
        const qint64 narrowerRestMs = resizing.elapsed();
        QVERIFY(m_view->isAtBottom());

        bar()->setValue(bar()->maximum() / 2);
        const QPersistentModelIndex read = m_view->indexAt(m_view->viewport()->rect().center());
        const QRect before = m_view->visualRect(read);
        resizing.restart();
        m_view->resize(640, 360);
        QCoreApplication::processEvents();
        const qint64 widerMs = resizing.elapsed();
        QCOMPARE(m_view->visualRect(read).bottom(), before.bottom());
        checkRowsInSightMeasured();
        resizing.restart();
        QTRY_COMPARE_WITH_TIMEOUT(m_view->rowsToMeasure(), 0, 60000);
        const qint64 widerRestMs = resizing.elapsed();
        QCOMPARE(m_view->visualRect(read).bottom(), before.bottom());
        qInfo("%d messages: loaded in pages of 500 in %lld ms; resized narrower: %lld ms to the "
              "rows in sight, the rest in slices within %lld ms; wider: %lld ms, then %lld ms",
              m_model->messageCount(), loadingMs, narrowerMs, narrowerRestMs, widerMs, widerRestMs);
        if (rows <= 5000)
            checkRowsLaidOut();
    }

    // A short history is measured again at once.
    void resizingAShortHistoryMeasuresItAtOnce()
    {
        m_view->scrollToNewest();
        m_view->resize(300, 360);
        QCoreApplication::processEvents();
        QCOMPARE(m_view->rowsToMeasure(), 0);
        QVERIFY(m_view->isAtBottom());
        checkRowsLaidOut();
    }
};

QTEST_MAIN(UiMessageViewTest)
#include "tst_ui_message_view.moc"
