// Attachments on the client side, against a stub marketplace in the test's process: the
// JSON of §4 (relative and absolute URLs, servers without attachments), the upload's
// multipart shape and progress, a download with ETag and 304, the attachment cache (LRU
// eviction, revalidation after a restart, garbage reported and retried), and photos
// cleaned before upload (EXIF orientation applied, GPS gone) from a JPEG with a
// hand-made APP1 segment.
#include "AttachmentSamples.h"
#include "StubMarketplace.h"
#include "api/MarketplaceApi.h"
#include "api/MarketplaceJson.h"
#include "inbox/AttachmentCache.h"
#include "inbox/AttachmentText.h"
#include "inbox/OutboxFiles.h"

#include <QBuffer>
#include <QHttpServerRequest>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace envisage;
using api::ApiCallback;
using api::ApiResult;
using inbox::AttachmentCache;
using sandbox::HttpReply;
using testing::StubMarketplace;

namespace {

template <typename T>
std::optional<ApiResult<T>> await(std::function<void(ApiCallback<T>)> call, int timeoutMs = 10000)
{
    std::optional<ApiResult<T>> answer;
    call([&answer](const ApiResult<T> &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, timeoutMs)) {
        api::ApiError error;
        error.kind = api::ApiError::Kind::Timeout;
        error.detail = u"the test got no answer"_s;
        answer = ApiResult<T>(error);
    }
    return answer;
}

QByteArray randomBytes(qsizetype size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 31 + seed) & 0xff);
    return bytes;
}

QByteArray encoded(const QImage &image, const char *format, int quality = 95)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    writer.write(image);
    return bytes;
}

// A 40×20 JPEG, red on the left and blue on the right, with an EXIF APP1 segment that
// says "rotate 90° clockwise to show" (orientation 6) and carries a GPS position.
QByteArray jpegWithExif()
{
    QImage image(40, 20, QImage::Format_RGB32);
    for (int y = 0; y < 20; ++y)
        for (int x = 0; x < 40; ++x)
            image.setPixel(x, y, x < 20 ? qRgb(255, 0, 0) : qRgb(0, 0, 255));
    return testing::samples::withExifOrientationAndGps(encoded(image, "jpeg"));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

api::Attachment attachment(const QString &id, const QString &mime, qint64 size)
{
    api::Attachment a;
    a.id = id;
    a.name = id + u".bin"_s;
    a.mime = mime;
    a.size = size;
    a.url = u"/api/attachments/"_s + id;
    if (mime.startsWith(u"image/"_s))
        a.thumbnailUrl = a.url + u"/thumbnail"_s;
    return a;
}

} // namespace

class AttachmentsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;

    std::unique_ptr<api::MarketplaceApi> api(const StubMarketplace &stub)
    {
        auto client = std::make_unique<api::MarketplaceApi>(stub.url());
        client->setTokenProvider([] { return u"1|secret"_s; });
        api::RetryPolicy fast;
        fast.baseDelay = std::chrono::milliseconds(20);
        fast.maxDelay = std::chrono::milliseconds(80);
        client->setRetryPolicy(fast);
        return client;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QImageWriter::supportedImageFormats().contains("jpeg"))
            QSKIP("no JPEG image plugin");
    }

    void readsAttachmentsWithRelativeAndAbsoluteUrls()
    {
        QJsonObject json = StubMarketplace::messageJson(
            5, u""_s, u"c1"_s,
            QJsonArray{QJsonObject{{u"id"_s, u"a-1"_s},
                                   {u"name"_s, u"desk-front.jpg"_s},
                                   {u"mime"_s, u"image/jpeg"_s},
                                   {u"size"_s, 482113},
                                   {u"width"_s, 1600},
                                   {u"height"_s, 1200},
                                   {u"url"_s, u"/api/attachments/a-1"_s},
                                   {u"thumbnail_url"_s, u"/api/attachments/a-1/thumbnail"_s}},
                       QJsonObject{{u"id"_s, u"a-2"_s},
                                   {u"name"_s, u"receipt.pdf"_s},
                                   {u"mime"_s, u"application/pdf"_s},
                                   {u"size"_s, 1000},
                                   {u"width"_s, QJsonValue::Null},
                                   {u"height"_s, QJsonValue::Null},
                                   {u"url"_s, u"https://files.example.test/a-2?sig=x"_s},
                                   {u"thumbnail_url"_s, QJsonValue::Null}}});
        QString error;
        const std::optional<api::Message> message = api::MarketplaceJson::readMessage(json, &error);
        QVERIFY2(message, qPrintable(error));
        QCOMPARE(message->attachments.size(), 2);
        const api::Attachment &photo = message->attachments.at(0);
        QCOMPARE(photo.id, u"a-1"_s);
        QCOMPARE(photo.width, 1600);
        QVERIFY(photo.isImage());
        QVERIFY(!message->attachments.at(1).isImage());
        QVERIFY(message->attachments.at(1).thumbnailUrl.isEmpty());

        api::MarketplaceApi client(QUrl(u"http://127.0.0.1:8000/market"_s));
        QCOMPARE(client.resolve(photo.url),
                 QUrl(u"http://127.0.0.1:8000/market/api/attachments/a-1"_s));
        QCOMPARE(client.resolve(message->attachments.at(1).url),
                 QUrl(u"https://files.example.test/a-2?sig=x"_s));

        // Written back for the cache and read again: the same.
        const std::optional<api::Message> again =
            api::MarketplaceJson::readMessage(api::MarketplaceJson::writeMessage(*message), &error);
        QVERIFY(again);
        QCOMPARE(again->attachments, message->attachments);

        // A server from before attachments: none, not an error.
        json.remove(u"attachments"_s);
        const std::optional<api::Message> older = api::MarketplaceJson::readMessage(json, &error);
        QVERIFY(older);
        QVERIFY(older->attachments.isEmpty());

        // A broken one is named with its path.
        json.insert(u"attachments"_s, QJsonArray{QJsonObject{{u"id"_s, 7}}});
        error.clear();
        QVERIFY(!api::MarketplaceJson::readMessage(json, &error));
        QVERIFY2(error.startsWith(u"message.attachments[0].id"_s), qPrintable(error));
    }

    void previewsNameFilesSafely()
    {
        api::Message message;
        message.body = u"  "_s;
        QCOMPARE(inbox::messagePreview(message), QString());
        message.attachments = {attachment(u"a"_s, u"image/jpeg"_s, 1)};
        QCOMPARE(inbox::messagePreview(message), u"Photo"_s);
        message.attachments.append(attachment(u"b"_s, u"image/png"_s, 1));
        // Plural forms come from translations/envisage_en.ts in the app; none is loaded here.
        QCOMPARE(inbox::messagePreview(message),
                 QCoreApplication::translate("envisage::inbox", "%n photo(s)", nullptr, 2));
        api::Attachment pdf = attachment(u"c"_s, u"application/pdf"_s, 1);
        // U+202E (right-to-left override) would show "invoice" RLO "fdp.exe" as "invoiceexe.pdf".
        pdf.name = u"invoice\u202Efdp.exe\nsecond line\u2066"_s;
        message.attachments = {pdf};
        QCOMPARE(inbox::messagePreview(message), u"invoicefdp.exe second line"_s);
        message.attachments.append(attachment(u"d"_s, u"image/png"_s, 1));
        QCOMPARE(inbox::messagePreview(message),
                 QCoreApplication::translate("envisage::inbox", "%n file(s)", nullptr, 2));
        message.body = u"Here\nthey are"_s;
        QCOMPARE(inbox::messagePreview(message), u"Here they are"_s);
    }

    void uploadIsMultipartWithProgress()
    {
        StubMarketplace stub;
        auto client = api(stub);
        const QString path = m_folder.filePath(u"big.pdf"_s);
        const QByteArray bytes = "%PDF-1.4\n" + randomBytes(3 * 1024 * 1024, 7);
        QVERIFY(writeFile(path, bytes));
        QList<qint64> progress;
        const auto result = await<api::UploadedAttachment>([&](auto done) {
            client->uploadAttachment(
                this, path, u"Quittung «März» \"1\".pdf"_s, u"application/pdf"_s, u"client-1"_s,
                [&progress](qint64 sent, qint64) { progress.append(sent); }, done);
        });
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().toString()));
        QVERIFY(result->value().created);
        QCOMPARE(stub.uploads.size(), 1);
        QCOMPARE(stub.uploads.first().bytes, bytes); // byte for byte
        QCOMPARE(stub.uploads.first().clientId, u"client-1"_s);
        QCOMPARE(stub.uploads.first().name, u"Quittung «März» \"1\".pdf"_s);
        QCOMPARE(stub.uploads.first().mime, QByteArray("application/pdf"));
        QVERIFY(stub.lastContentTypes.first().startsWith("multipart/form-data; boundary="));
        QVERIFY2(progress.size() >= 2, "progress along the way");
        QVERIFY2(progress.last() >= bytes.size() || progress.last() == 0,
                 qPrintable(u"last %1 of %2"_s.arg(progress.last()).arg(bytes.size())));
        QVERIFY(*std::max_element(progress.cbegin(), progress.cend()) >= bytes.size());

        QCOMPARE(result->value().attachment.size, bytes.size());

        // The same client_id again (a retry after a crash): the same attachment, 200.
        const auto again = await<api::UploadedAttachment>([&](auto done) {
            client->uploadAttachment(this, path, u"x.pdf"_s, u"application/pdf"_s, u"client-1"_s,
                                     {}, done);
        });
        QVERIFY(again->ok());
        QVERIFY(!again->value().created);
        QCOMPARE(again->value().attachment.id, result->value().attachment.id);
        QCOMPARE(stub.uploads.size(), 1);

        // A refused type: the server's reason, final.
        stub.override = [](const QHttpServerRequest &) -> std::optional<HttpReply> {
            return HttpReply::json(
                422,
                QJsonObject{
                    {u"message"_s, u"The file must be a JPEG, PNG, GIF, WebP or PDF."_s},
                    {u"errors"_s,
                     QJsonObject{
                         {u"file"_s,
                          QJsonArray{u"The file must be a JPEG, PNG, GIF, WebP or PDF."_s}}}}});
        };
        const auto refused = await<api::UploadedAttachment>([&](auto done) {
            client->uploadAttachment(this, path, u"x.exe"_s, {}, u"client-2"_s, {}, done);
        });
        QCOMPARE(refused->error().kind, api::ApiError::Kind::Validation);
        QCOMPARE(refused->error().message(), u"The file must be a JPEG, PNG, GIF, WebP or PDF."_s);

        // A file that is gone: an error, no request.
        stub.override = nullptr;
        const int before = stub.uploadRequests;
        const auto missing = await<api::UploadedAttachment>([&](auto done) {
            client->uploadAttachment(this, m_folder.filePath(u"nope"_s), u"nope"_s, {},
                                     u"client-3"_s, {}, done);
        });
        QVERIFY(!missing->ok());
        QCOMPARE(stub.uploadRequests, before);

        // From a device the caller holds.
        QBuffer buffer;
        buffer.setData("%PDF-1.4 small");
        buffer.open(QIODevice::ReadOnly);
        const auto fromDevice = await<api::UploadedAttachment>([&](auto done) {
            client->uploadAttachment(this, &buffer, u"small.pdf"_s, u"application/pdf"_s,
                                     u"client-4"_s, {}, done);
        });
        QVERIFY(fromDevice->ok());
        QCOMPARE(stub.uploads.last().bytes, QByteArray("%PDF-1.4 small"));
    }

    void uploadEndsWithItsContext()
    {
        StubMarketplace stub;
        auto client = api(stub);
        const QString path = m_folder.filePath(u"abort.pdf"_s);
        QVERIFY(writeFile(path, randomBytes(8 * 1024 * 1024, 3)));
        auto context = std::make_unique<QObject>();
        bool answered = false;
        bool progressed = false;
        client->uploadAttachment(
            context.get(), path, u"abort.pdf"_s, u"application/pdf"_s, u"c"_s,
            [&](qint64 sent, qint64) {
                if (sent > 0 && !progressed) {
                    progressed = true;
                    context.reset(); // the seller cancelled
                }
            },
            [&answered](const auto &) { answered = true; });
        QTRY_VERIFY(progressed);
        QTest::qWait(300);
        QVERIFY(!answered); // never called after its context is gone
    }

    void downloadStreamsAndHonoursTheEtag()
    {
        StubMarketplace stub;
        auto client = api(stub);
        const QByteArray bytes = randomBytes(300000, 1);
        stub.files.insert(u"/api/attachments/d1"_s, bytes);
        QFile target(m_folder.filePath(u"d1.bin"_s));
        QVERIFY(target.open(QIODevice::WriteOnly));
        const auto first = await<api::DownloadResult>([&](auto done) {
            client->downloadAttachment(this, u"/api/attachments/d1"_s, {}, &target, {}, done);
        });
        target.close();
        QVERIFY2(first->ok(), qPrintable(first->ok() ? QString() : first->error().toString()));
        QVERIFY(!first->value().notModified);
        QCOMPARE(first->value().bytes, bytes.size());
        QVERIFY(!first->value().etag.isEmpty());
        QCOMPARE(readFile(target.fileName()), bytes);

        QVERIFY(target.open(QIODevice::ReadWrite));
        const auto second = await<api::DownloadResult>([&](auto done) {
            client->downloadAttachment(this, u"/api/attachments/d1"_s, first->value().etag, &target,
                                       {}, done);
        });
        target.close();
        QVERIFY(second->ok());
        QVERIFY(second->value().notModified);
        QCOMPARE(stub.notModified, 1);
        QCOMPARE(readFile(target.fileName()), bytes); // untouched

        // An error's body is not written to the file.
        QVERIFY(target.open(QIODevice::WriteOnly));
        const auto missing = await<api::DownloadResult>([&](auto done) {
            client->downloadAttachment(this, u"/api/attachments/none"_s, {}, &target, {}, done);
        });
        QCOMPARE(missing->error().kind, api::ApiError::Kind::NotFound);
        QCOMPARE(target.size(), 0);
        target.close();

        // Another origin never gets the token.
        QByteArray authorization = "unset";
        stub.override =
            [&authorization](const QHttpServerRequest &request) -> std::optional<HttpReply> {
            authorization = request.value("Authorization");
            return std::nullopt;
        };
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        api::MarketplaceApi elsewhere(QUrl(u"http://localhost:%1"_s.arg(stub.url().port())));
        elsewhere.setTokenProvider([] { return u"1|secret"_s; });
        const auto foreign = await<api::DownloadResult>([&](auto done) {
            elsewhere.downloadAttachment(this, stub.url().toString() + u"/api/attachments/d1"_s, {},
                                         &sink, {}, done);
        });
        QVERIFY(foreign->ok());
        QVERIFY(authorization.isEmpty());
    }

    void cacheEvictsTheLeastRecentlyUsedAndRevalidates()
    {
        StubMarketplace stub;
        auto client = api(stub);
        const QString folder = m_folder.filePath(u"cache-lru"_s);
        QList<api::Attachment> documents;
        for (int i = 1; i <= 3; ++i) {
            const QString id = u"doc-%1"_s.arg(i);
            stub.files.insert(u"/api/attachments/"_s + id, randomBytes(100000, char(i)));
            documents.append(attachment(id, u"application/pdf"_s, 100000));
        }
        {
            AttachmentCache cache(*client, folder);
            cache.setCapacity(250000); // two of the three
            QSignalSpy ready(&cache, &AttachmentCache::ready);
            for (int i = 0; i < 2; ++i) {
                cache.request(documents.at(i), AttachmentCache::Kind::Full);
                QTRY_COMPARE(ready.size(), i + 1);
                QTest::qWait(20); // distinct times of use
            }
            const QString path = ready.first().at(3).toString();
            QCOMPARE(readFile(path), stub.files.value(u"/api/attachments/doc-1"_s));
            QCOMPARE(QFileInfo(path).permissions() & 0x0077, QFileDevice::Permissions());
            QCOMPARE(QFileInfo(folder).permissions() & 0x0077, QFileDevice::Permissions());
            // doc-1 used again, so doc-2 is the least recently used when doc-3 comes.
            cache.request(documents.at(0), AttachmentCache::Kind::Full);
            QTRY_COMPARE(ready.size(), 3);
            QTest::qWait(20);
            cache.request(documents.at(2), AttachmentCache::Kind::Full);
            QTRY_COMPARE(ready.size(), 4);
            QVERIFY(!cache.cachedPath(u"doc-1"_s, AttachmentCache::Kind::Full).isEmpty());
            QVERIFY(cache.cachedPath(u"doc-2"_s, AttachmentCache::Kind::Full).isEmpty());
            QVERIFY(!cache.cachedPath(u"doc-3"_s, AttachmentCache::Kind::Full).isEmpty());
            QVERIFY(cache.usedBytes() <= 250000);
            QCOMPARE(stub.conditionalGets, 0); // within a run, a file is checked once
        }
        // The next run finds the files and asks the server whether they are current.
        AttachmentCache cache(*client, folder);
        QCOMPARE(cache.usedBytes(), 200000);
        QSignalSpy ready(&cache, &AttachmentCache::ready);
        cache.request(documents.at(0), AttachmentCache::Kind::Full);
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(stub.conditionalGets, 1);
        QCOMPARE(stub.notModified, 1);
        // Offline, the copy on disk is used.
        stub.override = [](const QHttpServerRequest &) -> std::optional<HttpReply> {
            return HttpReply::json(503, QJsonObject{{u"message"_s, u"Down."_s}});
        };
        cache.request(documents.at(2), AttachmentCache::Kind::Full);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 15000);
    }

    void cacheDecodesThumbnailsAndReportsGarbage()
    {
        StubMarketplace stub;
        auto client = api(stub);
        AttachmentCache cache(*client, m_folder.filePath(u"cache-images"_s));
        QSignalSpy ready(&cache, &AttachmentCache::ready);
        QSignalSpy failed(&cache, &AttachmentCache::failed);
        const api::Attachment photo = attachment(u"p1"_s, u"image/jpeg"_s, 0);
        stub.files.insert(photo.thumbnailUrl, "<html>not a picture</html>");
        cache.request(photo, AttachmentCache::Kind::Thumbnail);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(!failed.first().at(2).toString().isEmpty());
        QVERIFY(cache.cachedPath(u"p1"_s, AttachmentCache::Kind::Thumbnail).isEmpty());
        QCOMPARE(ready.size(), 0);

        // A truncated JPEG: the same.
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        const QByteArray jpeg = encoded(image, "jpeg");
        stub.files.insert(photo.thumbnailUrl, jpeg.left(40));
        cache.request(photo, AttachmentCache::Kind::Thumbnail);
        QTRY_COMPARE(failed.size(), 2);

        // Retry once the server sends the real thing.
        stub.files.insert(photo.thumbnailUrl, jpeg);
        cache.request(photo, AttachmentCache::Kind::Thumbnail);
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(ready.first().at(2).value<QImage>().size(), QSize(64, 48));
        // Kept decoded: there at once for painting, and answered again without the server.
        QCOMPARE(cache.thumbnail(u"p1"_s).size(), QSize(64, 48));
        stub.files.remove(photo.thumbnailUrl);
        cache.request(photo, AttachmentCache::Kind::Thumbnail);
        QTRY_COMPARE(ready.size(), 2);
        QCOMPARE(ready.at(1).at(2).value<QImage>().size(), QSize(64, 48));

        // A document has no thumbnail; a document of another size than announced is garbage.
        api::Attachment pdf = attachment(u"f1"_s, u"application/pdf"_s, 999);
        cache.request(pdf, AttachmentCache::Kind::Thumbnail);
        QTRY_COMPARE(failed.size(), 3);
        stub.files.insert(pdf.url, "%PDF-1.4 short");
        cache.request(pdf, AttachmentCache::Kind::Full);
        QTRY_COMPARE(failed.size(), 4);
        QVERIFY(cache.cachedPath(u"f1"_s, AttachmentCache::Kind::Full).isEmpty());
    }

    void photosLoseTheirLocationAndKeepTheirOrientation()
    {
        const QByteArray original = jpegWithExif();
        QBuffer probe;
        probe.setData(original);
        probe.open(QIODevice::ReadOnly);
        QVERIFY(inbox::OutboxFiles::hasMetadata(probe, u"image/jpeg"_s));
        QVERIFY(original.contains("Exif"));
        const QString path = m_folder.filePath(u"IMG_0001.jpg"_s);
        QVERIFY(writeFile(path, original));
        const QString folder = m_folder.filePath(u"outbox-photos"_s);

        QString error;
        inbox::OutboxFiles::OpenFiles files = inbox::OutboxFiles::open({path}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const inbox::OutboxFiles::Prepared cleaned =
            inbox::OutboxFiles::prepare(files, folder, u"m1"_s, false);
        QVERIFY2(cleaned.error.isEmpty(), qPrintable(cleaned.error));
        QCOMPARE(cleaned.files.size(), 1);
        const store::OutboxAttachment &copy = cleaned.files.first();
        QCOMPARE(copy.name, u"IMG_0001.jpg"_s);
        QCOMPARE(copy.mime, u"image/jpeg"_s);
        QVERIFY(!copy.clientId.isEmpty());
        QVERIFY(copy.path.startsWith(folder + u"/m1/"_s));
        QCOMPARE(QFileInfo(copy.path).permissions() & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(folder + u"/m1"_s).permissions() & 0x0077, QFileDevice::Permissions());
        const QByteArray sent = readFile(copy.path);
        QCOMPARE(copy.size, sent.size());
        QVERIFY(!sent.contains("Exif"));
        QVERIFY(!sent.contains("MM\x00\x2a"));
        QBuffer check;
        check.setData(sent);
        check.open(QIODevice::ReadOnly);
        QVERIFY(!inbox::OutboxFiles::hasMetadata(check, u"image/jpeg"_s));
        // Turned as the camera said: 20 wide, 40 high, the red half on top.
        QImageReader reader(copy.path);
        reader.setAutoTransform(false); // nothing left to apply
        const QImage image = reader.read();
        QCOMPARE(image.size(), QSize(20, 40));
        QVERIFY(qRed(image.pixel(10, 5)) > 200 && qBlue(image.pixel(10, 5)) < 60);
        QVERIFY(qBlue(image.pixel(10, 35)) > 200 && qRed(image.pixel(10, 35)) < 60);

        // Kept as it is when the seller says so.
        files = inbox::OutboxFiles::open({path}, &error);
        const inbox::OutboxFiles::Prepared kept =
            inbox::OutboxFiles::prepare(files, folder, u"m2"_s, true);
        QVERIFY(kept.error.isEmpty());
        QCOMPARE(readFile(kept.files.first().path), original);

        // A PNG with a text chunk is cleaned too; one without is copied unchanged.
        QImage png(8, 8, QImage::Format_ARGB32);
        png.fill(Qt::yellow);
        const QByteArray bare = encoded(png, "png");
        png.setText(u"Location"_s, u"48.8566 N"_s);
        const QByteArray tagged = encoded(png, "png");
        QVERIFY(tagged.contains("Location"));
        QVERIFY(writeFile(m_folder.filePath(u"tagged.png"_s), tagged));
        QVERIFY(writeFile(m_folder.filePath(u"bare.png"_s), bare));
        files = inbox::OutboxFiles::open(
            {m_folder.filePath(u"tagged.png"_s), m_folder.filePath(u"bare.png"_s)}, &error);
        const inbox::OutboxFiles::Prepared pngs =
            inbox::OutboxFiles::prepare(files, folder, u"m3"_s, false);
        QVERIFY(pngs.error.isEmpty());
        QVERIFY(!readFile(pngs.files.at(0).path).contains("Location"));
        QCOMPARE(readFile(pngs.files.at(1).path), bare);
        inbox::OutboxFiles::remove(folder, u"m3"_s);
        QVERIFY(!QFileInfo::exists(folder + u"/m3"_s));
    }

    // An attachment never changes: a thumbnail on disk is shown in the next run without a
    // request, where a whole file is checked with its ETag (above).
    void thumbnailsOnDiskAreUsedWithoutAskingAgain()
    {
        StubMarketplace stub;
        auto client = api(stub);
        const QString folder = m_folder.filePath(u"cache-thumbnails"_s);
        const api::Attachment photo = attachment(u"t1"_s, u"image/jpeg"_s, 0);
        QImage image(32, 24, QImage::Format_RGB32);
        image.fill(Qt::darkBlue);
        stub.files.insert(photo.thumbnailUrl, encoded(image, "jpeg"));
        {
            AttachmentCache cache(*client, folder);
            QSignalSpy ready(&cache, &AttachmentCache::ready);
            cache.request(photo, AttachmentCache::Kind::Thumbnail);
            QTRY_COMPARE(ready.size(), 1);
        }
        int requests = 0;
        stub.override = [&requests](const QHttpServerRequest &) -> std::optional<HttpReply> {
            ++requests;
            return HttpReply::json(503, QJsonObject{{u"message"_s, u"Down."_s}});
        };
        AttachmentCache cache(*client, folder);
        QSignalSpy ready(&cache, &AttachmentCache::ready);
        cache.request(photo, AttachmentCache::Kind::Thumbnail);
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(ready.first().at(2).value<QImage>().size(), QSize(32, 24));
        QCOMPARE(requests, 0);
        QCOMPARE(stub.conditionalGets, 0);
    }

    void filesAreRefusedBeforeAnythingIsQueued()
    {
        QString error;
        QVERIFY(inbox::OutboxFiles::open({m_folder.filePath(u"missing.jpg"_s)}, &error).isEmpty());
        QVERIFY(error.contains(u"missing.jpg"_s));
        const QString empty = m_folder.filePath(u"empty.pdf"_s);
        QVERIFY(writeFile(empty, {}));
        error.clear();
        QVERIFY(inbox::OutboxFiles::open({empty}, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        const QString big = m_folder.filePath(u"big.bin"_s);
        QVERIFY(writeFile(big, QByteArray(inbox::OutboxFiles::MaxFileSize + 1, 'x')));
        error.clear();
        QVERIFY(inbox::OutboxFiles::open({big}, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        const QString unreadable = m_folder.filePath(u"secret.pdf"_s);
        QVERIFY(writeFile(unreadable, "%PDF"));
        QFile::setPermissions(unreadable, QFileDevice::WriteOwner);
        error.clear();
        if (QFileInfo(unreadable).isReadable())
            QSKIP("running as a user who reads everything");
        QVERIFY(inbox::OutboxFiles::open({unreadable}, &error).isEmpty());
        QVERIFY(error.contains(u"secret.pdf"_s));
    }
};

QTEST_GUILESS_MAIN(AttachmentsTest)
#include "tst_attachments.moc"
