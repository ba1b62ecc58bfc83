#include "BuyerReplies.h"

#include <QList>

#include <algorithm>
#include <cmath>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

namespace {

using Intent = BuyerReplies::Intent;

struct Rule
{
    Intent intent;
    QRegularExpression pattern;
    QStringList templates; // {listing}, {offer}, {seller}
};

QRegularExpression words(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
}

// A sum of money: "€249.00", "€ 249", "249 EUR", "249 euros", "249€", "€1,200". The
// amount has cents or not ("180,50"), with thousands grouped or not ("1,200", "1.200,50").
const QRegularExpression &moneyPattern()
{
    static const QString amount =
        u"(\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)(?!\\d)"_s;
    static const QRegularExpression money = words(u"(?:€|\\bEUR\\b)\\s*"_s + amount + u"|"_s +
                                                  amount + u"\\s*(?:€|\\bEUR\\b|\\beuros?\\b)"_s);
    return money;
}

// A bare number the seller offers to sell at: "I can do 230", "yours for 200".
const QRegularExpression &bareAmountPattern()
{
    static const QRegularExpression bare =
        words(u"\\b(?:do|for|at|take|accept)\\s+(\\d{2,5}(?:[.,]\\d{1,2})?)\\b(?!\\s*%|:\\d)"_s);
    return bare;
}

// In order: the first match wins.
const QList<Rule> &rules()
{
    static const QList<Rule> all = {
        {Intent::Photo,
         // A request ("could you send a photo", "show me a picture… please"), not the
         // seller's own "I'll send more photos tonight".
         words(u"\\b(could|can|would) you\\b.*\\b(photo|picture|pic|image|snap)s?\\b|"
               "\\b(send|show) me\\b.*\\b(photo|picture|pic)s?\\b|"
               "\\b(photo|picture|pic)s?\\b.*\\bplease\\b"_s),
         {u"Here you go, taken just now. I circled the bit I meant."_s,
          u"Sure, here's the photo. Is the mark on yours like this one?"_s,
          u"Photo attached: that's what I was asking about."_s}},
        {Intent::Accept,
         words(u"\\b(deal|agreed|it's yours|it is yours|sold to you|i accept)\\b"_s),
         {u"Wonderful, thank you {seller}! When can I pick up the {listing}?"_s,
          u"Great, that's a deal then. Does Saturday morning work for the pick-up?"_s,
          u"Thank you! I'll bring cash. Just tell me when suits you."_s}},
        {Intent::Offer,
         words(u"\\b(price|discount|offer|cheaper|lowest|knock|negotiable)\\b|%\\s*off"_s),
         {u"Would you take €{offer}? I could collect the {listing} this week."_s,
          u"That's a little above my budget. How about €{offer}, cash on pick-up?"_s,
          u"Could we meet at €{offer}? Then I'd come for it tomorrow."_s}},
        // Asked to review ("would you leave a review when you have a moment?"): before
        // the times, whose "when" it also has.
        {Intent::Question,
         words(u"\\b(leave|write|post|give)\\b.*\\b(review|feedback|rating)\\b"_s),
         {u"Of course, I'll leave a review tonight."_s,
          u"Happily: a five-star review is on its way."_s,
          u"Done! I've just left you a review."_s}},
        {Intent::Question,
         words(u"\\b(when|what time|which day|tomorrow|weekend|saturday|sunday|evening|"
               "morning)\\b.*\\?|\\b(what|when) suits you\\b|\\blet me know when\\b"_s),
         {u"Saturday morning would be perfect, around 10?"_s,
          u"Thursday after 6 works best for me."_s,
          u"Tomorrow evening, if that's not too soon?"_s}},
        {Intent::Question,
         words(u"\\b(where|address|pick[- ]?up|collect)\\b.*\\?"_s),
         {u"I'll collect it myself, I have a car, so anywhere in town is fine."_s,
          u"I can come to you, just send me the address the day before."_s}},
        {Intent::Question,
         words(u"\\b(ship|shipping|deliver|delivery|post|courier)\\b.*\\?"_s),
         {u"Shipping would be easier for me, yes. Happy to pay for it."_s,
          u"Delivery would be lovely, I'm about an hour away."_s}},
        {Intent::Question,
         words(u"\\b(pay|payment|cash|transfer|paypal)\\b.*\\?"_s),
         {u"Bank transfer, if that's alright? Or cash when I pick it up."_s,
          u"Cash on pick-up works best for me."_s}},
        {Intent::Question,
         words(
             u"\\b(size|measure|measurements|dimensions|fit|space|room|wide|tall|high)\\b.*\\?"_s),
         {u"I measured this morning: there's about 2 m of wall, so it should fit nicely."_s,
          u"Our hallway is narrow, but the door is 80 cm, so it should go through."_s}},
        {Intent::Question,
         words(u"\\b(still interested|want it|would you like|keen|still looking)\\b.*\\?"_s),
         {u"Yes, very much so!"_s, u"Definitely, I've been thinking about it all week."_s}},
        {Intent::Question,
         words(u"\\?"_s),
         {u"Yes, that works for me."_s,
          u"Good question, let me check at home and come back to you tonight."_s,
          u"I think so, yes. Thanks for asking!"_s}},
        {Intent::Thanks,
         words(u"\\b(thanks|thank you|cheers|appreciate|enjoy|my pleasure)\\b|"
               "\\byou're welcome\\b(?! to)"_s),
         {u"Thank you too, have a lovely day!"_s, u"Thanks again {seller}, talk soon!"_s,
          u"Much appreciated. All the best!"_s}},
        {Intent::Other,
         words(u""_s),
         {u"Okay, sounds good."_s, u"Got it, thank you."_s,
          u"Perfect, I'll keep an eye out for your message."_s}},
    };
    return all;
}

// "1,200" and "1.200" are twelve hundred (three digits after the last mark group
// thousands); "180,50" and "180.50" have cents.
double parseAmount(QString text)
{
    const qsizetype last = std::max(text.lastIndexOf(u'.'), text.lastIndexOf(u','));
    const bool grouped = last >= 0 && text.size() - last - 1 == 3;
    QString digits;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isDigit())
            digits += text.at(i);
        else if (i == last && !grouped)
            digits += u'.';
    }
    return digits.toDouble();
}

QString firstName(const QString &name)
{
    return name.section(u' ', 0, 0);
}

QString fill(QString text, const BuyerReplies::Context &context, int offer)
{
    return text.replace(u"{listing}"_s, context.listingTitle)
        .replace(u"{seller}"_s, firstName(context.sellerName))
        .replace(u"{offer}"_s, QString::number(offer));
}

const QStringList &openers()
{
    static const QStringList lines = {
        u"Hi! Is the {listing} still available?"_s,
        u"Quick question about the {listing}: are there any marks or scratches?"_s,
        u"Could I come and see the {listing} tomorrow after work?"_s,
        u"Would you consider an offer on the {listing}?"_s,
        u"Hello, what are the measurements of the {listing}?"_s,
    };
    return lines;
}

} // namespace

BuyerReplies::Intent BuyerReplies::intentOf(const QString &sellerText)
{
    if (amountIn(sellerText)) {
        // A price, unless the seller asks for a photo or agrees to a deal.
        for (const Rule &rule : rules()) {
            if (rule.intent == Intent::Offer)
                return Intent::Offer;
            if (rule.pattern.match(sellerText).hasMatch())
                return rule.intent;
        }
    }
    for (const Rule &rule : rules()) {
        if (rule.pattern.match(sellerText).hasMatch())
            return rule.intent;
    }
    return Intent::Other;
}

std::optional<double> BuyerReplies::amountIn(const QString &sellerText)
{
    const QRegularExpressionMatch money = moneyPattern().match(sellerText);
    if (money.hasMatch())
        return parseAmount(money.captured(1).isEmpty() ? money.captured(2) : money.captured(1));
    const QRegularExpressionMatch bare = bareAmountPattern().match(sellerText);
    if (bare.hasMatch())
        return parseAmount(bare.captured(1));
    return std::nullopt;
}

int BuyerReplies::counterOffer(double amount)
{
    // Bounded: a seller's typo of a hundred digits stays an int.
    const double bounded = std::clamp(amount, 0.0, 10'000'000.0);
    return std::max(5, int(std::floor(bounded * 0.88 / 5)) * 5);
}

BuyerReplies::Reply BuyerReplies::replyTo(const QString &sellerText, const Context &context,
                                          quint32 choice)
{
    Reply reply;
    reply.intent = intentOf(sellerText);
    // Within an intent, the first rule whose pattern matches (a Question's topic).
    const Rule *chosen = nullptr;
    for (const Rule &rule : rules()) {
        if (rule.intent == reply.intent &&
            (rule.intent == Intent::Offer || rule.pattern.match(sellerText).hasMatch())) {
            chosen = &rule;
            break;
        }
    }
    if (!chosen)
        chosen = &rules().constLast();
    const double base = amountIn(sellerText).value_or(context.listingPrice.toDouble());
    reply.body =
        fill(chosen->templates.at(choice % chosen->templates.size()), context, counterOffer(base));
    reply.withPhoto = reply.intent == Intent::Photo;
    return reply;
}

QString BuyerReplies::opener(const Context &context, quint32 choice)
{
    return fill(openers().at(choice % openers().size()), context, 0);
}

QStringList BuyerReplies::templatesOf(Intent intent)
{
    QStringList all;
    for (const Rule &rule : rules()) {
        if (rule.intent == intent)
            all += rule.templates;
    }
    return all;
}

} // namespace envisage::sandbox
