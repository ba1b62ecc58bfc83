#pragma once
// Refuses an HTTP request for its size before Qt has read its body.
//
// QAbstractHttpServer (Qt 6.4) has no hook between a request's head and its body: it
// reads the whole request into memory, inside a socket transaction that also keeps
// every byte in the socket's buffer, and only then calls handleRequest(). So each
// accepted socket gets a guard that sees its bytes before Qt's parser does (its
// readyRead slot is connected first). The guard reads the request head and answers
// 413 to a declared Content-Length over the limit, or 431 to a head over its limit,
// before the body is read; counts a chunked body (no declared length) as it arrives;
// and caps the socket's read buffer, so that no request can make the sandbox buffer
// more than head limit + body limit.
//
// It relies on what Qt's parser does in 6.4: after each readyRead it has consumed
// every available byte unless it completed a request, and it calls handleRequest()
// at each request's end (HttpService then calls requestCompleted()). The bytes
// available when the guard's slot runs are therefore the ones it has not seen yet.
#include <QByteArray>
#include <QHash>
#include <QObject>

class QTcpSocket;

namespace envisage::sandbox {

struct HttpLimits
{
    qint64 maxBodyBytes = 1 << 20;  // declared Content-Length, or a chunked body as sent
    qint64 maxHeadBytes = 64 << 10; // request line and headers
    // Requests allowed another body limit (uploads), keyed "POST /api/attachments":
    // method, one space, path without query.
    QHash<QByteArray, qint64> bodyLimitsByRoute;

    // The body limit of a request, from its request line.
    qint64 bodyLimitFor(QByteArrayView requestLine) const;
    qint64 largestBodyLimit() const;
};

class HttpRequestGuard : public QObject
{
    Q_OBJECT
public:
    // Watches `socket` and becomes its child. Create it before QAbstractHttpServer
    // takes the socket, so that its slot runs first on every readyRead.
    HttpRequestGuard(QTcpSocket *socket, HttpLimits limits);

    // The guard of a socket accepted by HttpService, or null.
    static HttpRequestGuard *of(QTcpSocket *socket);

    // Qt's parser has handed over a whole request: the next byte starts a new one.
    void requestCompleted();
    // The connection becomes a WebSocket: stop watching and lift the read cap.
    void release();
    // True once the guard answered 413 or 431; the request must not be answered again.
    bool hasRefused() const { return m_refusedStatus != 0; }

Q_SIGNALS:
    // The request is refused with this status (413 or 431); whoever owns the reply
    // writes it and closes the connection.
    void refused(int status);

private:
    enum class Stage { Head, Body };

    void inspect();
    void inspectHead(const QByteArray &fresh);
    void refuse(int status);

    QTcpSocket *m_socket;
    HttpLimits m_limits;
    Stage m_stage = Stage::Head;
    QByteArray m_head;      // the current request's head so far
    qint64 m_bodyLimit = 0; // of the current request, known once its head is read
    bool m_chunked = false;
    qint64 m_chunkedBytes = 0; // raw bytes of a chunked body so far
    int m_refusedStatus = 0;
};

} // namespace envisage::sandbox
