#pragma once
// The seller's preferences, kept in QSettings.
#include <QString>

namespace envisage::ui {

struct AppSettings
{
    bool notifications = true;
    bool closeToTray = true;
    bool startMinimized = false;
    bool typingViaWhisper = false; // default: the server's typing call
    bool ctrlEnterSends = false;
    bool keepPhotoDetails = false; // default: photos lose location and camera details
    bool longestWaitFirst = false; // Awaiting reply: the longest wait on top, not the latest
    QString language;              // empty: follow the system

    static AppSettings load();
    void save() const;
};

} // namespace envisage::ui
