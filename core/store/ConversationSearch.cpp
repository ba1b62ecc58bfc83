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

} // namespace envisage::store
