#pragma once
// Sends one API request over QNetworkAccessManager and turns the answer into JSON or an
// ApiError: bearer token and X-Socket-ID asked for per attempt, a timeout, and retries
// of temporary failures with capped exponential backoff and jitter (Retry-After wins
// for 429). The libQuotient idea of one status band per failure, handled in one place.
#include "ApiError.h"
#include "common/Backoff.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace envisage::api {

struct ApiRequest
{
    QByteArray method = "GET";
    QString path;          // "/api/conversations"
    QUrlQuery query;
    std::optional<QJsonObject> body;
    bool authenticated = true;
    bool sendSocketId = false; // X-Socket-ID, so the server leaves our connection out
    int maxAttempts = 4;       // 1 = no retry
};

struct RetryPolicy
{
    std::chrono::milliseconds baseDelay{1000};
    std::chrono::milliseconds maxDelay{30000};
    std::chrono::milliseconds requestTimeout{20000};
    int maxRetryAfterSeconds = 120; // a longer Retry-After is not waited for here
};

class ApiTransport : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(int status, const QJsonDocument &json, const std::optional<ApiError> &error)>;

    ApiTransport(QUrl baseUrl, QNetworkAccessManager *network, QObject *parent = nullptr);

    void setTokenProvider(std::function<QString()> provider) { m_token = std::move(provider); }
    void setSocketIdProvider(std::function<QString()> provider) { m_socketId = std::move(provider); }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const QUrl &baseUrl() const { return m_baseUrl; }

    void send(const ApiRequest &request, Done done);

    // Maps a finished reply (exposed for tests with scripted answers).
    static std::optional<ApiError> errorOf(QNetworkReply *reply, const QJsonDocument &json, bool timedOut);

Q_SIGNALS:
    void unauthenticated(); // any 401: the session needs a new sign-in

private:
    void attempt(const ApiRequest &request, Done done, int number, std::shared_ptr<Backoff> backoff);

    QUrl m_baseUrl;
    QNetworkAccessManager *m_network;
    std::function<QString()> m_token;
    std::function<QString()> m_socketId;
    RetryPolicy m_policy;
};

} // namespace envisage::api
