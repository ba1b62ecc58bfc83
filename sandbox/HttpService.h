#pragma once
// A small synchronous HTTP layer over QAbstractHttpServer: a route table of
// (method, path pattern) → handler, and replies as plain values. Handlers run on
// the sandbox thread; everything they touch (SQLite, channels) lives there too.
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

    void addRoute(QHttpServerRequest::Method method, const QString &pattern,
                  std::function<HttpReply(const QHttpServerRequest &,
                                          const QRegularExpressionMatch &)> handler);

    // Replies for paths no route knows and for known paths with another method.
    std::function<HttpReply(const QHttpServerRequest &)> notFound;
    std::function<HttpReply(const QHttpServerRequest &, const QStringList &allowed)> methodNotAllowed;

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

    QList<HttpRoute> m_routes;
};

// Helpers shared by the API and the Pusher HTTP API.
QByteArray requestHeader(const QHttpServerRequest &request, const QByteArray &name);
QString methodName(QHttpServerRequest::Method method);

} // namespace envisage::sandbox
