#pragma once
// Notifications, close to tray, start minimized, start at login, typing via the server
// or a whisper, Ctrl+Enter, language (applies on restart), and sign out.
#include "AppSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace envisage::ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);
    AppSettings settings() const;
    // Whether the seller wants the app started at login (StartAtLogin is the truth on
    // disk; the dialog opens showing it).
    bool startAtLogin() const;

Q_SIGNALS:
    void signOutRequested();

private:
    AppSettings m_original;
    QCheckBox *m_notifications;
    QCheckBox *m_closeToTray;
    QCheckBox *m_startMinimized;
    QCheckBox *m_startAtLogin;
    QCheckBox *m_ctrlEnter;
    QCheckBox *m_keepPhotoDetails;
    QCheckBox *m_longestWait;
    QComboBox *m_typing;
    QComboBox *m_language;
};

} // namespace envisage::ui
