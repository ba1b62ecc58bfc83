#include "TrayNotifier.h"

#include "UiLogging.h"
#include "common/FutureWatch.h"
#include "inbox/AttachmentText.h"
#include "inbox/InboxSession.h"

#ifdef ENVISAGE_FREEDESKTOP_NOTIFICATIONS
#include "FreedesktopNotifications.h"
#endif

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QSet>
#include <QWidget>

namespace envisage::ui {

using namespace Qt::StringLiterals;

TrayNotifier::TrayNotifier(inbox::InboxSession *session, QWidget *window, QObject *parent)
    : QObject(parent), m_session(session), m_window(window),
      m_baseIcon(u":/envisage/icons/envisage-inbox.svg"_s)
{
    m_tray.setIcon(m_baseIcon);
    m_tray.setToolTip(tr("Envisage Inbox"));
    auto *menu = new QMenu(window);
    menu->addAction(tr("Open Envisage Inbox"), this, &TrayNotifier::showWindowRequested);
    menu->addSeparator();
    menu->addAction(tr("Quit"), this, &TrayNotifier::quitRequested);
    m_tray.setContextMenu(menu);
    connect(&m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT showWindowRequested();
            });
    connect(&m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        Q_EMIT showWindowRequested();
        if (m_clickTarget != 0)
            Q_EMIT conversationRequested(m_clickTarget);
    });
    if (isTrayAvailable())
        m_tray.show();
    m_burst.setSingleShot(true);
    m_burst.setInterval(BurstWindowMs);
    connect(&m_burst, &QTimer::timeout, this, &TrayNotifier::flushBurst);
    connect(session, &inbox::InboxSession::messageReceived, this, &TrayNotifier::onMessage);
    connect(session->conversations(), &inbox::ConversationListModel::totalUnreadChanged, this,
            &TrayNotifier::updateCount);
    connect(session->conversations(), &inbox::ConversationListModel::conversationRead, this,
            &TrayNotifier::onConversationRead);
    connect(session, &inbox::InboxSession::stateChanged, this,
            [this](inbox::InboxSession::State state) {
                if (state == inbox::InboxSession::State::SignedOut) {
                    m_pending.clear(); // another account's conversations may follow
                    withdrawAll();
                }
            });
#ifdef ENVISAGE_FREEDESKTOP_NOTIFICATIONS
    const QString platform = QGuiApplication::platformName();
    if (platform != u"offscreen"_s && platform != u"minimal"_s)
        useFreedesktopService(QDBusConnection::sessionBus());
#endif
}

TrayNotifier::~TrayNotifier()
{
    withdrawAll(); // their actions would reach nobody
}

void TrayNotifier::setEnabled(bool notify)
{
    m_notify = notify;
    if (!notify)
        withdrawAll();
}

#ifdef ENVISAGE_FREEDESKTOP_NOTIFICATIONS
void TrayNotifier::useFreedesktopService(const QDBusConnection &bus)
{
    if (m_desktop) {
        withdrawAll();
        delete m_desktop;
    }
    m_desktop = new FreedesktopNotifications(bus, this);
    connect(m_desktop, &FreedesktopNotifications::availabilityChanged, this,
            [this](FreedesktopNotifications::Availability availability) {
                m_shown.clear(); // a new service (or none) has none of ours
                if (availability != FreedesktopNotifications::Availability::Unknown)
                    flushBurst(); // what waited for the answer
            });
    connect(m_desktop, &FreedesktopNotifications::actionInvoked, this,
            &TrayNotifier::onDesktopAction);
    connect(m_desktop, &FreedesktopNotifications::replied, this, &TrayNotifier::onDesktopReply);
    connect(m_desktop, &FreedesktopNotifications::closed, this,
            [this](qint64 key) { m_shown.remove(key); });
}
#endif

bool TrayNotifier::isTrayAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QIcon TrayNotifier::iconWithCount(const QIcon &base, int count)
{
    if (count <= 0)
        return base;
    QPixmap pixmap = base.pixmap(64, 64);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect badge(28, 0, 36, 36);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xd9, 0x30, 0x25));
    painter.drawEllipse(badge);
    QFont font = QApplication::font();
    font.setBold(true);
    font.setPixelSize(count > 99 ? 14 : 20);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, count > 99 ? u"99+"_s : QString::number(count));
    return QIcon(pixmap);
}

void TrayNotifier::updateCount(int unread)
{
    m_tray.setIcon(iconWithCount(m_baseIcon, unread));
    if (unread == 0)
        withdraw(SummaryKey); // all read: the summary has nothing left to say
    m_tray.setToolTip(unread > 0 ? tr("Envisage Inbox — %n unread", nullptr, unread)
                                 : tr("Envisage Inbox"));
}

void TrayNotifier::onConversationRead(qint64 conversationId)
{
    // Read before its burst was shown: nothing to announce any more.
    m_pending.removeIf([conversationId](const api::Message &message) {
        return message.conversationId == conversationId;
    });
    withdraw(conversationId);
}

void TrayNotifier::withdraw(qint64 conversationId)
{
    m_shown.remove(conversationId);
#ifdef ENVISAGE_FREEDESKTOP_NOTIFICATIONS
    if (m_desktop)
        m_desktop->close(conversationId);
#endif
}

void TrayNotifier::withdrawAll()
{
    m_shown.clear();
#ifdef ENVISAGE_FREEDESKTOP_NOTIFICATIONS
    if (m_desktop)
        m_desktop->closeAll();
#endif
}

void TrayNotifier::onMessage(qint64 conversationId, const api::Message &message)
{
    if (!m_notify)
        return;
    const bool looking =
        m_window->isActiveWindow() && m_session->openConversationId() == conversationId;
    if (looking)
        return;
    // The cache says whether this message was announced before (a restart, a catch-up).
    whenFinished(this, m_session->claimNotification(message.id), [this, message](bool first) {
        if (!first)
            return;
        m_pending.append(message);
        if (!m_burst.isActive())
            m_burst.start();
    });
}

void TrayNotifier::flushBurst()
{
    if (m_pending.isEmpty() || m_burst.isActive())
        return;
#ifdef ENVISAGE_FREEDESKTOP_NOTIFICATIONS
    if (m_desktop) {
        switch (m_desktop->availability()) {
        case FreedesktopNotifications::Availability::Unknown:
            m_desktop->probe(); // flushed again when it answers
            return;
        case FreedesktopNotifications::Availability::Available:
            showOnDesktop(std::exchange(m_pending, {}));
            return;
        case FreedesktopNotifications::Availability::Unavailable:
            break;
        }
    }
#endif
    showBalloon(std::exchange(m_pending, {}));
}

void TrayNotifier::showBalloon(const QList<api::Message> &burst)
{
    QSet<qint64> conversations;
    for (const api::Message &message : burst)
        conversations.insert(message.conversationId);
    m_clickTarget = burst.last().conversationId;
    if (burst.size() == 1) {
        m_lastTitle = burst.first().sender.name;
        m_lastMessage = inbox::messagePreview(burst.first()).left(200);
    } else {
        m_lastTitle = tr("%n new message(s)", nullptr, int(burst.size()));
        m_lastMessage = conversations.size() == 1
                            ? tr("From %1").arg(burst.last().sender.name)
                            : tr("In %n conversation(s)", nullptr, int(conversations.size()));
    }
    if (isTrayAvailable())
        m_tray.showMessage(m_lastTitle, notificationBody(m_lastMessage), m_baseIcon, 8000);
}

#ifdef ENVISAGE_FREEDESKTOP_NOTIFICATIONS
void TrayNotifier::showOnDesktop(const QList<api::Message> &burst)
{
    QList<qint64> conversations; // in the order of their first message
    for (const api::Message &message : burst) {
        if (!conversations.contains(message.conversationId))
            conversations.append(message.conversationId);
    }
    if (conversations.size() > MaxSeparateConversations) {
        m_clickTarget = burst.last().conversationId;
        m_lastTitle = tr("%n new message(s)", nullptr, int(burst.size()));
        m_lastMessage = tr("In %n conversation(s)", nullptr, int(conversations.size()));
        m_desktop->show(SummaryKey, {m_lastTitle, m_lastMessage, {{u"default"_s, tr("Open")}}, {}});
        return;
    }
    for (const api::Message &message : burst) {
        Shown &shown = m_shown[message.conversationId];
        ++shown.count;
        shown.lastMessageId = std::max(shown.lastMessageId, message.id);
        shown.sender = message.sender.name;
        shown.preview = inbox::messagePreview(message).left(200);
    }
    for (qint64 conversationId : std::as_const(conversations))
        showConversation(conversationId);
}

void TrayNotifier::showConversation(qint64 conversationId)
{
    const Shown &shown = m_shown[conversationId];
    const bool inlineReply = m_desktop->hasCapability(u"inline-reply"_s);
    FreedesktopNotifications::Notification notification;
    notification.summary = shown.count == 1 ? shown.sender
                                            : tr("%1 (%n new message(s))",
                                                 "notification title: sender, count", shown.count)
                                                  .arg(shown.sender);
    notification.body = shown.preview;
    notification.actions = {
        {u"default"_s, tr("Open")},
        {inlineReply ? u"inline-reply"_s : u"reply"_s, tr("Reply")},
        {u"mark-read"_s, tr("Mark as read")},
    };
    notification.replyPlaceholder = tr("Reply to %1").arg(shown.sender);
    m_lastTitle = notification.summary;
    m_lastMessage = notification.body;
    m_desktop->show(conversationId, notification);
}
#endif

void TrayNotifier::onDesktopAction(qint64 key, const QString &action)
{
    if (key == SummaryKey) {
        Q_EMIT showWindowRequested();
        if (m_clickTarget != 0)
            Q_EMIT conversationRequested(m_clickTarget);
        return;
    }
    if (action == u"mark-read"_s) {
        m_session->markRead(key, m_shown.value(key).lastMessageId);
        withdraw(key);
        return;
    }
    // Clicked, or "Reply" where the service has no reply field: the conversation, to be
    // answered in the window.
    Q_EMIT showWindowRequested();
    Q_EMIT conversationRequested(key);
}

void TrayNotifier::onDesktopReply(qint64 conversationId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    // Through the outbox like any message: stored first, sent once, retried when offline.
    if (m_session->sendMessage(conversationId, text).isEmpty()) {
        qCWarning(lcNotifications)
            << "a reply of" << text.size() << "characters from a notification to conversation"
            << conversationId << "was refused; it goes to the composer";
        Q_EMIT showWindowRequested();
        Q_EMIT conversationRequested(conversationId);
        Q_EMIT replyNotSent(conversationId, text);
        return;
    }
    // Answered is read: the buyer's messages need no badge any more.
    m_session->markRead(conversationId, m_shown.value(conversationId).lastMessageId);
    withdraw(conversationId);
}

QString TrayNotifier::notificationBody(const QString &text)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Freedesktop notification servers read the body as markup (body-markup), and Qt
    // passes it through as is: a buyer's "<b>" or "<a href>" must arrive as text.
    return text.toHtmlEscaped();
#else
    return text;
#endif
}

} // namespace envisage::ui
