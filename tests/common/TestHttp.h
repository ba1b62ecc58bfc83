#pragma once
// Synchronous HTTP for tests: one request, waited for with a bounded event loop.
#include <QByteArray>
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

    // POST /api/login; returns the token or an empty string.
    QString login(const QUrl &apiBase, const QString &email, const QString &password);

private:
    QNetworkAccessManager m_network;
};

} // namespace envisage::testing
