#pragma once
// Synchronous HTTP for tests: one request, waited for with a bounded event loop.
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

namespace envisage::testing {

struct TestResponse
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const;
    // A list answers {"data": [...]} newest first: its first item (empty if none), and that
    // item's id (0 if none) — a conversation to work in, the newest message of a page.
    QJsonObject firstItem() const;
    qint64 firstId() const;
    // A POST answers {"data": {...}}: the id of what it made (0 if none).
    qint64 createdId() const;
};

class TestHttp
{
public:
    TestResponse get(const QUrl &url, const QString &token = {});
    TestResponse postJson(const QUrl &url, const QJsonObject &body, const QString &token = {},
                          const QList<QPair<QByteArray, QByteArray>> &headers = {});
    TestResponse postForm(const QUrl &url, const QByteArray &form, const QString &token = {});
    TestResponse send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                      const QByteArray &contentType, const QString &token,
                      const QList<QPair<QByteArray, QByteArray>> &headers = {});

    // A JSON body with the X-Socket-ID of the user's own WebSocket connection (if any), as
    // the app sends it: the server leaves that connection out of the broadcast.
    TestResponse sendJson(const QByteArray &method, const QUrl &url, const QJsonObject &body,
                          const QString &token, const QString &socketId = {});

    // POST /api/login; returns the token or an empty string.
    QString login(const QUrl &apiBase, const QString &email, const QString &password);
    // POST /api/conversations/{id}/messages with `body`, as a user writes in a conversation
    // (createdId() of the answer is the message's id).
    TestResponse postMessage(const QUrl &apiBase, qint64 conversationId, const QString &body,
                             const QString &token);

private:
    QNetworkAccessManager m_network;
};

} // namespace envisage::testing
