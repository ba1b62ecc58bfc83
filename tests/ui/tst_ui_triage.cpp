// The triage tabs of the window on the offscreen platform, against the real sandbox
// (demo data: conversations waiting 2 h, 20 h and 30 h, one archived): the tabs and
// their counts follow the same seller archiving on another device (within a second) and
// a buyer's message bringing the conversation back; Ctrl+E archives the current
// conversation at once, E in the Archived list moves it back; Ctrl+U marks the open
// conversation unread and closes it; a refused archive comes back with a sentence in
// the status bar; Awaiting reply shows each wait (amber after 12 h, red after 20 h, in
// colours of the palette's kind) and its rows fit the list at several widths.
#include "SandboxProcess.h"
#include "SessionWindow.h"
#include "TestHttp.h"
#include "UiProbe.h"

#include "ConversationDelegate.h"
#include "ConversationListPanel.h"
#include "ConversationView.h"
#include "Formatting.h"
#include "MainWindow.h"
#include "TriageTabs.h"
#include "inbox/InboxSession.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QJsonArray>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace envisage;
using envisage::testing::ownChannelSubscribed;
using envisage::testing::profileOf;
using envisage::testing::SandboxProcess;
using envisage::testing::TestHttp;
using namespace envisage::testing::ui;
using inbox::ConversationListModel;
using inbox::InboxSession;
using store::ConversationFilter;
using ui::ConversationDelegate;
using ui::TriageTabs;

class UiTriageTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    SandboxProcess m_sandbox;
    TestHttp m_http;
    QString m_sellerToken;
    QString m_buyerToken;
    SessionWindow m_ui;

    QUrl api(const QString &path) const { return m_sandbox.apiUrl(path); }
    ConversationListModel *list() const { return m_ui.session->conversations(); }
    QListView *view() const { return m_ui.window->conversationList()->view(); }
    TriageTabs *tabs() const { return m_ui.window->conversationList()->filterTabs(); }
    bool shows(qint64 id) const { return list()->rowOfConversation(id) >= 0; }

    // The count a tab shows (its second line).
    int tabCount(ConversationFilter filter) const
    {
        return tabs()->button(filter)->text().section(u'\n', 1).toInt();
    }

    QList<qint64> serverIds(const QString &filter, const QString &token)
    {
        QList<qint64> ids;
        for (const QJsonValue &c :
             m_http.get(api(u"/api/conversations?per_page=100&filter="_s + filter), token)
                 .json()
                 .value(u"data"_s)
                 .toArray())
            ids.append(c.toObject().value(u"id"_s).toInteger());
        return ids;
    }

    bool serverArchived(qint64 id)
    {
        return m_http.get(api(u"/api/conversations/%1"_s.arg(id)), m_sellerToken)
            .json()
            .value(u"data"_s)
            .toObject()
            .value(u"archived"_s)
            .toBool();
    }

    void select(qint64 id)
    {
        const QModelIndex index = list()->index(list()->rowOfConversation(id));
        view()->setCurrentIndex(index);
        view()->scrollTo(index);
    }

    void clickTab(ConversationFilter filter)
    {
        QSignalSpy finished(list(), &ConversationListModel::searchFinished);
        QTest::mouseClick(tabs()->button(filter), Qt::LeftButton);
        QVERIFY(!finished.isEmpty() || finished.wait(5000));
        QCOMPARE(list()->filter(), filter);
    }

    // No part of any visible row outside the viewport, no horizontal scrolling.
    static QString rowsOverflow(const QListView *list)
    {
        if (list->horizontalScrollBar()->maximum() > 0)
            return u"a horizontal scroll range"_s;
        auto *delegate = static_cast<ConversationDelegate *>(list->itemDelegate());
        const QRect viewport = list->viewport()->rect();
        for (int row = 0; row < std::min(list->model()->rowCount(), 8); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (list->visualRect(index).width() > viewport.width())
                return u"row %1 wider than the viewport"_s.arg(row);
            const ConversationDelegate::Layout layout =
                delegate->layoutFor(optionFor(list, index), index);
            for (const QRect &part :
                 {layout.time, layout.badge, layout.name, layout.preview, layout.wait}) {
                if (part.isValid() &&
                    (part.left() < viewport.left() || part.right() > viewport.right()))
                    return u"row %1: a part at %2..%3 outside 0..%4"_s.arg(row)
                        .arg(part.left())
                        .arg(part.right())
                        .arg(viewport.right());
            }
            if (layout.wait.isValid() && layout.wait.intersects(layout.listing))
                return u"row %1: the wait covers the listing"_s.arg(row);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"envisage-tests"_s);
        QCoreApplication::setApplicationName(u"tst_ui_triage"_s);
        QVERIFY(m_folder.isValid());
        QVERIFY2(m_sandbox.start({u"--database"_s, u":memory:"_s, u"--seed"_s, u"demo"_s}),
                 qPrintable(m_sandbox.errorOutput()));
        m_sellerToken = m_http.login(api({}), u"seller@envisage.test"_s, u"demo-seller"_s);
        m_buyerToken = m_http.login(api({}), u"buyer1@envisage.test"_s, u"demo-buyer"_s);
        QVERIFY(!m_sellerToken.isEmpty() && !m_buyerToken.isEmpty());

        QVERIFY(m_ui.show(profileOf(m_sandbox), m_folder.filePath(u"cache.sqlite"_s), {1100, 700}));
        QVERIFY(m_ui.signIn(u"seller@envisage.test"_s, u"demo-seller"_s, 10000));
        QTRY_VERIFY_WITH_TIMEOUT(ownChannelSubscribed(*m_ui.session), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(list()->counts().archived, 1, 5000);
    }

    void cleanupTestCase()
    {
        m_ui.close();
        m_sandbox.stop();
    }

    void theTabsShowTheServersCounts()
    {
        QCOMPARE(tabs()->currentFilter(), ConversationFilter::Inbox);
        QTRY_COMPARE(tabCount(ConversationFilter::Inbox),
                     int(serverIds(u"inbox"_s, m_sellerToken).size()));
        QCOMPARE(tabCount(ConversationFilter::Archived), 1);
        QCOMPARE(tabCount(ConversationFilter::Unread),
                 int(serverIds(u"unread"_s, m_sellerToken).size()));
        QCOMPARE(tabCount(ConversationFilter::AwaitingReply),
                 int(serverIds(u"awaiting_reply"_s, m_sellerToken).size()));
        QVERIFY(tabs()->button(ConversationFilter::Archived)->accessibleName().contains(u"1"_s));
        QCOMPARE(view()->model()->rowCount(), tabCount(ConversationFilter::Inbox));
    }

    void tabsFollowAnotherDeviceAndTheBuyer()
    {
        const qint64 id = serverIds(u"inbox"_s, m_buyerToken).first();
        QTRY_VERIFY(shows(id));
        const int inbox = tabCount(ConversationFilter::Inbox);
        // The seller's other device archives it: here within a second.
        QCOMPARE(m_http.postJson(api(u"/api/conversations/%1/archive"_s.arg(id)), {}, m_sellerToken)
                     .status,
                 204);
        QTRY_VERIFY_WITH_TIMEOUT(!shows(id), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(tabCount(ConversationFilter::Archived), 2, 1000);
        QCOMPARE(tabCount(ConversationFilter::Inbox), inbox - 1);

        // The buyer writes: back in Inbox, on top, and waiting for an answer.
        QCOMPARE(m_http
                     .postJson(api(u"/api/conversations/%1/messages"_s.arg(id)),
                               {{u"body"_s, u"Hello again!"_s}}, m_buyerToken)
                     .status,
                 201);
        QTRY_VERIFY_WITH_TIMEOUT(shows(id), 2000);
        QCOMPARE(view()->model()->index(0, 0).data(ConversationListModel::IdRole).toLongLong(), id);
        QTRY_COMPARE(tabCount(ConversationFilter::Archived), 1);
        QCOMPARE(tabCount(ConversationFilter::Inbox), inbox);
    }

    void ctrlEArchivesAndEMovesBack()
    {
        const qint64 id = serverIds(u"inbox"_s, m_buyerToken).first();
        QTRY_VERIFY(shows(id));
        select(id);
        QTRY_COMPARE(m_ui.session->openConversationId(), id);
        const int archived = tabCount(ConversationFilter::Archived);
        QTest::keyClick(m_ui.window.get(), Qt::Key_E, Qt::ControlModifier);
        list()->flush();
        QVERIFY(!shows(id)); // at once
        QTRY_COMPARE(tabCount(ConversationFilter::Archived), archived + 1);
        QTRY_VERIFY(serverArchived(id));

        clickTab(ConversationFilter::Archived);
        QTRY_VERIFY(shows(id));
        select(id);
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_E);
        list()->flush();
        QVERIFY(!shows(id));
        QTRY_VERIFY(!serverArchived(id));
        QTRY_COMPARE(tabCount(ConversationFilter::Archived), archived);
        clickTab(ConversationFilter::Inbox);
        QVERIFY(shows(id));
    }

    void ctrlUMarksTheOpenConversationUnreadAndClosesIt()
    {
        const QList<qint64> unread = serverIds(u"unread"_s, m_sellerToken);
        qint64 id = 0;
        for (qint64 candidate : serverIds(u"inbox"_s, m_sellerToken)) {
            if (!unread.contains(candidate) && shows(candidate))
                id = candidate;
        }
        QVERIFY(id != 0);
        select(id);
        QTRY_COMPARE(m_ui.session->openConversationId(), id);
        const int before = tabCount(ConversationFilter::Unread);
        QTest::keyClick(m_ui.window.get(), Qt::Key_U, Qt::ControlModifier);
        QCOMPARE(m_ui.session->openConversationId(), 0); // closed, or it would be read again
        QVERIFY(!view()->currentIndex().isValid());
        QVERIFY(list()->conversation(id)->markedUnread);
        QTRY_COMPARE(tabCount(ConversationFilter::Unread), before + 1);
        QTRY_VERIFY(m_http.get(api(u"/api/conversations/%1"_s.arg(id)), m_sellerToken)
                        .json()
                        .value(u"data"_s)
                        .toObject()
                        .value(u"marked_unread"_s)
                        .toBool());
        // Opened again: read, and no longer marked.
        select(id);
        QTRY_VERIFY(!list()->conversation(id)->markedUnread);
        QTRY_COMPARE(tabCount(ConversationFilter::Unread), before);
    }

    void openingInUnreadReadsOnlyThatOne()
    {
        // Nothing open, as after a start.
        m_ui.window->conversationList()->clearCurrent();
        m_ui.window->conversationView()->showConversation(0);
        m_ui.session->closeConversation();
        clickTab(ConversationFilter::Unread);
        QTRY_VERIFY(list()->rowCount() >= 2);
        const int unread = list()->rowCount();
        QTRY_COMPARE(tabCount(ConversationFilter::Unread), unread);
        const qint64 first = list()->index(0).data(ConversationListModel::IdRole).toLongLong();
        select(first);
        QTRY_COMPARE(m_ui.session->openConversationId(), first);
        QTRY_COMPARE(tabCount(ConversationFilter::Unread), unread - 1); // read
        QTest::qWait(300); // nothing else is opened (and read) in turn
        QCOMPARE(m_ui.session->openConversationId(), first);
        QCOMPARE(tabCount(ConversationFilter::Unread), unread - 1);
        QCOMPARE(list()->rowCount(), unread); // the open one keeps its row
        QCOMPARE(view()->currentIndex().data(ConversationListModel::IdRole).toLongLong(), first);
        QTRY_VERIFY(!serverIds(u"unread"_s, m_sellerToken).contains(first));
        // The next one opened: the first, read, goes.
        const qint64 second = list()->index(1).data(ConversationListModel::IdRole).toLongLong();
        select(second);
        QTRY_COMPARE(m_ui.session->openConversationId(), second);
        QTRY_VERIFY(!shows(first));
        QTRY_COMPARE(tabCount(ConversationFilter::Unread), unread - 2);
        clickTab(ConversationFilter::Inbox);
        QVERIFY(shows(first));
    }

    void aRefusedArchiveComesBackWithASentence()
    {
        // A conversation the cache still lists but the server no longer has.
        api::Conversation gone = *list()->conversation(
            list()->index(0).data(ConversationListModel::IdRole).toLongLong());
        gone.id = 987654;
        gone.updatedAt = gone.updatedAt.addSecs(-1);
        list()->upsert(gone);
        list()->flush();
        QVERIFY(shows(gone.id));
        QList<qint64> before;
        for (int row = 0; row < list()->rowCount(); ++row)
            before.append(list()->index(row).data(ConversationListModel::IdRole).toLongLong());

        m_ui.window->setArchived(gone.id, true);
        list()->flush();
        QVERIFY(!shows(gone.id));
        QTRY_VERIFY_WITH_TIMEOUT(shows(gone.id), 5000);
        QList<qint64> after;
        for (int row = 0; row < list()->rowCount(); ++row)
            after.append(list()->index(row).data(ConversationListModel::IdRole).toLongLong());
        QCOMPARE(after, before);
        const QString notice = m_ui.window->statusBar()->currentMessage();
        QVERIFY2(notice.contains(u"not archived"_s) && notice.contains(u"no longer exists"_s),
                 qPrintable(notice));
    }

    void awaitingReplyShowsEachWaitAndFits()
    {
        clickTab(ConversationFilter::AwaitingReply);
        QVERIFY(m_ui.window->conversationList()->delegate()->showsWait());
        QTRY_VERIFY(list()->rowCount() >= 3);
        const QModelIndex first = view()->model()->index(0, 0);
        QTRY_VERIFY(
            first.data(ConversationListModel::AwaitingReplySinceRole).toDateTime().isValid());
        auto *delegate = m_ui.window->conversationList()->delegate();
        QVERIFY(delegate->layoutFor(optionFor(view(), first), first).wait.isValid());
        for (int width : {1100, 760, 900, 1400, 820, 1100}) {
            m_ui.window->resize(width, 700);
            QTRY_VERIFY2_WITH_TIMEOUT(rowsOverflow(view()).isEmpty(),
                                      qPrintable(rowsOverflow(view())), 2000);
        }
        // The longest wait first (the View menu's option): 30 h before 20 h before 2 h.
        QSignalSpy finished(list(), &ConversationListModel::searchFinished);
        list()->setAwaitingOrder(store::ConversationOrder::LongestWait);
        QVERIFY(!finished.isEmpty() || finished.wait(5000));
        QDateTime previous;
        for (int row = 0; row < list()->rowCount(); ++row) {
            const QModelIndex index = list()->index(row);
            QTRY_VERIFY(!index.data(ConversationListModel::PlaceholderRole).toBool());
            const QDateTime since =
                index.data(ConversationListModel::AwaitingReplySinceRole).toDateTime();
            QVERIFY(!previous.isValid() || previous <= since);
            previous = since;
        }
        list()->setAwaitingOrder(store::ConversationOrder::Activity);
        clickTab(ConversationFilter::Inbox);
        QVERIFY(!delegate->showsWait());
    }

    void waitsTurnAmberThenRed()
    {
        using Wait = ConversationDelegate::Wait;
        QCOMPARE(ConversationDelegate::waitOf(2 * 3600), Wait::Short);
        QCOMPARE(ConversationDelegate::waitOf(12 * 3600 - 1), Wait::Short);
        QCOMPARE(ConversationDelegate::waitOf(12 * 3600), Wait::Long);
        QCOMPARE(ConversationDelegate::waitOf(20 * 3600 - 1), Wait::Long);
        QCOMPARE(ConversationDelegate::waitOf(20 * 3600), Wait::Overdue);
        QCOMPARE(ConversationDelegate::waitOf(30 * 3600), Wait::Overdue);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(ui::Formatting::waitTime(now.addSecs(-3 * 3600 - 59), now), u"3 h"_s);
        QCOMPARE(ui::Formatting::waitTime(now.addSecs(-12 * 60), now), u"12 min"_s);
        QCOMPARE(ui::Formatting::waitTime(now.addSecs(-30 * 3600), now), u"30 h"_s);
        QCOMPARE(ui::Formatting::waitTime(now.addDays(-3), now), u"3 d"_s);

        // Readable on either palette: ink against fill above 4.5:1, and not the same
        // colours on a light and a dark list.
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
                   0.0722 * channel(c.blueF());
        };
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1f, 0x1f, 0x1f));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        for (Wait wait : {Wait::Long, Wait::Overdue}) {
            for (const QPalette &palette : {light, dark}) {
                const auto [fill, ink] = ConversationDelegate::waitColors(wait, palette);
                const double a = luminance(fill) + 0.05, b = luminance(ink) + 0.05;
                QVERIFY2(std::max(a, b) / std::min(a, b) >= 4.5, qPrintable(fill.name()));
            }
            QVERIFY(ConversationDelegate::waitColors(wait, light) !=
                    ConversationDelegate::waitColors(wait, dark));
        }
        QVERIFY(ConversationDelegate::waitColors(Wait::Long, light).first !=
                ConversationDelegate::waitColors(Wait::Overdue, light).first);
    }
};

QTEST_MAIN(UiTriageTest)
#include "tst_ui_triage.moc"
