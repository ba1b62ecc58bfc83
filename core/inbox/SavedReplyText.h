#pragma once
// What the client does with a saved reply's text, as pure functions: filling in the
// placeholders from the open conversation, matching what the seller types, finding the
// "/word" being typed, and checking a reply against the contract's rules (§5).
#include "api/ApiTypes.h"

#include <QList>
#include <QMap>
#include <QString>

namespace envisage::inbox {

// What {buyer}, {listing}, {price} and {seller} stand for in one conversation.
struct PlaceholderValues
{
    QString buyer;   // the counterpart's name
    QString listing; // the listing's title
    QString price;   // formatted for the seller's locale ("249.00 EUR")
    QString seller;  // the signed-in seller's name
};

// One pass over the body: known placeholders are replaced (an empty value leaves the
// placeholder as written, so nothing silently disappears), unknown ones are left alone,
// and text that came in with a value ("{seller}" in a buyer's name) is not expanded again.
QString fillPlaceholders(const QString &body, const PlaceholderValues &values);

// Whether a reply belongs in the list for `query` (without the "/"): its shortcut starts
// with it or its title contains it, ignoring case; everything matches an empty query.
// withBody also searches the body (the picker).
bool savedReplyMatches(const api::SavedReply &reply, const QString &query, bool withBody = false);

// The "/word" that ends at `cursor`, if the word starts a word (at the start or after a
// space): its start (the "/") and the word without the "/"; start is -1 when there is none.
struct SlashWord
{
    qsizetype start = -1;
    QString word;
};
SlashWord slashWordAt(const QString &text, qsizetype cursor);

// The contract's limits.
constexpr int MaxSavedReplyTitle = 60;
constexpr int MaxSavedReplyShortcut = 30;
constexpr int MaxSavedReplyBody = 5000;
constexpr int MaxSavedReplies = 200;

// The fields as the server will store them (trimmed, as Laravel's TrimStrings does).
struct SavedReplyInput
{
    QString title;
    QString shortcut;
    QString body;
    SavedReplyInput trimmed() const
    {
        return {title.trimmed(), shortcut.trimmed(), body.trimmed()};
    }
};

// Field ("title", "shortcut", "body") → a sentence for the seller, translated; empty when
// the reply may be saved. `others` are the seller's other replies: a shortcut one of them
// has is named ("… already used by your saved reply "Shipping"").
QMap<QString, QString> validateSavedReply(const SavedReplyInput &input,
                                          const QList<api::SavedReply> &others);

} // namespace envisage::inbox
