#pragma once
// One Envisage Inbox per user session: a second launch asks the first to show its window
// and exits.
#include <QLocalServer>
#include <QObject>

namespace envisage::app {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &name, QObject *parent = nullptr);
    // True when another instance answered (and was asked to raise its window).
    bool notifyRunningInstance();
    // Starts answering later launches.
    bool listen();
    // Where the socket lives (a path in the per-user runtime folder on Unix).
    QString socketName() const { return m_name; }

Q_SIGNALS:
    void activationRequested();

private:
    QString m_name;
    QLocalServer m_server;
};

} // namespace envisage::app
