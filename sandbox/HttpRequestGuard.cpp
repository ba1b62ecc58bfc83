#include "HttpRequestGuard.h"

#include "Logging.h"

#include <QTcpSocket>

namespace envisage::sandbox {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v';
}

// The index just past the blank line that ends the head, or -1. Like Qt's parser, a
// bare LF ends a line too, and blank lines before the request line are skipped.
qsizetype headEnd(const QByteArray &bytes)
{
    qsizetype start = 0;
    while (start < bytes.size() && isSpace(bytes.at(start)))
        ++start;
    const qsizetype crlf = bytes.indexOf("\n\r\n", start);
    const qsizetype lf = bytes.indexOf("\n\n", start);
    if (crlf < 0 && lf < 0)
        return -1;
    if (lf < 0 || (crlf >= 0 && crlf < lf))
        return crlf + 3;
    return lf + 2;
}

// The first value of a header in a head, as Qt's parser picks it.
QByteArray headerValue(const QByteArray &head, QByteArrayView name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the request line
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.sliced(colon + 1).trimmed();
    }
    return {};
}

} // namespace

qint64 HttpLimits::bodyLimitFor(QByteArrayView requestLine) const
{
    if (bodyLimitsByRoute.isEmpty())
        return maxBodyBytes;
    // "POST /api/attachments?x=1 HTTP/1.1" → "POST /api/attachments"
    const QList<QByteArray> words = requestLine.trimmed().toByteArray().split(' ');
    if (words.size() < 2)
        return maxBodyBytes;
    const QByteArray path = words.at(1).split('?').first();
    return bodyLimitsByRoute.value(words.at(0) + ' ' + path, maxBodyBytes);
}

qint64 HttpLimits::largestBodyLimit() const
{
    qint64 largest = maxBodyBytes;
    for (const qint64 limit : bodyLimitsByRoute)
        largest = std::max(largest, limit);
    return largest;
}

HttpRequestGuard::HttpRequestGuard(QTcpSocket *socket, HttpLimits limits)
    : QObject(socket), m_socket(socket), m_limits(limits)
{
    // Qt's transaction keeps the whole current request in the socket's buffer, so this
    // cap is what one request may occupy. One byte over what the limits allow makes a
    // full buffer an excess that inspect() refuses, rather than a silent stall.
    // A request's own body limit (an upload's is larger) is checked once its head is read.
    socket->setReadBufferSize(m_limits.maxHeadBytes + m_limits.largestBodyLimit() + 1);
    connect(socket, &QTcpSocket::readyRead, this, &HttpRequestGuard::inspect);
}

HttpRequestGuard *HttpRequestGuard::of(QTcpSocket *socket)
{
    return socket->findChild<HttpRequestGuard *>(QString(), Qt::FindDirectChildrenOnly);
}

void HttpRequestGuard::requestCompleted()
{
    m_stage = Stage::Head;
    m_head.clear();
    m_chunked = false;
    m_chunkedBytes = 0;
}

void HttpRequestGuard::release()
{
    disconnect(m_socket, nullptr, this, nullptr);
    m_socket->setReadBufferSize(0); // WebSocket frames have limits of their own
    deleteLater();
}

void HttpRequestGuard::inspect()
{
    const qint64 fresh = m_socket->bytesAvailable();
    if (hasRefused() || fresh <= 0)
        return;
    if (m_stage == Stage::Head)
        return inspectHead(m_socket->peek(fresh));
    // A declared length was checked with the head and Qt reads no more than that;
    // bytes past it are the next request, seen again after requestCompleted().
    if (m_chunked) {
        m_chunkedBytes += fresh;
        if (m_chunkedBytes > m_bodyLimit)
            refuse(413);
    }
}

void HttpRequestGuard::inspectHead(const QByteArray &fresh)
{
    m_head += fresh;
    const qsizetype end = headEnd(m_head);
    if (end < 0 || end > m_limits.maxHeadBytes) {
        if (m_head.size() > m_limits.maxHeadBytes)
            refuse(431);
        return;
    }
    const QByteArray head = m_head.first(end);
    const qint64 bodyBytesSoFar = m_head.size() - end;
    m_head.clear();
    m_stage = Stage::Body;
    // Blank lines before the request line are skipped, as in headEnd().
    qsizetype lineStart = 0;
    while (lineStart < head.size() && isSpace(head.at(lineStart)))
        ++lineStart;
    m_bodyLimit = m_limits.bodyLimitFor(
        QByteArrayView(head).sliced(lineStart).first(head.indexOf('\n', lineStart) - lineStart));

    m_chunked = headerValue(head, "Transfer-Encoding").toLower().contains("chunked");
    if (m_chunked) {
        m_chunkedBytes = bodyBytesSoFar;
        if (m_chunkedBytes > m_bodyLimit)
            refuse(413);
        return;
    }
    bool ok = false;
    const quint64 length = headerValue(head, "Content-Length").toULongLong(&ok);
    if (ok && length > quint64(m_bodyLimit))
        refuse(413);
}

void HttpRequestGuard::refuse(int status)
{
    qCInfo(lcSandboxApi) << "refusing a request from" << m_socket->peerAddress().toString()
                         << "with" << status << "for its size";
    m_refusedStatus = status;
    Q_EMIT refused(status);
}

} // namespace envisage::sandbox
