#pragma once
// The Envisage Inbox window: conversations on the left, the open conversation on the
// right, the connection banner on top; the unread total in the title and the tray;
// close-to-tray; keyboard shortcuts (Ctrl+K search, Ctrl+Tab / Alt+Down next unread).
#include "AppSettings.h"

#include <QMainWindow>

namespace envisage::inbox {
class InboxSession;
}

namespace envisage::ui {

class ConnectionBanner;
class ConversationListPanel;
class ConversationView;
class MessageSearchDialog;
class TrayNotifier;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(inbox::InboxSession *session, QWidget *parent = nullptr);

    ConversationListPanel *conversationList() const { return m_list; }
    ConversationView *conversationView() const { return m_view; }
    ConnectionBanner *banner() const { return m_banner; }
    TrayNotifier *notifier() const { return m_notifier; }
    void openConversation(qint64 conversationId);
    // A search hit: the conversation at that message.
    void openMessage(qint64 conversationId, qint64 messageId);
    // Ctrl+Shift+F (made on first use).
    MessageSearchDialog *showMessageSearch();
    void showAndRaise();
    void applySettings(const AppSettings &settings);
    // A sentence in the status bar for a while (things worth knowing, not errors).
    void showNotice(const QString &text);

Q_SIGNALS:
    void signInRequested();
    void signOutRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpMessageSearch();
    void updateTitle();
    void showSettings();
    void showAbout();

    inbox::InboxSession *m_session;
    ConversationListPanel *m_list;
    ConversationView *m_view;
    ConnectionBanner *m_banner;
    TrayNotifier *m_notifier;
    MessageSearchDialog *m_messageSearch = nullptr;
    AppSettings m_settings;
    bool m_quitting = false;
};

} // namespace envisage::ui
