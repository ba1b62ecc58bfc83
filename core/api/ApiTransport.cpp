#include "ApiTransport.h"

#include "CoreLogging.h"

#include <QDateTime>
#include <QFileDevice>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace envisage::api {

using namespace Qt::StringLiterals;

ApiTransport::ApiTransport(QUrl baseUrl, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_baseUrl(std::move(baseUrl)), m_network(network)
{
}

// One request across its attempts.
struct ApiTransport::Call
{
    QPointer<const QObject> context;
    ApiRequest request;
    Done done;
    int number = 1;
    Backoff backoff;
    // The server the call was made to, kept for its retries: the seller may choose another
    // server meanwhile (setBaseUrl), and a retried sign-out must not carry one server's
    // token to the next.
    QUrl baseUrl;
};

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() &&
           a.port(a.scheme() == u"https"_s ? 443 : 80) ==
               b.port(b.scheme() == u"https"_s ? 443 : 80);
}

// Delta-seconds or an HTTP date; anything else (or nothing) is 0. Capped, so that a
// hostile or broken server cannot make a client wait for days (or overflow a delay).
int parseRetryAfter(const QByteArray &header)
{
    constexpr qint64 MaxSeconds = 3600;
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return 0;
    bool isNumber = false;
    const qulonglong seconds = value.toULongLong(&isNumber);
    if (isNumber)
        return int(std::min<qulonglong>(seconds, MaxSeconds));
    if (std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; }))
        return int(MaxSeconds); // digits too many for 64 bits
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!date.isValid())
        return 0;
    return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().secsTo(date), 0, MaxSeconds));
}

// Appends a chunk of a streamed answer, after emptying the sink at the first one of an
// attempt (a retry starts over; a 304 or an error leaves it as it was); says why not
// when it cannot.
QString writeToSink(QIODevice &sink, const QByteArray &chunk, qint64 limit, bool *started)
{
    if (!*started) {
        *started = true;
        if (auto *file = qobject_cast<QFileDevice *>(&sink); file && !file->resize(0))
            return u"cannot write the answer: %1"_s.arg(file->errorString());
        sink.seek(0);
    }
    if (chunk.isEmpty())
        return {};
    if (sink.pos() + chunk.size() > limit)
        return u"the answer is longer than %1 bytes"_s.arg(limit);
    if (sink.write(chunk) != chunk.size())
        return u"cannot write the answer: %1"_s.arg(sink.errorString());
    return {};
}

} // namespace

void ApiTransport::send(const QObject *context, const ApiRequest &request, Done done)
{
    Q_ASSERT(context);
    auto call =
        std::make_shared<Call>(Call{context, request, std::move(done), 1,
                                    Backoff(m_policy.baseDelay, m_policy.maxDelay), m_baseUrl});
    attempt(std::move(call));
}

std::chrono::milliseconds ApiTransport::retryDelay(const ApiError &error, Backoff &backoff)
{
    if (error.kind == ApiError::Kind::RateLimited && error.retryAfterSeconds > 0)
        return std::chrono::seconds(error.retryAfterSeconds);
    return backoff.next();
}

void ApiTransport::attempt(std::shared_ptr<Call> call)
{
    if (!call->context)
        return; // its owner is gone: nobody wants the answer any more
    const ApiRequest &request = call->request;
    const QUrl &baseUrl = call->baseUrl;
    QUrl url = baseUrl;
    if (request.url.isValid()) {
        url = request.url;
    } else {
        url.setPath(baseUrl.path() + request.path);
        url.setQuery(request.query);
    }
    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setTransferTimeout(int(m_policy.requestTimeout.count()));
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::UserVerifiedRedirectPolicy);
    // Our token never goes to another origin, whatever URL an answer named.
    const bool toOurApi = request.authenticated && sameOrigin(url, baseUrl);
    if (toOurApi && (m_token || !request.bearerToken.isEmpty())) {
        const QString token = request.bearerToken.isEmpty() ? m_token() : request.bearerToken;
        if (!token.isEmpty())
            networkRequest.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    }
    // A 401 to this says the session's sign-in is no longer valid; one from another host (a
    // picture's) or to an explicit token (a sign-out's) says nothing about it.
    const bool answersForTheSession = toOurApi && request.bearerToken.isEmpty();
    if (request.sendSocketId && m_socketId) {
        // Asked per attempt: after a reconnect the socket id is a new one.
        const QString socketId = m_socketId();
        if (!socketId.isEmpty())
            networkRequest.setRawHeader("X-Socket-ID", socketId.toLatin1());
    }
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    QNetworkReply *reply = nullptr;
    if (request.multipart) {
        QHttpMultiPart *multipart = request.multipart();
        if (!multipart) {
            ApiError error;
            error.kind = ApiError::Kind::Client;
            error.detail = u"the upload's file cannot be read"_s;
            // Answered on the next turn, as a network answer would be.
            QTimer::singleShot(0, this, [call, error] {
                if (call->context)
                    call->done(0, {}, error);
            });
            return;
        }
        reply = m_network->sendCustomRequest(networkRequest, request.method, multipart);
        multipart->setParent(reply);
    } else {
        QByteArray body;
        if (request.body) {
            networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                     QByteArray("application/json"));
            body = QJsonDocument(*request.body).toJson(QJsonDocument::Compact);
        }
        reply = m_network->sendCustomRequest(networkRequest, request.method, body);
    }
    if (request.progress) {
        connect(
            reply,
            request.multipart ? &QNetworkReply::uploadProgress : &QNetworkReply::downloadProgress,
            reply,
            [progress = request.progress](qint64 done, qint64 total) { progress(done, total); });
    }
    // Why the streamed body was cut off, if it was; whether this attempt began writing.
    auto sinkProblem = std::make_shared<QString>();
    auto sinkStarted = std::make_shared<bool>(false);
    if (QIODevice *sink = request.sink) {
        connect(reply, &QNetworkReply::readyRead, reply,
                [reply, sink, sinkProblem, sinkStarted, limit = request.maxSinkBytes] {
                    const int status =
                        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    if (status < 200 || status >= 300 || !sinkProblem->isEmpty())
                        return; // an error's JSON stays in the reply
                    *sinkProblem = writeToSink(*sink, reply->readAll(), limit, sinkStarted.get());
                    if (!sinkProblem->isEmpty())
                        reply->abort();
                });
    }
    auto sslFailed = std::make_shared<bool>(false);
    auto refusedRedirect = std::make_shared<QUrl>();
    connect(reply, &QNetworkReply::sslErrors, reply, [sslFailed] { *sslFailed = true; });
    connect(reply, &QNetworkReply::redirected, reply,
            [reply, refusedRedirect, url, method = request.method](const QUrl &target) {
                if (method == "GET" && sameOrigin(url, target)) {
                    Q_EMIT reply->redirectAllowed();
                    return;
                }
                *refusedRedirect = target;
                reply->abort();
            });
    // The owner going away cancels the request (finished() then finds no context).
    connect(call->context.data(), &QObject::destroyed, reply, &QNetworkReply::abort);

    connect(reply, &QNetworkReply::finished, this, [=, this] {
        reply->deleteLater();
        if (!call->context)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool streamed = request.sink && status >= 200 && status < 300;
        QByteArray bytes = reply->readAll();
        if (streamed && sinkProblem->isEmpty())
            *sinkProblem =
                writeToSink(*request.sink, bytes, request.maxSinkBytes, sinkStarted.get());
        const QJsonDocument json = streamed ? QJsonDocument() : QJsonDocument::fromJson(bytes);
        const bool timedOut =
            reply->error() == QNetworkReply::OperationCanceledError && status == 0;
        std::optional<ApiError> error = errorOf(reply, json, timedOut);
        if (!sinkProblem->isEmpty()) {
            error = ApiError{};
            error->kind = ApiError::Kind::Protocol;
            error->httpStatus = status;
            error->detail = *sinkProblem;
        } else if (!refusedRedirect->isEmpty()) {
            error = ApiError{};
            error->kind = ApiError::Kind::Protocol;
            error->httpStatus = status;
            error->detail = u"the server redirected to %1; not followed"_s.arg(
                refusedRedirect->toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        } else if (error && *sslFailed) {
            error->kind = ApiError::Kind::Tls;
        }
        qCDebug(lcApi) << request.method << request.path << "→" << status
                       << (error ? kindName(error->kind) : u"ok"_s);
        if (error && error->kind == ApiError::Kind::Unauthenticated && answersForTheSession)
            Q_EMIT unauthenticated();
        if (error && error->isTemporary() && call->number < request.maxAttempts &&
            (error->kind != ApiError::Kind::RateLimited ||
             error->retryAfterSeconds <= m_policy.maxRetryAfterSeconds)) {
            const std::chrono::milliseconds delay = retryDelay(*error, call->backoff);
            qCInfo(lcApi) << request.method << request.path << "failed:" << kindName(error->kind)
                          << "- retry" << call->number << "in" << delay.count() << "ms";
            ++call->number;
            QTimer::singleShot(delay, this, [this, call] { attempt(call); });
            return;
        }
        if (request.answered)
            request.answered(*reply);
        if (error)
            qCInfo(lcApi).noquote()
                << request.method << request.path << "failed:" << error->toString();
        call->done(status, json, error);
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
    // 304 answers only a conditional request (If-None-Match): the caller's copy is current.
    if ((status >= 200 && status < 300) || status == 304)
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
        error.retryAfterSeconds = parseRetryAfter(reply->rawHeader("Retry-After"));
    } else if (status >= 500) {
        error.kind = ApiError::Kind::Server;
    } else {
        error.kind = ApiError::Kind::Client;
    }
    return error;
}

} // namespace envisage::api
