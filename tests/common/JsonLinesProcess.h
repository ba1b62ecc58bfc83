#pragma once
// A child process that answers with one JSON object per line on stdout (the Node Echo
// peer, `envisage-cli watch`). Every line is kept; a test waits, with a deadline, for the
// first line not taken before that matches, and takes it. When a check fails, report()
// logs the recent lines and stderr; when the process crashes, prints a sanitizer report or
// leaves before stop(), its stderr is logged at once (ChildDiagnostics.h). The process is
// stopped when this goes away.
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QStringList>

#include <functional>
#include <optional>

namespace envisage::testing {

using JsonMatch = std::function<bool(const QJsonObject &line)>;

// A line whose "type" is `type`, on `channel` when one is given, that also passes `also`.
JsonMatch is(const QString &type, const QString &channel = {}, JsonMatch also = {});
// A line whose "data" object has `key` equal to `value`.
JsonMatch withData(const QString &key, const QJsonValue &value);

class JsonLinesProcess
{
public:
    // `name` is how failure reports call it ("the Echo peer").
    explicit JsonLinesProcess(QString name);
    virtual ~JsonLinesProcess();
    JsonLinesProcess(const JsonLinesProcess &) = delete;
    JsonLinesProcess &operator=(const JsonLinesProcess &) = delete;

    bool start(const QString &program, const QStringList &arguments,
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
               const QString &workingDirectory = {});
    void write(const QJsonObject &line);

    // Waits for the first line not taken before that matches, and takes it. Gives up early
    // when the process has exited or printed a line that setFatal() describes.
    std::optional<QJsonObject> take(const JsonMatch &match, int timeoutMs = 5000);
    qsizetype count(const JsonMatch &match) const;
    const QList<QJsonObject> &lines() const { return m_lines; }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }

    // For a failed check: logs the last lines and stderr in full (QtTest cuts long failure
    // messages) and returns the short sentence for the failure itself.
    QString report(const QString &expected) const;

    // Closes stdin and waits up to graceMs for the process to leave on its own; then
    // SIGTERM, then SIGKILL. Returns the exit code, or -1 when it did not exit by itself.
    int stop(int graceMs = 3000);

protected:
    // A line after which waiting is pointless (the peer's "fatal").
    void setFatal(JsonMatch fatal) { m_fatal = std::move(fatal); }

private:
    void readLines();
    void keepErrorOutput();

    QString m_name;
    QList<QJsonObject> m_lines;
    QList<bool> m_taken;
    QByteArray m_stderr;
    JsonMatch m_fatal;
    qint64 m_pid = 0;
    bool m_endExpected = true; // false from start() until stop()
    bool m_signalled = false;  // stop() sent SIGTERM or SIGKILL
    QProcess m_process;        // last: destroyed first, before what its handlers touch
};

} // namespace envisage::testing

// QVERIFY for a check on a JsonLinesProcess: on failure its recent output is logged.
#define LINES_VERIFY(process, expression, expected)                                                \
    do {                                                                                           \
        if (!(expression))                                                                         \
            QFAIL(qPrintable((process).report(expected)));                                         \
    } while (false)
