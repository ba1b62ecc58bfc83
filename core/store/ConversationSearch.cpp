#include "ConversationSearch.h"

namespace envisage::store {

using namespace Qt::StringLiterals;

namespace {
// How much of a last message is searched: more than the list shows (140 characters), far
// less than the longest message (5,000), so the search index stays small.
constexpr qsizetype SearchedBodyLength = 500;
} // namespace

ConversationSearchText searchTextOf(const api::Conversation &conversation)
{
    QString about = conversation.listing.title.simplified();
    if (conversation.lastMessage)
        about += u'\n' + conversation.lastMessage->body.simplified().left(SearchedBodyLength);
    return {conversation.buyer.name.simplified().toCaseFolded(),
            conversation.seller.name.simplified().toCaseFolded(), about.toCaseFolded()};
}

QString searchNeedle(const QString &typed)
{
    return typed.simplified().toCaseFolded();
}

QString likePattern(const QString &needle)
{
    QString escaped;
    escaped.reserve(needle.size() + 2);
    for (const QChar c : needle) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped += u'\\';
        escaped += c;
    }
    return u'%' + escaped + u'%';
}

bool matchesSearch(const api::Conversation &conversation, qint64 myUserId, const QString &needle)
{
    if (needle.isEmpty())
        return true;
    const ConversationSearchText text = searchTextOf(conversation);
    const QString &name = conversation.buyer.id == myUserId ? text.seller : text.buyer;
    return name.contains(needle) || text.about.contains(needle);
}

bool matchesFilter(const api::Conversation &conversation, ConversationFilter filter)
{
    switch (filter) {
    case ConversationFilter::Inbox:
        return !conversation.archived;
    case ConversationFilter::Unread:
        return !conversation.archived &&
               (conversation.unreadCount > 0 || conversation.markedUnread);
    case ConversationFilter::AwaitingReply:
        return !conversation.archived && conversation.awaitingReplySince.isValid();
    case ConversationFilter::Archived:
        return conversation.archived;
    case ConversationFilter::All:
        break;
    }
    return true;
}

bool matchesQuery(const api::Conversation &conversation, const ConversationQuery &query)
{
    return matchesFilter(conversation, query.filter) &&
           matchesSearch(conversation, query.myUserId, query.needle);
}

} // namespace envisage::store
