#include "MarketplaceApi.h"

#include "MarketplaceJson.h"

#include <QFile>
#include <QHostAddress>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace envisage::api {

using namespace Qt::StringLiterals;

MarketplaceApi::MarketplaceApi(QUrl baseUrl, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent),
      m_transport(new ApiTransport(std::move(baseUrl),
                                   network ? network : new QNetworkAccessManager(this), this))
{
    connect(m_transport, &ApiTransport::unauthenticated, this, &MarketplaceApi::unauthenticated);
}

void MarketplaceApi::setTokenProvider(std::function<QString()> provider)
{
    m_transport->setTokenProvider(std::move(provider));
}

void MarketplaceApi::setSocketIdProvider(std::function<QString()> provider)
{
    m_transport->setSocketIdProvider(std::move(provider));
}

void MarketplaceApi::setRetryPolicy(const RetryPolicy &policy)
{
    m_transport->setRetryPolicy(policy);
}

template <typename T, typename Reader>
void MarketplaceApi::call(const QObject *context, const ApiRequest &request, Reader read,
                          ApiCallback<T> done)
{
    m_transport->send(
        context, request,
        [read, done, streamed = request.sink != nullptr](int status, const QJsonDocument &json,
                                                         const std::optional<ApiError> &error) {
            if (error) {
                done(*error);
                return;
            }
            QString problem;
            if constexpr (!std::is_same_v<T, NoContent>) {
                if (json.isNull() && !streamed) {
                    ApiError protocol;
                    protocol.kind = ApiError::Kind::Protocol;
                    protocol.httpStatus = status;
                    protocol.detail = u"the answer is not JSON"_s;
                    done(protocol);
                    return;
                }
            }
            std::optional<T> value = read(status, json, &problem);
            if (!value) {
                ApiError protocol;
                protocol.kind = ApiError::Kind::Protocol;
                protocol.httpStatus = status;
                protocol.detail = problem.isEmpty() ? u"unexpected answer"_s : problem;
                done(protocol);
                return;
            }
            done(std::move(*value));
        });
}

namespace {

ApiRequest get(const QString &path, QUrlQuery query = {})
{
    ApiRequest request;
    request.path = path;
    request.query = std::move(query);
    return request;
}

ApiRequest post(const QString &path, QJsonObject body = {}, int maxAttempts = 4)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    request.body = std::move(body);
    request.maxAttempts = maxAttempts;
    return request;
}

// Readers for calls whose success has no body to check.
std::optional<NoContent> noContent(int, const QJsonDocument &, QString *)
{
    return NoContent{};
}

QString filterName(ConversationListFilter filter)
{
    switch (filter) {
    case ConversationListFilter::Inbox:
        return u"inbox"_s;
    case ConversationListFilter::Unread:
        return u"unread"_s;
    case ConversationListFilter::AwaitingReply:
        return u"awaiting_reply"_s;
    case ConversationListFilter::Archived:
        return u"archived"_s;
    case ConversationListFilter::All:
        break;
    }
    return u"all"_s;
}

QString conversationPath(qint64 id, const QString &tail = {})
{
    return u"/api/conversations/%1"_s.arg(id) + tail;
}

} // namespace

void MarketplaceApi::login(const QObject *context, const QString &email, const QString &password,
                           const QString &deviceName, ApiCallback<LoginResult> done)
{
    ApiRequest request =
        post(u"/api/login"_s,
             {{u"email"_s, email}, {u"password"_s, password}, {u"device_name"_s, deviceName}}, 2);
    request.authenticated = false;
    call<LoginResult>(
        context, request,
        [](int, const QJsonDocument &json, QString *error) {
            return MarketplaceJson::readLogin(json.object(), error);
        },
        std::move(done));
}

void MarketplaceApi::logout(const QObject *context, const QString &token,
                            ApiCallback<NoContent> done)
{
    // Retried: a sign-out that does not reach the server leaves the token valid there.
    ApiRequest request = post(u"/api/logout"_s);
    request.bearerToken = token;
    call<NoContent>(context, request, noContent, std::move(done));
}

void MarketplaceApi::currentUser(const QObject *context, ApiCallback<User> done)
{
    call<User>(
        context, get(u"/api/user"_s),
        [](int, const QJsonDocument &json, QString *error) {
            return MarketplaceJson::readUser(json.object(), error);
        },
        std::move(done));
}

void MarketplaceApi::conversations(const QObject *context, int page, int perPage,
                                   ApiCallback<ConversationPage> done)
{
    conversations(context, page, perPage, ConversationListFilter::Inbox, std::move(done));
}

void MarketplaceApi::conversations(const QObject *context, int page, int perPage,
                                   ConversationListFilter filter,
                                   ApiCallback<ConversationPage> done)
{
    QUrlQuery query;
    if (filter != ConversationListFilter::Inbox) // the default: servers before §5 know no filter
        query.addQueryItem(u"filter"_s, filterName(filter));
    query.addQueryItem(u"page"_s, QString::number(page));
    query.addQueryItem(u"per_page"_s, QString::number(perPage));
    call<ConversationPage>(
        context, get(u"/api/conversations"_s, query),
        [](int, const QJsonDocument &json, QString *error) {
            return MarketplaceJson::readConversationPage(json.object(), error);
        },
        std::move(done));
}

void MarketplaceApi::conversation(const QObject *context, qint64 id, ApiCallback<Conversation> done)
{
    call<Conversation>(
        context, get(conversationPath(id)),
        [](int, const QJsonDocument &json, QString *error) {
            return MarketplaceJson::readConversation(json.object().value(u"data"_s), error,
                                                     u"data"_s);
        },
        std::move(done));
}

void MarketplaceApi::messages(const QObject *context, qint64 conversationId, const QString &cursor,
                              int perPage, ApiCallback<MessagePage> done)
{
    QUrlQuery query;
    query.addQueryItem(u"per_page"_s, QString::number(perPage));
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, cursor);
    call<MessagePage>(
        context, get(conversationPath(conversationId, u"/messages"_s), query),
        [](int, const QJsonDocument &json, QString *error) {
            return MarketplaceJson::readMessagePage(json.object(), error);
        },
        std::move(done));
}

void MarketplaceApi::messagesAfter(const QObject *context, qint64 conversationId, qint64 afterId,
                                   ApiCallback<QList<Message>> done)
{
    QUrlQuery query;
    query.addQueryItem(u"after_id"_s, QString::number(afterId));
    call<QList<Message>>(
        context, get(conversationPath(conversationId, u"/messages"_s), query),
        [](int, const QJsonDocument &json, QString *error) {
            return MarketplaceJson::readMessageList(json.object(), error);
        },
        std::move(done));
}

void MarketplaceApi::messagesAround(const QObject *context, qint64 conversationId, qint64 aroundId,
                                    int perPage, ApiCallback<MessagePage> done)
{
    QUrlQuery query;
    query.addQueryItem(u"around_id"_s, QString::number(aroundId));
    query.addQueryItem(u"per_page"_s, QString::number(perPage));
    call<MessagePage>(
        context, get(conversationPath(conversationId, u"/messages"_s), query),
        [](int, const QJsonDocument &json, QString *error) {
            return MarketplaceJson::readMessagePage(json.object(), error);
        },
        std::move(done));
}

void MarketplaceApi::searchMessages(const QObject *context, const QString &q, int page,
                                    ApiCallback<FoundMessagePage> done)
{
    QUrlQuery query;
    // QUrlQuery leaves '+' and '&' in a value as they are; encoded, they stay text.
    query.addQueryItem(u"q"_s, QString::fromLatin1(QUrl::toPercentEncoding(q)));
    query.addQueryItem(u"page"_s, QString::number(page));
    // A search is worth something while the seller waits for it: one retry, not four.
    ApiRequest request = get(u"/api/search/messages"_s, query);
    request.maxAttempts = 2;
    call<FoundMessagePage>(
        context, request,
        [](int, const QJsonDocument &json, QString *error) {
            return MarketplaceJson::readFoundMessagePage(json.object(), error);
        },
        std::move(done));
}

void MarketplaceApi::sendMessage(const QObject *context, qint64 conversationId, const QString &body,
                                 const QString &clientId, ApiCallback<SentMessage> done)
{
    sendMessage(context, conversationId, body, clientId, {}, std::move(done));
}

void MarketplaceApi::sendMessage(const QObject *context, qint64 conversationId, const QString &body,
                                 const QString &clientId, const QStringList &attachmentIds,
                                 ApiCallback<SentMessage> done)
{
    // Safe to retry: the server answers a repeated client_id with the stored message.
    QJsonObject fields{{u"body"_s, body}, {u"client_id"_s, clientId}};
    if (!attachmentIds.isEmpty())
        fields.insert(u"attachment_ids"_s, QJsonArray::fromStringList(attachmentIds));
    ApiRequest request = post(conversationPath(conversationId, u"/messages"_s), fields);
    request.sendSocketId = true;
    call<SentMessage>(
        context, request,
        [](int status, const QJsonDocument &json, QString *error) -> std::optional<SentMessage> {
            std::optional<Message> message =
                MarketplaceJson::readMessage(json.object().value(u"data"_s), error, u"data"_s);
            if (!message)
                return std::nullopt;
            return SentMessage{*message, status == 201};
        },
        std::move(done));
}

void MarketplaceApi::sendTyping(const QObject *context, qint64 conversationId,
                                ApiCallback<NoContent> done)
{
    // A typing signal is only worth anything now: no retries.
    ApiRequest request = post(conversationPath(conversationId, u"/typing"_s), {}, 1);
    request.sendSocketId = true;
    call<NoContent>(context, request, noContent, std::move(done));
}

void MarketplaceApi::markRead(const QObject *context, qint64 conversationId,
                              qint64 lastReadMessageId, ApiCallback<NoContent> done)
{
    ApiRequest request = post(conversationPath(conversationId, u"/read"_s),
                              {{u"last_read_message_id"_s, lastReadMessageId}});
    request.sendSocketId = true;
    call<NoContent>(context, request, noContent, std::move(done));
}

void MarketplaceApi::archive(const QObject *context, qint64 conversationId,
                             ApiCallback<NoContent> done)
{
    // Idempotent, so retried; with our socket id, so this connection gets no echo of it.
    ApiRequest request = post(conversationPath(conversationId, u"/archive"_s));
    request.sendSocketId = true;
    call<NoContent>(context, request, noContent, std::move(done));
}

void MarketplaceApi::unarchive(const QObject *context, qint64 conversationId,
                               ApiCallback<NoContent> done)
{
    ApiRequest request = post(conversationPath(conversationId, u"/archive"_s));
    request.method = "DELETE";
    request.body.reset();
    request.sendSocketId = true;
    call<NoContent>(context, request, noContent, std::move(done));
}

void MarketplaceApi::markUnread(const QObject *context, qint64 conversationId,
                                ApiCallback<NoContent> done)
{
    ApiRequest request = post(conversationPath(conversationId, u"/unread"_s));
    request.sendSocketId = true;
    call<NoContent>(context, request, noContent, std::move(done));
}

void MarketplaceApi::startConversation(const QObject *context, qint64 listingId,
                                       const QString &body, const QString &clientId,
                                       ApiCallback<Conversation> done)
{
    // Retried like a message post: the client_id makes a repeated first message the same one.
    QJsonObject fields{{u"listing_id"_s, listingId}, {u"body"_s, body}};
    if (!clientId.isEmpty())
        fields.insert(u"client_id"_s, clientId);
    call<Conversation>(
        context, post(u"/api/conversations"_s, fields, clientId.isEmpty() ? 1 : 4),
        [](int, const QJsonDocument &json, QString *error) {
            return MarketplaceJson::readConversation(json.object().value(u"data"_s), error,
                                                     u"data"_s);
        },
        std::move(done));
}

namespace {

// Content-Disposition of the file part: a plain ASCII filename for any server, and the
// exact name as RFC 8187 filename* (which Laravel and the sandbox prefer when given).
QByteArray fileDisposition(const QString &name)
{
    QByteArray ascii;
    for (const QChar c : name)
        ascii += (c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\')
                     ? char(c.unicode())
                     : '_';
    return "form-data; name=\"file\"; filename=\"" + ascii + "\"; filename*=UTF-8''" +
           name.toUtf8().toPercentEncoding();
}

QHttpMultiPart *uploadBody(QIODevice *device, const QString &name, const QString &mime,
                           const QString &clientId)
{
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart clientIdPart;
    clientIdPart.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QByteArray("form-data; name=\"client_id\""));
    clientIdPart.setBody(clientId.toUtf8());
    multipart->append(clientIdPart);
    QHttpPart filePart;
    filePart.setHeader(QNetworkRequest::ContentDispositionHeader, fileDisposition(name));
    filePart.setHeader(QNetworkRequest::ContentTypeHeader,
                       mime.isEmpty() ? QByteArray("application/octet-stream") : mime.toUtf8());
    filePart.setBodyDevice(device);
    multipart->append(filePart);
    return multipart;
}

std::optional<UploadedAttachment> readUploaded(int status, const QJsonDocument &json,
                                               QString *error)
{
    std::optional<Attachment> attachment =
        MarketplaceJson::readAttachment(json.object().value(u"data"_s), error, u"data"_s);
    if (!attachment)
        return std::nullopt;
    return UploadedAttachment{*attachment, status == 201};
}

} // namespace

void MarketplaceApi::uploadAttachment(const QObject *context, const QString &filePath,
                                      const QString &name, const QString &mime,
                                      const QString &clientId, ApiProgress progress,
                                      ApiCallback<UploadedAttachment> done)
{
    ApiRequest request = post(u"/api/attachments"_s, {});
    request.body.reset();
    // Opened per attempt and owned by that attempt's body, so a retry starts over.
    request.multipart = [filePath, name, mime, clientId]() -> QHttpMultiPart * {
        auto file = std::make_unique<QFile>(filePath);
        if (!file->open(QIODevice::ReadOnly))
            return nullptr;
        QHttpMultiPart *multipart = uploadBody(file.get(), name, mime, clientId);
        file.release()->setParent(multipart);
        return multipart;
    };
    request.progress = std::move(progress);
    call<UploadedAttachment>(context, request, readUploaded, std::move(done));
}

void MarketplaceApi::uploadAttachment(const QObject *context, QIODevice *device,
                                      const QString &name, const QString &mime,
                                      const QString &clientId, ApiProgress progress,
                                      ApiCallback<UploadedAttachment> done)
{
    ApiRequest request = post(u"/api/attachments"_s, {});
    request.body.reset();
    QPointer<QIODevice> guard(device);
    request.multipart = [guard, name, mime, clientId]() -> QHttpMultiPart * {
        if (!guard || !guard->isReadable() || !guard->reset())
            return nullptr;
        return uploadBody(guard.data(), name, mime, clientId);
    };
    request.progress = std::move(progress);
    call<UploadedAttachment>(context, request, readUploaded, std::move(done));
}

QUrl MarketplaceApi::resolve(const QString &url) const
{
    const QUrl given(url);
    if (!given.isRelative())
        return given;
    // "/api/attachments/…" names a path under the API base, as the calls' own paths do.
    const QUrl &base = m_transport->baseUrl();
    if (url.startsWith(u'/')) {
        QUrl whole = base;
        QString basePath = base.path();
        if (basePath.endsWith(u'/'))
            basePath.chop(1);
        whole.setPath(basePath + given.path());
        whole.setQuery(given.query());
        return whole;
    }
    return base.resolved(given);
}

namespace {

// A GET into `sink` (with the ETag of a copy the caller has, a 304 leaves it untouched):
// returns what `call` reads the answer with.
auto prepareDownload(ApiRequest &request, QIODevice *sink, const QString &etag)
{
    request.sink = sink;
    if (!etag.isEmpty())
        request.headers.append({"If-None-Match", etag.toUtf8()});
    auto answer = std::make_shared<DownloadResult>();
    request.answered = [answer, sink](const QNetworkReply &reply) {
        const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer->notModified = status == 304;
        answer->etag = QString::fromLatin1(reply.rawHeader("ETag"));
        answer->mime = QString::fromLatin1(reply.rawHeader("Content-Type"))
                           .section(u';', 0, 0)
                           .trimmed()
                           .toLower();
        answer->bytes = answer->notModified ? 0 : sink->pos();
    };
    return [answer](int, const QJsonDocument &, QString *) { return std::optional(*answer); };
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &u) { return u.port(u.scheme() == u"https"_s ? 443 : 80); };
    return a.scheme() == b.scheme() && a.host() == b.host() && port(a) == port(b);
}

// A host on the seller's own machine or network, named by address or as localhost: a
// picture URL from the server must not make the app probe those (another origin only; the
// API's own may be local, as the sandbox is). Names that resolve to such addresses are not
// looked up here.
bool isLocalHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 ||
        host.endsWith(u".localhost"_s, Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    if (address.isNull())
        return false;
    // Not global: loopback, link-local, unique-local, test networks, multicast, broadcast
    // and the unspecified address. Qt 6.4 counts the private IPv4 networks and IPv6's
    // unique-local ones as global.
    static const QList<QPair<QHostAddress, int>> privateNetworks{
        QHostAddress::parseSubnet(u"10.0.0.0/8"_s), QHostAddress::parseSubnet(u"172.16.0.0/12"_s),
        QHostAddress::parseSubnet(u"192.168.0.0/16"_s),
        QHostAddress::parseSubnet(u"100.64.0.0/10"_s), // carrier-grade NAT
    };
    return !address.isGlobal() || address.isUniqueLocalUnicast() || address.isSiteLocal() ||
           std::any_of(privateNetworks.begin(), privateNetworks.end(),
                       [&address](const auto &network) { return address.isInSubnet(network); });
}

} // namespace

bool MarketplaceApi::mayFetchPicture(const QUrl &url) const
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (sameOrigin(url, m_transport->baseUrl()))
        return true;
    return url.scheme() == u"https"_s && !isLocalHost(url.host());
}

void MarketplaceApi::downloadPicture(const QObject *context, const QString &url,
                                     const QString &etag, QIODevice *sink, qint64 maxBytes,
                                     ApiCallback<DownloadResult> done)
{
    ApiRequest request;
    request.url = resolve(url);
    if (!mayFetchPicture(request.url)) {
        ApiError error;
        error.kind = ApiError::Kind::Client;
        error.detail = u"not a picture of the marketplace: %1"_s.arg(
            request.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery).left(200));
        QTimer::singleShot(0, context, [done, error] { done(error); });
        return;
    }
    // The transport keeps the token on the API's origin too; said here as well, since a
    // picture is the one URL that is expected to point elsewhere.
    request.authenticated = sameOrigin(request.url, m_transport->baseUrl());
    request.maxSinkBytes = maxBytes;
    request.maxAttempts = 2;
    auto read = prepareDownload(request, sink, etag);
    call<DownloadResult>(context, request, read, std::move(done));
}

void MarketplaceApi::downloadAttachment(const QObject *context, const QString &url,
                                        const QString &etag, QIODevice *sink, ApiProgress progress,
                                        ApiCallback<DownloadResult> done)
{
    ApiRequest request;
    request.url = resolve(url);
    request.progress = std::move(progress);
    auto read = prepareDownload(request, sink, etag);
    if (!request.url.isValid() ||
        (request.url.scheme() != u"http"_s && request.url.scheme() != u"https"_s)) {
        ApiError error;
        error.kind = ApiError::Kind::Protocol;
        error.detail = u"not an http(s) URL: %1"_s.arg(url.left(200));
        QTimer::singleShot(0, context, [done, error] { done(error); });
        return;
    }
    call<DownloadResult>(context, request, read, std::move(done));
}

namespace {

QString savedReplyPath(qint64 id = 0)
{
    return id > 0 ? u"/api/saved-replies/%1"_s.arg(id) : u"/api/saved-replies"_s;
}

std::optional<SavedReply> savedReplyData(int, const QJsonDocument &json, QString *error)
{
    return MarketplaceJson::readSavedReply(json.object().value(u"data"_s), error, u"data"_s);
}

} // namespace

void MarketplaceApi::savedReplies(const QObject *context, ApiCallback<QList<SavedReply>> done)
{
    call<QList<SavedReply>>(
        context, get(savedReplyPath()),
        [](int, const QJsonDocument &json, QString *error) {
            return MarketplaceJson::readSavedReplyList(json.object(), error);
        },
        std::move(done));
}

void MarketplaceApi::createSavedReply(const QObject *context, const QString &title,
                                      const QString &shortcut, const QString &body,
                                      ApiCallback<SavedReply> done)
{
    ApiRequest request = post(
        savedReplyPath(), {{u"title"_s, title}, {u"shortcut"_s, shortcut}, {u"body"_s, body}}, 1);
    request.sendSocketId = true;
    call<SavedReply>(context, request, savedReplyData, std::move(done));
}

void MarketplaceApi::updateSavedReply(const QObject *context, qint64 id, const QJsonObject &fields,
                                      ApiCallback<SavedReply> done)
{
    ApiRequest request = post(savedReplyPath(id), fields);
    request.method = "PATCH";
    request.sendSocketId = true;
    call<SavedReply>(context, request, savedReplyData, std::move(done));
}

void MarketplaceApi::deleteSavedReply(const QObject *context, qint64 id,
                                      ApiCallback<NoContent> done)
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = savedReplyPath(id);
    request.sendSocketId = true;
    call<NoContent>(context, request, noContent, std::move(done));
}

} // namespace envisage::api
