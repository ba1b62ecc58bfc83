// Writes the screenshots of docs/screenshots/ (not a test: run it by hand after a visual
// change). A marketplace runs in this process with the demo data and no simulated
// buyers; the window signs in as the demo seller, opens the newest conversation and is
// grabbed in a light and a dark palette, then its Awaiting reply filter (the longest
// wait first) in both, with buyer1 typing, the saved replies' "/" completer and the
// search of every message in both, with
// the connection banner after the
// marketplace went away, and the sign-in dialog; then buyer1's two photos (drawn by the
// sandbox's SimulatedPhoto) and the seller's photo and PDF in light and dark
// (attachments-*.png), and a photo and a PDF waiting to be sent while offline
// (attachments-sending-*.png).
//
//   QT_QPA_PLATFORM=offscreen LANG=en_US.UTF-8 build/dev/tests/ui/screenshot_tool docs/screenshots
#include "DarkPalette.h"
#include "SandboxSession.h"
#include "StillDemoSandbox.h"
#include "TestHttp.h"

#include "AttachmentImages.h"
#include "AttachmentTray.h"
#include "Composer.h"
#include "ConnectionBanner.h"
#include "ConversationListPanel.h"
#include "ConversationView.h"
#include "MainWindow.h"
#include "MessageListView.h"
#include "MessageSearchDialog.h"
#include "SavedReplyCompleter.h"
#include "SignInDialog.h"
#include "SimulatedPhoto.h"
#include "Translations.h"
#include "inbox/InboxSession.h"
#include "realtime/ChannelAuthorizer.h"
#include "realtime/Echo.h"
#include "realtime/PusherClient.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QUuid>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace envisage;
using envisage::testing::ui::darkPalette;

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs, const char *what)
{
    if (QTest::qWaitFor(condition, timeoutMs))
        return true;
    std::fprintf(stderr, "screenshot_tool: timed out waiting for %s\n", what);
    return false;
}

bool save(QWidget *widget, const QString &folder, const QString &name)
{
    const QString path = QDir(folder).filePath(name);
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "screenshot_tool: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(QDir::cleanPath(QDir::current().absoluteFilePath(path))));
    return true;
}

// The light and the dark picture of the window.
bool saveBoth(QWidget *window, const QString &folder, const QString &name)
{
    QTest::qWait(300);
    bool ok = save(window, folder, name + u"-light.png"_s);
    QApplication::setPalette(darkPalette());
    QTest::qWait(300);
    ok = save(window, folder, name + u"-dark.png"_s) && ok;
    QApplication::setPalette(QApplication::style()->standardPalette());
    QTest::qWait(300);
    return ok;
}

// The window's picture with `overlay` (a popup, a dialog: a window of its own) drawn over
// it where it stands.
bool saveWithOverlay(QWidget *window, QWidget *overlay, const QString &folder, const QString &name)
{
    QTest::qWait(300);
    QPixmap shot = window->grab();
    QPainter painter(&shot);
    painter.drawPixmap(window->mapFromGlobal(overlay->mapToGlobal(QPoint(0, 0))), overlay->grab());
    painter.end();
    const QString path = QDir(folder).filePath(name);
    std::printf("%s\n", qPrintable(path));
    return shot.save(path);
}

// POST /api/attachments as a browser's FormData would; the attachment's id.
QString upload(testing::TestHttp &http, const QUrl &api, const QString &token,
               const QByteArray &bytes, const QByteArray &name)
{
    const QByteArray boundary = "----screenshot-tool-boundary";
    const QByteArray clientId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QByteArray body =
        "--" + boundary + "\r\nContent-Disposition: form-data; name=\"client_id\"\r\n\r\n" +
        clientId + "\r\n--" + boundary +
        "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name +
        "\"\r\nContent-Type: image/jpeg\r\n\r\n" + bytes + "\r\n--" + boundary + "--\r\n";
    return http
        .send("POST", api.resolved(QUrl(u"/api/attachments"_s)), body,
              "multipart/form-data; boundary=" + boundary, token)
        .json()
        .value(u"data"_s)
        .toObject()
        .value(u"id"_s)
        .toString();
}

// Every photo of the last rows decoded (or given up on).
bool thumbnailsShown(inbox::InboxSession &session, ui::AttachmentImages *images)
{
    inbox::MessageListModel *messages = session.messages();
    for (int row = std::max(0, messages->rowCount() - 4); row < messages->rowCount(); ++row) {
        for (const QVariant &attachment :
             messages->index(row).data(inbox::MessageListModel::AttachmentsRole).toList()) {
            const QVariantMap map = attachment.toMap();
            if (ui::AttachmentImages::isImage(map) && !map.contains(u"uploaded"_s)) {
                images->image(map);
                if (images->state(map) == ui::AttachmentImages::State::Loading)
                    return false;
            }
        }
    }
    return true;
}

// The same photo and PDF from the composer's tray (a folder that outlives the tool's run
// is not needed: the outbox copies them).
void sendFromTheTray(ui::MainWindow &window, const QString &folder, const QString &text)
{
    const QString photo = QDir(folder).filePath(u"brass-lamp.jpg"_s);
    QFile(photo).remove();
    sandbox::SimulatedPhoto::draw(u"Brass floor lamp"_s, 11).save(photo, "JPEG");
    const QString pdf = QDir(folder).filePath(u"receipt-2024-03.pdf"_s);
    QFile file(pdf);
    if (file.open(QIODevice::WriteOnly))
        file.write("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    file.close();
    ui::Composer *composer = window.conversationView()->composer();
    composer->tray()->addFiles({photo, pdf});
    QTest::keyClicks(composer->edit(), text);
    QTest::keyClick(composer->edit(), Qt::Key_Return);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(QApplication::style()->standardPalette());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"envisage-screenshots"_s);
    QCoreApplication::setApplicationName(u"screenshot_tool"_s);
    ui::Translations::install(QString()); // as the app does: the system's language (LANG)
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"docs/screenshots"_s;
    if (!QDir().mkpath(folder)) {
        std::fprintf(stderr, "screenshot_tool: cannot create %s\n", qPrintable(folder));
        return 1;
    }

    auto marketplace = testing::startStillDemoSandbox("screenshot_tool");
    if (!marketplace)
        return 1;
    const inbox::ServerProfile profile =
        inbox::ServerProfile::fromSandboxReady(marketplace->readyInfo());

    secrets::MemorySecretStore secrets;
    const auto ownSession = testing::newSession(profile, u":memory:"_s, &secrets);
    inbox::InboxSession &session = *ownSession;
    ui::MainWindow window(&session);
    window.resize(1100, 700);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    session.signIn(u"seller@envisage.test"_s, u"demo-seller"_s);
    if (!waitFor([&] { return session.state() == inbox::InboxSession::State::Ready; }, 10000,
                 "the sign-in") ||
        !waitFor([&] { return session.conversations()->rowCount() >= 20; }, 10000,
                 "the conversations") ||
        !waitFor([&] { return session.connection() == inbox::InboxSession::Connection::Online; },
                 10000, "the connection"))
        return 1;

    // buyer1 online (the green dot, "Online" in the header), as a browser would be.
    testing::TestHttp http;
    const QString buyerToken =
        http.login(profile.apiUrl, u"buyer1@envisage.test"_s, u"demo-buyer"_s);
    realtime::HttpChannelAuthorizer authorizer(profile.authEndpoint(), [&buyerToken] {
        return realtime::HttpChannelAuthorizer::Headers{
            {"Authorization", "Bearer " + buyerToken.toUtf8()}};
    });
    auto buyer = std::make_unique<realtime::PusherClient>(profile.pusherOptions(), &authorizer);
    realtime::Echo echo(buyer.get());
    echo.join(u"online"_s);
    buyer->open();

    const qint64 first =
        session.conversations()->index(0).data(inbox::ConversationListModel::IdRole).toLongLong();
    window.openConversation(first);
    if (!waitFor([&] { return session.messages()->messageCount() > 10; }, 10000, "the messages") ||
        !waitFor(
            [&] {
                return session.conversations()->isOnline(
                    session.conversations()
                        ->index(0)
                        .data(inbox::ConversationListModel::CounterpartIdRole)
                        .toLongLong());
            },
            5000, "buyer1 online"))
        return 1;
    QTest::qWait(500); // scrolled to the newest message, everything painted

    bool ok = save(&window, folder, u"inbox-light.png"_s);

    QApplication::setPalette(darkPalette());
    QTest::qWait(300);
    ok = save(&window, folder, u"inbox-dark.png"_s) && ok;
    QApplication::setPalette(QApplication::style()->standardPalette());
    QTest::qWait(300);

    // Triage: Awaiting reply with the longest wait first (amber after 12 h, red after 20 h).
    inbox::ConversationListModel *list = session.conversations();
    list->setAwaitingOrder(store::ConversationOrder::LongestWait);
    window.conversationList()->showFilter(store::ConversationFilter::AwaitingReply);
    if (!waitFor(
            [&] {
                return list->rowCount() >= 3 &&
                       !list->index(list->rowCount() - 1)
                            .data(inbox::ConversationListModel::PlaceholderRole)
                            .toBool();
            },
            5000, "the Awaiting reply filter"))
        return 1;
    QTest::qWait(300);
    ok = save(&window, folder, u"triage-light.png"_s) && ok;
    QApplication::setPalette(darkPalette());
    QTest::qWait(300);
    ok = save(&window, folder, u"triage-dark.png"_s) && ok;
    QApplication::setPalette(QApplication::style()->standardPalette());
    window.conversationList()->showFilter(store::ConversationFilter::Inbox);
    list->setAwaitingOrder(store::ConversationOrder::Activity);
    if (!waitFor([&] { return list->rowOfConversation(first) >= 0; }, 5000, "the Inbox filter"))
        return 1;
    window.openConversation(first);
    QTest::qWait(300);

    http.postJson(profile.apiUrl.resolved(QUrl(u"/api/conversations/%1/typing"_s.arg(first))), {},
                  buyerToken);
    if (!waitFor([&] { return !window.conversationView()->typingLabel()->text().isEmpty(); }, 5000,
                 "the typing indicator"))
        return 1;
    QTest::qWait(200);
    ok = save(&window, folder, u"typing.png"_s) && ok;

    // The saved replies' completer, opened by "/" in the composer (a popup: drawn over the
    // window's picture where it stands).
    {
        ui::Composer *composer = window.conversationView()->composer();
        if (!waitFor([&] { return session.savedReplyModel()->rowCount() > 0; }, 5000,
                     "the demo seller's saved replies"))
            return 1;
        composer->edit()->setFocus();
        QTest::keyClicks(composer->edit(), u"/"_s);
        QListView *popup = composer->completer()->popup();
        if (!waitFor([&] { return popup && popup->isVisible(); }, 5000, "the completer"))
            return 1;
        ok = saveWithOverlay(&window, popup, folder, u"saved-replies-light.png"_s) && ok;
        QApplication::setPalette(darkPalette());
        ok = saveWithOverlay(&window, popup, folder, u"saved-replies-dark.png"_s) && ok;
        QApplication::setPalette(QApplication::style()->standardPalette());
        QTest::keyClick(composer->edit(), Qt::Key_Escape);
        composer->edit()->clear();
    }

    // Search every message (Ctrl+Shift+F): the cache's matches, then the marketplace's,
    // the matched words highlighted. The dialog is a window of its own: drawn over the
    // main window's picture where it stands.
    {
        ui::MessageSearchDialog *search = window.showMessageSearch();
        if (!QTest::qWaitForWindowExposed(search))
            return 1;
        QTest::keyClicks(search->queryEdit(), u"photo"_s);
        QAbstractItemModel *results = search->resultList()->model();
        if (!waitFor([&] { return results->rowCount() >= 3; }, 5000, "the search results"))
            return 1;
        QTest::qWait(600); // the marketplace's answer merged in
        ok = saveWithOverlay(&window, search, folder, u"search-light.png"_s) && ok;
        QApplication::setPalette(darkPalette());
        ok = saveWithOverlay(&window, search, folder, u"search-dark.png"_s) && ok;
        QApplication::setPalette(QApplication::style()->standardPalette());
        search->close();
    }

    {
        ui::SignInDialog dialog(profile, &window);
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return 1;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == u"Email"_s)
                edit->setText(u"seller@envisage.test"_s);
        }
        QTest::qWait(200);
        ok = save(&dialog, folder, u"sign-in.png"_s) && ok;
    }

    // Photos from buyer1, a photo and a receipt from the seller.
    const QUrl api = profile.apiUrl;
    QJsonArray ids;
    for (quint32 seed : {3u, 5u})
        ids.append(upload(http, api, buyerToken,
                          sandbox::SimulatedPhoto::jpeg(u"Walnut desk"_s, seed), "desk.jpg"));
    ids.append(upload(http, api, buyerToken, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n",
                      "my-order-confirmation.pdf"));
    http.postJson(api.resolved(QUrl(u"/api/conversations/%1/messages"_s.arg(first))),
                  {{u"body"_s, u"Is this mark on yours too? Mine has two, and here is my order."_s},
                   {u"attachment_ids"_s, ids}},
                  buyerToken);
    const QString scratch = QDir(folder).filePath(u".attachments"_s);
    QDir().mkpath(scratch);
    sendFromTheTray(window, scratch, u"No marks on mine. Here is the lamp and its receipt."_s);
    ui::AttachmentImages *images = window.conversationView()->attachmentImages();
    if (!waitFor(
            [&] {
                const QModelIndex last =
                    session.messages()->index(session.messages()->rowCount() - 1);
                return last.data(inbox::MessageListModel::IdRole).toLongLong() > 0 &&
                       last.data(inbox::MessageListModel::AttachmentsRole).toList().size() == 2 &&
                       !last.data(inbox::MessageListModel::AttachmentsRole)
                            .toList()
                            .constFirst()
                            .toMap()
                            .contains(u"uploaded"_s) &&
                       thumbnailsShown(session, images);
            },
            15000, "the photos"))
        return 1;
    window.conversationView()->messageList()->scrollToNewest();
    ok = saveBoth(&window, folder, u"attachments"_s) && ok;

    // The marketplace goes away (buyer1 left and stopped typing); the banner waits 2 s
    // before it says so.
    buyer.reset();
    waitFor([&] { return window.conversationView()->typingLabel()->text().isEmpty(); }, 8000,
            "the typing to end");
    bool closed = false;
    marketplace->shutdown([&closed] { closed = true; });
    waitFor([&] { return closed; }, 3000, "the sandbox to close");
    marketplace.reset();
    QTest::qWait(2500);
    if (!window.banner()->isVisible())
        std::fprintf(stderr, "screenshot_tool: the banner is not visible after 2.5 s\n");
    ok = save(&window, folder, u"offline-banner.png"_s) && ok;

    // Files sent while offline wait on the bubble with their progress.
    sendFromTheTray(window, scratch, u"And the other lamp."_s);
    QTest::qWait(1000);
    window.conversationView()->messageList()->scrollToNewest();
    ok = saveBoth(&window, folder, u"attachments-sending"_s) && ok;
    QDir(scratch).removeRecursively();
    return ok ? 0 : 1;
}
