#include "ApiTransport.h"

#include "ApiLogging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

Q_LOGGING_CATEGORY(lcApi, "envisage.api", QtInfoMsg)

namespace envisage::api {

using namespace Qt::StringLiterals;

ApiTransport::ApiTransport(QUrl baseUrl, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_network(network)
{
}

void ApiTransport::send(const ApiRequest &request, Done done)
{
    auto backoff = std::make_shared<Backoff>(m_policy.baseDelay, m_policy.maxDelay);
    attempt(request, std::move(done), 1, std::move(backoff));
}

void ApiTransport::attempt(const ApiRequest &request, Done done, int number,
                           std::shared_ptr<Backoff> backoff)
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + request.path);
    url.setQuery(request.query);
    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setTransferTimeout(int(m_policy.requestTimeout.count()));
    if (request.authenticated && m_token) {
        const QString token = m_token();
        if (!token.isEmpty())
            networkRequest.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    }
    if (request.sendSocketId && m_socketId) {
        // Asked per attempt: after a reconnect the socket id is a new one.
        const QString socketId = m_socketId();
        if (!socketId.isEmpty())
            networkRequest.setRawHeader("X-Socket-ID", socketId.toLatin1());
    }
    QByteArray body;
    if (request.body) {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        body = QJsonDocument(*request.body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = m_network->sendCustomRequest(networkRequest, request.method, body);
    auto sslFailed = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::sslErrors, reply, [sslFailed] { *sslFailed = true; });

    QPointer<ApiTransport> self(this);
    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = reply->readAll();
        const QJsonDocument json = QJsonDocument::fromJson(bytes);
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError && status == 0;
        std::optional<ApiError> error = errorOf(reply, json, timedOut);
        if (error && *sslFailed)
            error->kind = ApiError::Kind::Tls;
        qCDebug(lcApi) << request.method << request.path << "→" << status
                       << (error ? kindName(error->kind) : u"ok"_s);
        if (error && error->kind == ApiError::Kind::Unauthenticated)
            Q_EMIT unauthenticated();
        if (error && error->isTemporary() && number < request.maxAttempts
            && (error->kind != ApiError::Kind::RateLimited
                || error->retryAfterSeconds <= m_policy.maxRetryAfterSeconds)) {
            const std::chrono::milliseconds delay = error->kind == ApiError::Kind::RateLimited
                    && error->retryAfterSeconds > 0
                ? std::chrono::milliseconds(error->retryAfterSeconds * 1000)
                : backoff->next();
            qCInfo(lcApi) << request.method << request.path << "failed:" << kindName(error->kind)
                          << "- retry" << number << "in" << delay.count() << "ms";
            QTimer::singleShot(delay, this, [=, this] { attempt(request, done, number + 1, backoff); });
            return;
        }
        if (error)
            qCInfo(lcApi).noquote() << request.method << request.path << "failed:" << error->toString();
        done(status, json, error);
    });
}

std::optional<ApiError> ApiTransport::errorOf(QNetworkReply *reply, const QJsonDocument &json,
                                              bool timedOut)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ApiError error;
    error.httpStatus = status;
    error.detail = reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
    if (status == 0) {
        if (timedOut || reply->error() == QNetworkReply::TimeoutError)
            error.kind = ApiError::Kind::Timeout;
        else if (reply->error() == QNetworkReply::SslHandshakeFailedError)
            error.kind = ApiError::Kind::Tls;
        else
            error.kind = ApiError::Kind::Offline;
        return error;
    }
    const QJsonObject object = json.object();
    error.serverMessage = object.value(u"message"_s).toString();
    if (status >= 200 && status < 300)
        return std::nullopt;
    if (status == 401) {
        error.kind = ApiError::Kind::Unauthenticated;
    } else if (status == 403) {
        error.kind = ApiError::Kind::Forbidden;
    } else if (status == 404) {
        error.kind = ApiError::Kind::NotFound;
    } else if (status == 408) {
        error.kind = ApiError::Kind::Timeout;
    } else if (status == 422) {
        error.kind = ApiError::Kind::Validation;
        const QJsonObject fields = object.value(u"errors"_s).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            QStringList messages;
            for (const QJsonValue &message : it.value().toArray())
                messages.append(message.toString());
            error.fieldErrors.insert(it.key(), messages);
        }
    } else if (status == 429) {
        error.kind = ApiError::Kind::RateLimited;
        error.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
    } else if (status >= 500) {
        error.kind = ApiError::Kind::Server;
    } else {
        error.kind = ApiError::Kind::Client;
    }
    return error;
}

} // namespace envisage::api
