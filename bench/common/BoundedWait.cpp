#include "BoundedWait.h"

#include "ChildProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace envisage::bench {

using namespace Qt::StringLiterals;

void BoundedWait::progress()
{
    if (m_wake)
        m_wake();
}

void BoundedWait::fail(const QString &problem)
{
    if (!m_problem)
        m_problem = problem;
    progress();
}

void BoundedWait::follow(ChildProcess &child)
{
    connect(&child, &ChildProcess::lineHandled, this, &BoundedWait::progress);
    connect(&child, &ChildProcess::failed, this, &BoundedWait::fail);
}

Problem BoundedWait::waitUntil(const std::function<bool()> &done, int timeoutMs,
                               const QString &what)
{
    if (!m_problem && !done()) {
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        m_wake = [this, &done, &loop] {
            if (m_problem || done())
                loop.quit();
        };
        deadline.start(timeoutMs);
        loop.exec();
        m_wake = nullptr;
    }
    if (m_problem)
        return m_problem;
    if (!done())
        return u"Timed out after %1 s waiting for %2."_s.arg(timeoutMs / 1000.0).arg(what);
    return {};
}

void spinUntil(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QTimer wake; // wakes the blocking wait below at the deadline at the latest
    wake.setSingleShot(true);
    wake.start(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void idleFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace envisage::bench
