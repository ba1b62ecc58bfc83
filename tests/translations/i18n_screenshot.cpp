// The window in one language, for a look at the translations in place (not a test: run
// it by hand after changing a .ts file). A marketplace runs in this process with the demo
// data; the window signs in as the demo seller, opens the newest conversation, buyer1
// comes online and types in it, another conversation keeps a draft, and the window is grabbed at
// 1100x700 as <folder>/inbox-<language>.png. With --extras it also writes the signed-out banner,
// the settings and the sign-in dialogs (inbox-<language>-banner.png, settings-<language>.png,
// sign-in-<language>.png).
//
//   QT_QPA_PLATFORM=offscreen build/dev/tests/translations/i18n_screenshot ar docs/screenshots
#include "StillDemoSandbox.h"
#include "TestHttp.h"

#include "ConnectionBanner.h"
#include "ConversationView.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "Translations.h"
#include "inbox/InboxSession.h"
#include "realtime/ChannelAuthorizer.h"
#include "realtime/Echo.h"
#include "realtime/PusherClient.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace envisage;

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs, const char *what)
{
    if (QTest::qWaitFor(condition, timeoutMs))
        return true;
    std::fprintf(stderr, "i18n_screenshot: timed out waiting for %s\n", what);
    return false;
}

bool save(QWidget *widget, const QString &folder, const QString &name)
{
    const QString path = QDir(folder).filePath(name);
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "i18n_screenshot: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(QDir::cleanPath(QDir::current().absoluteFilePath(path))));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const bool extras = arguments.removeAll(u"--extras"_s) > 0;
    if (arguments.isEmpty()) {
        std::fprintf(stderr, "usage: i18n_screenshot <language> [folder] [--extras]\n");
        return 2;
    }
    const QString language = arguments.at(0);
    const QString folder = arguments.size() > 1 ? arguments.at(1) : u"docs/screenshots"_s;
    if (!QDir().mkpath(folder)) {
        std::fprintf(stderr, "i18n_screenshot: cannot create %s\n", qPrintable(folder));
        return 1;
    }
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(QApplication::style()->standardPalette());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"envisage-screenshots"_s);
    QCoreApplication::setApplicationName(u"i18n_screenshot"_s);
    if (ui::Translations::install(language) != language) {
        std::fprintf(stderr, "i18n_screenshot: no translation for %s\n", qPrintable(language));
        return 1;
    }

    const auto marketplace = testing::startStillDemoSandbox("i18n_screenshot");
    if (!marketplace)
        return 1;
    const inbox::ServerProfile profile =
        inbox::ServerProfile::fromSandboxReady(marketplace->readyInfo());

    secrets::MemorySecretStore secrets;
    inbox::InboxSession::Options options;
    options.cachePath = u":memory:"_s;
    options.rememberSignIn = false;
    inbox::InboxSession session(profile, &secrets, options);
    ui::MainWindow window(&session);
    window.resize(1100, 700);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    session.signIn(u"seller@envisage.test"_s, u"demo-seller"_s);
    if (!waitFor([&] { return session.state() == inbox::InboxSession::State::Ready; }, 10000,
                 "the sign-in") ||
        !waitFor([&] { return session.conversations()->rowCount() >= 3; }, 10000,
                 "the conversations") ||
        !waitFor([&] { return session.connection() == inbox::InboxSession::Connection::Online; },
                 10000, "the connection"))
        return 1;

    const auto idAt = [&session](int row) {
        return session.conversations()
            ->index(row)
            .data(inbox::ConversationListModel::IdRole)
            .toLongLong();
    };
    const qint64 first = idAt(0);
    session.setDraft(idAt(2), u"I can deliver it tomorrow at 10 am"_s);
    window.openConversation(first);
    if (!waitFor([&] { return session.messages()->messageCount() > 5; }, 10000, "the messages"))
        return 1;

    // buyer1 online (the green dot) and typing in the open conversation ("… is typing…"
    // and the list's preview).
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
    const qint64 buyerId = session.conversations()
                               ->index(0)
                               .data(inbox::ConversationListModel::CounterpartIdRole)
                               .toLongLong();
    waitFor([&] { return session.conversations()->isOnline(buyerId); }, 5000, "buyer1 online");
    http.postJson(profile.apiUrl.resolved(QUrl(u"/api/conversations/%1/typing"_s.arg(first))), {},
                  buyerToken);
    waitFor([&] { return !window.conversationView()->typingLabel()->text().isEmpty(); }, 5000,
            "the typing indicator");
    QTest::qWait(500);
    bool ok = save(&window, folder, u"inbox-%1.png"_s.arg(language));

    if (extras) {
        {
            ui::SettingsDialog dialog(ui::AppSettings::load(), &window);
            dialog.show();
            if (QTest::qWaitForWindowExposed(&dialog)) {
                QTest::qWait(200);
                ok = save(&dialog, folder, u"settings-%1.png"_s.arg(language)) && ok;
            }
        }
        {
            ui::SignInDialog dialog(profile, &window);
            dialog.show();
            if (QTest::qWaitForWindowExposed(&dialog)) {
                QTest::qWait(200);
                ok = save(&dialog, folder, u"sign-in-%1.png"_s.arg(language)) && ok;
            }
        }
        session.signOut();
        window.banner()->setSignedOut(true);
        QTest::qWait(500);
        ok = save(&window, folder, u"inbox-%1-banner.png"_s.arg(language)) && ok;
    }

    buyer.reset();
    bool closed = false;
    marketplace->shutdown([&closed] { closed = true; });
    waitFor([&] { return closed; }, 3000, "the sandbox to close");
    return ok ? 0 : 1;
}
