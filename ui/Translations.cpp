#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace envisage::ui::Translations {

using namespace Qt::StringLiterals;

QStringList available()
{
    QStringList languages{u"en"_s};
    for (const QString &file : QDir(u":/i18n"_s).entryList({u"envisage_*.qm"_s}))
        languages.append(file.mid(9).chopped(3));
    languages.removeDuplicates(); // envisage_en.qm holds only English plural forms
    return languages;
}

QString install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *app = new QTranslator(qApp);
    QString loaded = u"en"_s;
    if (app->load(locale, u"envisage"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(app);
        loaded = QFileInfo(app->filePath()).baseName().mid(9);
    } else if (app->load(u"envisage_en"_s, u":/i18n"_s)) {
        // A language we do not ship (or the C locale of a bare shell) reads English, and
        // English needs its plural forms: without them "%n message(s)" shows as written.
        QCoreApplication::installTranslator(app);
    } else {
        delete app;
    }
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    if (locale.textDirection() == Qt::RightToLeft && loaded != u"en"_s)
        QApplication::setLayoutDirection(Qt::RightToLeft);
    return loaded;
}

} // namespace envisage::ui::Translations
