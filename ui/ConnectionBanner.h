#pragma once
// Tells the seller calmly about network trouble: nothing for the first ~2 seconds (a
// blip should not flicker), then "Connecting…", or "Offline — reconnecting in N s ·
// Try now", or "Signed out — sign in again"; gone as soon as the connection is back.
#include "inbox/InboxSession.h"

#include <QElapsedTimer>
#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

namespace envisage::ui {

class ConnectionBanner : public QFrame
{
    Q_OBJECT
public:
    static constexpr int ShowAfterMs = 2000;

    explicit ConnectionBanner(QWidget *parent = nullptr);

    void setConnection(inbox::InboxSession::Connection connection);
    void setReconnectingIn(int seconds);
    void setSignedOut(bool signedOut);
    QString message() const;

Q_SIGNALS:
    void tryNowRequested();
    void signInRequested();

private:
    void refresh();

    QLabel *m_text;
    QPushButton *m_action;
    QTimer m_showTimer;
    QTimer m_countdown;
    inbox::InboxSession::Connection m_state = inbox::InboxSession::Connection::Connecting;
    bool m_signedOut = false;
    bool m_troubleLongEnough = false;
    QElapsedTimer m_retryClock;
    int m_retrySeconds = -1;
};

} // namespace envisage::ui
