#pragma once
// Notifications, close to tray, start minimized, typing via the server or a whisper,
// Ctrl+Enter, language (applies on restart), and sign out.
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

Q_SIGNALS:
    void signOutRequested();

private:
    AppSettings m_original;
    QCheckBox *m_notifications;
    QCheckBox *m_closeToTray;
    QCheckBox *m_startMinimized;
    QCheckBox *m_ctrlEnter;
    QCheckBox *m_keepPhotoDetails;
    QCheckBox *m_longestWait;
    QComboBox *m_typing;
    QComboBox *m_language;
};

} // namespace envisage::ui
