// The demo's pictures in envisage-sandbox (sandbox/DemoImages, DemoPictures): every listing
// of the demo has an image_url and about two buyers in three an avatar_url, both absolute
// URLs on the port the sandbox chose (also after a restart on the same file on another
// port), reachable without a token, PNGs that decode, with an ETag (304 when it matches)
// and a public Cache-Control; the others keep null; a picture no row names is 404.
// The drawings are deterministic and pick their subject from the listing's title.
#include "DemoPictures.h"
#include "SandboxProcess.h"
#include "TestHttp.h"

#include <QImage>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace envisage::testing;
using envisage::sandbox::DemoPictures;

class SandboxDemoImagesTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    SandboxProcess m_sandbox;
    TestHttp m_http;

    QString databasePath() const { return m_folder.filePath(u"demo.sqlite"_s); }

    QJsonArray conversations()
    {
        const QString token =
            m_http.login(m_sandbox.apiUrl(), u"seller@envisage.test"_s, u"demo-seller"_s);
        const TestResponse page =
            m_http.get(m_sandbox.apiUrl(u"/api/conversations?per_page=100&filter=all"_s), token);
        return page.json().value(u"data"_s).toArray();
    }

    // The URL is a whole one on the sandbox's own origin, and answers a PNG of that size.
    void checkPicture(const QString &url, int size)
    {
        const QUrl picture(url);
        QVERIFY2(picture.isValid() && !picture.isRelative(), qPrintable(url));
        const QUrl api = m_sandbox.apiUrl();
        QCOMPARE(picture.scheme(), api.scheme());
        QCOMPARE(picture.host(), api.host());
        QCOMPARE(picture.port(), api.port());
        const TestResponse answer = m_http.get(picture); // no token: public
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.header("Content-Type"), "image/png");
        QVERIFY(answer.header("Cache-Control").contains("public"));
        const QByteArray etag = answer.header("ETag");
        QVERIFY(etag.startsWith('"') && etag.endsWith('"'));
        const QImage image = QImage::fromData(answer.body, "PNG");
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(size, size));
        const TestResponse again =
            m_http.send("GET", picture, {}, {}, {}, {{"If-None-Match", etag}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        QVERIFY2(m_sandbox.start({u"--database"_s, databasePath(), u"--seed"_s, u"demo"_s}),
                 qPrintable(m_sandbox.errorOutput()));
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    void listingsAndSomeBuyersHavePictures()
    {
        const QJsonArray all = conversations();
        QVERIFY(all.size() >= 10);
        QSet<QString> listings;
        QSet<qint64> withAvatar;
        QSet<qint64> withoutAvatar;
        for (const QJsonValue &value : all) {
            const QJsonObject conversation = value.toObject();
            const QJsonObject listing = conversation.value(u"listing"_s).toObject();
            QVERIFY2(listing.value(u"image_url"_s).isString(),
                     qPrintable(listing.value(u"title"_s).toString()));
            listings.insert(listing.value(u"image_url"_s).toString());
            const QJsonObject buyer = conversation.value(u"buyer"_s).toObject();
            const QJsonValue avatar = buyer.value(u"avatar_url"_s);
            QVERIFY(avatar.isNull() || avatar.isString());
            (avatar.isNull() ? withoutAvatar : withAvatar).insert(buyer.value(u"id"_s).toInteger());
            QVERIFY(conversation.value(u"seller"_s).toObject().value(u"avatar_url"_s).isNull());
        }
        QVERIFY(!withAvatar.isEmpty());
        QVERIFY(!withoutAvatar.isEmpty()); // those show their initials
        for (const QString &url : std::as_const(listings))
            checkPicture(url, DemoPictures::ListingSize);
        for (const QJsonValue &value : all) {
            const QJsonObject buyer = value.toObject().value(u"buyer"_s).toObject();
            if (buyer.value(u"avatar_url"_s).isString()) {
                checkPicture(buyer.value(u"avatar_url"_s).toString(), DemoPictures::AvatarSize);
                break;
            }
        }
    }

    void messagesAndSignInCarryTheSameUrl()
    {
        QString buyerAvatar;
        qint64 conversationId = 0;
        for (const QJsonValue &value : conversations()) {
            const QJsonObject buyer = value.toObject().value(u"buyer"_s).toObject();
            if (buyer.value(u"email"_s).toString() == u"buyer1@envisage.test"_s) {
                buyerAvatar = buyer.value(u"avatar_url"_s).toString();
                conversationId = value.toObject().value(u"id"_s).toInteger();
            }
        }
        QVERIFY(conversationId != 0);
        const TestResponse login = m_http.postJson(m_sandbox.apiUrl(u"/api/login"_s),
                                                   {{u"email"_s, u"buyer1@envisage.test"_s},
                                                    {u"password"_s, u"demo-buyer"_s},
                                                    {u"device_name"_s, u"test"_s}});
        QCOMPARE(login.status, 200);
        const QJsonObject user = login.json().value(u"user"_s).toObject();
        QCOMPARE(user.value(u"avatar_url"_s).toString(), buyerAvatar);
        const TestResponse messages =
            m_http.get(m_sandbox.apiUrl(u"/api/conversations/%1/messages"_s.arg(conversationId)),
                       login.json().value(u"token"_s).toString());
        for (const QJsonValue &message : messages.json().value(u"data"_s).toArray()) {
            const QJsonObject sender = message.toObject().value(u"sender"_s).toObject();
            if (sender.value(u"id"_s).toInteger() == user.value(u"id"_s).toInteger())
                QCOMPARE(sender.value(u"avatar_url"_s).toString(), buyerAvatar);
        }
    }

    void unknownPicturesAre404()
    {
        QCOMPARE(m_http.get(m_sandbox.apiUrl(u"/demo-images/listings/999999.png"_s)).status, 404);
        QCOMPARE(m_http.get(m_sandbox.apiUrl(u"/demo-images/avatars/999999.png"_s)).status, 404);
        QCOMPARE(m_http.get(m_sandbox.apiUrl(u"/demo-images/listings/1.jpg"_s)).status, 404);
        QCOMPARE(m_http.get(m_sandbox.apiUrl(u"/demo-images/listings/..%2F1.png"_s)).status, 404);
        // A buyer without a picture, and the seller: their paths are not served either.
        for (const QJsonValue &value : conversations()) {
            const QJsonObject conversation = value.toObject();
            const QJsonObject buyer = conversation.value(u"buyer"_s).toObject();
            if (buyer.value(u"avatar_url"_s).isNull()) {
                const qint64 id = buyer.value(u"id"_s).toInteger();
                QCOMPARE(
                    m_http.get(m_sandbox.apiUrl(u"/demo-images/avatars/%1.png"_s.arg(id))).status,
                    404);
            }
            const qint64 seller =
                conversation.value(u"seller"_s).toObject().value(u"id"_s).toInteger();
            QCOMPARE(
                m_http.get(m_sandbox.apiUrl(u"/demo-images/avatars/%1.png"_s.arg(seller))).status,
                404);
        }
    }

    void urlsFollowThePortAfterARestart()
    {
        const QString before = conversations()
                                   .first()
                                   .toObject()
                                   .value(u"listing"_s)
                                   .toObject()
                                   .value(u"image_url"_s)
                                   .toString();
        const int port = m_sandbox.apiUrl().port();
        QCOMPARE(m_sandbox.stop(), 0);
        QVERIFY2(m_sandbox.start({u"--database"_s, databasePath(), u"--seed"_s, u"demo"_s}),
                 qPrintable(m_sandbox.errorOutput()));
        if (m_sandbox.apiUrl().port() == port)
            QSKIP("the system gave the same free port again");
        const QString after = conversations()
                                  .first()
                                  .toObject()
                                  .value(u"listing"_s)
                                  .toObject()
                                  .value(u"image_url"_s)
                                  .toString();
        QCOMPARE(QUrl(after).path(), QUrl(before).path());
        QCOMPARE(QUrl(after).port(), m_sandbox.apiUrl().port());
        checkPicture(after, DemoPictures::ListingSize);
    }

    void drawingsAreDeterministicAndFitTheTitle()
    {
        using Subject = DemoPictures::Subject;
        QCOMPARE(DemoPictures::subjectOf(u"Walnut desk"_s), Subject::Desk);
        QCOMPARE(DemoPictures::subjectOf(u"Mid-century armchair"_s), Subject::Chair);
        QCOMPARE(DemoPictures::subjectOf(u"Brass floor lamp"_s), Subject::Lamp);
        QCOMPARE(DemoPictures::subjectOf(u"Rattan pendant light"_s), Subject::PendantLamp);
        QCOMPARE(DemoPictures::subjectOf(u"Teak sideboard"_s), Subject::Sideboard);
        QCOMPARE(DemoPictures::subjectOf(u"Oak bookshelf"_s), Subject::Shelf);
        QCOMPARE(DemoPictures::subjectOf(u"Olympus OM-1 camera"_s), Subject::Camera);
        QCOMPARE(DemoPictures::subjectOf(u"Road bike, 56 cm frame"_s), Subject::Bike);
        QCOMPARE(DemoPictures::subjectOf(u"Persian rug, 2 × 3 m"_s), Subject::Rug);
        QCOMPARE(DemoPictures::subjectOf(u"Espresso machine"_s), Subject::CoffeeMachine);
        QCOMPARE(DemoPictures::subjectOf(u"Vinyl record collection"_s), Subject::Records);
        QCOMPARE(DemoPictures::subjectOf(u"Cast-iron skillet set"_s), Subject::Skillet);
        QCOMPARE(DemoPictures::subjectOf(u"Something else"_s), Subject::Parcel);
        QCOMPARE(DemoPictures::png(DemoPictures::listing(u"Walnut desk"_s)),
                 DemoPictures::png(DemoPictures::listing(u"Walnut desk"_s)));
        QVERIFY(DemoPictures::listing(u"Walnut desk"_s) != DemoPictures::listing(u"Teak desk"_s));
        QCOMPARE(DemoPictures::avatar(4), DemoPictures::avatar(4));
        QVERIFY(DemoPictures::avatar(4) != DemoPictures::avatar(5));
    }
};

QTEST_GUILESS_MAIN(SandboxDemoImagesTest)
#include "tst_sandbox_demo_images.moc"
