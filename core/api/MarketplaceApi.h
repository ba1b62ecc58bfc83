#pragma once
// Every call of marketplace-api.md §1–§2, §4 and §5 with typed results. Answers that do not
// follow the contract become ApiError::Kind::Protocol with the first offending field named.
// Each call names its context first, as QObject::connect does: destroying the context
// cancels the request and its callback is never called (see ApiTransport).
#include "ApiResult.h"
#include "ApiTransport.h"
#include "ApiTypes.h"

#include <QObject>

namespace envisage::api {

struct SentMessage
{
    Message message;
    bool created = true; // false: the server already had this client_id (HTTP 200)
};

struct UploadedAttachment
{
    Attachment attachment;
    bool created = true; // false: the server already had this client_id (HTTP 200)
};

// A download written to the caller's device, or that the copy it has is current.
struct DownloadResult
{
    bool notModified = false; // 304: the ETag given still names the file
    QString etag;
    QString mime; // Content-Type, without parameters
    qint64 bytes = 0;
};

// Bytes so far and the total (-1 while unknown).
using ApiProgress = std::function<void(qint64 done, qint64 total)>;

class MarketplaceApi : public QObject
{
    Q_OBJECT
public:
    // The network manager is not owned; a private one is made when none is given.
    explicit MarketplaceApi(QUrl baseUrl, QNetworkAccessManager *network = nullptr,
                            QObject *parent = nullptr);

    ApiTransport &transport() { return *m_transport; }
    void setTokenProvider(std::function<QString()> provider);
    void setSocketIdProvider(std::function<QString()> provider);
    void setRetryPolicy(const RetryPolicy &policy);

    void login(const QObject *context, const QString &email, const QString &password,
               const QString &deviceName, ApiCallback<LoginResult> done);
    // Revokes `token` (not necessarily the current one) at the server.
    void logout(const QObject *context, const QString &token, ApiCallback<NoContent> done);
    void currentUser(const QObject *context, ApiCallback<User> done);
    void conversations(const QObject *context, int page, int perPage,
                       ApiCallback<ConversationPage> done);
    // §5: one of the triage lists (Inbox is what the call above gets from the server).
    void conversations(const QObject *context, int page, int perPage, ConversationListFilter filter,
                       ApiCallback<ConversationPage> done);
    void conversation(const QObject *context, qint64 id, ApiCallback<Conversation> done);
    // Newest first; pass the previous page's nextCursor to walk back in time.
    void messages(const QObject *context, qint64 conversationId, const QString &cursor, int perPage,
                  ApiCallback<MessagePage> done);
    // The catch-up after a reconnect: messages after afterId, oldest first (≤ 500).
    void messagesAfter(const QObject *context, qint64 conversationId, qint64 afterId,
                       ApiCallback<QList<Message>> done);
    // §5: the page holding aroundId with up to perPage/2 messages on each side, newest
    // first; nextCursor walks to older pages and prevCursor (with messages()) to newer ones.
    void messagesAround(const QObject *context, qint64 conversationId, qint64 aroundId, int perPage,
                        ApiCallback<MessagePage> done);
    // §5: page `page` of the messages matching q (2–200 characters) in the caller's
    // conversations, newest first.
    void searchMessages(const QObject *context, const QString &q, int page,
                        ApiCallback<FoundMessagePage> done);
    void sendMessage(const QObject *context, qint64 conversationId, const QString &body,
                     const QString &clientId, ApiCallback<SentMessage> done);
    // With attachments uploaded before (at most 3; the body may then be empty).
    void sendMessage(const QObject *context, qint64 conversationId, const QString &body,
                     const QString &clientId, const QStringList &attachmentIds,
                     ApiCallback<SentMessage> done);
    // POST /api/attachments, streamed from the file (never read into memory whole) and
    // retried with the same clientId, which the server answers with the same attachment.
    // Destroying the context aborts it, as for every call.
    void uploadAttachment(const QObject *context, const QString &filePath, const QString &name,
                          const QString &mime, const QString &clientId, ApiProgress progress,
                          ApiCallback<UploadedAttachment> done);
    // The same from a device the caller keeps open and seekable until `done` (or until the
    // context is gone).
    void uploadAttachment(const QObject *context, QIODevice *device, const QString &name,
                          const QString &mime, const QString &clientId, ApiProgress progress,
                          ApiCallback<UploadedAttachment> done);
    // GET an attachment's url or thumbnail_url into `sink` (written as it arrives); with
    // the ETag of a copy the caller has, a 304 leaves `sink` untouched.
    void downloadAttachment(const QObject *context, const QString &url, const QString &etag,
                            QIODevice *sink, ApiProgress progress,
                            ApiCallback<DownloadResult> done);
    // An attachment URL as the server gave it, relative to the API base or absolute.
    QUrl resolve(const QString &url) const;
    // Whether a picture the server named (a user's avatar_url, a listing's image_url) may
    // be fetched: on the API's own origin, or https anywhere else (a CDN) except the
    // seller's own machine or network named by address or as localhost. Plain http to
    // another host, or any other scheme, is not fetched.
    bool mayFetchPicture(const QUrl &url) const;
    // GET such a picture into `sink`, as downloadAttachment does, but with the bearer
    // token only on the API's own origin (never to a CDN), answers over `maxBytes` cut
    // off, and one retry at most. A URL mayFetchPicture() refuses fails at once.
    void downloadPicture(const QObject *context, const QString &url, const QString &etag,
                         QIODevice *sink, qint64 maxBytes, ApiCallback<DownloadResult> done);
    void sendTyping(const QObject *context, qint64 conversationId, ApiCallback<NoContent> done);
    void markRead(const QObject *context, qint64 conversationId, qint64 lastReadMessageId,
                  ApiCallback<NoContent> done);
    // §5, each 204 and broadcast to the seller's other devices: archived until the other
    // party writes again; marked unread until read again.
    void archive(const QObject *context, qint64 conversationId, ApiCallback<NoContent> done);
    void unarchive(const QObject *context, qint64 conversationId, ApiCallback<NoContent> done);
    void markUnread(const QObject *context, qint64 conversationId, ApiCallback<NoContent> done);
    // clientId makes the first message idempotent, so the call is safe to retry.
    void startConversation(const QObject *context, qint64 listingId, const QString &body,
                           const QString &clientId, ApiCallback<Conversation> done);

    // Saved replies (§5). Writes send X-Socket-ID, so this connection is left out of the
    // saved-replies.updated broadcast. A create is tried once (it has no idempotency key;
    // SavedReplies decides what a repeated one means); PATCH and DELETE are retried.
    void savedReplies(const QObject *context, ApiCallback<QList<SavedReply>> done);
    void createSavedReply(const QObject *context, const QString &title, const QString &shortcut,
                          const QString &body, ApiCallback<SavedReply> done);
    // Only the fields given are changed (PATCH).
    void updateSavedReply(const QObject *context, qint64 id, const QJsonObject &fields,
                          ApiCallback<SavedReply> done);
    void deleteSavedReply(const QObject *context, qint64 id, ApiCallback<NoContent> done);

Q_SIGNALS:
    void unauthenticated();

private:
    template <typename T, typename Reader>
    void call(const QObject *context, const ApiRequest &request, Reader read, ApiCallback<T> done);

    ApiTransport *m_transport;
};

} // namespace envisage::api
