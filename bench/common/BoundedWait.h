#pragma once
// Waiting on the event loop for other processes, with a deadline and a sentence when it
// fails. The handlers of a benchmark report what they see: progress() when something
// happened that may end the wait, fail() with a sentence when something went wrong (a
// child died, a request was refused). A wait is woken by those calls instead of polling,
// so that waiting takes no CPU from the processes measured on the same cores.
//
// spinUntil() is for the `--measure` children instead, whose conditions change without
// a signal to report them (a model's row count, a scroll bar's range).
#include "Problem.h"

#include <QObject>
#include <QString>

#include <functional>

namespace envisage::bench {

class ChildProcess;

class BoundedWait : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Something happened: the running wait checks its condition again.
    void progress();
    // The first failure is kept; it ends the running wait and every later one, until
    // forgetProblem().
    void fail(const QString &problem);
    // The child's lines are progress and its failures are failures, for as long as both live.
    void follow(ChildProcess &child);

    // Runs the event loop until `done` holds (nothing), a failure is reported (it), or
    // timeoutMs pass (a sentence naming `what`).
    Problem waitUntil(const std::function<bool()> &done, int timeoutMs, const QString &what);
    bool hasFailed() const { return m_problem.has_value(); }
    const Problem &problem() const { return m_problem; }
    // For the steps that run after a failure anyway (an end marker, the summaries that tell
    // how far a run got): the caller has taken the failure already.
    void forgetProblem() { m_problem.reset(); }

private:
    std::function<void()> m_wake; // set while waitUntil() runs the event loop
    Problem m_problem;
};

// Runs the event loop until `done` holds. No timer: a timer per call would be measured
// with what the call waits for.
void spinUntil(const std::function<bool()> &done);
// The same with a deadline; false when it passed first.
bool spinUntil(const std::function<bool()> &done, int timeoutMs);
// Runs the event loop for ms with nothing to wait for: a window idling, its timers running.
void idleFor(int ms);

} // namespace envisage::bench
