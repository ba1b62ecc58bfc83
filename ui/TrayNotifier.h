#pragma once
// The tray icon with the unread count painted on it, and desktop notifications for new
// messages: none for the conversation the seller is looking at, none twice (also
// across restarts: the cache remembers), and a burst collapsed.
// On Linux with a notification service on the session bus (FreedesktopNotifications):
// one notification per conversation, replaced as its messages arrive and withdrawn when
// it is read (here, on another device, or from the notification), with "Reply" (typed in
// the notification where the service offers inline-reply) and "Mark as read"; a burst
// over many conversations is one summary. Elsewhere, the tray's balloon with the burst's
// summary. Clicking a notification opens its conversation.
#include "api/ApiTypes.h"

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QSystemTrayIcon>
#include <QTimer>

#ifdef ENVISAGE_FREEDESKTOP_NOTIFICATIONS
class QDBusConnection;
#endif

namespace envisage::inbox {
class InboxSession;
}

namespace envisage::ui {

class FreedesktopNotifications;

class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int BurstWindowMs = 1500;
    // More conversations than this in one burst: one summary instead of one each.
    static constexpr int MaxSeparateConversations = 3;
    // The key of the summary's notification (conversation ids are positive).
    static constexpr qint64 SummaryKey = -1;

    TrayNotifier(inbox::InboxSession *session, QWidget *window, QObject *parent = nullptr);
    ~TrayNotifier() override;

    void setEnabled(bool notify);
    bool isTrayAvailable() const;
    QSystemTrayIcon *tray() { return &m_tray; }
    static QIcon iconWithCount(const QIcon &base, int count);
    // What the last notification said, as plain text (tests read it on systems without a
    // tray).
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }
    // What the tray's balloon is given for a body of plain text.
    static QString notificationBody(const QString &text);

#ifdef ENVISAGE_FREEDESKTOP_NOTIFICATIONS
    // The notification service of this bus, instead of the one chosen at construction
    // (the session bus's, except on the offscreen and minimal platforms, where there is
    // no desktop to notify: tests use this).
    void useFreedesktopService(const QDBusConnection &bus);
#endif
    // The service notifications go to when it is available; null on other systems.
    FreedesktopNotifications *freedesktopService() const
    {
        return m_desktop;
    }

Q_SIGNALS:
    void conversationRequested(qint64 conversationId);
    // A reply typed in a notification that the outbox refused (longer than a message may
    // be, the disk full): it belongs in that conversation's composer, not lost.
    void replyNotSent(qint64 conversationId, const QString &text);
    void showWindowRequested();
    void quitRequested();

private:
    // What a conversation's notification says: the messages since it was last withdrawn.
    struct Shown
    {
        int count = 0;
        qint64 lastMessageId = 0;
        QString sender;
        QString preview;
    };

    void onMessage(qint64 conversationId, const api::Message &message);
    void flushBurst();
    void showBalloon(const QList<api::Message> &burst);
    void showOnDesktop(const QList<api::Message> &burst);
    void showConversation(qint64 conversationId);
    void onDesktopAction(qint64 key, const QString &action);
    void onDesktopReply(qint64 conversationId, const QString &text);
    void onConversationRead(qint64 conversationId);
    void withdraw(qint64 conversationId);
    void withdrawAll();
    void updateCount(int unread);

    inbox::InboxSession *m_session;
    QWidget *m_window;
    QSystemTrayIcon m_tray;
    QIcon m_baseIcon;
    QTimer m_burst;
    QList<api::Message> m_pending;
    QHash<qint64, Shown> m_shown; // conversations with a notification of the service
    FreedesktopNotifications *m_desktop = nullptr; // child of this
    qint64 m_clickTarget = 0;
    bool m_notify = true;
    QString m_lastTitle;
    QString m_lastMessage;
};

} // namespace envisage::ui
