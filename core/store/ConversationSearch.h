#pragma once
// What the conversation list's search matches, in one place for the cache's SQL and for
// the rows the list holds in memory: the other participant's name, the listing's title
// and the last message, case-folded, as substrings. The cache keeps the folded texts in
// columns of their own (schema version 3), so a search is a LIKE over them.
#include "StoreTypes.h"
#include "api/ApiTypes.h"

#include <QString>

namespace envisage::store {

struct ConversationSearchText
{
    QString buyer;  // the buyer's name, case-folded
    QString seller; // the seller's name, case-folded
    QString about;  // the listing's title, then the start of the last message, case-folded
};

// What the conversation list shows: a triage filter, a search and an order, as one
// question for the cache's SQL (StoreConversations.cpp) and the same test in memory.
struct ConversationQuery
{
    QString needle; // searchNeedle(); empty: no search
    ConversationFilter filter = ConversationFilter::All;
    ConversationOrder order = ConversationOrder::Activity; // LongestWait: Awaiting reply only
    qint64 myUserId = 0;

    friend bool operator==(const ConversationQuery &, const ConversationQuery &) = default;
    ConversationOrder effectiveOrder() const
    {
        return filter == ConversationFilter::AwaitingReply ? order : ConversationOrder::Activity;
    }
};

bool matchesFilter(const api::Conversation &conversation, ConversationFilter filter);
bool matchesQuery(const api::Conversation &conversation, const ConversationQuery &query);

// What is searched in a conversation (whoever the seller is: the query picks the name).
ConversationSearchText searchTextOf(const api::Conversation &conversation);
// What the seller typed, as it is compared: trimmed, case-folded.
QString searchNeedle(const QString &typed);
// The needle as a LIKE pattern with '\' as its escape: "50%_off" matches itself only.
QString likePattern(const QString &needle);
// The same test in memory: does this conversation, seen by me, match the needle?
bool matchesSearch(const api::Conversation &conversation, qint64 myUserId, const QString &needle);

} // namespace envisage::store
