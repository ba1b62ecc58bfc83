// BuyerReplies, the table behind the simulated buyers' answers, with no process: each
// intent from the seller's words (the demo's saved replies included), the counter-offer
// below the price the seller names, every template filled in, and the same choice giving
// the same answer.
#include "BuyerReplies.h"
#include "DemoSellerTools.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using envisage::sandbox::BuyerReplies;
using envisage::sandbox::DemoSellerTools;
using Intent = BuyerReplies::Intent;

Q_DECLARE_METATYPE(BuyerReplies::Intent)

namespace {

const BuyerReplies::Context Desk{u"Walnut desk"_s, u"249.00"_s, u"EUR"_s, u"Sam Rivera"_s};

// A demo saved reply as the client sends it for the desk and Ada Novak.
QString filled(const char *shortcut)
{
    return DemoSellerTools::savedReplyBody(QString::fromLatin1(shortcut))
        .replace(u"{buyer}"_s, u"Ada Novak"_s)
        .replace(u"{listing}"_s, u"Walnut desk"_s)
        .replace(u"{price}"_s, u"€249.00"_s)
        .replace(u"{seller}"_s, u"Sam Rivera"_s);
}

} // namespace

class BuyerRepliesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intentFollowsTheSellersWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Intent>("intent");
        QTest::newRow("photo request")
            << u"Could you send me a photo of the scratch?"_s << Intent::Photo;
        QTest::newRow("show me") << u"Show me a picture of the corner, please."_s << Intent::Photo;
        QTest::newRow("seller's own photos") << filled("photos") << Intent::Other;
        QTest::newRow("deal") << u"Deal, €200 it is."_s << Intent::Accept;
        QTest::newRow("it's yours") << u"OK, it's yours!"_s << Intent::Accept;
        QTest::newRow("euro sign") << u"I can do €230."_s << Intent::Offer;
        QTest::newRow("EUR after") << u"My lowest is 210 EUR"_s << Intent::Offer;
        QTest::newRow("bare amount") << u"I could do 220 if you collect"_s << Intent::Offer;
        QTest::newRow("price word") << u"The price is firm, sorry."_s << Intent::Offer;
        QTest::newRow("saved: price") << filled("price") << Intent::Offer;
        QTest::newRow("saved: available") << filled("available") << Intent::Offer;
        QTest::newRow("when") << u"When would you like to pick it up?"_s << Intent::Question;
        QTest::newRow("any question") << u"Is it for your new flat?"_s << Intent::Question;
        QTest::newRow("review") << u"Would you leave a review when you have a moment?"_s
                                << Intent::Question;
        QTest::newRow("saved: pickup") << filled("pickup") << Intent::Question;
        QTest::newRow("thanks") << u"Thanks, enjoy the desk!"_s << Intent::Thanks;
        QTest::newRow("saved: sold") << filled("sold") << Intent::Thanks;
        QTest::newRow("saved: shipping") << filled("shipping") << Intent::Other;
        QTest::newRow("plain") << u"I'll be home all day."_s << Intent::Other;
        QTest::newRow("percent is no price") << u"5% off is all I can do"_s << Intent::Offer;
    }

    void intentFollowsTheSellersWords()
    {
        QFETCH(QString, text);
        QFETCH(Intent, intent);
        QCOMPARE(BuyerReplies::intentOf(text), intent);
        const BuyerReplies::Reply reply = BuyerReplies::replyTo(text, Desk, 0);
        QCOMPARE(reply.intent, intent);
        QCOMPARE(reply.withPhoto, intent == Intent::Photo);
        QVERIFY(!reply.body.isEmpty());
    }

    void aPriceGetsACounterOfferBelowIt()
    {
        QCOMPARE(BuyerReplies::amountIn(u"I can do €230."_s).value_or(-1), 230.0);
        QCOMPARE(BuyerReplies::amountIn(u"€ 249.00 is fair"_s).value_or(-1), 249.0);
        QCOMPARE(BuyerReplies::amountIn(u"yours for 180,50 euros"_s).value_or(-1), 180.5);
        QCOMPARE(BuyerReplies::amountIn(u"I could do 220 if you collect"_s).value_or(-1), 220.0);
        QVERIFY(!BuyerReplies::amountIn(u"5% off"_s));
        QVERIFY(!BuyerReplies::amountIn(u"Saturday at 10:30"_s));
        QCOMPARE(BuyerReplies::counterOffer(230), 200);
        QCOMPARE(BuyerReplies::counterOffer(249), 215);
        QCOMPARE(BuyerReplies::counterOffer(4), 5);
        // Thousands grouped, and a number no price has.
        QCOMPARE(BuyerReplies::amountIn(u"It's €1,200 firm."_s).value_or(-1), 1200.0);
        QCOMPARE(BuyerReplies::amountIn(u"1.200,50 EUR"_s).value_or(-1), 1200.5);
        QCOMPARE(BuyerReplies::amountIn(u"€1,250.00 with delivery"_s).value_or(-1), 1250.0);
        QCOMPARE(BuyerReplies::counterOffer(1200), 1055);
        const std::optional<double> huge = BuyerReplies::amountIn(u"€99999999999999999999"_s);
        QVERIFY(huge);
        QCOMPARE(BuyerReplies::counterOffer(*huge), 8'800'000);

        for (quint32 choice = 0; choice < 3; ++choice) {
            const QString named = BuyerReplies::replyTo(u"I can do €230."_s, Desk, choice).body;
            QVERIFY2(named.contains(u"€200"_s), qPrintable(named));
            // No sum named: below the listing's price.
            const QString unnamed =
                BuyerReplies::replyTo(u"Sorry, the price is firm."_s, Desk, choice).body;
            QVERIFY2(unnamed.contains(u"€215"_s), qPrintable(unnamed));
        }
    }

    void aQuestionGetsAnAnswerOnItsTopic()
    {
        const QStringList when = {u"Saturday morning would be perfect, around 10?"_s,
                                  u"Thursday after 6 works best for me."_s,
                                  u"Tomorrow evening, if that's not too soon?"_s};
        for (quint32 choice = 0; choice < 6; ++choice) {
            QVERIFY(
                when.contains(BuyerReplies::replyTo(u"When could you come?"_s, Desk, choice).body));
            const QString shipping =
                BuyerReplies::replyTo(u"Shall I ship it to you?"_s, Desk, choice).body;
            QVERIFY2(shipping.contains(u"hipping"_s) || shipping.contains(u"elivery"_s),
                     qPrintable(shipping));
            // "when you have a moment" is no question of time.
            const QString review =
                BuyerReplies::replyTo(u"Would you leave a review when you have a moment?"_s, Desk,
                                      choice)
                    .body;
            QVERIFY2(review.contains(u"review"_s), qPrintable(review));
        }
        QCOMPARE(BuyerReplies::replyTo(u"Thanks for the lovely review!"_s, Desk, 0).intent,
                 BuyerReplies::Intent::Thanks);
    }

    void thanksGetAFriendlyClose()
    {
        const QStringList closes = BuyerReplies::templatesOf(Intent::Thanks);
        QSet<QString> seen;
        for (quint32 choice = 0; choice < 3; ++choice) {
            const QString body = BuyerReplies::replyTo(u"Thank you!"_s, Desk, choice).body;
            seen.insert(body);
            QVERIFY2(!body.contains(u'?'), qPrintable(body));
        }
        QCOMPARE(seen.size(), 3);
        QVERIFY(seen.contains(u"Thanks again Sam, talk soon!"_s)); // the seller's first name
    }

    void everyTemplateIsFilledIn()
    {
        for (Intent intent : {Intent::Photo, Intent::Accept, Intent::Offer, Intent::Question,
                              Intent::Thanks, Intent::Other}) {
            const QStringList templates = BuyerReplies::templatesOf(intent);
            QVERIFY(templates.size() >= 3);
            for (const QString &line : templates)
                QVERIFY2(!line.trimmed().isEmpty(), qPrintable(line));
        }
        for (const QString &text : {u"Deal!"_s, u"€100?"_s, u"Could you send a photo?"_s,
                                    u"Hello"_s, u"Thanks"_s, u"Where?"_s}) {
            for (quint32 choice = 0; choice < 4; ++choice) {
                const QString body = BuyerReplies::replyTo(text, Desk, choice).body;
                QVERIFY2(!body.contains(u'{') && !body.contains(u'}'), qPrintable(body));
            }
        }
        for (quint32 choice = 0; choice < 5; ++choice) {
            const QString opener = BuyerReplies::opener(Desk, choice);
            QVERIFY2(opener.contains(u"Walnut desk"_s) && !opener.contains(u'{'),
                     qPrintable(opener));
        }
    }

    void theSameChoiceGivesTheSameAnswer()
    {
        const QString text = u"Would you like to see it on Saturday?"_s;
        QSet<QString> bodies;
        for (quint32 choice = 0; choice < 30; ++choice) {
            const QString body = BuyerReplies::replyTo(text, Desk, choice).body;
            QCOMPARE(BuyerReplies::replyTo(text, Desk, choice).body, body);
            QCOMPARE(BuyerReplies::replyTo(text, Desk, choice + 3).body, body); // by template
            bodies.insert(body);
        }
        QCOMPARE(bodies.size(), 3);
    }
};

QTEST_GUILESS_MAIN(BuyerRepliesTest)
#include "tst_buyer_replies.moc"
