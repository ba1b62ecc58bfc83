#pragma once
// A small synchronous HTTP layer over QAbstractHttpServer: a route table of
// (method, path pattern) → handler, and replies as plain values. Handlers run on
// the sandbox thread; everything they touch (SQLite, channels) lives there too.
// Requests over the size limits are refused before their body is read
// (HttpRequestGuard).
#include "HttpRequestGuard.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QRegularExpression>
#include <functional>

class QHttpServerResponder;

namespace envisage::sandbox {

struct HttpReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpReply json(int status, const QJsonDocument &document);
    static HttpReply json(int status, const QJsonObject &object);
    static HttpReply noContent();
    HttpReply &withHeader(const QByteArray &name, const QByteArray &value);
};

// One route: "POST" + "^/api/conversations/(\d+)/messages$".
struct HttpRoute
{
    QHttpServerRequest::Method method;
    QRegularExpression path;
    std::function<HttpReply(const QHttpServerRequest &, const QRegularExpressionMatch &)> handler;
};

class HttpService : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit HttpService(QObject *parent = nullptr);

    void
    addRoute(QHttpServerRequest::Method method, const QString &pattern,
             std::function<HttpReply(const QHttpServerRequest &, const QRegularExpressionMatch &)>
                 handler);

    // Replies for paths no route knows and for known paths with another method.
    std::function<HttpReply(const QHttpServerRequest &)> notFound;
    std::function<HttpReply(const QHttpServerRequest &, const QStringList &allowed)>
        methodNotAllowed;
    // The reply to a request refused for its size: 413 (body) or 431 (head).
    std::function<HttpReply(int status, const HttpLimits &limits)> tooLarge;

    // Applies to the connections accepted after the call.
    void setLimits(HttpLimits limits) { m_limits = limits; }
    const HttpLimits &limits() const { return m_limits; }

    HttpReply dispatch(const QHttpServerRequest &request) const;

    // Like listen(), but with TCP_NODELAY on every accepted socket: small frames and
    // replies go out at once instead of waiting up to 40 ms for Nagle's algorithm.
    // Returns the port, 0 on failure.
    quint16 listenWithLowDelay(const QHostAddress &address, quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const HttpReply &reply);
    void guard(QTcpSocket *socket);
    // Answers without a QHttpServerRequest (Qt has not parsed one yet) and closes.
    void sendRefusal(QTcpSocket *socket, int status);

    QList<HttpRoute> m_routes;
    HttpLimits m_limits;
};

// Helpers shared by the API and the Pusher HTTP API.
QByteArray requestHeader(const QHttpServerRequest &request, const QByteArray &name);
QString methodName(QHttpServerRequest::Method method);

} // namespace envisage::sandbox
