#include "TestHttp.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>

namespace envisage::testing {

using namespace Qt::StringLiterals;

QByteArray TestResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject TestResponse::firstItem() const
{
    return json().value(u"data"_s).toArray().at(0).toObject();
}

qint64 TestResponse::firstId() const
{
    return firstItem().value(u"id"_s).toInteger();
}

qint64 TestResponse::createdId() const
{
    return json().value(u"data"_s).toObject().value(u"id"_s).toInteger();
}

TestResponse TestHttp::get(const QUrl &url, const QString &token)
{
    return send("GET", url, {}, {}, token);
}

TestResponse TestHttp::postJson(const QUrl &url, const QJsonObject &body, const QString &token,
                                const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                token, headers);
}

TestResponse TestHttp::postForm(const QUrl &url, const QByteArray &form, const QString &token)
{
    return send("POST", url, form, "application/x-www-form-urlencoded", token);
}

TestResponse TestHttp::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                            const QByteArray &contentType, const QString &token,
                            const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    TestResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append(pair);
    reply->deleteLater();
    return response;
}

TestResponse TestHttp::sendJson(const QByteArray &method, const QUrl &url, const QJsonObject &body,
                                const QString &token, const QString &socketId)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!socketId.isEmpty())
        headers.append({"X-Socket-ID", socketId.toUtf8()});
    return send(method, url, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                token, headers);
}

QString TestHttp::login(const QUrl &apiBase, const QString &email, const QString &password)
{
    QUrl url = apiBase;
    url.setPath(u"/api/login"_s);
    const TestResponse response = postJson(
        url, {{u"email"_s, email}, {u"password"_s, password}, {u"device_name"_s, u"qt-test"_s}});
    return response.json().value(u"token"_s).toString();
}

TestResponse TestHttp::postMessage(const QUrl &apiBase, qint64 conversationId, const QString &body,
                                   const QString &token)
{
    QUrl url = apiBase;
    url.setPath(u"/api/conversations/%1/messages"_s.arg(conversationId));
    return postJson(url, {{u"body"_s, body}}, token);
}

} // namespace envisage::testing
