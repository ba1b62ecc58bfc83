// The demo's simulated buyers (BuyerSimulator) against the real envisage-sandbox: asked for
// a photo, a buyer answers with one drawn in code (SimulatedPhoto), stored as an upload
// and attached to the reply; the seller downloads it and it decodes to the size the
// attachment says, with a server thumbnail; another buyer gets 403. The drawing is the
// same for the same seed and title. What buyers answer follows the seller's words (a price
// gets a counter-offer, a question an answer, thanks a friendly close) and, for the same
// --simulator-seed, is the same in another run.
#include "BuyerReplies.h"
#include "SandboxProcess.h"
#include "SimulatedPhoto.h"
#include "TestHttp.h"

#include <QDeadlineTimer>
#include <QImage>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace envisage::testing;
using envisage::sandbox::BuyerReplies;
using envisage::sandbox::SimulatedPhoto;

namespace {

const QStringList SandboxArguments = {
    u"--database"_s,        u":memory:"_s, u"--seed"_s,           u"demo"_s, u"--simulate"_s,
    u"--simulator-scale"_s, u"0.05"_s,     u"--simulator-seed"_s, u"7"_s};

// The templates of an intent as a buyer sends them about this listing to Sam.
QStringList filledTemplates(BuyerReplies::Intent intent, const QString &title)
{
    QStringList lines;
    for (QString line : BuyerReplies::templatesOf(intent))
        lines.append(line.replace(u"{listing}"_s, title).replace(u"{seller}"_s, u"Sam"_s));
    return lines;
}

} // namespace

class SandboxSimulatorTest : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    TestHttp m_http;
    QString m_seller;
    QString m_buyer;
    QString m_otherBuyer;

    QUrl api(const QString &path) const { return m_sandbox.apiUrl(path); }

    // The buyer's newest message after `afterId` that carries attachments, polled for at
    // most `timeoutMs` (the simulator answers within a second at this speed).
    QJsonObject awaitPhotoReply(qint64 conversationId, qint64 afterId, int timeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            const QJsonArray messages =
                m_http
                    .get(api(u"/api/conversations/%1/messages?after_id=%2"_s.arg(conversationId)
                                 .arg(afterId)),
                         m_seller)
                    .json()
                    .value(u"data"_s)
                    .toArray();
            for (const QJsonValue &message : messages) {
                if (!message.toObject().value(u"attachments"_s).toArray().isEmpty())
                    return message.toObject();
            }
            QTest::qWait(100);
        }
        return {};
    }

    // The seller writes each line to buyer2's newest conversation and takes the buyer's
    // answer (not a message the buyer wrote unasked); empty strings for answers missing.
    QStringList answersTo(SandboxProcess &sandbox, const QStringList &lines, QString *title)
    {
        const QString seller =
            m_http.login(sandbox.apiUrl(), u"seller@envisage.test"_s, u"demo-seller"_s);
        const QString buyer =
            m_http.login(sandbox.apiUrl(), u"buyer2@envisage.test"_s, u"demo-buyer"_s);
        const QJsonObject conversation = m_http.get(sandbox.apiUrl(u"/api/conversations"_s), buyer)
                                             .json()
                                             .value(u"data"_s)
                                             .toArray()
                                             .first()
                                             .toObject();
        const qint64 id = conversation.value(u"id"_s).toInteger();
        const qint64 buyerId = conversation.value(u"buyer"_s).toObject().value(u"id"_s).toInteger();
        const QJsonObject listing = conversation.value(u"listing"_s).toObject();
        *title = listing.value(u"title"_s).toString();
        const BuyerReplies::Context context{*title, listing.value(u"price"_s).toString(), u"EUR"_s,
                                            u"Sam Rivera"_s};
        QStringList openers;
        for (quint32 choice = 0; choice < 10; ++choice)
            openers.append(BuyerReplies::opener(context, choice));

        QStringList answers;
        for (const QString &line : lines) {
            QString answer;
            // A buyer already writing on its own lets the line pass: written again then.
            for (int attempt = 0; attempt < 3 && answer.isEmpty(); ++attempt) {
                const qint64 asked =
                    m_http
                        .postJson(sandbox.apiUrl(u"/api/conversations/%1/messages"_s.arg(id)),
                                  {{u"body"_s, line}}, seller)
                        .json()
                        .value(u"data"_s)
                        .toObject()
                        .value(u"id"_s)
                        .toInteger();
                const QDeadlineTimer deadline(4000);
                while (answer.isEmpty() && !deadline.hasExpired()) {
                    QTest::qWait(100);
                    const QJsonArray newer =
                        m_http
                            .get(sandbox.apiUrl(
                                     u"/api/conversations/%1/messages?after_id=%2"_s.arg(id).arg(
                                         asked)),
                                 seller)
                            .json()
                            .value(u"data"_s)
                            .toArray();
                    for (const QJsonValue &value : newer) {
                        const QJsonObject message = value.toObject();
                        const QString body = message.value(u"body"_s).toString();
                        if (message.value(u"sender_id"_s).toInteger() == buyerId &&
                            !openers.contains(body) && answer.isEmpty())
                            answer = body;
                    }
                }
            }
            answers.append(answer);
        }
        return answers;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Twenty times faster than the demo: the answer comes within about 400 ms.
        QVERIFY2(m_sandbox.start(SandboxArguments), qPrintable(m_sandbox.errorOutput()));
        m_seller = m_http.login(api({}), u"seller@envisage.test"_s, u"demo-seller"_s);
        m_buyer = m_http.login(api({}), u"buyer1@envisage.test"_s, u"demo-buyer"_s);
        m_otherBuyer = m_http.login(api({}), u"buyer2@envisage.test"_s, u"demo-buyer"_s);
        QVERIFY(!m_seller.isEmpty() && !m_buyer.isEmpty() && !m_otherBuyer.isEmpty());
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    void theDrawingIsDeterministicAndFitsTheListing()
    {
        const QByteArray first = SimulatedPhoto::jpeg(u"Brass floor lamp"_s, 7);
        QVERIFY(!first.isEmpty());
        QCOMPARE(SimulatedPhoto::jpeg(u"Brass floor lamp"_s, 7), first);
        QVERIFY(SimulatedPhoto::jpeg(u"Brass floor lamp"_s, 8) != first);
        QImage decoded;
        QVERIFY(decoded.loadFromData(first, "JPEG"));
        QCOMPARE(decoded.size(), QSize(SimulatedPhoto::Width, SimulatedPhoto::Height));
        using Subject = SimulatedPhoto::Subject;
        QCOMPARE(SimulatedPhoto::subjectOf(u"Brass floor lamp"_s), Subject::Lamp);
        QCOMPARE(SimulatedPhoto::subjectOf(u"Mid-century armchair"_s), Subject::Chair);
        QCOMPARE(SimulatedPhoto::subjectOf(u"Walnut desk"_s), Subject::Desk);
        QCOMPARE(SimulatedPhoto::subjectOf(u"Espresso machine"_s), Subject::Box);
        QCOMPARE(SimulatedPhoto::fileName(u"Persian rug, 2 × 3 m"_s), u"persian-rug-2-3-m.jpg"_s);
        QCOMPARE(SimulatedPhoto::fileName(u"★"_s), u"photo.jpg"_s);
    }

    void askedForAPhotoTheBuyerSendsOneThatDownloadsAndDecodes()
    {
        const QJsonObject conversation = m_http.get(api(u"/api/conversations"_s), m_buyer)
                                             .json()
                                             .value(u"data"_s)
                                             .toArray()
                                             .first()
                                             .toObject();
        const qint64 conversationId = conversation.value(u"id"_s).toInteger();
        const qint64 buyerId = conversation.value(u"buyer"_s).toObject().value(u"id"_s).toInteger();
        QVERIFY(conversationId > 0 && buyerId > 0);
        // A buyer already writing on its own in that conversation lets the request pass:
        // asked again then (rarely more than once).
        QJsonObject reply;
        for (int attempt = 0; attempt < 3 && reply.isEmpty(); ++attempt) {
            const TestResponse asked = m_http.postJson(
                api(u"/api/conversations/%1/messages"_s.arg(conversationId)),
                {{u"body"_s, u"Could you send me a photo of the spot where it would go?"_s}},
                m_seller);
            QCOMPARE(asked.status, 201);
            const qint64 askedId =
                asked.json().value(u"data"_s).toObject().value(u"id"_s).toInteger();
            reply = awaitPhotoReply(conversationId, askedId, 4000);
        }
        QVERIFY2(!reply.isEmpty(), "no reply with a photo after three requests");
        QCOMPARE(reply.value(u"sender_id"_s).toInteger(), buyerId);
        QVERIFY(!reply.value(u"body"_s).toString().isEmpty());
        const QJsonArray attachments = reply.value(u"attachments"_s).toArray();
        QCOMPARE(attachments.size(), 1);
        const QJsonObject photo = attachments.first().toObject();
        QCOMPARE(photo.value(u"mime"_s).toString(), u"image/jpeg"_s);
        QVERIFY(photo.value(u"name"_s).toString().endsWith(u".jpg"_s));
        QCOMPARE(photo.value(u"width"_s).toInt(), SimulatedPhoto::Width);
        QCOMPARE(photo.value(u"height"_s).toInt(), SimulatedPhoto::Height);

        const QUrl url = api(photo.value(u"url"_s).toString());
        const TestResponse file = m_http.get(url, m_seller);
        QCOMPARE(file.status, 200);
        QCOMPARE(file.header("Content-Type"), QByteArray("image/jpeg"));
        QCOMPARE(file.body.size(), photo.value(u"size"_s).toInteger());
        QImage decoded;
        QVERIFY(decoded.loadFromData(file.body));
        QCOMPARE(decoded.size(), QSize(SimulatedPhoto::Width, SimulatedPhoto::Height));

        const TestResponse thumbnail =
            m_http.get(api(photo.value(u"thumbnail_url"_s).toString()), m_seller);
        QCOMPARE(thumbnail.status, 200);
        QImage small;
        QVERIFY(small.loadFromData(thumbnail.body, "JPEG"));
        QVERIFY(std::max(small.width(), small.height()) <= 320);

        QCOMPARE(m_http.get(url, m_otherBuyer).status, 403);
    }

    void theBuyersAnswerFollowsTheSellersWordsAndTheSeed()
    {
        const QStringList lines = {u"I can do €80 if you collect it this week."_s,
                                   u"When would you like to pick it up?"_s,
                                   u"Thank you, enjoy it!"_s};
        QString title;
        const QStringList answers = answersTo(m_sandbox, lines, &title);
        QCOMPARE(answers.size(), 3);
        QVERIFY2(answers.at(0).contains(u"€70"_s), qPrintable(answers.at(0))); // 12 % less
        QVERIFY2(filledTemplates(BuyerReplies::Intent::Question, title).contains(answers.at(1)),
                 qPrintable(answers.at(1)));
        QVERIFY2(filledTemplates(BuyerReplies::Intent::Thanks, title).contains(answers.at(2)),
                 qPrintable(answers.at(2)));

        // Another run with the same seed: the same answers, word for word.
        SandboxProcess again;
        QVERIFY2(again.start(SandboxArguments), qPrintable(again.errorOutput()));
        QString sameTitle;
        QCOMPARE(answersTo(again, lines, &sameTitle), answers);
        QCOMPARE(sameTitle, title);
        again.stop();
    }
};

QTEST_GUILESS_MAIN(SandboxSimulatorTest)
#include "tst_sandbox_simulator.moc"
