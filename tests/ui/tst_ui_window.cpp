// The Envisage Inbox window on the offscreen platform, driven like a seller would drive
// it, against the real sandbox (a file database, so it can be stopped and started again
// on the same ports): sign in through the dialog (and restore that sign-in in a new
// window), the list's rows as wide as its viewport at several window widths after both,
// open a conversation from the list,
// type and press Enter (the message appears once, pending then sent), buyer1's replies
// (the list re-sorts, a badge on the conversation that is not open), typing shown and
// cleared, the presence dot, the connection banner through an outage (not before 2 s,
// gone after the restart, nothing lost), and message bodies shown as text with only
// http(s) links clickable.
#include "RestartableSandbox.h"
#include "SandboxSession.h"
#include "TestHttp.h"
#include "UiProbe.h"

#include "AttachmentImages.h"
#include "AttachmentTray.h"
#include "Composer.h"
#include "ConnectionBanner.h"
#include "ConversationDelegate.h"
#include "ConversationListPanel.h"
#include "ConversationView.h"
#include "ImageViewer.h"
#include "MainWindow.h"
#include "MessageDelegate.h"
#include "MessageListView.h"
#include "SignInDialog.h"
#include "inbox/AttachmentText.h"
#include "inbox/InboxSession.h"
#include "inbox/OpenConversation.h"
#include "inbox/Outbox.h"
#include "realtime/ChannelAuthorizer.h"
#include "realtime/Echo.h"
#include "realtime/PusherClient.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace envisage;
using envisage::testing::TestHttp;
using namespace envisage::testing::ui;
using inbox::ConversationListModel;
using inbox::InboxSession;
using inbox::MessageListModel;
using ConnectionState = InboxSession::Connection;

class UiWindowTest : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    // QDesktopServices' handler for the schemes the tests click on.
    void openUrl(const QUrl &url) { m_openedUrls.append(url); }

private:
    QTemporaryDir m_folder;
    testing::RestartableSandbox m_sandbox;
    TestHttp m_http;
    QString m_buyerToken;
    qint64 m_buyerId = 0;
    std::unique_ptr<secrets::MemorySecretStore> m_secrets;
    std::unique_ptr<InboxSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    qint64 m_openId = 0;
    QList<QUrl> m_openedUrls;

    inbox::ServerProfile profile() const { return testing::profileOf(*m_sandbox); }

    bool buyerSays(qint64 conversationId, const QString &body)
    {
        const int status =
            m_http.postMessage(m_sandbox->apiUrl(), conversationId, body, m_buyerToken).status;
        if (status != 201)
            qWarning() << "the buyer's message was refused with" << status;
        return status == 201;
    }

    QJsonArray serverMessages(qint64 conversationId, int count)
    {
        return m_http
            .get(
                m_sandbox->apiUrl(
                    u"/api/conversations/%1/messages?per_page=%2"_s.arg(conversationId).arg(count)),
                m_buyerToken)
            .json()
            .value(u"data"_s)
            .toArray();
    }

    MessageListModel *messages() const { return m_session->messages(); }
    ConversationListModel *conversations() const { return m_session->conversations(); }
    QListView *listView() const { return m_window->conversationList()->view(); }
    ui::ConversationView *conversationView() const { return m_window->conversationView(); }

    int countOfBody(const QString &body) const
    {
        int count = 0;
        for (int row = 1; row < messages()->rowCount(); ++row)
            count +=
                messages()->index(row).data(MessageListModel::BodyRole).toString() == body ? 1 : 0;
        return count;
    }

    QString lastBody() const
    {
        return messages()
            ->index(messages()->rowCount() - 1)
            .data(MessageListModel::BodyRole)
            .toString();
    }

    // The conversation shown in the list's first row (the view's order, after filtering).
    qint64 topConversation() const
    {
        return listView()->model()->index(0, 0).data(ConversationListModel::IdRole).toLongLong();
    }

    QModelIndex viewIndexOf(qint64 conversationId) const
    {
        const QAbstractItemModel *model = listView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(ConversationListModel::IdRole).toLongLong() ==
                conversationId)
                return model->index(row, 0);
        }
        return {};
    }

    QModelIndex rowOf(qint64 conversationId) const
    {
        return conversations()->index(conversations()->rowOfConversation(conversationId));
    }

    // Every row as wide as the list's viewport, no wider: nothing under the vertical scroll
    // bar, no horizontal one, the time and the badge inside what the seller sees.
    static QString rowsOverflow(const QListView *list)
    {
        const int viewportWidth = list->viewport()->width();
        if (list->horizontalScrollBar()->maximum() > 0)
            return u"horizontal scroll range %1 at viewport width %2"_s
                .arg(list->horizontalScrollBar()->maximum())
                .arg(viewportWidth);
        auto *delegate = static_cast<ui::ConversationDelegate *>(list->itemDelegate());
        const QRect viewport = list->viewport()->rect();
        for (int row = 0; row < std::min(list->model()->rowCount(), 8); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            const QRect rect = list->visualRect(index);
            if (rect.width() > viewportWidth)
                return u"row %1 is %2 px wide in a %3 px viewport"_s.arg(row)
                    .arg(rect.width())
                    .arg(viewportWidth);
            const ui::ConversationDelegate::Layout layout =
                delegate->layoutFor(optionFor(list, index), index);
            for (const QRect &part :
                 {layout.time, layout.badge, layout.name, layout.preview, layout.wait}) {
                if (part.isValid() &&
                    (part.left() < viewport.left() || part.right() > viewport.right()))
                    return u"row %1: a part at %2..%3 outside the viewport 0..%4"_s.arg(row)
                        .arg(part.left())
                        .arg(part.right())
                        .arg(viewport.right());
            }
        }
        return {};
    }

    // The window at several widths, narrow to wide and back: rows follow the list's width.
    static void checkRowsFitAtSeveralWidths(QWidget *window, const QListView *list)
    {
        for (int width : {1100, 760, 900, 1400, 820, 1100}) {
            window->resize(width, 700);
            QTRY_VERIFY2_WITH_TIMEOUT(
                rowsOverflow(list).isEmpty() && list->width() > 0,
                qPrintable(u"window %1 px: "_s.arg(width) + rowsOverflow(list)), 2000);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"envisage-tests"_s);
        QCoreApplication::setApplicationName(u"tst_ui_window"_s);
        QVERIFY(m_folder.isValid());
        QVERIFY2(m_sandbox.start(m_folder.filePath(u"sandbox.sqlite"_s)),
                 qPrintable(m_sandbox->errorOutput()));
        m_buyerToken =
            m_http.login(m_sandbox->apiUrl(), u"buyer1@envisage.test"_s, u"demo-buyer"_s);
        QVERIFY(!m_buyerToken.isEmpty());
        const QJsonObject me = m_http.get(m_sandbox->apiUrl(u"/api/user"_s), m_buyerToken).json();
        m_buyerId = (me.contains(u"data"_s) ? me.value(u"data"_s).toObject() : me)
                        .value(u"id"_s)
                        .toInteger();
        QVERIFY(m_buyerId > 0);
        for (const char *scheme : {"http", "https", "javascript", "ftp", "file"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), this, "openUrl");
    }

    // Every test after the sign-in works in the signed-in window it leaves.
    void init()
    {
        if (QByteArrayView(QTest::currentTestFunction()) != "signInThroughTheDialog" &&
            (!m_session || m_session->state() != InboxSession::State::Ready))
            QSKIP("the window is not signed in (see signInThroughTheDialog)");
    }

    void cleanupTestCase()
    {
        for (const char *scheme : {"http", "https", "javascript", "ftp", "file"})
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
        m_window.reset();
        m_session.reset();
        if (m_sandbox)
            m_sandbox->stop();
    }

    void signInThroughTheDialog()
    {
        m_secrets = std::make_unique<secrets::MemorySecretStore>();
        InboxSession::Options options;
        options.cachePath = m_folder.filePath(u"cache.sqlite"_s);
        // A first start: no server chosen yet, so the app starts with the marketplace's.
        m_session = std::make_unique<InboxSession>(inbox::ServerProfile::envisageMarketplace(),
                                                   m_secrets.get(), options);
        m_window = std::make_unique<ui::MainWindow>(m_session.get());
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        // As app/desktop/main.cpp wires it.
        ui::SignInDialog dialog(m_session->profile(), m_window.get());
        connect(&dialog, &ui::SignInDialog::signInRequested, m_session.get(), [&] {
            if (!m_session->setProfile(dialog.profile())) {
                dialog.showProblem(u"Sign out first to sign in to another server."_s);
                return;
            }
            dialog.setBusy(true);
            m_session->signIn(dialog.email(), dialog.password());
        });
        connect(m_session.get(), &InboxSession::signInFailed, &dialog,
                &ui::SignInDialog::showError);
        connect(m_session.get(), &InboxSession::signedIn, &dialog, &QDialog::hide);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QLineEdit *email = child<QLineEdit>(&dialog, u"Email"_s);
        QLineEdit *password = child<QLineEdit>(&dialog, u"Password"_s);
        QPushButton *signIn = child<QPushButton>(&dialog, u"Sign in"_s);
        QVERIFY(email && password && signIn);

        // The server's details fold away under their check box.
        QLineEdit *apiAddress = child<QLineEdit>(&dialog, u"API address"_s);
        QCheckBox *details = child<QCheckBox>(&dialog, u"Server details"_s);
        QVERIFY(apiAddress && details);
        QVERIFY(!apiAddress->isVisible());
        // It opens on the marketplace, the other servers one click away.
        auto *server = child<QComboBox>(&dialog, u"Server"_s);
        QVERIFY(server);
        QCOMPARE(server->currentText(), u"Envisage Marketplace"_s);
        QCOMPARE(server->count(), 4);
        QCOMPARE(dialog.profile().apiUrl, inbox::ServerProfile::envisageMarketplace().apiUrl);
        QCOMPARE(dialog.profile().cluster, u"mt1"_s);
        const QPoint onTheBox(details->height() / 2, details->height() / 2);
        QTest::mouseClick(details, Qt::LeftButton, {}, onTheBox);
        QVERIFY(apiAddress->isVisible());
        QCOMPARE(apiAddress->text(), u"https://envisage.test"_s);

        // This marketplace is the test's sandbox: a custom server, typed in.
        server->setCurrentIndex(server->findText(u"Custom server"_s));
        const auto retype = [](QLineEdit *field, const QString &text) {
            field->selectAll();
            QTest::keyClicks(field, text);
        };
        retype(apiAddress, m_sandbox->apiUrl().toString());
        retype(child<QLineEdit>(&dialog, u"WebSocket host"_s), m_sandbox->wsHost());
        retype(child<QLineEdit>(&dialog, u"App key"_s), m_sandbox->appKey());
        child<QSpinBox>(&dialog, u"WebSocket port"_s)->setValue(m_sandbox->wsPort());
        for (QCheckBox *box : dialog.findChildren<QCheckBox *>()) {
            if (box->text().contains(u"TLS"_s))
                box->setChecked(false);
        }
        QCOMPARE(dialog.profile().apiUrl, m_sandbox->apiUrl());
        QVERIFY(dialog.profile().cluster.isEmpty());
        QTest::mouseClick(details, Qt::LeftButton, {}, onTheBox);
        QVERIFY(!apiAddress->isVisible());

        QTest::keyClicks(email, u"seller@envisage.test"_s);
        QTest::keyClicks(password, u"not-the-password"_s);
        QTest::mouseClick(signIn, Qt::LeftButton);
        api::ApiError validation;
        validation.kind = api::ApiError::Kind::Validation;
        const QString wrong = ui::SignInDialog::explain(validation);
        const auto errorShown = [&] {
            for (QLabel *label : dialog.findChildren<QLabel *>()) {
                if (label->isVisible() && label->text() == wrong)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(errorShown(), 10000);
        QVERIFY(signIn->isEnabled());
        QCOMPARE(m_session->state(), InboxSession::State::SignedOut);

        // The wrong password is selected in its field: typing replaces it, Enter retries.
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), password, 2000);
        QCOMPARE(password->selectedText().size(), password->text().size());
        QTest::keyClicks(password, u"demo-seller"_s);
        QCOMPARE(dialog.password(), u"demo-seller"_s);
        QTest::keyClick(password, Qt::Key_Return); // the default button, not Cancel
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), InboxSession::State::Ready, 10000);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(m_session->profile().apiUrl, m_sandbox->apiUrl());
        // Signed in, the server stays until the seller signs out.
        QVERIFY(!m_session->setProfile(inbox::ServerProfile::envisageMarketplace()));
        QTRY_VERIFY_WITH_TIMEOUT(listView()->model()->rowCount() >= 20, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->connection(), ConnectionState::Online, 10000);
        QVERIFY(!m_window->banner()->isVisible());
    }

    void rowsFitTheListAfterSignIn()
    {
        QVERIFY2(rowsOverflow(listView()).isEmpty(), qPrintable(rowsOverflow(listView())));
        checkRowsFitAtSeveralWidths(m_window.get(), listView());
    }

    // The next start restores that sign-in: a new session and window on the same cache.
    void rowsFitTheListAfterRestore()
    {
        InboxSession::Options options;
        options.cachePath = m_folder.filePath(u"cache.sqlite"_s);
        InboxSession restored(profile(), m_secrets.get(), options);
        ui::MainWindow window(&restored);
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        restored.restore();
        QListView *list = window.conversationList()->view();
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() >= 20, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(restored.state(), InboxSession::State::Ready, 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(rowsOverflow(list).isEmpty(), qPrintable(rowsOverflow(list)),
                                  2000);
        checkRowsFitAtSeveralWidths(&window, list);
    }

    void opensAConversationFromTheList()
    {
        // buyer1's newest conversation with this seller: the long one, first in the list.
        const QModelIndex first = listView()->model()->index(0, 0);
        QCOMPARE(first.data(ConversationListModel::CounterpartIdRole).toLongLong(), m_buyerId);
        m_openId = first.data(ConversationListModel::IdRole).toLongLong();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::mouseClick(listView()->viewport(), Qt::LeftButton, {},
                          listView()->visualRect(first).center());
        QCOMPARE(m_window->conversationList()->currentConversationId(), m_openId);
        QCOMPARE(conversationView()->conversationId(), m_openId);
        QTRY_VERIFY_WITH_TIMEOUT(messages()->messageCount() > 10, 10000);
        QCOMPARE(messages()->conversationId(), m_openId);
        // One page, and no more while the seller stays at the newest message (Qt's views
        // fetch more when their last row shows: this history grows at the top)...
        ui::MessageListView *list = conversationView()->messageList();
        QTRY_VERIFY_WITH_TIMEOUT(list->isAtBottom() && list->verticalScrollBar()->maximum() > 0,
                                 3000);
        QTest::qWait(700);
        const int firstPage = messages()->messageCount();
        QVERIFY2(firstPage <= inbox::OpenConversation::PageSize,
                 qPrintable(QString::number(firstPage)));
        // ...then one older page when the seller scrolls to the top, keeping the place.
        list->verticalScrollBar()->setValue(0);
        QTRY_VERIFY_WITH_TIMEOUT(messages()->messageCount() > firstPage, 5000);
        QTest::qWait(500);
        QVERIFY2(messages()->messageCount() <= firstPage + inbox::OpenConversation::PageSize,
                 qPrintable(QString::number(messages()->messageCount())));
        QVERIFY(list->verticalScrollBar()->value() > 0);
        list->scrollToNewest();
        QVERIFY(conversationView()->composer()->edit()->isEnabled());
        // Opening it read the buyer's waiting message: no badge on the open conversation.
        QTRY_COMPARE_WITH_TIMEOUT(
            rowOf(m_openId).data(ConversationListModel::UnreadCountRole).toInt(), 0, 10000);
    }

    void aTypedMessageIsSentOnce()
    {
        const QString text =
            u"Hello from the window, %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        const std::unique_ptr<DeliveryLog> log = followDelivery(messages(), text);
        const QList<MessageListModel::Delivery> &states = log->states;
        ui::ComposerEdit *edit = conversationView()->composer()->edit();
        QTest::keyClicks(edit, text);
        QCOMPARE(conversationView()->composer()->text(), text);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(conversationView()->composer()->text(), QString()); // cleared on send

        QTRY_VERIFY_WITH_TIMEOUT(states.contains(MessageListModel::Delivery::Sent), 10000);
        QCOMPARE(states.first(), MessageListModel::Delivery::Pending);
        QCOMPARE(states.last(), MessageListModel::Delivery::Sent);
        QVERIFY(!states.contains(MessageListModel::Delivery::Failed));
        QTest::qWait(300); // the broadcast of the same message must not add a row
        QCOMPARE(countOfBody(text), 1);
        QCOMPARE(lastBody(), text);
        QCOMPARE(serverMessages(m_openId, 1).first().toObject().value(u"body"_s).toString(), text);
    }

    // Two photos and a PDF dropped into the tray go with the text as one message, once;
    // the bubble shows them from the server's copies, a click opens the viewer on them.
    void photosAndADocumentAreSentAndShown()
    {
        const auto photo = [this](const QString &name, QColor colour) {
            QImage image(320, 200, QImage::Format_RGB32);
            image.fill(colour);
            const QString path = m_folder.filePath(name);
            return image.save(path, "JPEG") ? path : QString();
        };
        const QString receipt = m_folder.filePath(u"receipt.pdf"_s);
        {
            QFile file(receipt);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
        }
        const QStringList files{photo(u"front.jpg"_s, Qt::darkCyan),
                                photo(u"back.jpg"_s, Qt::darkRed), receipt};
        ui::Composer *composer = conversationView()->composer();
        composer->tray()->addFiles(files);
        QCOMPARE(composer->tray()->paths(), files);
        const QString text =
            u"The photos and the receipt, %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        QTest::keyClicks(composer->edit(), text);
        QTest::keyClick(composer->edit(), Qt::Key_Return);
        QVERIFY(composer->tray()->isEmpty());

        const auto lastAttachments = [this] {
            return messages()
                ->index(messages()->rowCount() - 1)
                .data(MessageListModel::AttachmentsRole)
                .toList();
        };
        QTRY_VERIFY_WITH_TIMEOUT(lastBody() == text &&
                                     messages()
                                             ->index(messages()->rowCount() - 1)
                                             .data(MessageListModel::IdRole)
                                             .toLongLong() > 0 &&
                                     lastAttachments().size() == 3 &&
                                     lastAttachments().constFirst().toMap().contains(u"url"_s),
                                 15000);
        QTest::qWait(300); // the broadcast of the same message must not add a row
        QCOMPARE(countOfBody(text), 1);
        const QJsonArray sent =
            serverMessages(m_openId, 1).first().toObject().value(u"attachments"_s).toArray();
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(2).toObject().value(u"mime"_s).toString(), u"application/pdf"_s);

        // The bubble: two squares side by side, the document's chip below, inside it.
        ui::MessageListView *list = conversationView()->messageList();
        list->scrollToNewest();
        const QModelIndex row = list->model()->index(list->model()->rowCount() - 1, 0);
        auto *delegate = static_cast<ui::MessageDelegate *>(list->itemDelegate());
        const ui::MessageDelegate::Geometry g = delegate->geometry(optionFor(list, row), row);
        QCOMPARE(g.attachments.size(), 3);
        QCOMPARE(g.attachments.at(0).size(), g.attachments.at(1).size());
        QCOMPARE(g.attachments.at(0).top(), g.attachments.at(1).top());
        QVERIFY(g.attachments.at(2).top() > g.attachments.at(0).bottom());
        for (const QRect &rect : g.attachments)
            QVERIFY(g.bubble.contains(rect));
        QVERIFY(g.text.top() > g.attachments.at(2).bottom());

        // The thumbnails come from the server (its 320 px JPEGs) and are painted.
        ui::AttachmentImages *images = conversationView()->attachmentImages();
        const QVariantMap front = lastAttachments().at(0).toMap();
        images->image(front);
        QTRY_COMPARE_WITH_TIMEOUT(images->state(front), ui::AttachmentImages::State::Ready, 10000);
        QVERIFY(!images->image(front).isNull());
        // ENVISAGE_TEST_GRAB=folder keeps pictures of the window and the viewer to look at.
        const QString grabs = qEnvironmentVariable("ENVISAGE_TEST_GRAB");
        if (!grabs.isEmpty()) {
            QTest::qWait(300);
            m_window->grab().save(grabs + u"/attachments-window.png"_s);
        }

        // A click on the first photo opens the viewer on it; Right shows the second.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, g.attachments.at(0).center());
        QTRY_VERIFY(conversationView()->imageViewer() &&
                    conversationView()->imageViewer()->isVisible());
        ui::ImageViewer *viewer = conversationView()->imageViewer();
        QCOMPARE(viewer->current(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->image()->image().isNull(), 10000);
        if (!grabs.isEmpty())
            viewer->grab().save(grabs + u"/attachments-viewer.png"_s);
        QTest::keyClick(viewer, Qt::Key_Right);
        QCOMPARE(viewer->current(), 1);
        QTest::keyClick(viewer, Qt::Key_Right); // the PDF is not a photo: still the second
        QCOMPARE(viewer->current(), 1);
        QTest::keyClick(viewer, Qt::Key_Escape);
        QTRY_VERIFY(!conversationView()->imageViewer());
        // A window manager gives the focus back; offscreen, the test does (the session
        // marks messages read only while the window is active).
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());

        // The list says what the message carries when it has no text.
        composer->tray()->addFiles({files.at(0)});
        QTest::keyClick(composer->edit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(
            rowOf(m_openId).data(ConversationListModel::LastMessagePreviewRole).toString(),
            inbox::attachmentSummary(
                {api::Attachment{u"1"_s, u"front.jpg"_s, u"image/jpeg"_s, 1, 0, 0, {}, {}}}),
            15000);
    }

    void theBuyerTypesThenReplies()
    {
        QLabel *typing = conversationView()->typingLabel();
        QVERIFY(typing->text().isEmpty());
        QCOMPARE(m_http
                     .postJson(m_sandbox->apiUrl(u"/api/conversations/%1/typing"_s.arg(m_openId)),
                               {}, m_buyerToken)
                     .status,
                 204);
        QTRY_COMPARE_WITH_TIMEOUT(typing->text(), u"Ada Novak is typing…"_s, 5000);
        QVERIFY(typing->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(
            !rowOf(m_openId).data(ConversationListModel::TypingRole).toString().isEmpty(), 2000);

        const QString reply = u"Yes please, I'll take it"_s;
        QVERIFY(buyerSays(m_openId, reply));
        QTRY_COMPARE_WITH_TIMEOUT(lastBody(), reply, 5000);
        QCOMPARE(typing->text(), QString()); // the message ends the typing at once
        QVERIFY(rowOf(m_openId).data(ConversationListModel::TypingRole).toString().isEmpty());
        QTest::qWait(200);
        QCOMPARE(countOfBody(reply), 1);
        QCOMPARE(
            messages()->index(messages()->rowCount() - 1).data(MessageListModel::MineRole).toBool(),
            false);
        QCOMPARE(topConversation(), m_openId);
        QTRY_COMPARE_WITH_TIMEOUT(
            rowOf(m_openId).data(ConversationListModel::UnreadCountRole).toInt(), 0, 5000);
        QCOMPARE(rowOf(m_openId).data(ConversationListModel::LastMessagePreviewRole).toString(),
                 reply);

        // Typing without a message ends on its own after about 5 s.
        QCOMPARE(m_http
                     .postJson(m_sandbox->apiUrl(u"/api/conversations/%1/typing"_s.arg(m_openId)),
                               {}, m_buyerToken)
                     .status,
                 204);
        QTRY_COMPARE_WITH_TIMEOUT(typing->text(), u"Ada Novak is typing…"_s, 5000);
        QElapsedTimer shown;
        shown.start();
        QTRY_COMPARE_WITH_TIMEOUT(typing->text(), QString(), 8000);
        QVERIFY2(shown.elapsed() > 3000, qPrintable(QString::number(shown.elapsed())));
    }

    void aReplyElsewhereMovesItsConversationUpWithABadge()
    {
        qint64 other = 0;
        for (int row = 0; row < conversations()->rowCount(); ++row) {
            const QModelIndex index = conversations()->index(row);
            if (index.data(ConversationListModel::CounterpartIdRole).toLongLong() == m_buyerId &&
                index.data(ConversationListModel::IdRole).toLongLong() != m_openId) {
                other = index.data(ConversationListModel::IdRole).toLongLong();
                break;
            }
        }
        QVERIFY(other > 0);
        QVERIFY(topConversation() != other);
        const int unreadBefore = rowOf(other).data(ConversationListModel::UnreadCountRole).toInt();
        const int totalBefore = conversations()->totalUnread();

        const QString question = u"Is the other one still for sale?"_s;
        QVERIFY(buyerSays(other, question));
        QTRY_COMPARE_WITH_TIMEOUT(topConversation(), other, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(other).data(ConversationListModel::UnreadCountRole).toInt(),
                                  unreadBefore + 1, 5000);
        QCOMPARE(conversations()->totalUnread(), totalBefore + 1);
        QVERIFY(m_window->windowTitle().contains(u"(%1)"_s.arg(totalBefore + 1)));
        QCOMPARE(listView()
                     ->model()
                     ->index(0, 0)
                     .data(ConversationListModel::LastMessagePreviewRole)
                     .toString(),
                 question);

        // The badge is laid out and painted on that row, not on the open one.
        auto *delegate = static_cast<ui::ConversationDelegate *>(listView()->itemDelegate());
        const QModelIndex top = listView()->model()->index(0, 0);
        QVERIFY(delegate->layoutFor(optionFor(listView(), top), top).badge.isValid());
        const QModelIndex open = viewIndexOf(m_openId);
        QVERIFY(!delegate->layoutFor(optionFor(listView(), open), open).badge.isValid());

        // The re-sort keeps the seller where they were: same conversation selected and open.
        QCOMPARE(m_window->conversationList()->currentConversationId(), m_openId);
        QCOMPARE(conversationView()->conversationId(), m_openId);
        QCOMPARE(messages()->conversationId(), m_openId);
        QVERIFY(countOfBody(question) == 0);
    }

    void thePresenceDotFollowsTheBuyer()
    {
        const auto dotColor = [this] {
            const QModelIndex index = viewIndexOf(m_openId);
            auto *delegate = static_cast<ui::ConversationDelegate *>(listView()->itemDelegate());
            const QRect avatar = delegate->layoutFor(optionFor(listView(), index), index).avatar;
            const int dot = std::max(8, avatar.width() / 4);
            const QPoint centre =
                QRect(avatar.right() - dot + 2, avatar.bottom() - dot + 2, dot, dot).center();
            return listView()->viewport()->grab().toImage().pixelColor(centre);
        };
        const QColor online(0x2e, 0xb8, 0x5c);
        QVERIFY(!rowOf(m_openId).data(ConversationListModel::OnlineRole).toBool());
        QVERIFY(conversationView()->presenceLabel()->text() != u"Online"_s);
        QVERIFY(dotColor() != online);

        // buyer1 as a browser would be: presence-online through Echo.
        inbox::ServerProfile buyerProfile = profile();
        realtime::HttpChannelAuthorizer authorizer(buyerProfile.authEndpoint(), [this] {
            return realtime::HttpChannelAuthorizer::Headers{
                {"Authorization", "Bearer " + m_buyerToken.toUtf8()}};
        });
        auto client =
            std::make_unique<realtime::PusherClient>(buyerProfile.pusherOptions(), &authorizer);
        realtime::Echo echo(client.get());
        echo.join(u"online"_s);
        client->open();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(m_openId).data(ConversationListModel::OnlineRole).toBool(),
                                 5000);
        QTRY_COMPARE_WITH_TIMEOUT(conversationView()->presenceLabel()->text(), u"Online"_s, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(dotColor(), online, 2000);

        client->close();
        QTRY_VERIFY_WITH_TIMEOUT(!rowOf(m_openId).data(ConversationListModel::OnlineRole).toBool(),
                                 5000);
        QTRY_VERIFY_WITH_TIMEOUT(conversationView()->presenceLabel()->text() != u"Online"_s, 2000);
        QVERIFY(!conversationView()->presenceLabel()->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(dotColor() != online, 2000);
    }

    void anHtmlBodyIsShownAsText()
    {
        const QString body = u"<img src=x onerror=alert(1)> <b>bold</b>"_s;
        QVERIFY(buyerSays(m_openId, body));
        QTRY_COMPARE_WITH_TIMEOUT(lastBody(), body, 5000);
        const QModelIndex index = messages()->index(messages()->rowCount() - 1);
        const QFont font = conversationView()->messageList()->font();
        std::unique_ptr<QTextDocument> document = ui::MessageDelegate::bodyDocument(
            index.data(MessageListModel::BodyRole).toString(), font, Qt::blue);
        QCOMPARE(document->toPlainText(), body);
        const QString html = document->toHtml();
        QVERIFY2(!html.contains(u"<img"_s, Qt::CaseInsensitive), qPrintable(html));
        QVERIFY2(!html.contains(u"<b>"_s, Qt::CaseInsensitive), qPrintable(html));
        QVERIFY2(html.contains(u"&lt;img src=x onerror=alert(1)&gt; &lt;b&gt;bold&lt;/b&gt;"_s),
                 qPrintable(html));
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                QVERIFY(!it.fragment().charFormat().isImageFormat());
                QVERIFY(it.fragment().charFormat().fontWeight() <= QFont::Normal);
            }
        }
        // The list's preview and the painted row: text as well.
        QCOMPARE(rowOf(m_openId).data(ConversationListModel::LastMessagePreviewRole).toString(),
                 body);
        QImage painted = conversationView()->messageList()->viewport()->grab().toImage();
        QVERIFY(!painted.isNull());
    }

    void onlyHttpLinksAreClickable()
    {
        const QString body = u"see https://example.test/x and javascript:alert(1) and ftp://x"_s;
        QVERIFY(buyerSays(m_openId, body));
        QTRY_COMPARE_WITH_TIMEOUT(lastBody(), body, 5000);

        std::unique_ptr<QTextDocument> document =
            ui::MessageDelegate::bodyDocument(body, QFont(), Qt::blue);
        QStringList anchors;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().isAnchor())
                    anchors.append(it.fragment().charFormat().anchorHref());
            }
        }
        QCOMPARE(anchors, QStringList{u"https://example.test/x"_s});

        ui::MessageListView *list = conversationView()->messageList();
        QTRY_VERIFY2_WITH_TIMEOUT(list->isAtBottom(),
                                  qPrintable(u"value %1 of %2, new-messages button %3"_s
                                                 .arg(list->verticalScrollBar()->value())
                                                 .arg(list->verticalScrollBar()->maximum())
                                                 .arg(list->newMessagesButton()->isVisible())),
                                  3000);
        const QModelIndex index =
            list->model()->index(list->model()->rowCount() - 1, 0); // the view's own model
        QCOMPARE(index.data(MessageListModel::BodyRole).toString(), body);
        QTRY_VERIFY2_WITH_TIMEOUT(
            list->viewport()->rect().contains(list->visualRect(index)),
            qPrintable(u"row %1 at %2,%3 %4x%5 in %6x%7, value %8 of %9"_s.arg(index.row())
                           .arg(list->visualRect(index).x())
                           .arg(list->visualRect(index).y())
                           .arg(list->visualRect(index).width())
                           .arg(list->visualRect(index).height())
                           .arg(list->viewport()->width())
                           .arg(list->viewport()->height())
                           .arg(list->verticalScrollBar()->value())
                           .arg(list->verticalScrollBar()->maximum())),
            3000);
        auto *delegate = static_cast<ui::MessageDelegate *>(list->itemDelegate());
        const QStyleOptionViewItem option = optionFor(list, index);

        const QPoint overHttps = pointOfCharacter(list, index, int(body.indexOf(u"example"_s)));
        const QPoint overJavascript =
            pointOfCharacter(list, index, int(body.indexOf(u"javascript"_s)) + 3);
        const QPoint overFtp = pointOfCharacter(list, index, int(body.indexOf(u"ftp"_s)) + 1);
        QCOMPARE(delegate->linkAt(option, index, overHttps), u"https://example.test/x"_s);
        QCOMPARE(delegate->linkAt(option, index, overJavascript), QString());
        QCOMPARE(delegate->linkAt(option, index, overFtp), QString());

        m_openedUrls.clear();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, overJavascript);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, overFtp);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, overHttps);
        QCOMPARE(m_openedUrls, QList<QUrl>{QUrl(u"https://example.test/x"_s)});
    }

    void theBannerWaitsThenGoesAndNothingIsLost()
    {
        ui::ConnectionBanner *banner = m_window->banner();
        QVERIFY(!banner->isVisible());

        // A message the window's socket misses (broadcast to everyone but that socket),
        // then one of ours, newer: the catch-up after the outage must still bring it.
        const QString missed = u"You missed this one on the socket"_s;
        QCOMPARE(m_http
                     .postJson(m_sandbox->apiUrl(u"/api/conversations/%1/messages"_s.arg(m_openId)),
                               {{u"body"_s, missed}}, m_buyerToken,
                               {{"X-Socket-ID", m_session->echo()->socketId().toUtf8()}})
                     .status,
                 201);
        const QString ours = u"Ours, newer than the missed one"_s;
        {
            const std::unique_ptr<DeliveryLog> log = followDelivery(messages(), ours);
            QTest::keyClicks(conversationView()->composer()->edit(), ours);
            QTest::keyClick(conversationView()->composer()->edit(), Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(log->states.contains(MessageListModel::Delivery::Sent), 5000);
        }
        QTest::qWait(300);
        QCOMPARE(countOfBody(missed), 0);

        QElapsedTimer lost;
        QObject watching;
        connect(m_session.get(), &InboxSession::connectionChanged, &watching,
                [&lost](ConnectionState state) {
                    if (state != ConnectionState::Online && !lost.isValid())
                        lost.start();
                });
        // Short retries: the outbox gets its message through the REST API as soon as the
        // server is back, before the WebSocket reconnects (the order that once left a hole).
        m_session->outbox()->setRetryDelays(std::chrono::milliseconds(200),
                                            std::chrono::milliseconds(400));
        QCOMPARE(m_sandbox->stop(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(lost.isValid(), 5000);
        QVERIFY(m_session->connection() != ConnectionState::Online);

        // No flicker: nothing during the first seconds.
        QTest::qWait(int(std::max<qint64>(0, 1000 - lost.elapsed())));
        QVERIFY(!banner->isVisible());
        QVERIFY(banner->message().isEmpty());

        // Written while offline: pending, kept.
        const QString offline =
            u"Written while offline %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        const std::unique_ptr<DeliveryLog> log = followDelivery(messages(), offline);
        const QList<MessageListModel::Delivery> &states = log->states;
        QTest::keyClicks(conversationView()->composer()->edit(), offline);
        QTest::keyClick(conversationView()->composer()->edit(), Qt::Key_Return);
        QCOMPARE(countOfBody(offline), 1);

        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 4000);
        QVERIFY2(lost.elapsed() >= 1900,
                 qPrintable(QString::number(lost.elapsed()))); // 2 s, coarse timer
        QVERIFY(!banner->message().isEmpty());
        QVERIFY(banner->height() > 0);
        QVERIFY(!states.isEmpty());
        QCOMPARE(states.first(), MessageListModel::Delivery::Pending);
        QVERIFY(!states.contains(MessageListModel::Delivery::Sent));

        // Back on the same ports; the buyer writes before the window is back, then the
        // outbox delivers (REST), then the WebSocket reconnects and catches up.
        QVERIFY2(m_sandbox.startAgain(), qPrintable(m_sandbox->errorOutput()));
        const QString whileAway = u"Did you get my message?"_s;
        QVERIFY(buyerSays(m_openId, whileAway));
        QTRY_VERIFY_WITH_TIMEOUT(states.contains(MessageListModel::Delivery::Sent), 10000);
        // "Try now" rather than waiting for the backoff.
        if (QPushButton *tryNow = child<QPushButton>(banner, u"Try now"_s);
            tryNow && tryNow->isVisible())
            QTest::mouseClick(tryNow, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->connection(), ConnectionState::Online, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 2000);
        QVERIFY(banner->message().isEmpty());

        QTRY_VERIFY_WITH_TIMEOUT(states.contains(MessageListModel::Delivery::Sent), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(countOfBody(whileAway), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(countOfBody(missed), 1, 5000);
        QTest::qWait(300);
        QCOMPARE(countOfBody(ours), 1);
        QCOMPARE(countOfBody(offline), 1);
        QCOMPARE(countOfBody(whileAway), 1);
        int onServer = 0;
        for (const QJsonValue &message : serverMessages(m_openId, 10))
            onServer += message.toObject().value(u"body"_s).toString() == offline ? 1 : 0;
        QCOMPARE(onServer, 1);
    }

    // Signed out, nothing of the last conversation stays on screen: not its header (the
    // buyer "Online"), not its messages.
    void signingOutLeavesNoConversationShown()
    {
        QVERIFY(conversationView()->conversationId() != 0);
        QVERIFY(conversationView()->presenceLabel()->isVisible());
        m_session->signOut();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), InboxSession::State::SignedOut, 10000);
        QTRY_COMPARE(conversationView()->conversationId(), qint64(0));
        QVERIFY(!conversationView()->presenceLabel()->isVisible());
        QVERIFY(!conversationView()->messageList()->isVisible());
    }
};

QTEST_MAIN(UiWindowTest)
#include "tst_ui_window.moc"
