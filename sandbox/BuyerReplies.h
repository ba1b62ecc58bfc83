#pragma once
// What a simulated buyer answers to the seller (BuyerSimulator), as a small table: each
// rule is an intent, a keyword pattern over the seller's text (English) and the buyer's
// reply templates. The first rule that matches wins, in this order:
//   Photo     a request: "could you send a photo…" → a line that goes with a drawn photo
//   Accept    "deal", "it's yours"…      → glad, asks when to collect
//   Offer     a price ("€249", "200 EUR", "I can do 180") or "discount", "lowest"…
//                                       → a counter-offer about 12 % lower, rounded to 5
//   Question  "?" (by topic: a review, when, where, shipping, payment, size, interest,
//             anything)
//                                       → an answer
//   Thanks    "thanks", "enjoy"…         → a friendly close
//   Other                               → a short acknowledgement
// Pure: the caller passes `choice` (BuyerSimulator derives it from --simulator-seed, the
// conversation and the count of replies in it), so the same seed gives the same answers.
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace envisage::sandbox {

class BuyerReplies
{
public:
    enum class Intent { Photo, Accept, Offer, Question, Thanks, Other };

    struct Context
    {
        QString listingTitle;
        QString listingPrice; // "249.00": the offer's base when the seller names none
        QString currency;     // "EUR"
        QString sellerName;   // the first name greets
    };

    struct Reply
    {
        Intent intent = Intent::Other;
        QString body;
        bool withPhoto = false;
    };

    static Intent intentOf(const QString &sellerText);
    // The amount the seller names ("€249.00", "249 EUR", "I can do 230"); none for "5% off".
    static std::optional<double> amountIn(const QString &sellerText);
    // About 12 % below `amount`, rounded down to a multiple of 5 (at least 5).
    static int counterOffer(double amount);

    static Reply replyTo(const QString &sellerText, const Context &context, quint32 choice);
    // What a buyer writes first, unasked, about the listing.
    static QString opener(const Context &context, quint32 choice);
    // Every template of an intent (tests check that each reads well once filled in).
    static QStringList templatesOf(Intent intent);
};

} // namespace envisage::sandbox
