#pragma once
// The tray icon with the unread count painted on it, and desktop notifications for new
// messages: none for the conversation the seller is looking at, none twice (also
// across restarts: the cache remembers), and a burst collapsed into one summary.
// Clicking a notification opens its conversation.
#include "api/ApiTypes.h"

#include <QIcon>
#include <QObject>
#include <QSystemTrayIcon>
#include <QTimer>

namespace envisage::inbox {
class InboxSession;
}

namespace envisage::ui {

class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int BurstWindowMs = 1500;

    TrayNotifier(inbox::InboxSession *session, QWidget *window, QObject *parent = nullptr);

    void setEnabled(bool notify) { m_notify = notify; }
    bool isTrayAvailable() const;
    QSystemTrayIcon *tray() { return &m_tray; }
    static QIcon iconWithCount(const QIcon &base, int count);
    // What the notification would say (tests read it on systems without a tray).
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }
    // What the notification server is given for a body of plain text.
    static QString notificationBody(const QString &text);

Q_SIGNALS:
    void conversationRequested(qint64 conversationId);
    void showWindowRequested();
    void quitRequested();

private:
    void onMessage(qint64 conversationId, const api::Message &message);
    void flushBurst();
    void updateCount(int unread);

    inbox::InboxSession *m_session;
    QWidget *m_window;
    QSystemTrayIcon m_tray;
    QIcon m_baseIcon;
    QTimer m_burst;
    QList<api::Message> m_pending;
    qint64 m_clickTarget = 0;
    bool m_notify = true;
    QString m_lastTitle;
    QString m_lastMessage;
};

} // namespace envisage::ui
