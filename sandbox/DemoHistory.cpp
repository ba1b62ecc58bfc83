#include "DemoHistory.h"

#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

struct Line
{
    bool fromBuyer;
    QString text;
};
using Episode = QList<Line>;

struct Item
{
    const char *name;
    int price; // what the seller asks, in EUR
};

const Item Items[] = {
    {"pair of bentwood chairs", 90},
    {"teak side table", 70},
    {"set of Danish candle holders", 35},
    {"rosewood wall mirror", 120},
    {"art deco table lamp", 85},
    {"G-Plan coffee table", 110},
    {"wicker magazine rack", 25},
    {"pine blanket chest", 75},
    {"enamel bread bin", 20},
    {"Thonet rocking chair", 240},
    {"sheet-music cabinet", 95},
    {"mahogany writing slope", 130},
    {"cane-seat stool", 30},
    {"walnut jewellery box", 45},
    {"oak wall clock", 60},
    {"leather club chair", 280},
    {"Murano glass vase", 65},
    {"butcher's block", 150},
    {"industrial desk lamp", 55},
    {"folding campaign chair", 80},
    {"copper saucepan set", 70},
    {"terrazzo side table", 90},
    {"smoked-glass pendant light", 50},
    {"hall stand with mirror", 140},
    {"tiled coffee table", 75},
    {"wingback chair", 160},
    {"pair of brass bookends", 40},
    {"oval gilt mirror", 110},
    {"chest of drawers in elm", 190},
    {"chrome bar cart", 85},
    {"school map of Europe", 45},
    {"Anglepoise lamp", 95},
    {"set of Ercol dining chairs", 220},
    {"stoneware jug set", 30},
    {"rattan peacock chair", 170},
    {"cherry-wood sewing table", 65},
    {"pair of cinema seats", 120},
    {"apothecary cabinet", 260},
    {"beech high chair", 40},
    {"ship's lantern", 55},
};

class EpisodeWriter
{
public:
    explicit EpisodeWriter(quint32 seed) : m_random(seed) {}

    int bounded(int n) { return int(m_random.bounded(n)); }
    bool chance(int percent) { return bounded(100) < percent; }
    QString pick(const QStringList &lines) { return lines.at(bounded(int(lines.size()))); }

    // Never the same kind twice in a row (two flea-market chats in one afternoon).
    Episode next()
    {
        int kind = m_lastKind;
        while (kind == m_lastKind) {
            const int roll = bounded(100);
            kind = roll < 45   ? 0
                   : roll < 57 ? 1
                   : roll < 65 ? 2
                   : roll < 75 ? 3
                   : roll < 85 ? 4
                   : roll < 93 ? 5
                               : 6;
        }
        m_lastKind = kind;
        switch (kind) {
        case 0:
            return newFind();
        case 1:
            return restored();
        case 2:
            return market();
        case 3:
            return wanted();
        case 4:
            return payment();
        case 5:
            return advice();
        default:
            return smallTalk();
        }
    }

    // Short notes that make up an exact count: 1 or 2 lines.
    Episode note(int lines)
    {
        if (lines >= 2) {
            Episode pair = smallTalk();
            return pair.mid(0, 2);
        }
        return {{chance(50), pick({u"Thanks again for yesterday!"_s,
                                   u"The shop is closed tomorrow, family visit."_s,
                                   u"Lovely to see you at the market today."_s,
                                   u"I'm away next week, back on Monday."_s})}};
    }

private:
    const Item &item() { return Items[bounded(int(std::size(Items)))]; }

    static QString euros(int amount) { return u"€%1"_s.arg(amount); }
    static int roundTo5(double amount) { return std::max(5, int(std::lround(amount / 5)) * 5); }

    Episode newFind()
    {
        const Item &found = item();
        const QString name = QString::fromUtf8(found.name);
        const int price = roundTo5(found.price * (0.8 + bounded(40) / 100.0));
        Episode lines;
        lines.append(
            {false,
             pick({u"Morning Ada! Just back from a house clearance with a %1. Thought of you."_s,
                   u"Hi Ada, a %1 came in today, good condition. Interested before I list "
                   "it?"_s,
                   u"Ada, you asked about a %1 a while ago: one just turned up."_s,
                   u"Evening! Guess what I found at the auction: a %1. Want first pick?"_s})
                 .arg(name)});
        lines.append(
            {true, pick({u"Ooh, yes please! What are you asking?"_s, u"Tempting! How much?"_s,
                         u"Lovely. Any marks? And what's the price?"_s,
                         u"You know me too well. How much?"_s})});
        if (chance(50))
            lines.append({false, pick({u"A few marks on the top, nothing a bit of wax won't fix."_s,
                                       u"Solid, no wobble, original finish."_s,
                                       u"One small repair underneath, otherwise very good."_s,
                                       u"It needs a clean, but the joints are tight."_s})});
        lines.append({false, pick({u"%1 to you."_s, u"%1, and I'll throw in delivery."_s,
                                   u"I'd list it higher, but %1 for you."_s})
                                 .arg(euros(price))});
        if (chance(60)) {
            const int offer = roundTo5(price * 0.8);
            const int middle = roundTo5((price + offer) / 2.0);
            lines.append(
                {true, pick({u"Would you do %1? It needs a bit of work."_s,
                             u"%1 and I'll take it this week?"_s, u"Could you meet me at %1?"_s})
                           .arg(euros(offer))});
            lines.append({false, chance(40) ? u"Go on then, %1 it is."_s.arg(euros(offer))
                                            : pick({u"Let's say %1 and it's yours."_s,
                                                    u"%1, my final offer!"_s})
                                                  .arg(euros(middle))});
            lines.append({true, pick({u"Deal!"_s, u"Done. Thank you!"_s,
                                      u"Deal, you drive a hard bargain."_s})});
        } else {
            lines.append(
                {true, pick({u"Perfect, I'll take it."_s, u"Yes please, put it aside for me."_s})});
        }
        if (chance(55)) {
            lines.append({true, pick({u"Can I pick it up tomorrow around %1?"_s,
                                      u"I'll come by after the shop closes, around %1?"_s})
                                    .arg(pick({u"10"_s, u"half past five"_s, u"6"_s, u"noon"_s}))});
            lines.append({false, pick({u"That works, see you then."_s,
                                       u"Perfect, I'll leave the side gate open."_s,
                                       u"Sure, I'm in all day."_s})});
        } else {
            lines.append(
                {false, pick({u"I can drop it at the shop on my way to the market on "
                              "Saturday."_s,
                              u"I'm passing your street tomorrow, I'll bring it along."_s})});
            lines.append(
                {true, pick({u"You're a star, thank you!"_s, u"Brilliant, coffee's on me."_s})});
        }
        if (chance(35))
            lines.append({false, pick({u"Enjoy it!"_s, u"Pleasure doing business, as always."_s})});
        return lines;
    }

    Episode restored()
    {
        const QString name = QString::fromUtf8(item().name);
        switch (bounded(3)) {
        case 0:
            return {{true, u"Finished the %1 from last week. It came out beautifully."_s.arg(name)},
                    {false, u"Fantastic! Oil or wax in the end?"_s},
                    {true, pick({u"Hard wax oil, two coats."_s, u"Shellac, three evenings of it."_s,
                                 u"Just wax, it didn't need more."_s})}};
        case 1:
            return {{true, u"Quick update: the %1 is restored and already sold!"_s.arg(name)},
                    {false, u"Ha, that was quick! Who bought it?"_s},
                    {true, pick({u"A young couple furnishing their first flat."_s,
                                 u"A designer, for a restaurant fit-out."_s,
                                 u"A collector from Graz, he drove four hours for it."_s})},
                    {false, u"I'll tell the family it went to a good home."_s}};
        default:
            return {{true, u"The %1 is in the shop window now, new finish and all."_s.arg(name)},
                    {false, u"Well done! Send me a picture sometime."_s},
                    {true, u"Will do, once the light is better."_s}};
        }
    }

    Episode market()
    {
        if (chance(50))
            return {{true, u"Are you going to the flea market on Sunday?"_s},
                    {false, u"Yes, usual spot by the fountain from 8."_s},
                    {true, u"I'll bring coffee!"_s},
                    {false, u"Flat white, please!"_s}};
        return {{true, u"Will you be at the antiques fair this weekend?"_s},
                {false, u"Only on Sunday, near the north entrance."_s},
                {true, u"See you there, I'll be the one with the trolley."_s},
                {false, u"Ha, see you!"_s}};
    }

    Episode wanted()
    {
        const Item &wish = item();
        return {{true, pick({u"A customer is looking for a %1. Keep an eye out for me?"_s,
                             u"Do you ever come across a %1? I have someone asking."_s})
                           .arg(QString::fromUtf8(wish.name))},
                {false,
                 pick({u"Will do. Any budget?"_s, u"Now and then. How much would they spend?"_s})},
                {true, pick({u"Up to %1, ideally in oak or walnut."_s,
                             u"Around %1, condition matters more than age."_s})
                           .arg(euros(roundTo5(wish.price * 1.1)))},
                {false,
                 pick({u"Noted, I'll message you if I see one."_s, u"I'll keep my eyes open."_s})}};
    }

    Episode payment()
    {
        const Item &bought = item();
        Episode lines = {{true, pick({u"Sent the %1 for the %2 by bank transfer."_s,
                                      u"Transferred %1 for the %2 just now."_s})
                                    .arg(euros(bought.price), QString::fromUtf8(bought.name))},
                         {false, pick({u"Got it, thank you!"_s, u"Received, thanks Ada!"_s})}};
        if (chance(40))
            lines.append({true, u"Thanks for holding it for me."_s});
        return lines;
    }

    Episode advice()
    {
        static const QList<QPair<QString, QString>> tips = {
            {u"how would you get water rings off a walnut table?"_s,
             u"Mayonnaise overnight, honestly. Then a thin coat of wax."_s},
            {u"how do you clean old brass without making it look new?"_s,
             u"Warm soapy water and a soft brush, nothing stronger. The patina is the point."_s},
            {u"what do you use on sticky drawers?"_s,
             u"A candle stub rubbed on the runners works wonders."_s},
            {u"any tips for old stickers on veneer?"_s,
             u"A hairdryer on low, then peel slowly. A little naphtha for what's left."_s},
            {u"how do you get the musty smell out of a wardrobe?"_s,
             u"A bowl of coffee grounds inside for a week, and leave the doors open."_s},
        };
        const auto &[question, answer] = tips.at(bounded(int(tips.size())));
        return {
            {false, pick({u"Ada, quick question: %1"_s, u"Help me out, Ada: %1"_s}).arg(question)},
            {true, answer},
            {false, pick({u"Ha! I'll try it, thanks."_s, u"Brilliant, thank you."_s})}};
    }

    Episode smallTalk()
    {
        static const QList<QPair<QString, QString>> pairs = {
            {u"Quiet week here, the rain kept everyone at home."_s,
             u"Same at the shop. Good time to catch up on repairs."_s},
            {u"Busy weekend! The market was packed."_s,
             u"Glad to hear it. I sold three chairs on Saturday."_s},
            {u"My van's finally fixed, so deliveries are back on."_s,
             u"Great news, I have a few things for you to bring then!"_s},
            {u"How's the shop doing?"_s, u"Busy! The vintage lamps fly out the door."_s},
            {u"Off to a house clearance in the hills tomorrow."_s,
             u"Good luck! Keep an eye out for mirrors."_s},
        };
        const auto &[first, second] = pairs.at(bounded(int(pairs.size())));
        return {{false, first}, {true, second}};
    }

    QRandomGenerator m_random;
    int m_lastKind = -1;
};

// Her first question, and the day she came to see the listing.
QList<Episode> opening(const QString &listingTitle)
{
    return {{{true, u"Hi! Is the %1 still available? I run a small vintage shop and it would be "
                    "perfect for the window."_s.arg(listingTitle)},
             {false, u"Hello! Yes, it is. Would you like to come and see it?"_s},
             {true, u"Yes please. Saturday morning?"_s},
             {false, u"Saturday at 10 then. I'll send you the address."_s}},
            {{true, u"Lovely to meet you today, and thanks for carrying it to the car!"_s},
             {false, u"My pleasure, Ada. I get a lot of pieces from house clearances, so ask any "
                     "time."_s}}};
}

// The newest messages: yesterday's find and this morning's visit.
Episode tail()
{
    return {{false, u"Hi Ada! A walnut sewing box came in today, 1950s, all the little "
                    "drawers intact. €45 if you want it."_s},
            {true, u"Oh, I'd love it! Can I pick it up tomorrow morning?"_s},
            {false, u"Of course, I'm in from 9."_s},
            {true, u"On my way now, running ten minutes late, sorry! Is the side gate open?"_s}};
}

// Minutes between two lines of one episode: mostly quick, now and then an hour.
qint64 gapWithin(QRandomGenerator &random)
{
    return random.bounded(100) < 10 ? Minute * (30 + random.bounded(90))
                                    : Minute * (1 + random.bounded(20));
}

} // namespace

QList<HistoryMessage> DemoHistory::generate(int count, const QString &listingTitle, qint64 endsAtMs,
                                            quint32 seed)
{
    // The content first: the opening, episodes, short notes for an exact count, the tail.
    QList<Episode> episodes = opening(listingTitle);
    const Episode last = tail();
    int total = 0;
    for (const Episode &episode : std::as_const(episodes))
        total += int(episode.size());
    const int middle = count - int(last.size());
    EpisodeWriter writer(seed);
    while (total < middle) {
        Episode next = writer.next();
        if (total + next.size() > middle)
            next = writer.note(middle - total);
        total += int(next.size());
        episodes.append(next);
    }
    episodes.append(last);

    // Then the times, from the newest back: the tail ends at endsAtMs; each earlier
    // episode starts after 7:00 and at least an hour before the next one.
    QRandomGenerator random(seed ^ 0x5eed);
    QList<HistoryMessage> messages(total + last.size());
    qsizetype index = messages.size();
    qint64 nextStart = endsAtMs;
    for (qsizetype e = episodes.size() - 1; e >= 0; --e) {
        const Episode &episode = episodes.at(e);
        QList<qint64> offsets = {0}; // from the episode's start
        for (qsizetype i = 1; i < episode.size(); ++i)
            offsets.append(offsets.last() + gapWithin(random));
        qint64 start = 0;
        if (e == episodes.size() - 1) {
            start = endsAtMs - 13 * Hour - offsets.last();
            offsets.last() = endsAtMs - start; // the last line is this morning's
        } else {
            // Often the same day as the next one, else a day or a few before.
            const int roll = int(random.bounded(100));
            const int daysBefore = roll < 70 ? 0 : roll < 96 ? 1 : 2;
            const qint64 dayStart = (nextStart / Day - daysBefore) * Day;
            const int latestMinute = int((nextStart - offsets.last() - Hour - dayStart) / Minute);
            if (daysBefore == 0 && latestMinute > 7 * 60) {
                start = dayStart + Minute * (7 * 60 + random.bounded(latestMinute - 7 * 60));
            } else {
                start = dayStart + 7 * Hour + random.bounded(14 * 60) * Minute;
                while (start + offsets.last() + Hour > nextStart) // no room that day
                    start -= Day;
            }
        }
        for (qsizetype i = episode.size() - 1; i >= 0; --i)
            messages[--index] = {episode.at(i).fromBuyer, episode.at(i).text,
                                 start + offsets.at(i)};
        nextStart = start;
    }
    return messages;
}

} // namespace envisage::sandbox
