#pragma once
// A process a benchmark starts beside itself that reports one line at a time on stdout
// (the sandbox's ready line; a subscriber's ready and summary lines). It is always
// stopped: when this goes away, and by the kernel when the benchmark itself dies without
// cleaning up. Its stderr is kept as a tail for error messages. Subclasses read the lines.
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace envisage::bench {

class ChildProcess : public QObject
{
    Q_OBJECT
public:
    // `name` is what messages call it, in the middle of a sentence ("the sandbox");
    // `awaited` what it owes before it may exit ("the benchmark ended", "its summary").
    // A line longer than maxLineBytes is a failure: a child that never ends its line.
    ChildProcess(QString name, QString awaited, qsizetype maxLineBytes, QObject *parent = nullptr);
    ~ChildProcess() override; // stops the child if it still runs, without reading on

    void start(const QString &program, const QStringList &arguments);
    // 0 when it is not running.
    qint64 processId() const { return m_process.processId(); }
    // SIGTERM, up to graceMs with the event loop running, then SIGKILL. Not
    // waitForFinished(): the other children and our sockets keep being served meanwhile.
    void stop(int graceMs = 5000);

Q_SIGNALS:
    // After each line the subclass has read, so that a wait can look again.
    void lineHandled();
    // Could not start, printed an endless line, exited before it was stopped or had said
    // what it owed, or the subclass did not like what it said.
    void failed(const QString &problem);

protected:
    // Each line of stdout without its newline; blank lines are left out.
    virtual void readLine(const QByteArray &line) = 0;
    // It has said what it owed (a summary): its exit is no failure from now on.
    void allowExit() { m_exitAllowed = true; }

private:
    void readStdout();
    void readStderr();
    QString stderrTail() const;

    QString m_name;
    QString m_awaited;
    qsizetype m_maxLineBytes;
    QProcess m_process;
    QByteArray m_stdout;     // an unfinished line
    QByteArray m_stderrTail; // shown when the child fails
    bool m_exitAllowed = false;
};

} // namespace envisage::bench
