#include "HoldingHttpServer.h"

#include <QUrl>

namespace envisage::testing {

using namespace Qt::StringLiterals;

HoldingHttpServer::HoldingHttpServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

HoldingHttpServer::~HoldingHttpServer()
{
    // The sockets are the server's children: closed here, before the buffers go, so that
    // their disconnected() finds nothing of ours to update.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>()) {
        socket->disconnect(this);
        delete socket;
    }
}

quint16 HoldingHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0) ? m_server.serverPort() : 0;
}

QUrl HoldingHttpServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

int HoldingHttpServer::waiting() const
{
    int count = 0;
    for (const Request &request : m_held) {
        if (request.socket && request.socket->state() == QAbstractSocket::ConnectedState)
            ++count;
    }
    return count;
}

void HoldingHttpServer::releaseAll(const Answer &answer)
{
    for (const Request &request : std::exchange(m_held, {})) {
        if (request.socket && request.socket->state() == QAbstractSocket::ConnectedState)
            send(request.socket, answer);
    }
}

void HoldingHttpServer::send(QTcpSocket *socket, const Answer &answer)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(answer.status) +
                       " Scripted\r\n"
                       "Content-Type: application/json\r\nContent-Length: " +
                       QByteArray::number(answer.json.size()) + "\r\n\r\n" + answer.json;
    socket->write(bytes);
}

void HoldingHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (int guard = 0; guard < 100; ++guard) { // several requests on one connection
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        qsizetype length = 0;
        Request request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        const QUrl target(QString::fromLatin1(requestLine.value(1)));
        request.path = target.path();
        request.query = target.query();
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "authorization")
                request.authorization = value;
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        request.socket = socket;
        m_received.append(request);
        const std::optional<Answer> now = answer ? answer(request) : std::nullopt;
        if (now)
            send(socket, *now);
        else
            m_held.append(request);
    }
}

} // namespace envisage::testing
