// The marketplace's pictures (avatars, listing images) in the account's AttachmentCache,
// against a stub marketplace in the test's process: a picture is kept on disk privately
// (0600 in a 0700 folder) beside the attachments, decoded no larger than 512 px, asked
// for once per run and revalidated with its ETag on the next; garbage and hostile images
// are reported and deleted; a picture of another host over plain http is never asked for,
// and a picture elsewhere never gets the token.
#include "StubMarketplace.h"
#include "api/MarketplaceApi.h"
#include "inbox/AttachmentCache.h"

#include <QBuffer>
#include <QDir>
#include <QHttpServerRequest>
#include <QImage>
#include <QImageWriter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace envisage;
using inbox::AttachmentCache;
using sandbox::HttpReply;
using testing::StubMarketplace;

namespace {

QByteArray encoded(QSize size, const QByteArray &format, QColor colour = Qt::red)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, format).write(image);
    return bytes;
}

QByteArray png(QSize size, QColor colour)
{
    return encoded(size, "png", colour);
}

// PNG's CRC-32 (ISO 3309), so that the decoder believes the forged header below.
quint32 crc32(QByteArrayView bytes)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A PNG whose valid header claims 60000 × 60000 pixels (3.6 gigapixels).
QByteArray hostilePng()
{
    QByteArray bytes = png({8, 8}, Qt::red);
    // The IHDR chunk: its type at 12, width and height at 16 and 20, its CRC at 29.
    qToBigEndian<quint32>(60000, bytes.data() + 16);
    qToBigEndian<quint32>(60000, bytes.data() + 20);
    qToBigEndian<quint32>(crc32(QByteArrayView(bytes).sliced(12, 17)), bytes.data() + 29);
    return bytes;
}

QStringList pictureFiles(const QString &folder)
{
    return QDir(folder).entryList({u"*-p.data"_s}, QDir::Files);
}

} // namespace

class PictureCacheTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;

    std::unique_ptr<api::MarketplaceApi> api(const QUrl &base)
    {
        auto client = std::make_unique<api::MarketplaceApi>(base);
        client->setTokenProvider([] { return u"1|secret"_s; });
        api::RetryPolicy fast;
        fast.baseDelay = std::chrono::milliseconds(20);
        fast.maxDelay = std::chrono::milliseconds(80);
        client->setRetryPolicy(fast);
        return client;
    }

private Q_SLOTS:
    void picturesAreKeptPrivatelyAndRevalidated()
    {
        StubMarketplace stub;
        QList<QByteArray> authorizations;
        stub.override = [&authorizations](const QHttpServerRequest &request) {
            authorizations.append(request.value("Authorization"));
            return std::optional<HttpReply>();
        };
        stub.files.insert(u"/storage/avatars/7.png"_s, png({800, 400}, Qt::darkCyan));
        auto client = api(stub.url());
        const QString folder = m_folder.filePath(u"cache-pictures"_s);
        const QString url = u"/storage/avatars/7.png"_s; // relative to the API, as allowed
        {
            AttachmentCache cache(*client, folder);
            QSignalSpy ready(&cache, &AttachmentCache::pictureReady);
            QSignalSpy attachmentsReady(&cache, &AttachmentCache::ready);
            cache.requestPicture(url);
            QTRY_COMPARE(ready.size(), 1);
            QCOMPARE(ready.first().at(0).toString(), url);
            const QImage image = ready.first().at(1).value<QImage>();
            QCOMPARE(image.size(), QSize(512, 256)); // decoded no larger than 512 px
            QCOMPARE(image.pixelColor(10, 10), QColor(Qt::darkCyan));
            QCOMPARE(cache.picture(url).size(), QSize(512, 256));
            QCOMPARE(attachmentsReady.size(), 0); // the attachments' listeners hear nothing
            const QStringList files = pictureFiles(folder);
            QCOMPARE(files.size(), 1);
            const QFileInfo file(QDir(folder).filePath(files.first()));
            QCOMPARE(file.permissions() & 0x0077, QFileDevice::Permissions());
            QCOMPARE(QFileInfo(folder).permissions() & 0x0077, QFileDevice::Permissions());
            QCOMPARE(authorizations.size(), 1);
            QCOMPARE(authorizations.first(), "Bearer 1|secret"); // the API's own origin
            // Asked again in this run: from memory, no request.
            cache.requestPicture(url);
            QTRY_COMPARE(ready.size(), 2);
            QCOMPARE(authorizations.size(), 1);
        }
        // The next run revalidates it with its ETag: 304 keeps the copy.
        AttachmentCache cache(*client, folder);
        QSignalSpy ready(&cache, &AttachmentCache::pictureReady);
        cache.requestPicture(url);
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(stub.conditionalGets, 1);
        QCOMPARE(stub.notModified, 1);
        QVERIFY(!cache.picture(url).isNull());
    }

    void garbageAndHostilePicturesAreRejected()
    {
        StubMarketplace stub;
        auto client = api(stub.url());
        const QString folder = m_folder.filePath(u"cache-garbage"_s);
        AttachmentCache cache(*client, folder);
        QSignalSpy ready(&cache, &AttachmentCache::pictureReady);
        QSignalSpy failed(&cache, &AttachmentCache::pictureFailed);
        stub.files.insert(u"/a.png"_s, "<html>not a picture</html>");
        stub.files.insert(u"/b.png"_s, hostilePng());
        stub.files.insert(u"/c.png"_s, png({64, 64}, Qt::red).left(60)); // cut short
        // Images Qt can read, but not the contract's formats: other decoders see nothing.
        stub.files.insert(u"/d.png"_s, encoded({16, 16}, "BMP"));
        stub.files.insert(u"/e.png"_s, "<svg xmlns='http://www.w3.org/2000/svg' width='8' "
                                       "height='8'><rect width='8' height='8'/></svg>");
        for (const QString &url :
             {u"/a.png"_s, u"/b.png"_s, u"/c.png"_s, u"/d.png"_s, u"/e.png"_s}) {
            const qsizetype before = failed.size();
            cache.requestPicture(url);
            QTRY_COMPARE(failed.size(), before + 1);
            QCOMPARE(failed.last().at(0).toString(), url);
            QVERIFY(!failed.last().at(1).toString().isEmpty());
            QVERIFY(cache.picture(url).isNull());
        }
        QCOMPARE(ready.size(), 0);
        QVERIFY(pictureFiles(folder).isEmpty()); // deleted, never shown
        // A 404 is a failure too.
        cache.requestPicture(u"/missing.png"_s);
        QTRY_COMPARE(failed.size(), 6);
    }

    void anotherHostIsRefused()
    {
        StubMarketplace ours;
        StubMarketplace theirs;
        int theirRequests = 0;
        theirs.override = [&theirRequests](const QHttpServerRequest &) {
            ++theirRequests;
            return std::optional<HttpReply>();
        };
        theirs.files.insert(u"/avatar.png"_s, png({32, 32}, Qt::blue));
        auto client = api(ours.url());
        AttachmentCache cache(*client, m_folder.filePath(u"cache-hosts"_s));
        QSignalSpy ready(&cache, &AttachmentCache::pictureReady);
        QSignalSpy failed(&cache, &AttachmentCache::pictureFailed);
        // Another port is another origin, and plain http: not fetched at all.
        const QString elsewhere = theirs.url().toString() + u"/avatar.png"_s;
        cache.requestPicture(elsewhere);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), elsewhere);
        QTest::qWait(50);
        QCOMPARE(theirRequests, 0);
        QCOMPARE(ready.size(), 0);
        for (const QString &url : {u"file:///etc/passwd"_s, u"data:image/png;base64,AAAA"_s,
                                   u"ftp://example.test/a.png"_s}) {
            cache.requestPicture(url);
            QTRY_VERIFY(failed.last().at(0).toString() == url);
        }

        // What may be fetched: the API's own origin, and https anywhere (without the token:
        // ApiTransport sends it to the API's origin only).
        QVERIFY(client->mayFetchPicture(client->resolve(u"/storage/a.png"_s)));
        QVERIFY(client->mayFetchPicture(QUrl(ours.url().toString() + u"/a.png"_s)));
        QVERIFY(client->mayFetchPicture(QUrl(u"https://cdn.example.test/a.png"_s)));
        QVERIFY(!client->mayFetchPicture(QUrl(u"http://cdn.example.test/a.png"_s)));
        QVERIFY(!client->mayFetchPicture(QUrl(elsewhere)));
        QVERIFY(!client->mayFetchPicture(QUrl(u"https:///a.png"_s)));
        // Nor the seller's own machine or network by another origin, even over https.
        for (const QString &host :
             {u"localhost"_s, u"printer.localhost"_s, u"127.0.0.1"_s, u"10.0.0.7"_s,
              u"172.16.4.2"_s, u"192.168.1.1"_s, u"169.254.169.254"_s, u"0.0.0.0"_s, u"[::1]"_s,
              u"[fd00::1]"_s, u"[fe80::1]"_s})
            QVERIFY2(!client->mayFetchPicture(QUrl(u"https://%1/a.png"_s.arg(host))),
                     qPrintable(host));
        QVERIFY(client->mayFetchPicture(QUrl(u"https://93.184.216.34/a.png"_s)));
        QVERIFY(client->mayFetchPicture(QUrl(u"https://[2606:2800:220:1::1]/a.png"_s)));
    }
};

QTEST_GUILESS_MAIN(PictureCacheTest)
#include "tst_picture_cache.moc"
