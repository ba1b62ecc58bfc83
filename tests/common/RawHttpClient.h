#pragma once
// One TCP connection that sends bytes exactly as a test writes them: requests that
// QNetworkAccessManager will not make (a false Content-Length, endless chunks, a huge
// head, pipelining) and peers that stop reading.
#include <QByteArray>
#include <QTcpSocket>
#include <functional>

namespace envisage::testing {

class RawHttpClient
{
public:
    bool connectTo(const QString &host, quint16 port, int timeoutMs = 3000);
    // Writes and waits at most timeoutMs for the bytes to leave; false if they did not.
    bool write(const QByteArray &bytes, int timeoutMs = 1000);
    // Reads until done(everything received so far) holds or the time is up.
    bool waitFor(const std::function<bool(const QByteArray &)> &done, int timeoutMs = 3000);
    // Waits for a first status line; its status, or 0 when none came in time.
    int waitForStatus(int timeoutMs = 3000);
    bool waitForDisconnected(int timeoutMs = 3000);

    QByteArray received() const { return m_received; }
    // The body of the first response (what follows its blank line).
    QByteArray body() const;
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

} // namespace envisage::testing
