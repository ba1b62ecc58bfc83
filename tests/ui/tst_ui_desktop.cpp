// The window's place on the desktop, offscreen and with no server: starting at login (a
// real XDG autostart entry, checked by desktop-file-validate, switched from Settings),
// the shortcuts card (Ctrl+/: every shortcut the window binds, and nothing it does not),
// the composer's emoji button (inserts, remembers the recent ones, draws in colour where
// the system has a colour emoji font) and the sign-in dialog's first choice.
// XDG_CONFIG_HOME is a scratch folder, set before anything reads it: the user's own
// autostart folder and settings are never touched.
#include "Composer.h"
#include "ConversationView.h"
#include "EmojiPicker.h"
#include "MainWindow.h"
#include "MessageSearchDialog.h"
#include "SavedReplyManager.h"
#include "SavedReplyPicker.h"
#include "SettingsDialog.h"
#include "ShortcutsOverlay.h"
#include "SignInDialog.h"
#include "StartAtLogin.h"
#include "UiProbe.h"
#include "inbox/InboxSession.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <memory>

using namespace Qt::StringLiterals;
using namespace envisage;
using envisage::testing::ui::child;
using inbox::InboxSession;

namespace {

// The Exec key's value as desktop-entry readers take it: string escapes first (\\ → \),
// then the quoted arguments (\" \` \$ \\ inside quotes).
QStringList execArguments(const QString &value)
{
    QString unescaped;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == u'\\' && i + 1 < value.size() && value.at(i + 1) == u'\\')
            ++i;
        unescaped += value.at(i);
    }
    QStringList arguments;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < unescaped.size(); ++i) {
        const QChar c = unescaped.at(i);
        if (quoted && c == u'\\' && i + 1 < unescaped.size()) {
            current += unescaped.at(++i);
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u' ' && !quoted) {
            arguments.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    arguments.append(current);
    return arguments;
}

QString desktopEntryValue(const QString &path, const QString &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key.toUtf8() + '='))
            return QString::fromUtf8(line.mid(key.size() + 1));
    }
    return {};
}

void rewrite(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray contents = file.readAll();
    file.close();
    contents.replace(from, to);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(contents);
}

// The focusable controls under `root` (the root included, other windows not) that a
// screen reader would announce without a name, as "class "text" (in parent) in window".
QStringList namelessControls(QWidget *root)
{
    QStringList nameless;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || (widget->isWindow() && widget != root))
            continue;
        // A spin box's line edit hands the focus to the box: the box's name is said.
        QWidget *control = widget->focusProxy() ? widget->focusProxy() : widget;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(control);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            nameless.append(u"%1 \"%2\" (in %3) in %4"_s.arg(
                QString::fromLatin1(widget->metaObject()->className()),
                widget->property("text").toString(),
                QString::fromLatin1(widget->parentWidget()
                                        ? widget->parentWidget()->metaObject()->className()
                                        : "-"),
                root->windowTitle().isEmpty() ? QString::fromLatin1(root->metaObject()->className())
                                              : root->windowTitle()));
    }
    return nameless;
}

} // namespace

class UiDesktopTest : public QObject
{
    Q_OBJECT

    QString m_configHome;
    std::unique_ptr<InboxSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;

    QAction *menuAction(const QString &text) const
    {
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
        QVERIFY2(m_configHome.contains(u"envisage-desktop-test"_s),
                 "main() points XDG_CONFIG_HOME at a scratch folder");
        InboxSession::Options options;
        options.cachePath = u":memory:"_s;
        options.rememberSignIn = false;
        m_session =
            std::make_unique<InboxSession>(inbox::ServerProfile::localSandbox(), nullptr, options);
        m_window = std::make_unique<ui::MainWindow>(m_session.get());
        m_window->resize(1040, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }

    // --- Start at login ---------------------------------------------------------------

    void startAtLoginWritesAnAutostartEntry()
    {
        const QString path = ui::StartAtLogin::entryPath();
        QCOMPARE(path, m_configHome + u"/autostart/app.envisage.Inbox.desktop"_s);
        QVERIFY(!ui::StartAtLogin::isEnabled());
        QVERIFY(!QFileInfo::exists(QFileInfo(path).absolutePath())); // made below

        QCOMPARE(ui::StartAtLogin::setEnabled(true), QString());
        QVERIFY(QFile::exists(path));
        QVERIFY(ui::StartAtLogin::isEnabled());
        // Private, as every file the app writes (the *User bits repeat the owner's for us).
        const QFile::Permissions user = QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
        QCOMPARE(QFile::permissions(path) & ~user, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(QFile::permissions(QFileInfo(path).absolutePath()) & ~user,
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); // made 0700
        // It starts this very executable, in the tray.
        QCOMPARE(execArguments(desktopEntryValue(path, u"Exec"_s)),
                 QStringList({QCoreApplication::applicationFilePath(), u"--start-minimized"_s}));
        if (const QString validator = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
            !validator.isEmpty()) {
            QProcess validate;
            validate.start(validator, {path});
            QVERIFY(validate.waitForFinished(20000));
            QVERIFY2(validate.exitCode() == 0, validate.readAllStandardOutput().constData());
        }

        // A desktop switches an entry off rather than removing it.
        rewrite(path, "X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false");
        QVERIFY(!ui::StartAtLogin::isEnabled());
        rewrite(path, "X-GNOME-Autostart-enabled=false", "Hidden=true");
        QVERIFY(!ui::StartAtLogin::isEnabled());
        QCOMPARE(ui::StartAtLogin::setEnabled(true), QString()); // written anew: on again
        QVERIFY(ui::StartAtLogin::isEnabled());

        QCOMPARE(ui::StartAtLogin::setEnabled(false), QString());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!ui::StartAtLogin::isEnabled());
    }

    // An AppImage in a folder with a space and a '$': quoted and escaped as the Desktop
    // Entry specification wants, so the desktop starts the same file.
    void startAtLoginQuotesAnAwkwardPath()
    {
        const QString awkward = u"/opt/My Apps/envisage $1 100%.AppImage"_s;
        qputenv("APPIMAGE", awkward.toLocal8Bit());
        const QString command = ui::StartAtLogin::commandLine();
        qunsetenv("APPIMAGE");
        QCOMPARE(command, uR"("/opt/My Apps/envisage \\$1 100%%.AppImage" --start-minimized)"_s);
        // %% is the Exec key's own escape of %, left for the launcher.
        QCOMPARE(execArguments(command).first(), u"/opt/My Apps/envisage $1 100%%.AppImage"_s);
        // A line break in the path would end the Exec line: written as the escape \n.
        qputenv("APPIMAGE", "/opt/two\nlines.AppImage");
        const QString broken = ui::StartAtLogin::commandLine();
        qunsetenv("APPIMAGE");
        QCOMPARE(broken, uR"("/opt/two\nlines.AppImage" --start-minimized)"_s);
    }

    void startAtLoginExplainsAFolderItCannotWrite()
    {
        // The autostart folder's place is taken by a file.
        QVERIFY(QDir(m_configHome + u"/autostart"_s).removeRecursively());
        QFile blocker(m_configHome + u"/autostart"_s);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString problem = ui::StartAtLogin::setEnabled(true);
        QVERIFY(!problem.isEmpty());
        QVERIFY2(problem.contains(u"autostart"_s), qPrintable(problem));
        QVERIFY(!ui::StartAtLogin::isEnabled());
        QVERIFY(blocker.remove());
    }

    // Settings shows what is on disk and changes it.
    void startAtLoginFromSettings()
    {
        QVERIFY(!ui::StartAtLogin::isEnabled());
        QAction *settings = menuAction(u"&Settings…"_s);
        QVERIFY(settings);
        bool found = false;
        bool wasChecked = true;
        // The dialog is modal: the check runs inside its loop, and always ends it.
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ui::SettingsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (QCheckBox *box =
                    child<QCheckBox>(dialog, u"Start Envisage Inbox when I log in"_s)) {
                found = true;
                wasChecked = box->isChecked();
                box->setChecked(true);
            }
            dialog->accept();
        });
        settings->trigger();
        QVERIFY(found);
        QVERIFY(!wasChecked);
        QVERIFY(ui::StartAtLogin::isEnabled());

        ui::SettingsDialog reopened(ui::AppSettings::load());
        QVERIFY(reopened.startAtLogin());
        QCOMPARE(ui::StartAtLogin::setEnabled(false), QString());
    }

    // --- The shortcuts card -------------------------------------------------------------

    void shortcutsCardOpensWithCtrlSlash()
    {
        ui::ShortcutsOverlay *overlay = m_window->shortcutsOverlay();
        QVERIFY(!overlay->isVisible());
        m_window->activateWindow(); // after the Settings dialog
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Slash, Qt::ControlModifier);
        QTRY_VERIFY(overlay->isVisible());
        QCOMPARE(overlay->geometry(), m_window->rect());

        const QList<ui::ShortcutsOverlay::Entry> entries = overlay->entries();
        const auto keysFor = [&entries](const QString &description) {
            for (const auto &entry : entries) {
                if (entry.description == description)
                    return entry.keys;
            }
            return QString();
        };
        QCOMPARE(keysFor(u"Search Conversations"_s), u"Ctrl+K"_s);
        QCOMPARE(keysFor(u"Next Unread Conversation"_s), u"Ctrl+Tab / Alt+Down"_s);
        QCOMPARE(keysFor(u"Search Messages"_s), u"Ctrl+Shift+F"_s);
        QCOMPARE(keysFor(u"Archive / Move to Inbox"_s), u"Ctrl+E"_s);
        QCOMPARE(keysFor(u"Mark Unread"_s), u"Ctrl+U"_s);
        QCOMPARE(keysFor(u"Insert saved reply"_s), u"Ctrl+Shift+R"_s);
        QCOMPARE(keysFor(u"Keyboard Shortcuts"_s), u"Ctrl+/"_s);
        QCOMPARE(keysFor(u"Awaiting reply"_s), u"Ctrl+3"_s);
        QCOMPARE(keysFor(u"Send"_s), u"Return"_s);

        // Every shortcut the window's actions bind is on the card.
        for (QAction *action : m_window->findChildren<QAction *>()) {
            for (const QKeySequence &keys : action->shortcuts()) {
                const QString name = keys.toString(QKeySequence::NativeText);
                const bool listed =
                    std::any_of(entries.begin(), entries.end(), [&](const auto &entry) {
                        return entry.keys.split(u" / "_s).contains(name);
                    });
                QVERIFY2(listed,
                         qPrintable(action->text() + u" ("_s + name + u") is not on the card"_s));
            }
        }
        // And the card shows them: each description is a label on it.
        QStringList shown;
        for (QLabel *label : overlay->findChildren<QLabel *>())
            shown.append(label->text());
        for (const auto &entry : entries) {
            QVERIFY2(shown.contains(entry.description), qPrintable(entry.description));
            QVERIFY2(shown.contains(entry.keys), qPrintable(entry.keys));
        }
        // The card fits the default window: nothing cut.
        auto *card = overlay->findChild<QFrame *>();
        QVERIFY(card);
        QCOMPARE(card->size(), card->sizeHint());
        QVERIFY(overlay->rect().contains(card->geometry()));

        QTest::keyClick(overlay, Qt::Key_Escape);
        QVERIFY(!overlay->isVisible());
    }

    void shortcutsCardFollowsCtrlEnter()
    {
        ui::AppSettings settings = ui::AppSettings::load();
        settings.ctrlEnterSends = true;
        m_window->applySettings(settings);
        const auto entries = m_window->shortcutsOverlay()->entries();
        for (const auto &entry : entries) {
            if (entry.description == u"Send"_s)
                QCOMPARE(entry.keys, u"Ctrl+Return"_s);
            if (entry.description == u"New line"_s)
                QCOMPARE(entry.keys, u"Return"_s);
        }
        settings.ctrlEnterSends = false;
        m_window->applySettings(settings);
    }

    // --- Emoji ----------------------------------------------------------------------------

    void emojiButtonInsertsAndRemembers()
    {
        QSettings().remove(u"ui/recentEmoji"_s);
        ui::Composer composer;
        composer.resize(600, 120);
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        composer.setText(u"Shipped today "_s);
        QVERIFY(composer.emojiButton()->isEnabled());
        QVERIFY(!composer.emojiButton()->accessibleName().isEmpty());

        QTest::mouseClick(composer.emojiButton(), Qt::LeftButton);
        auto *picker = composer.findChild<ui::EmojiPicker *>();
        QVERIFY(picker);
        QTRY_VERIFY(picker->isVisible());
        QVERIFY(!picker->buttonFor(u"📦"_s, true)); // nothing recent yet
        QToolButton *parcel = picker->buttonFor(u"📦"_s);
        QVERIFY(parcel);
        QTest::mouseClick(parcel, Qt::LeftButton);
        QVERIFY(!picker->isVisible());
        QCOMPARE(composer.text(), u"Shipped today 📦"_s);
        QCOMPARE(ui::RecentEmoji::load(), QStringList{u"📦"_s});

        composer.showEmojiPicker();
        QTRY_VERIFY(picker->isVisible());
        QToolButton *recent = picker->buttonFor(u"📦"_s, true);
        QVERIFY(recent);
        QTest::mouseClick(picker->buttonFor(u"👍"_s), Qt::LeftButton);
        QCOMPARE(composer.text(), u"Shipped today 📦👍"_s);
        QCOMPARE(ui::RecentEmoji::load(), (QStringList{u"👍"_s, u"📦"_s}));

        composer.setUnavailable(u"Signed out"_s);
        QVERIFY(!composer.emojiButton()->isEnabled());
    }

    void recentEmojiAreKeptShortAndClean()
    {
        QSettings().setValue(u"ui/recentEmoji"_s,
                             QStringList{u"<b>x</b>"_s, u"🙂"_s, u"🙂"_s, u"not an emoji"_s});
        QCOMPARE(ui::RecentEmoji::load(), QStringList{u"🙂"_s});
        const QStringList faces =
            ui::EmojiPicker::groups().at(0).emoji; // a copy: it outlives the loop
        for (const QString &emoji : faces)
            ui::RecentEmoji::use(emoji);
        QCOMPARE(ui::RecentEmoji::load().size(), ui::RecentEmoji::Kept);
        QCOMPARE(ui::RecentEmoji::load().first(), faces.last());
    }

    // With a colour emoji font (fonts-noto-color-emoji, which bootstrap installs and the
    // .deb recommends), the picker's buttons are drawn in colour, not as empty boxes.
    void emojiAreDrawnInColour()
    {
        if (!QFontDatabase::families().contains(u"Noto Color Emoji"_s))
            QSKIP("no colour emoji font here (fonts-noto-color-emoji)");
        ui::EmojiPicker picker;
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        // A heart and a parcel: U+2764 is also in DejaVu Sans, in black and white, which
        // Qt 6.4's fallback would take; U+1F4E6 is only in the emoji font.
        for (const QString &emoji : {u"❤️"_s, u"📦"_s}) {
            QToolButton *button = picker.buttonFor(emoji);
            QVERIFY(button);
            const QImage image = button->grab().toImage();
            int saturated = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    saturated += QColor(image.pixel(x, y)).hsvSaturation() > 150 ? 1 : 0;
            }
            QVERIFY2(saturated > 20, qPrintable(emoji + u": %1 coloured pixels"_s.arg(saturated)));
        }
    }

    // --- Accessibility ----------------------------------------------------------------------

    // The walk itself finds what it is for: an icon-only button and an unlabelled field are
    // named as nameless; a text, an accessible name or a buddy label each count as a name.
    void theAccessibilityWalkFindsNamelessControls()
    {
        QWidget card;
        new QToolButton(&card);                // an icon would be all it shows
        new QLineEdit(&card);                  // no label points at it
        new QPushButton(u"Send"_s, &card);     // named by its text
        auto *attach = new QToolButton(&card); // named for the screen reader
        attach->setAccessibleName(u"Attach photos"_s);
        auto *title = new QLineEdit(&card); // named by its label
        (new QLabel(u"&Title"_s, &card))->setBuddy(title);
        const QStringList nameless = namelessControls(&card);
        QCOMPARE(nameless.size(), 2);
        QVERIFY2(nameless.at(0).startsWith(u"QToolButton"_s), qPrintable(nameless.at(0)));
        QVERIFY2(nameless.at(1).startsWith(u"QLineEdit"_s), qPrintable(nameless.at(1)));
    }

    // Every control a keyboard reaches has a name a screen reader can say: the main window
    // (its hidden pages too) and every dialog, walked through QAccessible as Orca would.
    void everyFocusableControlHasAName()
    {
        QStringList nameless;
        const auto walk = [&nameless](QWidget *root) { nameless += namelessControls(root); };
        walk(m_window.get());
        ui::SignInDialog signIn(inbox::ServerProfile::envisageMarketplace(), m_window.get());
        walk(&signIn);
        ui::SettingsDialog settings(ui::AppSettings::load(), m_window.get());
        walk(&settings);
        walk(m_window->showMessageSearch());
        walk(m_window->showSavedReplies());
        ui::SavedReplyPicker picker(m_session->savedReplyModel(), m_window.get());
        walk(&picker);
        ui::EmojiPicker emoji(m_window.get());
        walk(&emoji);
        m_window->shortcutsOverlay()->toggle();
        walk(m_window->shortcutsOverlay());
        m_window->shortcutsOverlay()->toggle();
        QVERIFY2(nameless.isEmpty(), qPrintable(u"\n"_s + nameless.join(u'\n')));
    }

    // --- Sign-in --------------------------------------------------------------------------

    void signInOpensOnTheMarketplace()
    {
        ui::SignInDialog first(inbox::ServerProfile{});
        auto *server = child<QComboBox>(&first, u"Server"_s);
        QVERIFY(server);
        QCOMPARE(server->currentText(), u"Envisage Marketplace"_s);
        QCOMPARE(first.profile().apiUrl, inbox::ServerProfile::envisageMarketplace().apiUrl);

        ui::SignInDialog sandbox(inbox::ServerProfile::localSandbox());
        QCOMPARE(child<QComboBox>(&sandbox, u"Server"_s)->currentText(), u"Local sandbox"_s);

        inbox::ServerProfile own = inbox::ServerProfile::localSandbox();
        own.apiUrl = QUrl(u"https://shop.example.test"_s);
        ui::SignInDialog custom(own);
        QCOMPARE(child<QComboBox>(&custom, u"Server"_s)->currentText(), u"Custom server"_s);
        QCOMPARE(custom.profile().apiUrl, own.apiUrl);

        // The demo is one click away, and says what the button does.
        server->setCurrentIndex(server->findText(u"Try the demo"_s));
        QVERIFY(child<QPushButton>(&first, u"Start the demo"_s));
    }
};

int main(int argc, char *argv[])
{
    // Before QApplication: QSettings and QStandardPaths read it once.
    QTemporaryDir config(QDir::tempPath() + u"/envisage-desktop-test-XXXXXX"_s);
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"envisage-tests"_s);
    QCoreApplication::setApplicationName(u"tst_ui_desktop"_s);
    UiDesktopTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_desktop.moc"
