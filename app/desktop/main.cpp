// envisage-inbox: wiring only. The inbox is core/inbox, the window is ui/.
//   envisage-inbox                 the remembered marketplace, or the sign-in dialog
//   envisage-inbox --demo          a local marketplace (envisage-sandbox, a child process)
//                                  with demo data and buyers who answer
#include "DemoSandbox.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "SingleInstance.h"
#include "TerminationSignals.h"
#include "Translations.h"
#include "inbox/InboxSession.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace envisage;

namespace {

// On stderr, and in a dialog when there is a screen to show it on (the sign-in dialog's
// "Try the demo" starts the demo with no terminal to read).
void reportDemoFailure(const QString &message)
{
    std::fprintf(stderr, "envisage-inbox: %s\n", qPrintable(message));
    const QString platform = QGuiApplication::platformName();
    if (platform != u"offscreen"_s && platform != u"minimal"_s)
        QMessageBox::critical(nullptr, QApplication::translate("main", "Demo"), message);
}

inbox::ServerProfile savedProfile(const QString &name)
{
    QSettings settings;
    const QByteArray json =
        settings.value(u"profiles/%1"_s.arg(name.isEmpty() ? u"default"_s : name)).toByteArray();
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    // A first start offers the marketplace; the sandbox and the demo are one click away.
    return object.isEmpty() ? inbox::ServerProfile::envisageMarketplace()
                            : inbox::ServerProfile::fromJson(object);
}

void saveProfile(const QString &name, const inbox::ServerProfile &profile)
{
    QSettings().setValue(u"profiles/%1"_s.arg(name.isEmpty() ? u"default"_s : name),
                         QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

int main(int argc, char *argv[])
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // --help and --version only print: they work without a display too (over SSH, in
    // packaging/verify-deb), where QApplication would abort without a platform plugin.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        for (int i = 1; i < argc; ++i) {
            for (const char *printOnly : {"--version", "-v", "--help", "-h", "--help-all", "-?"}) {
                if (std::strcmp(argv[i], printOnly) == 0)
                    qputenv("QT_QPA_PLATFORM", "offscreen");
            }
        }
    }
#endif
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Envisage"_s);
    QApplication::setApplicationName(u"envisage-inbox"_s);
    QApplication::setApplicationDisplayName(u"Envisage Inbox"_s);
    QApplication::setApplicationVersion(QStringLiteral(ENVISAGE_VERSION));
    QApplication::setDesktopFileName(
        u"app.envisage.Inbox"_s); // resources/app.envisage.Inbox.desktop (Wayland app id)
    QApplication::setWindowIcon(QIcon(u":/envisage/icons/envisage-inbox.svg"_s));
    QApplication::setQuitOnLastWindowClosed(false); // the tray may keep it running

    ui::Translations::install(ui::AppSettings::load().language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Answer your Envisage Marketplace buyers in real time."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"demo"_s,
         QApplication::translate(
             "main", "Start a local marketplace with demo data and sign in as the demo seller.")},
        {u"profile"_s, QApplication::translate("main", "Use the named server profile."), u"name"_s},
        {u"server"_s,
         QApplication::translate("main", "Marketplace API address, e.g. http://127.0.0.1:8000."),
         u"url"_s},
        {u"start-minimized"_s, QApplication::translate("main", "Start in the tray.")},
        {u"verbose"_s, QApplication::translate("main", "Log what happens to the terminal.")},
    });
    parser.process(app);
    if (!parser.isSet(u"verbose"_s))
        QLoggingCategory::setFilterRules(u"envisage.*.info=false"_s);

    const bool demo = parser.isSet(u"demo"_s);
    app::SingleInstance instance(
        u"envisage-inbox-%1%2"_s.arg(qEnvironmentVariable("USER"), demo ? u"-demo"_s : QString()));
    if (instance.notifyRunningInstance())
        return 0;
    instance.listen();

    app::quitOnTerminationSignals(&app);

    // The demo's marketplace is envisage-sandbox, a child process that ends with the app.
    app::DemoSandbox demoMarketplace;
    inbox::ServerProfile profile = savedProfile(parser.value(u"profile"_s));
    if (parser.isSet(u"server"_s))
        profile.apiUrl = QUrl(parser.value(u"server"_s));
    if (demo) {
        if (const auto failure = demoMarketplace.start(parser.isSet(u"verbose"_s))) {
            reportDemoFailure(failure->message);
            return 1;
        }
        profile = inbox::ServerProfile::fromSandboxReady(demoMarketplace.readyInfo());
        profile.name = QApplication::translate("main", "Demo");
    }

    secrets::KeychainSecretStore secrets(u"envisage-inbox"_s);
    inbox::InboxSession::Options options;
    if (demo)
        options.cachePath = u":memory:"_s;
    options.rememberSignIn = !demo;
    inbox::InboxSession session(profile, &secrets, options);
    ui::MainWindow window(&session);
    QObject::connect(&instance, &app::SingleInstance::activationRequested, &window,
                     &ui::MainWindow::showAndRaise);
    QObject::connect(&secrets, &secrets::SecretStore::persistenceLost, &window, [&window] {
        window.showNotice(QApplication::translate(
            "main", "No keychain is available: you will need to sign in again "
                    "the next time Envisage Inbox starts."));
    });
    QObject::connect(&window, &ui::MainWindow::quitRequested, &app, &QApplication::quit);
    QObject::connect(&demoMarketplace, &app::DemoSandbox::stoppedUnexpectedly, &window,
                     &ui::MainWindow::showNotice);

    // Sign-in when there is no remembered session, or the server ended it.
    ui::SignInDialog *dialog = nullptr;
    const auto askToSignIn = [&] {
        if (!dialog) {
            dialog = new ui::SignInDialog(session.profile(), &window);
            QObject::connect(dialog, &ui::SignInDialog::signInRequested, &session, [&] {
                if (!session.setProfile(dialog->profile())) {
                    dialog->showProblem(QApplication::translate(
                        "main", "Sign out first to sign in to another server."));
                    return;
                }
                dialog->setBusy(true);
                saveProfile(parser.value(u"profile"_s), dialog->profile());
                session.signIn(dialog->email(), dialog->password());
            });
            QObject::connect(dialog, &ui::SignInDialog::demoRequested, &app, [] {
                // The demo runs as its own instance with its own marketplace.
                QProcess::startDetached(QApplication::applicationFilePath(), {u"--demo"_s});
                QApplication::quit();
            });
        }
        dialog->show();
        dialog->raise();
    };
    QObject::connect(&session, &inbox::InboxSession::signInRequired, &window, askToSignIn);
    QObject::connect(&window, &ui::MainWindow::signInRequested, &window, askToSignIn);
    QObject::connect(&session, &inbox::InboxSession::signInFailed, &window,
                     [&](const api::ApiError &error) {
                         if (dialog && dialog->isVisible())
                             dialog->showError(error);
                     });
    QObject::connect(&session, &inbox::InboxSession::signedIn, &window, [&] {
        if (dialog)
            dialog->hide();
    });
    QObject::connect(&window, &ui::MainWindow::signOutRequested, &session, [&] {
        session.signOut();
        askToSignIn();
    });

    const bool minimized =
        parser.isSet(u"start-minimized"_s) || ui::AppSettings::load().startMinimized;
    if (!minimized || !QSystemTrayIcon::isSystemTrayAvailable())
        window.show();
    if (demo)
        session.signIn(u"seller@envisage.test"_s, u"demo-seller"_s);
    else
        session.restore();
    const int code = app.exec();
    demoMarketplace.stop();
    return code;
}
