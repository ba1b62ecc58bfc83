#include "DesktopAppSetup.h"

#include "AppSettings.h"
#include "Translations.h"

#include <QApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <cstring>

namespace envisage::bench {

using namespace Qt::StringLiterals;

std::unique_ptr<QCoreApplication> applicationFor(int &argc, char **argv, const char *windowFlag)
{
    bool window = false;
    for (int i = 1; i < argc; ++i)
        window = window || std::strcmp(argv[i], windowFlag) == 0;
    if (window)
        return std::make_unique<QApplication>(argc, argv);
    return std::make_unique<QCoreApplication>(argc, argv);
}

void setUpLikeTheDesktopApp(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"Envisage"_s);
    QApplication::setApplicationName(applicationName);
    QApplication::setApplicationDisplayName(u"Envisage Inbox"_s);
    QApplication::setWindowIcon(QIcon(u":/envisage/icons/envisage-inbox.svg"_s));
    QApplication::setQuitOnLastWindowClosed(false);
    ui::Translations::install(ui::AppSettings::load().language);
    QLoggingCategory::setFilterRules(u"envisage.*.info=false"_s);
}

} // namespace envisage::bench
