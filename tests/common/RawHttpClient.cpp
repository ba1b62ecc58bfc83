#include "RawHttpClient.h"

#include <QDeadlineTimer>

namespace envisage::testing {

bool RawHttpClient::connectTo(const QString &host, quint16 port, int timeoutMs)
{
    m_socket.connectToHost(host, port);
    return m_socket.waitForConnected(timeoutMs);
}

bool RawHttpClient::write(const QByteArray &bytes, int timeoutMs)
{
    if (m_socket.write(bytes) != bytes.size())
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.bytesToWrite() > 0 && !deadline.hasExpired()) {
        if (!m_socket.waitForBytesWritten(int(deadline.remainingTime())))
            break;
    }
    m_received += m_socket.readAll();
    return m_socket.bytesToWrite() == 0;
}

bool RawHttpClient::waitFor(const std::function<bool(const QByteArray &)> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    m_received += m_socket.readAll();
    while (!done(m_received) && !deadline.hasExpired() &&
           m_socket.state() == QAbstractSocket::ConnectedState) {
        m_socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        m_received += m_socket.readAll();
    }
    return done(m_received);
}

int RawHttpClient::waitForStatus(int timeoutMs)
{
    const auto hasStatusLine = [](const QByteArray &bytes) {
        return bytes.startsWith("HTTP/1.") && bytes.contains("\r\n");
    };
    if (!waitFor(hasStatusLine, timeoutMs))
        return 0;
    return m_received.mid(9, 3).toInt();
}

bool RawHttpClient::waitForDisconnected(int timeoutMs)
{
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        return true;
    const bool gone = m_socket.waitForDisconnected(timeoutMs);
    m_received += m_socket.readAll();
    return gone;
}

QByteArray RawHttpClient::body() const
{
    const qsizetype end = m_received.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : m_received.mid(end + 4);
}

} // namespace envisage::testing
