#pragma once
// Every call of marketplace-api.md §1–§2 and §5's triage with typed results. Answers that do not
// follow the contract become ApiError::Kind::Protocol with the first offending field named. Each
// call names its context first, as QObject::connect does: destroying the context cancels the
// request and its callback is never called (see ApiTransport).
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
    void sendMessage(const QObject *context, qint64 conversationId, const QString &body,
                     const QString &clientId, ApiCallback<SentMessage> done);
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

Q_SIGNALS:
    void unauthenticated();

private:
    template <typename T, typename Reader>
    void call(const QObject *context, const ApiRequest &request, Reader read, ApiCallback<T> done);

    ApiTransport *m_transport;
};

} // namespace envisage::api
