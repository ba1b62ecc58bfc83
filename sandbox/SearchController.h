#pragma once
// GET /api/search/messages?q=Q&page=N (marketplace-api.md §5): a length-aware page of
// {"message":Message,"conversation_id"} over the caller's conversations, newest first.
#include "ApiContext.h"

namespace envisage::sandbox {

class MessageSearch;

class SearchController
{
public:
    SearchController(ApiContext &context, MessageSearch &search)
        : m_context(context), m_search(search)
    {
    }
    void registerRoutes(HttpService &http);

private:
    HttpReply searchMessages(const QHttpServerRequest &request);

    ApiContext &m_context;
    MessageSearch &m_search;
};

} // namespace envisage::sandbox
