// The demo's simulated buyers (BuyerSimulator) against the real envisage-sandbox: asked for
// a photo, a buyer answers with one drawn in code (SimulatedPhoto), stored as an upload
// and attached to the reply; the seller downloads it and it decodes to the size the
// attachment says, with a server thumbnail; another buyer gets 403. The drawing is the
// same for the same seed and title.
#include "SandboxProcess.h"
#include "SimulatedPhoto.h"
#include "TestHttp.h"

#include <QDeadlineTimer>
#include <QImage>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace envisage::testing;
using envisage::sandbox::SimulatedPhoto;

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

private Q_SLOTS:
    void initTestCase()
    {
        // Twenty times faster than the demo: the answer comes within about 400 ms.
        QVERIFY2(m_sandbox.start({u"--database"_s, u":memory:"_s, u"--seed"_s, u"demo"_s,
                                  u"--simulate"_s, u"--simulator-scale"_s, u"0.05"_s,
                                  u"--simulator-seed"_s, u"7"_s}),
                 qPrintable(m_sandbox.errorOutput()));
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
};

QTEST_GUILESS_MAIN(SandboxSimulatorTest)
#include "tst_sandbox_simulator.moc"
