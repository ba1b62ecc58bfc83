#include "TrayNotifier.h"

#include "common/FutureWatch.h"
#include "inbox/AttachmentText.h"
#include "inbox/InboxSession.h"

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
}

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
    m_tray.setToolTip(unread > 0 ? tr("Envisage Inbox — %n unread", nullptr, unread)
                                 : tr("Envisage Inbox"));
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
    if (m_pending.isEmpty())
        return;
    const QList<api::Message> burst = std::exchange(m_pending, {});
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

QString TrayNotifier::notificationBody(const QString &text)
{
#ifdef Q_OS_UNIX
    // Freedesktop notification servers read the body as markup (body-markup), and Qt
    // passes it through as is: a buyer's "<b>" or "<a href>" must arrive as text.
    return text.toHtmlEscaped();
#else
    return text;
#endif
}

} // namespace envisage::ui
