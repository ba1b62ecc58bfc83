#pragma once
// What a message search looks for and what it shows, in one place for the cache's FTS5
// index (StoreMessageSearch.cpp), the server's q parameter and the result list.
//
// What the seller types never reaches FTS5's query language: it is split into words at
// white space and every word becomes an FTS5 string with a prefix star ("café"* with any
// " doubled), all required, as the sandbox does (sandbox/MessageSearch.cpp). Quotes, `*`,
// NEAR, AND/OR/NOT, brackets and column filters are only text to look for. The text is
// capped (200 characters, 16 words) so that a pasted page cannot make a query that takes
// seconds.
#include "api/ApiTypes.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace envisage::store {

class SearchTerms
{
public:
    static constexpr int MinCharacters = 2; // as the server (marketplace-api.md §5)
    static constexpr int MaxCharacters = 200;
    static constexpr int MaxWords = 16;

    static SearchTerms parse(const QString &typed);

    // Nothing to search: under MinCharacters, or no word with a letter or a digit.
    bool isEmpty() const { return m_words.isEmpty(); }
    const QStringList &words() const { return m_words; }
    // The server's q: the words kept, one space apart (2–200 characters when not empty).
    QString text() const { return m_words.join(u' '); }
    // The FTS5 MATCH expression: "word"* "word"* …
    QString matchExpression() const;
    // The words' tokens as unicode61 folds them (case and accents removed), for highlighting.
    QStringList foldedTokens() const;

private:
    QStringList m_words;
};

// A token of text as the index sees it: case-folded, accents removed ("Café" → "cafe").
QString foldForSearch(QStringView token);

struct TextRange
{
    int start = 0; // in UTF-16 units of the snippet's text
    int length = 0;
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

// A short plain-text excerpt of a body around its first match, with the matched words.
struct SearchSnippet
{
    QString text;           // one line; "…" where it was cut
    QList<TextRange> words; // the words that match, in order
};

// About maxLength characters of the body (white space folded to single spaces), starting a
// little before the first word that matches; the start of the body when none does.
SearchSnippet snippetOf(const QString &body, const QStringList &foldedTokens, int maxLength = 160);

// What a result row says about its conversation (from the cache, or asked for).
struct ConversationLabel
{
    qint64 buyerId = 0;
    QString buyerName;
    QString sellerName;
    QString listingTitle;

    bool isKnown() const { return buyerId != 0; }
    QString counterpartOf(qint64 myUserId) const
    {
        return myUserId == buyerId ? sellerName : buyerName;
    }
    static ConversationLabel of(const api::Conversation &conversation);
};

// A message of the cache that matches, newest first, with its snippet made on the store's
// thread.
struct MessageSearchHit
{
    api::Message message;
    ConversationLabel conversation; // not known when the cache lacks the conversation
    SearchSnippet snippet;
};

} // namespace envisage::store

Q_DECLARE_METATYPE(envisage::store::TextRange)
