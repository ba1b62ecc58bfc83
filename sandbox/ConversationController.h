#pragma once
// Conversations and messages (marketplace-api.md §2): Laravel's length-aware and
// cursor paginators, after_id catch-up, idempotent client_id, typing and read
// receipts, each followed by its broadcast.
#include "ApiContext.h"

#include <QStringList>

namespace envisage::sandbox {

struct ConversationRecord;
struct InsertResult;

class ConversationController
{
public:
    static constexpr int MaxBodyCharacters = 5000;
    static constexpr int MaxCatchUp = 500;

    explicit ConversationController(ApiContext &context) : m_context(context) {}
    void registerRoutes(HttpService &http);

private:
    using Handler = HttpReply (ConversationController::*)(const QHttpServerRequest &,
                                                          const UserRecord &,
                                                          const ConversationRecord &);
    // Authenticates, loads the conversation, checks participation, then calls handler.
    HttpReply withConversation(const QHttpServerRequest &request, qint64 conversationId,
                               Handler handler);

    HttpReply index(const QHttpServerRequest &request);
    HttpReply create(const QHttpServerRequest &request);
    HttpReply show(const QHttpServerRequest &, const UserRecord &user,
                   const ConversationRecord &conversation);
    HttpReply messages(const QHttpServerRequest &request, const UserRecord &user,
                       const ConversationRecord &conversation);
    HttpReply catchUp(const QHttpServerRequest &request, const ConversationRecord &conversation);
    HttpReply postMessage(const QHttpServerRequest &request, const UserRecord &user,
                          const ConversationRecord &conversation);
    // Inserts the message and attaches the uploads in one transaction; nothing on failure.
    std::optional<InsertResult> storeMessage(const ConversationRecord &conversation,
                                             const UserRecord &user, const QString &body,
                                             const QString &clientId,
                                             const QStringList &attachmentIds);
    // The 429 when the user used up the sends of this minute (messages and new
    // conversations share one limit); counts the send otherwise.
    std::optional<HttpReply> throttleSend(const UserRecord &user);
    HttpReply typing(const QHttpServerRequest &request, const UserRecord &user,
                     const ConversationRecord &conversation);
    HttpReply markRead(const QHttpServerRequest &request, const UserRecord &user,
                       const ConversationRecord &conversation);

    ApiContext &m_context;
};

} // namespace envisage::sandbox
