#include "SettingsDialog.h"
#include "StartAtLogin.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace envisage::ui {

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_original(settings),
      m_notifications(new QCheckBox(tr("Show a notification for new messages"), this)),
      m_closeToTray(new QCheckBox(tr("Keep running in the tray when the window is closed"), this)),
      m_startMinimized(new QCheckBox(tr("Start minimized to the tray"), this)),
      m_startAtLogin(new QCheckBox(tr("Start Envisage Inbox when I log in"), this)),
      m_ctrlEnter(new QCheckBox(tr("Send with Ctrl+Enter (Enter starts a new line)"), this)),
      m_keepPhotoDetails(
          new QCheckBox(tr("Send photos with their location and camera details"), this)),
      m_longestWait(new QCheckBox(tr("Show the longest wait first in Awaiting reply"), this)),
      m_typing(new QComboBox(this)), m_language(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    m_notifications->setChecked(settings.notifications);
    m_closeToTray->setChecked(settings.closeToTray);
    m_startMinimized->setChecked(settings.startMinimized);
    m_startAtLogin->setChecked(StartAtLogin::isEnabled());
    m_startAtLogin->setToolTip(tr("Started at login, the inbox waits in the tray."));
    m_ctrlEnter->setChecked(settings.ctrlEnterSends);
    m_keepPhotoDetails->setChecked(settings.keepPhotoDetails);
    m_keepPhotoDetails->setToolTip(tr("Off: photos are turned upright and their location (GPS) and "
                                      "camera details are removed before they are sent."));
    m_longestWait->setChecked(settings.longestWaitFirst);
    m_typing->addItem(tr("Through the marketplace (recommended)"));
    m_typing->addItem(tr("Directly between the apps (whisper)"));
    m_typing->setCurrentIndex(settings.typingViaWhisper ? 1 : 0);
    m_typing->setAccessibleName(tr("How typing is shown to buyers"));
    const QList<QPair<QString, QString>> languages = {{QString(), tr("System language")},
                                                      {u"en"_s, u"English"_s},
                                                      {u"de"_s, u"Deutsch"_s},
                                                      {u"fr"_s, u"Français"_s},
                                                      {u"es"_s, u"Español"_s},
                                                      {u"pt_BR"_s, u"Português (Brasil)"_s},
                                                      {u"ar"_s, u"العربية"_s}};
    for (const auto &[code, name] : languages)
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    m_language->setAccessibleName(tr("Language"));

    auto *form = new QFormLayout;
    form->addRow(m_notifications);
    form->addRow(m_closeToTray);
    form->addRow(m_startMinimized);
    form->addRow(m_startAtLogin);
    form->addRow(m_ctrlEnter);
    form->addRow(m_keepPhotoDetails);
    form->addRow(m_longestWait);
    form->addRow(tr("Typing indicator:"), m_typing);
    form->addRow(tr("Language:"), m_language);
    auto *restartNote =
        new QLabel(tr("A new language applies the next time the app starts."), this);
    restartNote->setWordWrap(true);
    restartNote->setEnabled(false);
    form->addRow(restartNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *signOut = buttons->addButton(tr("Sign out"), QDialogButtonBox::DestructiveRole);
    connect(signOut, &QPushButton::clicked, this, [this] {
        Q_EMIT signOutRequested();
        reject();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

bool SettingsDialog::startAtLogin() const
{
    return m_startAtLogin->isChecked();
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_original;
    s.notifications = m_notifications->isChecked();
    s.closeToTray = m_closeToTray->isChecked();
    s.startMinimized = m_startMinimized->isChecked();
    s.ctrlEnterSends = m_ctrlEnter->isChecked();
    s.keepPhotoDetails = m_keepPhotoDetails->isChecked();
    s.longestWaitFirst = m_longestWait->isChecked();
    s.typingViaWhisper = m_typing->currentIndex() == 1;
    s.language = m_language->currentData().toString();
    return s;
}

} // namespace envisage::ui
