#pragma once
// Sends one API request over QNetworkAccessManager and turns the answer into JSON or an
// ApiError: bearer token and X-Socket-ID asked for per attempt, a timeout, and retries
// of temporary failures with capped exponential backoff and jitter (Retry-After wins
// for 429). The libQuotient idea of one status band per failure, handled in one place.
//
// Every request belongs to a context object, as a Qt connection does: when the context
// is destroyed the request is aborted, a pending retry is dropped and the answer is
// never delivered. Whoever captures `this` in the callback passes `this` as context.
//
// Redirects: only a GET to the same origin (scheme, host, port) is followed; anything
// else ends as ApiError::Kind::Protocol without contacting the other address, so the
// bearer token and a sign-in body never leave the configured server.
#include "ApiError.h"
#include "common/Backoff.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <chrono>
#include <functional>

class QHttpMultiPart;
class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;

namespace envisage::api {

struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // "/api/conversations"
    QUrlQuery query;
    std::optional<QJsonObject> body;
    bool authenticated = true;
    // Sent instead of the provider's token (the sign-out of a token no longer current);
    // a 401 for it is that token's news, not the session's.
    QString bearerToken;
    bool sendSocketId = false; // X-Socket-ID, so the server leaves our connection out
    int maxAttempts = 4;       // 1 = no retry

    // A URL the server gave (an attachment's), used instead of path and query. The bearer
    // token goes with it only when it is on the API's own origin.
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers; // extra request headers
    // A multipart body instead of JSON, made anew for every attempt (a retry reads the
    // file again from its start); nullptr when it cannot be made (the file is gone).
    std::function<QHttpMultiPart *()> multipart;
    // A successful (2xx) answer's body is written here as it arrives instead of being
    // read as JSON (a download), emptied first when an attempt's 2xx body begins; not owned. An
    // answer longer than maxSinkBytes is cut off as a protocol error.
    QIODevice *sink = nullptr;
    qint64 maxSinkBytes = 64 * 1024 * 1024;
    // Upload progress for a body, download progress otherwise: bytes so far, total (-1).
    std::function<void(qint64 done, qint64 total)> progress;
    // The final answer's reply, for its headers (ETag), just before `done` is called.
    std::function<void(const QNetworkReply &reply)> answered;
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
    using Done = std::function<void(int status, const QJsonDocument &json,
                                    const std::optional<ApiError> &error)>;

    ApiTransport(QUrl baseUrl, QNetworkAccessManager *network, QObject *parent = nullptr);

    void setTokenProvider(std::function<QString()> provider) { m_token = std::move(provider); }
    void setSocketIdProvider(std::function<QString()> provider)
    {
        m_socketId = std::move(provider);
    }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const QUrl &baseUrl() const { return m_baseUrl; }
    // Another server, for the requests sent from now on (a sign-in to another server).
    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }

    void send(const QObject *context, const ApiRequest &request, Done done);

    // How long to wait before trying a temporary failure again: Retry-After when the
    // server said it (capped), the backoff otherwise.
    static std::chrono::milliseconds retryDelay(const ApiError &error, Backoff &backoff);

    // Maps a finished reply (exposed for tests with scripted answers).
    static std::optional<ApiError> errorOf(QNetworkReply *reply, const QJsonDocument &json,
                                           bool timedOut);

Q_SIGNALS:
    void unauthenticated(); // a 401 to a call on the session's sign-in: it needs a new one

private:
    struct Call;
    void attempt(std::shared_ptr<Call> call);

    QUrl m_baseUrl;
    QNetworkAccessManager *m_network;
    std::function<QString()> m_token;
    std::function<QString()> m_socketId;
    RetryPolicy m_policy;
};

} // namespace envisage::api
