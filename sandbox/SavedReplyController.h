#pragma once
// GET/POST /api/saved-replies, GET/PATCH/DELETE /api/saved-replies/{id}
// (marketplace-api.md §5): the contract's validation, only the owner may touch a reply,
// and every change is broadcast as saved-replies.updated to the owner's channel.
#include "ApiContext.h"

namespace envisage::sandbox {

class SavedReplies;
struct SavedReplyRecord;

class SavedReplyController
{
public:
    static constexpr int MaxTitleCharacters = 60;
    static constexpr int MaxShortcutCharacters = 30;
    static constexpr int MaxBodyCharacters = 5000;

    SavedReplyController(ApiContext &context, SavedReplies &replies)
        : m_context(context), m_replies(replies)
    {
    }
    void registerRoutes(HttpService &http);

private:
    using Handler = HttpReply (SavedReplyController::*)(const QHttpServerRequest &,
                                                        const UserRecord &,
                                                        const SavedReplyRecord &);
    // Authenticates, loads the reply, checks ownership (403), then calls handler.
    HttpReply withReply(const QHttpServerRequest &request, qint64 replyId, Handler handler);

    HttpReply index(const QHttpServerRequest &request);
    HttpReply create(const QHttpServerRequest &request);
    HttpReply show(const QHttpServerRequest &, const UserRecord &, const SavedReplyRecord &reply);
    HttpReply update(const QHttpServerRequest &request, const UserRecord &user,
                     const SavedReplyRecord &reply);
    HttpReply destroy(const QHttpServerRequest &request, const UserRecord &user,
                      const SavedReplyRecord &reply);

    // The owner's devices learn the whole new list (a client replaces its copy).
    void broadcast(const QHttpServerRequest &request, qint64 userId);

    ApiContext &m_context;
    SavedReplies &m_replies;
};

} // namespace envisage::sandbox
