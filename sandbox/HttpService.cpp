#include "HttpService.h"

#include "Logging.h"

#include <QHttpServerResponder>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

HttpReply HttpReply::json(int status, const QJsonDocument &document)
{
    HttpReply reply;
    reply.status = status;
    reply.body = document.toJson(QJsonDocument::Compact);
    return reply;
}

HttpReply HttpReply::json(int status, const QJsonObject &object)
{
    return json(status, QJsonDocument(object));
}

HttpReply HttpReply::noContent()
{
    HttpReply reply;
    reply.status = 204;
    reply.contentType.clear();
    return reply;
}

HttpReply &HttpReply::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

namespace {
// Accepted sockets get TCP_NODELAY and are prepared (guarded) before
// QAbstractHttpServer takes them.
class LowDelayTcpServer : public QTcpServer
{
public:
    LowDelayTcpServer(std::function<void(QTcpSocket *)> prepare, QObject *parent)
        : QTcpServer(parent), m_prepare(std::move(prepare))
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_prepare(socket);
        addPendingConnection(socket);
    }

private:
    std::function<void(QTcpSocket *)> m_prepare;
};

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}
} // namespace

quint16 HttpService::listenWithLowDelay(const QHostAddress &address, quint16 port)
{
    auto *server = new LowDelayTcpServer([this](QTcpSocket *socket) { guard(socket); }, this);
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

HttpService::HttpService(QObject *parent) : QAbstractHttpServer(parent)
{
    notFound = [](const QHttpServerRequest &) {
        return HttpReply::json(404, QJsonObject{{u"message"_s, u"Not Found"_s}});
    };
    methodNotAllowed = [](const QHttpServerRequest &, const QStringList &) {
        return HttpReply::json(405, QJsonObject{{u"message"_s, u"Method Not Allowed"_s}});
    };
    tooLarge = [](int status, const HttpLimits &) {
        return HttpReply::json(
            status, QJsonObject{{u"message"_s, QString::fromLatin1(reasonPhrase(status))}});
    };
}

void HttpService::guard(QTcpSocket *socket)
{
    auto *guard = new HttpRequestGuard(socket, m_limits);
    connect(guard, &HttpRequestGuard::refused, this,
            [this, socket](int status) { sendRefusal(socket, status); });
}

void HttpService::sendRefusal(QTcpSocket *socket, int status)
{
    const HttpReply reply = tooLarge(status, m_limits);
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty())
        head += "Content-Type: " + reply.contentType + "\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) +
            "\r\nConnection: close\r\n\r\n";
    socket->write(head + reply.body);
    // Closing stops reading at once; the socket goes when the answer is written.
    socket->disconnectFromHost();
}

void HttpService::addRoute(
    QHttpServerRequest::Method method, const QString &pattern,
    std::function<HttpReply(const QHttpServerRequest &, const QRegularExpressionMatch &)> handler)
{
    m_routes.append({method, QRegularExpression(pattern), std::move(handler)});
}

HttpReply HttpService::dispatch(const QHttpServerRequest &request) const
{
    const QString path = request.url().path();
    QStringList allowed;
    for (const HttpRoute &route : m_routes) {
        const QRegularExpressionMatch match = route.path.match(path);
        if (!match.hasMatch())
            continue;
        if (route.method == request.method())
            return route.handler(request, match);
        allowed.append(methodName(route.method));
    }
    if (!allowed.isEmpty())
        return methodNotAllowed(request, allowed);
    return notFound(request);
}

namespace {
// QAbstractHttpServer (Qt 6.4) offers an upgrade request to handleRequest() too before
// it hands the socket to its WebSocket server; answering it would put an HTTP
// response in front of the 101 Switching Protocols.
bool isWebSocketUpgrade(const QHttpServerRequest &request)
{
    return requestHeader(request, "Upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}
} // namespace

bool HttpService::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequestGuard *guard = HttpRequestGuard::of(socket);
    if (isWebSocketUpgrade(request)) {
        if (guard)
            guard->release();
        return true;
    }
    if (guard && guard->hasRefused())
        return true; // answered with 413/431 already; Qt parsed what had arrived
    if (guard)
        guard->requestCompleted();
    send(request, socket, dispatch(request));
    return true;
}

void HttpService::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const HttpRequestGuard *guard = HttpRequestGuard::of(socket);
    if (isWebSocketUpgrade(request) || (guard && guard->hasRefused()))
        return;
    send(request, socket, notFound(request));
}

void HttpService::send(const QHttpServerRequest &request, QTcpSocket *socket,
                       const HttpReply &reply)
{
    qCDebug(lcSandboxApi) << methodName(request.method()) << request.url().path() << "→"
                          << reply.status;
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    if (!reply.contentType.isEmpty())
        responder.writeHeader("Content-Type", reply.contentType);
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

QByteArray requestHeader(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    default:
        return u"OTHER"_s;
    }
}

} // namespace envisage::sandbox
