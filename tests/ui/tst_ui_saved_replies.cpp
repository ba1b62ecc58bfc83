// Saved replies in the window, on the offscreen platform against the real sandbox:
// "/avail" in the composer shows the reply and Enter inserts it with the placeholders
// filled in (and sends nothing); Esc closes the list; Ctrl+Shift+R's picker inserts what
// was searched for; the manager names a shortcut clash before sending and shows the
// marketplace's 422 on the field (the list rolled back); add, edit and delete reach the
// server; import reports per item, export writes what import reads; and an edit by
// another device (a REST call as the same seller) shows in the window within a second.
// With ENVISAGE_SCREENSHOT_DIR set, the completer and the manager are saved there as
// PNGs, in a light and a dark palette.
#include "DarkPalette.h"
#include "SandboxProcess.h"
#include "SessionWindow.h"
#include "TestHttp.h"

#include "Composer.h"
#include "ConversationView.h"
#include "MainWindow.h"
#include "SavedReplyCompleter.h"
#include "SavedReplyFilterModel.h"
#include "SavedReplyManager.h"
#include "SavedReplyPicker.h"
#include "inbox/InboxSession.h"
#include "inbox/Outbox.h"
#include "inbox/SavedReplies.h"
#include "inbox/SavedReplyListModel.h"
#include "realtime/Echo.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace envisage;
using envisage::testing::ownChannelSubscribed;
using envisage::testing::profileOf;
using envisage::testing::SandboxProcess;
using envisage::testing::TestHttp;
using envisage::testing::ui::darkPalette;
using envisage::testing::ui::SessionWindow;
using inbox::ConversationListModel;
using inbox::InboxSession;
using inbox::SavedReplyListModel;

class UiSavedRepliesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    std::unique_ptr<SandboxProcess> m_sandbox;
    TestHttp m_http;
    QString m_token;
    SessionWindow m_ui;
    qint64 m_openId = 0;

    SavedReplyListModel *model() const { return m_ui.session->savedReplyModel(); }
    ui::Composer *composer() const { return m_ui.window->conversationView()->composer(); }

    testing::TestResponse rest(const QByteArray &method, const QString &path,
                               const QJsonObject &body = {}, const QString &socketId = {})
    {
        return m_http.sendJson(method, m_sandbox->apiUrl(path), body, m_token, socketId);
    }

    QJsonObject serverReply(const QString &shortcut)
    {
        const QJsonArray replies =
            rest("GET", u"/api/saved-replies"_s).json().value(u"data"_s).toArray();
        for (const QJsonValue &value : replies) {
            if (value.toObject().value(u"shortcut"_s).toString() == shortcut)
                return value.toObject();
        }
        return {};
    }

    qint64 idOf(const QString &shortcut) const
    {
        for (const api::SavedReply &reply : model()->replies()) {
            if (reply.shortcut == shortcut)
                return reply.id;
        }
        return 0;
    }

    void screenshot(QWidget *widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("ENVISAGE_SCREENSHOT_DIR");
        if (folder.isEmpty())
            return;
        QDir().mkpath(folder);
        QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
    }

    inbox::PlaceholderValues valuesOfOpenConversation() const
    {
        ConversationListModel *list = m_ui.session->conversations();
        const QModelIndex index = list->index(list->rowOfConversation(m_openId));
        return {index.data(ConversationListModel::CounterpartNameRole).toString(),
                index.data(ConversationListModel::ListingTitleRole).toString(),
                index.data(ConversationListModel::ListingPriceRole).toString(),
                m_ui.session->currentUser().name};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"envisage-tests"_s);
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY(m_sandbox->start(
            {u"--database"_s, m_folder.filePath(u"sandbox.sqlite"_s), u"--seed"_s, u"demo"_s}));
        m_token = m_http.login(m_sandbox->apiUrl(), u"seller@envisage.test"_s, u"demo-seller"_s);
        QVERIFY(!m_token.isEmpty());
        QVERIFY(m_ui.show(profileOf(*m_sandbox), m_folder.filePath(u"cache.sqlite"_s)));
        m_ui.session->signInWithToken(m_token);
        QTRY_VERIFY_WITH_TIMEOUT(m_ui.session->connection() == InboxSession::Connection::Online &&
                                     m_ui.session->conversations()->rowCount() >= 20 &&
                                     model()->rowCount() >= 6 &&
                                     ownChannelSubscribed(*m_ui.session),
                                 15000);
        m_openId = m_ui.session->conversations()
                       ->index(0)
                       .data(ConversationListModel::IdRole)
                       .toLongLong();
        m_ui.window->openConversation(m_openId);
        QTRY_VERIFY(composer()->edit()->isEnabled());
    }

    void slashCompleterInsertsTheFilledInReply()
    {
        QPlainTextEdit *edit = composer()->edit();
        edit->setFocus();
        composer()->setText(QString());
        QTest::keyClicks(edit, u"/avail"_s);
        ui::SavedReplyCompleter *completer = composer()->completer();
        QTRY_VERIFY(completer->isVisible());
        QCOMPARE(completer->matches()->rowCount(), 1);
        QCOMPARE(completer->popup()->currentIndex().data(SavedReplyListModel::TitleRole).toString(),
                 u"Still available"_s);
        // The list is inside the window, above the composer.
        QVERIFY(completer->popup()->geometry().bottom() <
                edit->mapTo(m_ui.window.get(), QPoint(0, 0)).y() + edit->height());
        screenshot(m_ui.window.get(), u"saved-replies-completer-light.png"_s);
        QApplication::setPalette(darkPalette());
        QTest::qWait(50);
        screenshot(m_ui.window.get(), u"saved-replies-completer-dark.png"_s);
        QApplication::setPalette(QApplication::style()->standardPalette());

        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(!completer->isVisible());
        const QString expected = inbox::fillPlaceholders(model()->reply(idOf(u"available"_s))->body,
                                                         valuesOfOpenConversation());
        QCOMPARE(composer()->text(), expected);
        QVERIFY(!expected.contains(u'{'));
        QVERIFY(expected.contains(valuesOfOpenConversation().buyer));
        QTest::qWait(200);
        QVERIFY(m_ui.session->outbox()->entries().isEmpty()); // Enter chose, it did not send

        // Mid-text, after a space; "/" matches titles too; Esc closes until a new "/word".
        QTest::keyClicks(edit, u" /ship"_s);
        QTRY_VERIFY(completer->isVisible());
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(!completer->isVisible());
        QTest::keyClicks(edit, u"p"_s);
        QVERIFY(!completer->isVisible());
        QTest::keyClicks(edit, u" /price"_s);
        QTRY_VERIFY(completer->isVisible());
        QTest::keyClick(edit, Qt::Key_Tab);
        QVERIFY(composer()->text().startsWith(expected + u" /shipp Thanks for your interest, "_s));
        // "and/or" is not a shortcut.
        QTest::keyClicks(edit, u" and/avail"_s);
        QVERIFY(!completer->isVisible());
        composer()->setText(QString());
    }

    void pickerInsertsWhatWasSearchedFor()
    {
        QAction *pick = nullptr;
        for (QAction *action : m_ui.window->menuBar()->findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(u"Ctrl+Shift+R"_s))
                pick = action;
        }
        QVERIFY(pick);
        composer()->setText(u"Hello! "_s);
        bool typed = false;
        QTimer::singleShot(0, this, [&] {
            auto *picker = qobject_cast<ui::SavedReplyPicker *>(QApplication::activeModalWidget());
            QVERIFY(picker);
            QTest::keyClicks(picker->filter(), u"tracking"_s); // in the body only
            QCOMPARE(picker->list()->model()->rowCount(), 1);
            screenshot(picker, u"saved-replies-picker-light.png"_s);
            QTest::keyClick(picker->filter(), Qt::Key_Return);
            typed = true;
        });
        pick->trigger();
        QVERIFY(typed);
        QVERIFY(composer()->text().startsWith(u"Hello! I ship the "_s));
        QVERIFY(!composer()->text().contains(u"{listing}"_s));
        composer()->setText(QString());
    }

    void managerShowsErrorsOnTheFields()
    {
        ui::SavedReplyManager *manager = m_ui.window->showSavedReplies();
        QVERIFY(QTest::qWaitForWindowExposed(manager));
        manager->startNew();
        manager->titleEdit()->setText(u"Available again"_s);
        manager->shortcutEdit()->setText(u"available"_s);
        manager->bodyEdit()->setPlainText(u"Yes!"_s);
        manager->save();
        // The clash is named before anything is sent.
        QVERIFY(manager->fieldError(u"shortcut"_s).contains(u"Still available"_s));
        QVERIFY(manager->fieldError(u"title"_s).isEmpty());
        screenshot(manager, u"saved-replies-manager-light.png"_s);
        QApplication::setPalette(darkPalette());
        QTest::qWait(50);
        screenshot(manager, u"saved-replies-manager-dark.png"_s);
        QApplication::setPalette(QApplication::style()->standardPalette());
        manager->shortcutEdit()->setText(u"Not Valid"_s);
        manager->titleEdit()->clear();
        manager->save();
        QVERIFY(!manager->fieldError(u"shortcut"_s).isEmpty());
        QVERIFY(!manager->fieldError(u"title"_s).isEmpty());

        // Another device took "taken" and this window did not hear of it (the broadcast
        // leaves out the socket id the call names): the marketplace's 422 comes back on
        // the field, naming the other reply, and the list is rolled back.
        QCOMPARE(rest("POST", u"/api/saved-replies"_s,
                      {{u"title"_s, u"Taken elsewhere"_s},
                       {u"shortcut"_s, u"taken"_s},
                       {u"body"_s, u"Theirs"_s}},
                      m_ui.session->echo()->socketId())
                     .status,
                 201);
        const int before = model()->rowCount();
        manager->startNew();
        manager->titleEdit()->setText(u"Mine"_s);
        manager->shortcutEdit()->setText(u"taken"_s);
        manager->bodyEdit()->setPlainText(u"My own"_s);
        manager->save();
        QVERIFY(manager->fieldError(u"shortcut"_s).isEmpty());
        QCOMPARE(model()->rowCount(), before + 1); // shown at once
        QTRY_VERIFY2(manager->fieldError(u"shortcut"_s).contains(u"Taken elsewhere"_s),
                     qPrintable(manager->status() + u" | "_s + manager->fieldError(u"shortcut"_s)));
        QVERIFY(manager->status().contains(u"Mine"_s));
        QCOMPARE(manager->titleEdit()->text(), u"Mine"_s); // what was typed stays
        QTRY_VERIFY(idOf(u"taken"_s) > 0);                 // refreshed: theirs is listed
        QCOMPARE(model()->rowCount(), before + 1);
        QCOMPARE(manager->editingId(), 0); // Save again makes a new one
        screenshot(manager, u"saved-replies-manager-422-light.png"_s);
        rest("DELETE", u"/api/saved-replies/%1"_s.arg(idOf(u"taken"_s)));
        QTRY_COMPARE(idOf(u"taken"_s), 0);
    }

    void managerAddsEditsAndDeletes()
    {
        ui::SavedReplyManager *manager = m_ui.window->showSavedReplies();
        manager->startNew();
        manager->titleEdit()->setText(u"  Weekend pick-up  "_s);
        manager->shortcutEdit()->setText(u"weekend"_s);
        manager->bodyEdit()->setPlainText(u"Saturday works, {buyer}."_s);
        manager->save();
        QTRY_VERIFY2(manager->status().startsWith(u"Saved"_s), qPrintable(manager->status()));
        QCOMPARE(serverReply(u"weekend"_s).value(u"title"_s).toString(), u"Weekend pick-up"_s);
        const qint64 id = serverReply(u"weekend"_s).value(u"id"_s).toInteger();
        QCOMPARE(manager->editingId(), id);
        manager->bodyEdit()->setPlainText(u"Sunday works too, {buyer}."_s);
        manager->save();
        QTRY_COMPARE(serverReply(u"weekend"_s).value(u"body"_s).toString(),
                     u"Sunday works too, {buyer}."_s);
        manager->removeSelected();
        QCOMPARE(idOf(u"weekend"_s), 0);
        QTRY_VERIFY(serverReply(u"weekend"_s).isEmpty());
    }

    void importReportsPerItemAndExportRoundTrips()
    {
        ui::SavedReplyManager *manager = m_ui.window->showSavedReplies();
        const QString in = m_folder.filePath(u"import.json"_s);
        QFile file(in);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"([{"title":"Imported","shortcut":"imported","body":"From a file"},
                       {"title":"Clash","shortcut":"available","body":"x"},
                       {"title":"No body","shortcut":"nobody"},
                       {"title":"Imported twice","shortcut":"imported","body":"y"}])");
        file.close();
        const ui::SavedReplyManager::ImportReport report = manager->importFrom(in);
        QVERIFY(report.error.isEmpty());
        QCOMPARE(report.added, 1);
        QCOMPARE(report.refused, 3);
        QCOMPARE(report.lines.size(), 4);
        QVERIFY(report.lines.at(1).contains(u"Still available"_s));
        QVERIFY(report.lines.at(2).startsWith(u"Item 3"_s));
        QVERIFY(report.lines.at(3).contains(u"Imported"_s)); // the first import took it
        QTRY_VERIFY(!serverReply(u"imported"_s).isEmpty());
        QFile garbage(m_folder.filePath(u"garbage.json"_s));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("{\"nope\":1}");
        garbage.close();
        QVERIFY(!manager->importFrom(garbage.fileName()).error.isEmpty());

        const QString out = m_folder.filePath(u"export.json"_s);
        QString error;
        QVERIFY2(manager->exportTo(out, &error), qPrintable(error));
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QJsonArray items = QJsonDocument::fromJson(exported.readAll())
                                     .object()
                                     .value(u"saved_replies"_s)
                                     .toArray();
        QCOMPARE(items.size(), model()->rowCount());
        QCOMPARE(manager->importFrom(out).added, 0); // all there already: every one a clash
        rest("DELETE", u"/api/saved-replies/%1"_s.arg(idOf(u"imported"_s)));
        QTRY_COMPARE(idOf(u"imported"_s), 0);
    }

    void anotherDevicesEditShowsWithinASecond()
    {
        ui::SavedReplyManager *manager = m_ui.window->showSavedReplies();
        const qint64 id = idOf(u"photos"_s);
        const QString title = model()->reply(id)->title;
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(rest("PATCH", u"/api/saved-replies/%1"_s.arg(id),
                      {{u"title"_s, u"Photos (from the phone)"_s}})
                     .status,
                 200);
        const auto shown = [&] {
            QAbstractItemModel *list = manager->list()->model();
            for (int row = 0; row < list->rowCount(); ++row) {
                if (list->index(row, 0).data(SavedReplyListModel::TitleRole).toString() ==
                    u"Photos (from the phone)"_s)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(shown(), 1000);
        qInfo() << "shown after" << clock.elapsed() << "ms";
        rest("PATCH", u"/api/saved-replies/%1"_s.arg(id), {{u"title"_s, title}});
        manager->close();
    }

    void cleanupTestCase() { m_ui.close(); }
};

QTEST_MAIN(UiSavedRepliesTest)
#include "tst_ui_saved_replies.moc"
