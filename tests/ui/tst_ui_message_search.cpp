// Searching messages in the window (issue 12), offscreen against the real sandbox: Ctrl+Shift+F
// opens the search, typed words find a message 120 messages deep in a conversation the
// seller never opened, the results show the buyer and listing with the match marked (as
// plain text: markup in a body stays text), Up/Down move and Enter opens the conversation
// at the message — in view and lit up, the light fading after about 2 s; newer history
// loads at the bottom, "Newest messages" goes back to the newest; a click opens a result
// too; Esc closes the search.
#include "SandboxProcess.h"
#include "SessionWindow.h"
#include "TestHttp.h"

#include "ConversationListPanel.h"
#include "ConversationView.h"
#include "MainWindow.h"
#include "MessageListView.h"
#include "MessageSearchDialog.h"
#include "SearchResultDelegate.h"
#include "inbox/InboxSession.h"
#include "inbox/MessageSearch.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QToolButton>
#include <QWindow>

using namespace Qt::StringLiterals;
using namespace envisage;
using envisage::testing::profileOf;
using envisage::testing::SandboxProcess;
using envisage::testing::TestHttp;
using envisage::testing::ui::SessionWindow;
using inbox::InboxSession;
using inbox::MessageListModel;
using inbox::MessageSearchModel;

class UiMessageSearchTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    SandboxProcess m_sandbox;
    TestHttp m_http;
    QString m_buyer;
    qint64 m_conversation = 0;
    qint64 m_deep = 0;   // "marzipan", 120 messages deep
    qint64 m_recent = 0; // "marzipan" with markup, newer
    qint64 m_newest = 0;
    SessionWindow m_ui;

    qint64 buyerSays(const QString &body)
    {
        return m_http.postMessage(m_sandbox.apiUrl(), m_conversation, body, m_buyer).createdId();
    }

    ui::MessageListView *messageList() const
    {
        return m_ui.window->conversationView()->messageList();
    }

    // The dialog, opened with its shortcut the way the seller opens it.
    ui::MessageSearchDialog *openSearch()
    {
        // The offscreen platform activates no window on its own.
        m_ui.window->windowHandle()->requestActivate();
        if (!QTest::qWaitFor([this] { return QApplication::activeWindow() == m_ui.window.get(); }))
            return nullptr;
        QTest::keyClick(m_ui.window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = m_ui.window->findChild<ui::MessageSearchDialog *>();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        dialog->windowHandle()->requestActivate();
        return QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; })
                   ? dialog
                   : nullptr;
    }

    bool inView(qint64 messageId) const
    {
        ui::MessageListView *list = messageList();
        const int row = m_ui.session->messages()->rowOfMessage(messageId);
        if (row < 0)
            return false;
        const QRect rect = list->visualRect(list->model()->index(row, 0));
        return rect.isValid() && list->viewport()->rect().intersects(rect);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"envisage-tests"_s);
        QCoreApplication::setApplicationName(u"tst_ui_message_search"_s);
        QVERIFY(m_sandbox.start(
            {u"--database"_s, u":memory:"_s, u"--seed"_s, u"demo"_s, u"--send-limit"_s, u"0"_s}));
        m_buyer = m_http.login(m_sandbox.apiUrl(), u"buyer1@envisage.test"_s, u"demo-buyer"_s);
        m_conversation = m_http.get(m_sandbox.apiUrl(u"/api/conversations"_s), m_buyer).firstId();
        m_deep = buyerSays(u"Do you still have the marzipan edition?"_s);
        for (int i = 0; i < 120; ++i)
            m_newest = buyerSays(u"Filler %1"_s.arg(i));
        const qint64 other = m_http.get(m_sandbox.apiUrl(u"/api/conversations"_s), m_buyer)
                                 .json()
                                 .value(u"data"_s)
                                 .toArray()
                                 .at(1)
                                 .toObject()
                                 .value(u"id"_s)
                                 .toInteger();
        m_recent = m_http
                       .postMessage(m_sandbox.apiUrl(), other,
                                    u"<b>Marzipan</b> <img src=x onerror=alert(1)>"_s, m_buyer)
                       .createdId();
        QVERIFY(m_deep > 0 && m_newest > m_deep && m_recent > m_newest);

        QVERIFY(
            m_ui.show(profileOf(m_sandbox), m_folder.filePath(u"seller.sqlite"_s), {1040, 700}));
        QVERIFY(m_ui.signIn(u"seller@envisage.test"_s, u"demo-seller"_s, 5000));
        QTRY_VERIFY(m_ui.session->conversations()->rowCount() >= 20);
    }

    void cleanupTestCase() { m_ui.close(); }

    void typeMoveAndEnterLandsOnTheMessage()
    {
        ui::MessageSearchDialog *dialog = openSearch();
        QVERIFY(dialog);
        QVERIFY(dialog->queryEdit()->hasFocus());
        QTest::keyClicks(dialog->queryEdit(), u"marzip"_s);
        const QAbstractItemModel *results = dialog->resultList()->model();
        QTRY_COMPARE(results->rowCount(), 2);
        QTRY_COMPARE(m_ui.session->messageSearch()->serverState(),
                     inbox::MessageSearch::ServerState::Answered);
        QCOMPARE(results->index(0, 0).data(MessageSearchModel::MessageIdRole).toLongLong(),
                 m_recent);
        QCOMPARE(results->index(1, 0).data(MessageSearchModel::MessageIdRole).toLongLong(), m_deep);
        QCOMPARE(dialog->resultList()->currentIndex().row(), 0);
        QVERIFY(dialog->statusLabel()->text().contains(u"2"_s));

        // The buyer and listing, the match marked; markup in a body is only text.
        QTRY_VERIFY(
            ui::SearchResultDelegate::titleOf(results->index(1, 0)).contains(u"Ada Novak"_s));
        QTextLayout layout;
        ui::SearchResultDelegate::layoutSnippet(layout, results->index(0, 0),
                                                dialog->resultList()->font(), 400, Qt::yellow);
        QCOMPARE(layout.text(), u"<b>Marzipan</b> <img src=x onerror=alert(1)>"_s);
        QCOMPARE(layout.formats().size(), 1);
        QCOMPARE(layout.text().mid(layout.formats().first().start, layout.formats().first().length),
                 u"Marzipan"_s);

        // Down to the deep one, up and down again; the words keep the focus.
        QTest::keyClick(dialog->queryEdit(), Qt::Key_Down);
        QCOMPARE(dialog->resultList()->currentIndex().row(), 1);
        QTest::keyClick(dialog->queryEdit(), Qt::Key_Up);
        QCOMPARE(dialog->resultList()->currentIndex().row(), 0);
        QTest::keyClick(dialog->queryEdit(), Qt::Key_Down);
        QVERIFY(dialog->queryEdit()->hasFocus());
        QTest::keyClick(dialog->queryEdit(), Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());

        // The conversation opens at the message: loaded around it, in view, lit up.
        QCOMPARE(m_ui.window->conversationView()->conversationId(), m_conversation);
        QTRY_VERIFY(m_ui.session->messages()->rowOfMessage(m_deep) > 0);
        QTRY_COMPARE(messageList()->highlightedMessageId(), m_deep);
        QTRY_VERIFY(inView(m_deep));
        QVERIFY(m_ui.session->messages()->hasNewer());
        QCOMPARE(m_ui.window->conversationList()->currentConversationId(), m_conversation);
        // The light fades: gone after about 2 s, the message still in view.
        QTRY_COMPARE_WITH_TIMEOUT(messageList()->highlightedMessageId(), 0, 4000);
        QVERIFY(inView(m_deep));
    }

    void newerHistoryLoadsAtTheBottomAndTheButtonGoesToTheNewest()
    {
        MessageListModel *model = m_ui.session->messages();
        QVERIFY(model->hasNewer());
        QToolButton *newest = messageList()->newMessagesButton();
        QTRY_VERIFY(newest->isVisible());
        const int before = model->messageCount();
        QScrollBar *bar = messageList()->verticalScrollBar();
        bar->setValue(bar->maximum());
        QTRY_VERIFY(model->messageCount() > before);
        QVERIFY(inView(m_deep) || bar->value() > 0); // the seller stays where they read
        QTest::mouseClick(newest, Qt::LeftButton);
        QTRY_VERIFY(!model->hasNewer());
        QTRY_VERIFY(model->rowOfMessage(m_newest) > 0);
        QTRY_VERIFY(inView(m_newest));
        QVERIFY(!newest->isVisible());
    }

    void aClickOpensAResultAndEscCloses()
    {
        ui::MessageSearchDialog *dialog = openSearch();
        QVERIFY(dialog);
        QCOMPARE(dialog->queryEdit()->selectedText(), u"marzip"_s); // ready to type over
        QListView *list = dialog->resultList();
        QTRY_COMPARE(list->model()->rowCount(), 2);
        const QRect second = list->visualRect(list->model()->index(1, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, second.center());
        QTRY_VERIFY(!dialog->isVisible());
        QTRY_COMPARE(messageList()->highlightedMessageId(), m_deep);
        QTRY_VERIFY(inView(m_deep));

        dialog = openSearch();
        QVERIFY(dialog);
        QTest::keyClick(dialog->queryEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
    }
};

QTEST_MAIN(UiMessageSearchTest)
#include "tst_ui_message_search.moc"
