#include "AppSettings.h"

#include <QSettings>

namespace envisage::ui {

using namespace Qt::StringLiterals;

AppSettings AppSettings::load()
{
    QSettings settings;
    AppSettings s;
    s.notifications = settings.value(u"ui/notifications"_s, true).toBool();
    s.closeToTray = settings.value(u"ui/closeToTray"_s, true).toBool();
    s.startMinimized = settings.value(u"ui/startMinimized"_s, false).toBool();
    s.typingViaWhisper = settings.value(u"ui/typingViaWhisper"_s, false).toBool();
    s.ctrlEnterSends = settings.value(u"ui/ctrlEnterSends"_s, false).toBool();
    s.keepPhotoDetails = settings.value(u"ui/keepPhotoDetails"_s, false).toBool();
    s.longestWaitFirst = settings.value(u"ui/longestWaitFirst"_s, false).toBool();
    s.language = settings.value(u"ui/language"_s).toString();
    return s;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.setValue(u"ui/notifications"_s, notifications);
    settings.setValue(u"ui/closeToTray"_s, closeToTray);
    settings.setValue(u"ui/startMinimized"_s, startMinimized);
    settings.setValue(u"ui/typingViaWhisper"_s, typingViaWhisper);
    settings.setValue(u"ui/ctrlEnterSends"_s, ctrlEnterSends);
    settings.setValue(u"ui/keepPhotoDetails"_s, keepPhotoDetails);
    settings.setValue(u"ui/longestWaitFirst"_s, longestWaitFirst);
    settings.setValue(u"ui/language"_s, language);
}

} // namespace envisage::ui
