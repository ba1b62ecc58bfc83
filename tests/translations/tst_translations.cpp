// The translations of translations/*.ts: every message translated (no unfinished, empty,
// obsolete or vanished entry), the same placeholders as the English (%1…%9, %L1, %n), the
// right number of plural forms for the language (Arabic: six), key sequences such as
// "Ctrl+K" left as Qt parses them, HTML tags, mnemonics, ellipses and product names kept,
// Arabic laid out right to left even where it starts with a placeholder or a Latin word.
// Then the app in each language, one child process per language (QTranslator and the
// layout direction are global): ui::Translations::install, a ui::MainWindow, and what the
// window shows is the .ts translation (search box, empty state, title, menus, plural forms
// chosen at run time); Arabic is laid out right to left; nothing is too long for the
// default window.
#include "ConnectionBanner.h"
#include "ConversationListPanel.h"
#include "ConversationView.h"
#include "Formatting.h"
#include "MainWindow.h"
#include "Translations.h"
#include "inbox/InboxSession.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QShortcut>
#include <QStackedLayout>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace envisage;

namespace {

const QStringList Languages{u"de"_s, u"fr"_s, u"es"_s, u"pt_BR"_s, u"ar"_s};

int pluralFormsFor(const QString &language)
{
    return language == u"ar"_s ? 6 : 2;
}

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "obsolete", "vanished"
    QStringList translations; // one, or one per plural form
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;

    const Message *find(const QString &context, const QString &source) const
    {
        for (const Message &message : messages) {
            if (message.context == context && message.source == source)
                return &message;
        }
        return nullptr;
    }
};

// The messages of a .ts file; a numerus message's forms end at </translation>.
TsFile readTsFile(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"cannot open "_s + path;
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inTranslation = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"TS") {
                ts.language = xml.attributes().value(u"language"_s).toString();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                message =
                    Message{context, {}, xml.attributes().value(u"numerus"_s) == u"yes"_s, {}, {}};
            } else if (name == u"source") {
                message.source = xml.readElementText();
            } else if (name == u"translation") {
                message.type = xml.attributes().value(u"type"_s).toString();
                if (message.numerus) {
                    inTranslation = true;
                } else {
                    message.translations = {xml.readElementText()};
                }
            } else if (name == u"numerusform" && inTranslation) {
                message.translations.append(xml.readElementText());
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"translation")
                inTranslation = false;
            else if (xml.name() == u"message")
                ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString() + u" at line "_s + QString::number(xml.lineNumber());
    return ts;
}

QString tsPath(const QString &language)
{
    return QDir(QStringLiteral(ENVISAGE_TRANSLATIONS_DIR))
        .filePath(u"envisage_%1.ts"_s.arg(language));
}

// %1…%99, %L1, %n, %Ln: what QString::arg and tr's plural handling replace.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(?:[1-9][0-9]?|n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression tag(u"</?[a-zA-Z][a-zA-Z0-9]*[^>]*>"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : tag.globalMatch(text))
        found.append(match.captured());
    return found;
}

// Mnemonics: "&" before a character, "&&" being a literal ampersand.
int mnemonicCount(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        ++count;
    }
    return count;
}

// A text that is itself a key sequence ("Ctrl+K"): QKeySequence(tr(...)) parses it, so
// it must stay in Qt's portable form.
bool isKeySequence(const QString &text)
{
    static const QRegularExpression keys(u"^(?:(?:Ctrl|Shift|Alt|Meta)\\+)+[A-Za-z0-9]+$"_s);
    return keys.match(text).hasMatch();
}

// Arabic: what would start left to right (a leading placeholder, key name or product
// name) starts with a right-to-left mark, so labels and tooltips lay it out right to left
// and an Arabic reader meets the words in order ("‏%1 يكتب…": the name, then "is typing").
bool readsRightToLeft(const QString &translation)
{
    static const QRegularExpression placeholder(u"%L?(?:[0-9]+|n)"_s);
    static const QRegularExpression arabic(u"[\\x{0600}-\\x{06FF}]"_s);
    QString probe = translation;
    probe.replace(placeholder, u"A"_s); // the worst case: Latin text in the placeholder
    const bool startsWithPlaceholder = placeholder.match(translation).capturedStart() == 0;
    if (!probe.contains(arabic) && !startsWithPlaceholder)
        return true; // nothing Arabic in it ("Envisage Inbox")
    return probe.isRightToLeft();
}

QString describe(const Message &message)
{
    return u"[%1] \"%2\""_s.arg(message.context, message.source);
}

// ---- The child: one language, one process ------------------------------------------

int runChild(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // AppSettings::load() reads test settings
    QCoreApplication::setOrganizationName(u"envisage-tests"_s);
    QCoreApplication::setApplicationName(u"tst_translations"_s);
    const QString language = QString::fromLocal8Bit(argv[2]);

    QJsonObject out;
    out[u"loaded"_s] = ui::Translations::install(language);

    inbox::InboxSession::Options options;
    options.cachePath = u":memory:"_s;
    options.rememberSignIn = false;
    inbox::InboxSession session(inbox::ServerProfile::localSandbox(), nullptr, options);
    ui::MainWindow window(&session);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 2;

    out[u"windowTitle"_s] = window.windowTitle();
    out[u"layoutDirection"_s] = window.layoutDirection() == Qt::RightToLeft ? u"rtl"_s : u"ltr"_s;
    QLineEdit *search = window.conversationList()->searchBox();
    out[u"searchPlaceholder"_s] = search->placeholderText();
    out[u"searchSpare"_s] =
        search->width() - search->fontMetrics().horizontalAdvance(search->placeholderText());
    // The conversation view shows its empty state: the current page of its stack.
    auto *stack = window.conversationView()->findChild<QStackedLayout *>();
    auto *empty = stack ? qobject_cast<QLabel *>(stack->currentWidget()) : nullptr;
    out[u"emptyState"_s] = empty ? empty->text() : QString();
    QJsonArray menus;
    for (QAction *action : window.menuBar()->actions()) {
        menus.append(action->text());
        if (action->menu()) {
            for (QAction *item : action->menu()->actions()) {
                if (!item->isSeparator())
                    menus.append(item->text());
            }
        }
    }
    out[u"menus"_s] = menus;
    // The Ctrl+K shortcut still works, and how Qt names it in this language (the search
    // box's placeholder should say the same as the menus do).
    bool ctrlK = false;
    for (QShortcut *shortcut : window.findChildren<QShortcut *>())
        ctrlK = ctrlK || shortcut->key() == QKeySequence(Qt::CTRL | Qt::Key_K);
    for (QAction *action : window.findChildren<QAction *>())
        ctrlK = ctrlK || action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_K));
    out[u"ctrlKBound"_s] = ctrlK;
    out[u"ctrlKNative"_s] = QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText);
    out[u"qtTranslationInstalled"_s] =
        QFile::exists(QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                          .filePath(u"qtbase_%1.qm"_s.arg(language)));

    // Plural forms as Qt picks them for this language.
    QJsonObject plurals;
    for (int n : {0, 1, 2, 3, 5, 11, 100})
        plurals[QString::number(n)] = QCoreApplication::translate("envisage::ui::TrayNotifier",
                                                                  "%n new message(s)", nullptr, n);
    out[u"newMessages"_s] = plurals;
    const QDateTime now = QDateTime::currentDateTime();
    out[u"lastSeen1"_s] = ui::Formatting::lastSeen(false, now.addSecs(-60), now);
    out[u"lastSeen5"_s] = ui::Formatting::lastSeen(false, now.addSecs(-5 * 60), now);
    out[u"lastSeenHours3"_s] = ui::Formatting::lastSeen(false, now.addSecs(-3 * 3600), now);

    // The longest banner text, signed out: the window must not need more than its
    // default width for it.
    window.banner()->setSignedOut(true);
    QCoreApplication::processEvents();
    out[u"bannerShown"_s] = window.banner()->isVisible();
    out[u"minimumWidth"_s] = window.minimumSizeHint().width();
    out[u"defaultWidth"_s] = 1040;

    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return 0;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tsFiles_data();
    void tsFiles();
    void sameMessagesInEveryLanguage();
    void appStartsInLanguage_data();
    void appStartsInLanguage();
    void englishWhereNoLanguageIsShipped_data();
    void englishWhereNoLanguageIsShipped();
};

namespace {

// What the window showed in a child process started in that language (runChild's JSON).
QJsonObject shownInChild(const QString &language)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"QT_LOGGING_RULES"_s, u"envisage.*.info=false"_s);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {u"--child-language"_s, language});
    if (!child.waitForFinished(60000)) {
        child.kill();
        child.waitForFinished();
        qWarning("the child did not finish in 60 s");
        return {};
    }
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        qWarning("the child failed: %s", child.readAllStandardError().constData());
        return {};
    }
    const QByteArray output = child.readAllStandardOutput().trimmed();
    QJsonParseError parseError;
    const QJsonObject shown =
        QJsonDocument::fromJson(output.split('\n').last(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        qWarning("the child printed no JSON: %s", output.constData());
    return shown;
}

} // namespace

void TranslationsTest::tsFiles_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Languages)
        QTest::newRow(qPrintable(language)) << language;
}

void TranslationsTest::tsFiles()
{
    QFETCH(QString, language);
    const TsFile ts = readTsFile(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, language);
    QVERIFY(ts.messages.size() > 100);

    QStringList problems;
    const auto problem = [&problems](const Message &message, const QString &what) {
        problems.append(describe(message) + u": "_s + what);
    };
    for (const Message &message : ts.messages) {
        if (!message.type.isEmpty()) {
            problem(message, u"type=\"%1\""_s.arg(message.type));
            continue;
        }
        const QStringList expected = placeholders(message.source);
        if (message.numerus) {
            if (!message.source.contains(u"%n"_s))
                problem(message, u"numerus without %n in the source"_s);
            if (message.translations.size() != pluralFormsFor(language)) {
                problem(message, u"%1 plural forms, %2 expected"_s.arg(message.translations.size())
                                     .arg(pluralFormsFor(language)));
                continue;
            }
            for (qsizetype i = 0; i < message.translations.size(); ++i) {
                const QString &form = message.translations.at(i);
                if (form.trimmed().isEmpty()) {
                    problem(message, u"plural form %1 is empty"_s.arg(i));
                    continue;
                }
                QStringList found = placeholders(form);
                // Arabic says none, one and two with the noun itself (لا رسائل, رسالة
                // واحدة, رسالتان): forms 0-2 may leave out the number, never the others.
                if (language == u"ar"_s && i <= 2 && !found.contains(u"%n"_s)) {
                    found.append(u"%n"_s);
                    found.sort();
                }
                if (found != expected)
                    problem(message, u"plural form %1 has %2, the source %3"_s.arg(i).arg(
                                         found.join(u' '), expected.join(u' ')));
            }
        } else {
            if (message.translations.size() != 1 ||
                message.translations.first().trimmed().isEmpty()) {
                problem(message, u"empty translation"_s);
                continue;
            }
            const QString translation = message.translations.first();
            if (placeholders(translation) != expected)
                problem(message, u"placeholders %1, the source has %2"_s.arg(
                                     placeholders(translation).join(u' '), expected.join(u' ')));
            if (isKeySequence(message.source) && translation != message.source)
                problem(message,
                        u"a key sequence for QKeySequence, must stay \"%1\""_s.arg(message.source));
            if (htmlTags(translation) != htmlTags(message.source))
                problem(message,
                        u"HTML tags differ: %1"_s.arg(htmlTags(translation).join(QString())));
        }
        for (const QString &translation : message.translations) {
            if (mnemonicCount(translation) != mnemonicCount(message.source))
                problem(message, u"mnemonic (&) lost or added in \"%1\""_s.arg(translation));
            if (message.source.endsWith(u'…') && !translation.endsWith(u'…'))
                problem(message, u"the ellipsis (…) is lost in \"%1\""_s.arg(translation));
            if (message.source.endsWith(u':') && !translation.endsWith(u':'))
                problem(message, u"the colon of a form label is lost in \"%1\""_s.arg(translation));
            for (const QString &product : {u"Envisage Inbox"_s, u"Envisage Marketplace"_s}) {
                if (message.source.contains(product) && !translation.contains(product))
                    problem(message, u"the product name %1 is translated in \"%2\""_s.arg(
                                         product, translation));
            }
            if (language == u"ar"_s && !isKeySequence(message.source) &&
                htmlTags(message.source).isEmpty() && !readsRightToLeft(translation))
                problem(message,
                        u"starts left to right; begin it with U+200F: \"%1\""_s.arg(translation));
            if (translation.contains(u"..."_s))
                problem(message, u"three dots instead of … in \"%1\""_s.arg(translation));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
}

void TranslationsTest::sameMessagesInEveryLanguage()
{
    QStringList reference;
    for (const QString &language : Languages) {
        const TsFile ts = readTsFile(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QStringList keys;
        for (const Message &message : ts.messages)
            keys.append(message.context + u'|' + message.source +
                        (message.numerus ? u"|n"_s : QString()));
        keys.sort();
        if (reference.isEmpty())
            reference = keys;
        QVERIFY2(keys == reference,
                 qPrintable(language + u": not the same messages as "_s + Languages.first() +
                            u" (run the update_translations target)"_s));
    }
}

void TranslationsTest::appStartsInLanguage_data()
{
    tsFiles_data();
}

void TranslationsTest::appStartsInLanguage()
{
    QFETCH(QString, language);
    const TsFile ts = readTsFile(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    const auto translation = [&ts](const char *context, const QString &source) {
        const Message *message = ts.find(QString::fromLatin1(context), source);
        return message && !message->translations.isEmpty() ? message->translations.first()
                                                           : QString();
    };

    const QJsonObject shown = shownInChild(language);
    QVERIFY(!shown.isEmpty());
    QCOMPARE(shown[u"loaded"_s].toString(), language);
    // What the window shows is what the .ts says.
    const QString placeholder =
        translation("envisage::ui::ConversationListPanel", u"Search conversations (Ctrl+K)"_s);
    QCOMPARE(shown[u"searchPlaceholder"_s].toString(), placeholder);
    QVERIFY(placeholder != u"Search conversations (Ctrl+K)"_s);
    const QString empty = translation("envisage::ui::ConversationView",
                                      u"Choose a conversation to read and answer it."_s);
    QCOMPARE(shown[u"emptyState"_s].toString(), empty);
    QVERIFY(empty != u"Choose a conversation to read and answer it."_s);
    // The product name stays; the title is the translation of "Envisage Inbox".
    QCOMPARE(shown[u"windowTitle"_s].toString(),
             translation("envisage::ui::MainWindow", u"Envisage Inbox"_s));
    QVERIFY(shown[u"windowTitle"_s].toString().contains(u"Envisage Inbox"_s));
    const QJsonArray menus = shown[u"menus"_s].toArray();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.first().toString(), translation("envisage::ui::MainWindow", u"&Inbox"_s));
    QVERIFY(menus.contains(translation("envisage::ui::MainWindow", u"&Quit"_s)));

    QCOMPARE(shown[u"layoutDirection"_s].toString(), language == u"ar"_s ? u"rtl"_s : u"ltr"_s);

    // Ctrl+K is bound in every language, and the placeholder names it as Qt does in the
    // menus of this language ("Strg+K" in German) when Qt's own translation is installed.
    QVERIFY(shown[u"ctrlKBound"_s].toBool());
    if (shown[u"qtTranslationInstalled"_s].toBool()) {
        QVERIFY2(
            placeholder.contains(shown[u"ctrlKNative"_s].toString()),
            qPrintable(placeholder + u" does not name "_s + shown[u"ctrlKNative"_s].toString()));
    } else {
        qWarning("qtbase_%s.qm is not installed: the key names of the placeholder are not compared",
                 qPrintable(language));
    }

    // The plural forms Qt chooses at run time: Arabic's six, the others' two.
    const Message *newMessages = ts.find(u"envisage::ui::TrayNotifier"_s, u"%n new message(s)"_s);
    QVERIFY(newMessages && newMessages->numerus);
    const QJsonObject plurals = shown[u"newMessages"_s].toObject();
    const auto formFor = [&plurals](int n) { return plurals[QString::number(n)].toString(); };
    const auto form = [&](int index, int n) {
        return QString(newMessages->translations.at(index)).replace(u"%n"_s, QString::number(n));
    };
    if (language == u"ar"_s) {
        QCOMPARE(formFor(0), form(0, 0));
        QCOMPARE(formFor(1), form(1, 1));
        QCOMPARE(formFor(2), form(2, 2));
        QCOMPARE(formFor(3), form(3, 3));
        QCOMPARE(formFor(11), form(4, 11));
        QCOMPARE(formFor(100), form(5, 100));
    } else {
        QCOMPARE(formFor(1), form(0, 1));
        QCOMPARE(formFor(5), form(1, 5));
    }
    // ui::Formatting's plural strings are plural (lupdate sees them as such).
    const Message *minutes =
        ts.find(u"envisage::ui::Formatting"_s, u"Last seen %n minute(s) ago"_s);
    QVERIFY(minutes && minutes->numerus);
    QCOMPARE(
        shown[u"lastSeen1"_s].toString(),
        QString(minutes->translations.at(language == u"ar"_s ? 1 : 0)).replace(u"%n"_s, u"1"_s));
    QCOMPARE(
        shown[u"lastSeen5"_s].toString(),
        QString(minutes->translations.at(language == u"ar"_s ? 3 : 1)).replace(u"%n"_s, u"5"_s));
    const Message *hours = ts.find(u"envisage::ui::Formatting"_s, u"Last seen %n hour(s) ago"_s);
    QVERIFY(hours && hours->numerus);
    QCOMPARE(shown[u"lastSeenHours3"_s].toString(),
             QString(hours->translations.at(language == u"ar"_s ? 3 : 1)).replace(u"%n"_s, u"3"_s));

    // Nothing too long: the search placeholder leaves room for the search icon and the
    // clear button, and the signed-out banner fits the default window width.
    QVERIFY2(
        shown[u"searchSpare"_s].toInt() >= 60,
        qPrintable(u"the search placeholder leaves %1 px"_s.arg(shown[u"searchSpare"_s].toInt())));
    QVERIFY(shown[u"bannerShown"_s].toBool());
    QVERIFY2(shown[u"minimumWidth"_s].toInt() <= shown[u"defaultWidth"_s].toInt(),
             qPrintable(u"the window needs %1 px"_s.arg(shown[u"minimumWidth"_s].toInt())));
}

void TranslationsTest::englishWhereNoLanguageIsShipped_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("C (a shell with no LANG)") << u"C"_s;
    QTest::newRow("ja (not shipped)") << u"ja"_s;
}

// English is the source language, but its plural forms live in envisage_en.qm: without
// it a seller whose language we do not ship would read "5 new message(s)".
void TranslationsTest::englishWhereNoLanguageIsShipped()
{
    QFETCH(QString, language);
    const QJsonObject shown = shownInChild(language);
    QVERIFY(!shown.isEmpty());
    QCOMPARE(shown[u"loaded"_s].toString(), u"en"_s);
    QCOMPARE(shown[u"layoutDirection"_s].toString(), u"ltr"_s);
    const QJsonObject plurals = shown[u"newMessages"_s].toObject();
    QCOMPARE(plurals[u"1"_s].toString(), u"1 new message"_s);
    QCOMPARE(plurals[u"5"_s].toString(), u"5 new messages"_s);
    QCOMPARE(shown[u"lastSeen5"_s].toString(), u"Last seen 5 minutes ago"_s);
}

int main(int argc, char *argv[])
{
    if (argc >= 3 && qstrcmp(argv[1], "--child-language") == 0)
        return runChild(argc, argv);
    QApplication app(argc, argv);
    TranslationsTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translations.moc"
