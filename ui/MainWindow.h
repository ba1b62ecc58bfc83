#pragma once
// The Envisage Inbox window: conversations on the left, the open conversation on the
// right, the connection banner on top; the unread total in the title and the tray;
// close-to-tray; keyboard shortcuts (Ctrl+K search, Ctrl+Tab / Alt+Down next unread,
// Ctrl+1…4 the triage filters, Ctrl+E archive or move back to the inbox, Ctrl+U mark
// unread).
#include "AppSettings.h"

#include <QMainWindow>
#include <QPointer>

namespace envisage::inbox {
class InboxSession;
}

namespace envisage::ui {

class ConnectionBanner;
class ConversationListPanel;
class ConversationView;
class SavedReplyManager;
class MessageSearchDialog;
class ShortcutsOverlay;
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
    // Ctrl+/: the card of every shortcut.
    ShortcutsOverlay *shortcutsOverlay() const { return m_shortcuts; }
    void showAndRaise();
    void applySettings(const AppSettings &settings);
    // A sentence in the status bar for a while (things worth knowing, not errors).
    void showNotice(const QString &text);
    // The saved replies manager (one, not modal), made when first asked for.
    SavedReplyManager *showSavedReplies();
    // Triage of a conversation (the menu, the list's context menu, the shortcuts).
    void setArchived(qint64 conversationId, bool archived);
    void markUnread(qint64 conversationId);

Q_SIGNALS:
    void signInRequested();
    void signOutRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateTitle();
    void addTriageMenus();
    void addGoMenu();
    void showSettings();
    void showAbout();

    inbox::InboxSession *m_session;
    ConversationListPanel *m_list;
    ConversationView *m_view;
    ConnectionBanner *m_banner;
    TrayNotifier *m_notifier;
    MessageSearchDialog *m_messageSearch = nullptr;
    ShortcutsOverlay *m_shortcuts;
    AppSettings m_settings;
    QPointer<SavedReplyManager> m_savedReplies;
    QAction *m_longestWaitFirst = nullptr;
    bool m_quitting = false;
};

} // namespace envisage::ui
