#include "ConnectionBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace envisage::ui {

using State = inbox::InboxSession::Connection;

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // Amber in either theme: light amber on a light palette, dark amber on a dark one.
    QPalette banner = palette();
    const bool dark = banner.color(QPalette::Window).lightness() < 128;
    banner.setColor(QPalette::Window, dark ? QColor(0x4a, 0x3b, 0x12) : QColor(0xfd, 0xf3, 0xd8));
    banner.setColor(QPalette::WindowText,
                    dark ? QColor(0xf5, 0xe6, 0xb8) : QColor(0x5c, 0x43, 0x0b));
    banner.setColor(QPalette::ButtonText, banner.color(QPalette::WindowText));
    setPalette(banner);
    m_text->setAccessibleName(tr("Connection status"));
    // A button that looks like one (a flat one read as part of the sentence), in the
    // banner's colours.
    m_action->setText(tr("Try now"));
    m_action->setCursor(Qt::PointingHandCursor);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (m_signedOut)
            Q_EMIT signInRequested();
        else
            Q_EMIT tryNowRequested();
    });
    m_showTimer.setSingleShot(true);
    m_showTimer.setInterval(ShowAfterMs);
    connect(&m_showTimer, &QTimer::timeout, this, [this] {
        m_troubleLongEnough = true;
        refresh();
    });
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &ConnectionBanner::refresh);
    hide();
}

void ConnectionBanner::setConnection(State state)
{
    m_state = state;
    if (state == State::Online) {
        m_showTimer.stop();
        m_troubleLongEnough = false;
        m_retrySeconds = -1;
    } else if (!m_showTimer.isActive() && !m_troubleLongEnough) {
        m_showTimer.start();
    }
    refresh();
}

void ConnectionBanner::setReconnectingIn(int seconds)
{
    m_retrySeconds = seconds;
    m_retryClock.start();
    refresh();
}

void ConnectionBanner::setSignedOut(bool signedOut)
{
    m_signedOut = signedOut;
    refresh();
}

QString ConnectionBanner::message() const
{
    if (m_signedOut)
        return tr("Signed out — sign in again to send and receive messages.");
    if (m_state == State::Online || !m_troubleLongEnough)
        return {};
    const int left =
        m_retrySeconds < 0 ? -1 : std::max(0, m_retrySeconds - int(m_retryClock.elapsed() / 1000));
    if (m_state == State::Connecting && left <= 0)
        return tr("Connecting…");
    if (left > 0)
        return tr("Offline — reconnecting in %n s", nullptr, left);
    return tr("Offline — reconnecting…");
}

void ConnectionBanner::refresh()
{
    const QString text = message();
    m_text->setText(text);
    m_action->setText(m_signedOut ? tr("Sign in") : tr("Try now"));
    m_action->setVisible(m_signedOut || (m_state != State::Connecting && !text.isEmpty()) ||
                         m_retrySeconds > 0);
    setVisible(!text.isEmpty());
    if (isVisible() && m_retrySeconds > 0)
        m_countdown.start();
    else
        m_countdown.stop();
}

} // namespace envisage::ui
