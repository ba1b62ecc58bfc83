// Attachments in envisage-sandbox (marketplace-api.md §4) against the real executable
// with a file database: upload, idempotent client_id, download with Range and ETag,
// thumbnails, attachment_ids on message posts, access rules, every bad input of issue
// 11 with nothing stored after it, broadcasts, and a restart.
#include "AttachmentSamples.h"
#include "PusherTestClient.h"
#include "RawHttpClient.h"
#include "SandboxProcess.h"
#include "TestHttp.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace envisage::testing;

namespace {

const QByteArray Boundary = "----envisage-test-boundary-7MA4YWxkTrZu0gW";

QString newClientId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// One part of a multipart/form-data body; a null fileName makes a plain field.
QByteArray formPart(const QByteArray &name, const QByteArray &data, const QByteArray &fileName = {},
                    const QByteArray &extraDisposition = {})
{
    QByteArray part = "--" + Boundary + "\r\nContent-Disposition: form-data; name=\"" + name + '"';
    if (!fileName.isNull())
        part += "; filename=\"" + fileName + '"';
    part += extraDisposition + "\r\n";
    if (!fileName.isNull())
        part += "Content-Type: image/jpeg\r\n"; // what a client claims; never believed
    return part + "\r\n" + data + "\r\n";
}

QByteArray closed(const QByteArray &parts)
{
    return parts + "--" + Boundary + "--\r\n";
}

} // namespace

class SandboxAttachmentsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    SandboxProcess m_sandbox;
    TestHttp m_http;
    QString m_seller;
    QString m_buyer;
    QString m_otherBuyer;
    qint64 m_conversationId = 0; // seller ↔ buyer1

    QString databasePath() const { return m_folder.filePath(u"sandbox.sqlite"_s); }
    QString attachmentsFolder() const { return m_folder.filePath(u"sandbox-attachments"_s); }
    QUrl api(const QString &path) const { return m_sandbox.apiUrl(path); }
    QString messagesPath() const
    {
        return u"/api/conversations/%1/messages"_s.arg(m_conversationId);
    }

    TestResponse postForm(const QByteArray &body, const QString &token)
    {
        return m_http.send("POST", api(u"/api/attachments"_s), body,
                           "multipart/form-data; boundary=" + Boundary, token);
    }

    TestResponse upload(const QByteArray &bytes, const QByteArray &fileName, const QString &token,
                        const QString &clientId = newClientId())
    {
        return postForm(
            closed(formPart("client_id", clientId.toUtf8()) + formPart("file", bytes, fileName)),
            token);
    }

    QJsonObject uploaded(const QByteArray &bytes, const QByteArray &fileName, const QString &token)
    {
        const TestResponse response = upload(bytes, fileName, token);
        if (response.status != 201)
            qWarning() << "upload answered" << response.status << response.body;
        return response.json().value(u"data"_s).toObject();
    }

    TestResponse get(const QString &path, const QString &token,
                     const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return m_http.send("GET", api(path), {}, {}, token, headers);
    }

    TestResponse postMessage(const QJsonObject &body, const QString &token)
    {
        return m_http.postJson(api(messagesPath()), body, token);
    }

    // Uploaded files in the attachments folder (not the thumbnails, which a worker writes
    // when it gets to them) and rows in the attachments table.
    QPair<int, int> stored() const
    {
        int files = 0;
        for (const QString &name : QDir(attachmentsFolder()).entryList(QDir::Files))
            files += name.contains(u'.') ? 0 : 1;
        int rows = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
            db.setDatabaseName(databasePath());
            if (db.open()) {
                QSqlQuery query(u"SELECT count(*) FROM attachments"_s, db);
                if (query.next())
                    rows = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(u"probe"_s);
        return {files, rows};
    }

    qint64 newestMessageId()
    {
        return get(messagesPath() + u"?per_page=1"_s, m_seller)
            .json()
            .value(u"data"_s)
            .toArray()
            .first()
            .toObject()
            .value(u"id"_s)
            .toInteger();
    }

    static QString firstError(const TestResponse &response, const QString &field)
    {
        return response.json()
            .value(u"errors"_s)
            .toObject()
            .value(field)
            .toArray()
            .first()
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_folder.isValid());
        QVERIFY2(m_sandbox.start({u"--database"_s, databasePath(), u"--seed"_s, u"demo"_s,
                                  u"--send-limit"_s, u"1000"_s}),
                 qPrintable(m_sandbox.errorOutput()));
        m_seller = m_http.login(api({}), u"seller@envisage.test"_s, u"demo-seller"_s);
        m_buyer = m_http.login(api({}), u"buyer1@envisage.test"_s, u"demo-buyer"_s);
        m_otherBuyer = m_http.login(api({}), u"buyer2@envisage.test"_s, u"demo-buyer"_s);
        QVERIFY(!m_seller.isEmpty() && !m_buyer.isEmpty() && !m_otherBuyer.isEmpty());
        m_conversationId = get(u"/api/conversations"_s, m_buyer)
                               .json()
                               .value(u"data"_s)
                               .toArray()
                               .first()
                               .toObject()
                               .value(u"id"_s)
                               .toInteger();
        QVERIFY(m_conversationId > 0);
        QVERIFY(QFileInfo(attachmentsFolder()).isDir());
        QCOMPARE(QFileInfo(attachmentsFolder()).permissions() & 0x0077, QFile::Permissions());
    }

    void uploadAnswersTheAttachmentAndRepeatsItForTheSameClientId()
    {
        const QByteArray photo = samples::jpeg();
        const QString clientId = newClientId();
        const TestResponse created = upload(photo, "desk-front.jpg", m_buyer, clientId);
        QCOMPARE(created.status, 201);
        const QJsonObject attachment = created.json().value(u"data"_s).toObject();
        const QString id = attachment.value(u"id"_s).toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(attachment.value(u"name"_s).toString(), u"desk-front.jpg"_s);
        QCOMPARE(attachment.value(u"mime"_s).toString(), u"image/jpeg"_s);
        QCOMPARE(attachment.value(u"size"_s).toInteger(), photo.size());
        QCOMPARE(attachment.value(u"width"_s).toInt(), 1600);
        QCOMPARE(attachment.value(u"height"_s).toInt(), 1200);
        QCOMPARE(attachment.value(u"url"_s).toString(), u"/api/attachments/"_s + id);
        QCOMPARE(attachment.value(u"thumbnail_url"_s).toString(),
                 u"/api/attachments/%1/thumbnail"_s.arg(id));

        // On disk under its id, readable by the owner only; never under the sent name.
        const QFileInfo file(QDir(attachmentsFolder()).filePath(id));
        QVERIFY(file.exists());
        QCOMPARE(file.size(), photo.size());
        QCOMPARE(file.permissions() & 0x7077, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(!QFileInfo::exists(QDir(attachmentsFolder()).filePath(u"desk-front.jpg"_s)));

        const QPair<int, int> before = stored();
        const TestResponse again = upload(photo, "desk-front.jpg", m_buyer, clientId);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"data"_s).toObject(), attachment);
        QCOMPARE(stored(), before);
        // The same client_id from someone else is their own upload.
        const TestResponse theirs = upload(photo, "desk-front.jpg", m_seller, clientId);
        QCOMPARE(theirs.status, 201);
        QVERIFY(theirs.json().value(u"data"_s).toObject().value(u"id"_s).toString() != id);
    }

    void everyAcceptedTypeIsRecognisedFromItsBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("fileName");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QString>("storedName");
        QTest::addColumn<int>("width");
        QTest::newRow("png named .jpg") << samples::png(64, 48) << QByteArray("shot.jpg")
                                        << u"image/png"_s << u"shot.jpg.png"_s << 64;
        QTest::newRow("gif") << samples::gif() << QByteArray("dot.gif") << u"image/gif"_s
                             << u"dot.gif"_s << 1;
        QTest::newRow("pdf without suffix") << samples::pdf() << QByteArray("receipt")
                                            << u"application/pdf"_s << u"receipt.pdf"_s << -1;
        if (QImageWriter::supportedImageFormats().contains("webp"))
            QTest::newRow("webp") << samples::encoded(samples::noiseImage(40, 30), "WEBP")
                                  << QByteArray("a.webp") << u"image/webp"_s << u"a.webp"_s << 40;
    }

    void everyAcceptedTypeIsRecognisedFromItsBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, fileName);
        QFETCH(QString, mime);
        QFETCH(QString, storedName);
        QFETCH(int, width);
        const TestResponse response = upload(bytes, fileName, m_buyer);
        QCOMPARE(response.status, 201);
        const QJsonObject attachment = response.json().value(u"data"_s).toObject();
        QCOMPARE(attachment.value(u"mime"_s).toString(), mime);
        QCOMPARE(attachment.value(u"name"_s).toString(), storedName);
        if (width < 0) {
            QVERIFY(attachment.value(u"width"_s).isNull());
            QVERIFY(attachment.value(u"height"_s).isNull());
            QVERIFY(attachment.value(u"thumbnail_url"_s).isNull());
        } else {
            QCOMPARE(attachment.value(u"width"_s).toInt(), width);
        }
    }

    void badUploadsAreRefusedAndNothingIsStored_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field"); // the 422's error key

        const QByteArray clientId = formPart("client_id", newClientId().toUtf8());
        const auto withFile = [&](const QByteArray &bytes, const QByteArray &name) {
            return closed(clientId + formPart("file", bytes, name));
        };
        QTest::newRow("0 bytes") << withFile({}, "empty.jpg") << 422 << u"file"_s;
        QTest::newRow("10 MiB + 1")
            << withFile(QByteArray((10 << 20) + 1, 'x'), "big.pdf") << 413 << QString();
        QTest::newRow("renamed executable")
            << withFile(samples::elfExecutable(), "photo.jpg") << 422 << u"file"_s;
        const QByteArray photo = samples::jpeg(800, 600);
        QTest::newRow("truncated jpeg")
            << withFile(photo.first(photo.size() / 2), "cut.jpg") << 422 << u"file"_s;
        QTest::newRow("png declaring 30000x30000")
            << withFile(samples::pngDeclaring(30000, 30000), "bomb.png") << 422 << u"file"_s;
        QTest::newRow("garbage after a png signature")
            << withFile(QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(100, 'z'), "x.png")
            << 422 << u"file"_s;
        QTest::newRow("text") << withFile("just words", "notes.txt") << 422 << u"file"_s;
        QTest::newRow("no file part") << closed(clientId) << 422 << u"file"_s;
        QTest::newRow("two file parts")
            << closed(clientId + formPart("file", samples::gif(), "a.gif") +
                      formPart("file", samples::gif(), "b.gif"))
            << 422 << u"file"_s;
        QTest::newRow("file as a plain field")
            << closed(clientId + formPart("file", samples::gif())) << 422 << u"file"_s;
        QTest::newRow("boundary that never ends")
            << QByteArray(clientId + formPart("file", samples::gif(), "a.gif")) << 422 << u"file"_s;
        QTest::newRow("no closing delimiter, no part end")
            << QByteArray(clientId + "--" + Boundary +
                          "\r\nContent-Disposition: form-data; name=\"file\"; "
                          "filename=\"a.gif\"\r\n\r\n" +
                          samples::gif())
            << 422 << u"file"_s;
        QTest::newRow("no client_id")
            << closed(formPart("file", samples::gif(), "a.gif")) << 422 << u"client_id"_s;
        QTest::newRow("not multipart at all") << QByteArray("{}") << 422 << u"file"_s;
    }

    void badUploadsAreRefusedAndNothingIsStored()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const QPair<int, int> before = stored();
        const TestResponse response = postForm(body, m_buyer);
        QCOMPARE(response.status, status);
        if (!field.isEmpty())
            QVERIFY2(!firstError(response, field).isEmpty(), response.body.constData());
        QVERIFY(response.json().value(u"message"_s).isString());
        QCOMPARE(stored(), before);
    }

    void declaredOversizeUploadsAreRefusedBeforeTheBodyComes()
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(api({}).host(), quint16(api({}).port())));
        QVERIFY(client.write(
            "POST /api/attachments HTTP/1.1\r\nHost: sandbox\r\n"
            "Authorization: Bearer " +
            m_buyer.toUtf8() + "\r\nContent-Type: multipart/form-data; boundary=" + Boundary +
            "\r\nContent-Length: " + QByteArray::number(11 << 20) + "\r\n\r\n--" + Boundary));
        QCOMPARE(client.waitForStatus(), 413);
        QVERIFY(client.waitForDisconnected());
        // Other routes keep the ordinary 1 MiB limit, the upload's query string does not
        // change its own.
        RawHttpClient login;
        QVERIFY(login.connectTo(api({}).host(), quint16(api({}).port())));
        QVERIFY(login.write("POST /api/login HTTP/1.1\r\nHost: sandbox\r\n"
                            "Content-Type: application/json\r\nContent-Length: " +
                            QByteArray::number(2 << 20) + "\r\n\r\n{"));
        QCOMPARE(login.waitForStatus(), 413);
        const TestResponse withQuery =
            m_http.send("POST", api(u"/api/attachments?x=1"_s),
                        closed(formPart("client_id", newClientId().toUtf8()) +
                               formPart("file", QByteArray(2 << 20, 'x'), "two-mib.bin")),
                        "multipart/form-data; boundary=" + Boundary, m_buyer);
        QCOMPARE(withQuery.status, 422);
    }

    void uploadsNeedASignedInUser()
    {
        QCOMPARE(upload(samples::gif(), "a.gif", {}).status, 401);
        QCOMPARE(get(u"/api/attachments/whatever"_s, {}).status, 401);
    }

    void fileNamesAreSanitised_data()
    {
        QTest::addColumn<QByteArray>("fileName");
        QTest::addColumn<QByteArray>("extraDisposition");
        QTest::addColumn<QString>("expected");
        QTest::newRow("parent folders")
            << QByteArray("../../etc/passwd.gif") << QByteArray() << u"passwd.gif"_s;
        QTest::newRow("windows path")
            << QByteArray("C:\\Users\\ada\\dot.gif") << QByteArray() << u"dot.gif"_s;
        QTest::newRow("NUL") << QByteArray("dot", 3) + QByteArray(1, '\0') + ".exe.gif"
                             << QByteArray() << u"dot.exe.gif"_s;
        QTest::newRow("NUL in filename*")
            << QByteArray("x.gif") << QByteArray("; filename*=UTF-8''a%00b.gif") << u"ab.gif"_s;
        // "invoice" + RIGHT-TO-LEFT OVERRIDE + "fig.exe" shows as "invoiceexe.gif".
        QTest::newRow("U+202E") << QByteArray("invoice\xE2\x80\xAE"
                                              "fig.exe")
                                << QByteArray() << u"invoicefig.exe.gif"_s;
        QTest::newRow("only dots") << QByteArray("..") << QByteArray() << u"attachment.gif"_s;
        QTest::newRow("accents kept")
            << QByteArray("caf\xC3\xA9 \xF0\x9F\x93\xB7.gif") << QByteArray() << u"café 📷.gif"_s;
    }

    void fileNamesAreSanitised()
    {
        QFETCH(QByteArray, fileName);
        QFETCH(QByteArray, extraDisposition);
        QFETCH(QString, expected);
        const TestResponse response =
            postForm(closed(formPart("client_id", newClientId().toUtf8()) +
                            formPart("file", samples::gif(), fileName, extraDisposition)),
                     m_buyer);
        QCOMPARE(response.status, 201);
        const QJsonObject attachment = response.json().value(u"data"_s).toObject();
        QCOMPARE(attachment.value(u"name"_s).toString(), expected);
        // Served with that name, and nothing else of the sent one, in both parameters.
        const QByteArray disposition =
            get(attachment.value(u"url"_s).toString(), m_buyer).header("Content-Disposition");
        QVERIFY2(disposition.contains("filename*=UTF-8''" + expected.toUtf8().toPercentEncoding()),
                 disposition.constData());
        for (const char c : disposition)
            QVERIFY2(quint8(c) >= 0x20 && quint8(c) < 0x7F, disposition.constData());
    }

    void downloadsHonourETagAndRange()
    {
        const QByteArray photo = samples::jpeg(400, 300);
        const QJsonObject attachment = uploaded(photo, "pic.jpg", m_buyer);
        const QString url = attachment.value(u"url"_s).toString();

        const TestResponse whole = get(url, m_buyer);
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.body, photo);
        QCOMPARE(whole.header("Content-Type"), QByteArray("image/jpeg"));
        QCOMPARE(whole.header("Accept-Ranges"), QByteArray("bytes"));
        QVERIFY(whole.header("Content-Disposition").startsWith("inline; filename=\"pic.jpg\""));
        const QByteArray etag = whole.header("ETag");
        QVERIFY2(etag.startsWith('"') && etag.endsWith('"') && etag.size() > 10, etag.constData());

        const TestResponse unchanged = get(url, m_buyer, {{"If-None-Match", etag}});
        QCOMPARE(unchanged.status, 304);
        QVERIFY(unchanged.body.isEmpty());
        QCOMPARE(unchanged.header("ETag"), etag);
        QCOMPARE(get(url, m_buyer, {{"If-None-Match", "\"other\", W/" + etag}}).status, 304);
        QCOMPARE(get(url, m_buyer, {{"If-None-Match", "\"other\""}}).status, 200);

        const TestResponse head = get(url, m_buyer, {{"Range", "bytes=0-99"}});
        QCOMPARE(head.status, 206);
        QCOMPARE(head.body, photo.first(100));
        QCOMPARE(head.header("Content-Range"), "bytes 0-99/" + QByteArray::number(photo.size()));
        const TestResponse rest = get(url, m_buyer, {{"Range", "bytes=100-"}});
        QCOMPARE(rest.status, 206);
        QCOMPARE(head.body + rest.body, photo);
        const TestResponse tail = get(url, m_buyer, {{"Range", "bytes=-10"}});
        QCOMPARE(tail.status, 206);
        QCOMPARE(tail.body, photo.last(10));
        const TestResponse beyond = get(url, m_buyer, {{"Range", "bytes=999999999-"}});
        QCOMPARE(beyond.status, 416);
        QCOMPARE(beyond.header("Content-Range"), "bytes */" + QByteArray::number(photo.size()));
        // Several ranges, a malformed one or a stale If-Range: the whole file.
        QCOMPARE(get(url, m_buyer, {{"Range", "bytes=0-1,5-6"}}).status, 200);
        QCOMPARE(get(url, m_buyer, {{"Range", "bytes=9-3"}}).status, 200);
        QCOMPARE(get(url, m_buyer, {{"Range", "bytes=0-1"}, {"If-Range", "\"old\""}}).status, 200);
        QCOMPARE(get(url, m_buyer, {{"Range", "bytes=0-1"}, {"If-Range", etag}}).status, 206);

        const TestResponse document =
            get(uploaded(samples::pdf(), "r.pdf", m_buyer).value(u"url"_s).toString(), m_buyer);
        QCOMPARE(document.header("Content-Type"), QByteArray("application/pdf"));
        QVERIFY(document.header("Content-Disposition").startsWith("attachment;"));
    }

    void thumbnailsAreSmallJpegsAndDocumentsHaveNone()
    {
        const QJsonObject photo = uploaded(samples::jpeg(1600, 1200), "wide.jpg", m_buyer);
        const TestResponse thumbnail = get(photo.value(u"thumbnail_url"_s).toString(), m_buyer);
        QCOMPARE(thumbnail.status, 200);
        QCOMPARE(thumbnail.header("Content-Type"), QByteArray("image/jpeg"));
        const QImage image = QImage::fromData(thumbnail.body, "JPEG");
        QCOMPARE(image.size(), QSize(320, 240));
        QCOMPARE(get(photo.value(u"thumbnail_url"_s).toString(), m_buyer,
                     {{"If-None-Match", thumbnail.header("ETag")}})
                     .status,
                 304);

        const QJsonObject tall = uploaded(samples::png(100, 1000), "tall.png", m_buyer);
        const QImage tallThumbnail =
            QImage::fromData(get(tall.value(u"thumbnail_url"_s).toString(), m_buyer).body, "JPEG");
        QCOMPARE(tallThumbnail.size(), QSize(32, 320));

        const QJsonObject small = uploaded(samples::gif(), "dot.gif", m_buyer);
        QCOMPARE(
            QImage::fromData(get(small.value(u"thumbnail_url"_s).toString(), m_buyer).body).size(),
            QSize(1, 1));

        const QJsonObject document = uploaded(samples::pdf(), "r.pdf", m_buyer);
        const QString id = document.value(u"id"_s).toString();
        QCOMPARE(get(u"/api/attachments/%1/thumbnail"_s.arg(id), m_buyer).status, 404);
    }

    void messagesCarryTheirAttachments()
    {
        const QJsonObject photo = uploaded(samples::jpeg(320, 200), "front.jpg", m_buyer);
        const QJsonObject document = uploaded(samples::pdf(), "invoice.pdf", m_buyer);
        const QString clientId = newClientId();
        const QJsonObject post{{u"client_id"_s, clientId},
                               {u"attachment_ids"_s, QJsonArray{document.value(u"id"_s),
                                                                photo.value(u"id"_s)}}}; // no body
        const TestResponse sent = postMessage(post, m_buyer);
        QCOMPARE(sent.status, 201);
        const QJsonObject message = sent.json().value(u"data"_s).toObject();
        QCOMPARE(message.value(u"body"_s).toString(), QString());
        QCOMPARE(message.value(u"attachments"_s).toArray(), (QJsonArray{document, photo}));

        // Listed, caught up and shown as last_message with them; other messages have [].
        const QJsonArray page =
            get(messagesPath() + u"?per_page=2"_s, m_seller).json().value(u"data"_s).toArray();
        QCOMPARE(page.first().toObject(), message);
        QCOMPARE(page.at(1).toObject().value(u"attachments"_s), QJsonValue(QJsonArray()));
        const QJsonArray caughtUp =
            get(messagesPath() + u"?after_id=%1"_s.arg(message.value(u"id"_s).toInteger() - 1),
                m_seller)
                .json()
                .value(u"data"_s)
                .toArray();
        QCOMPARE(caughtUp.last().toObject(), message);
        QCOMPARE(get(u"/api/conversations/%1"_s.arg(m_conversationId), m_seller)
                     .json()
                     .value(u"data"_s)
                     .toObject()
                     .value(u"last_message"_s)
                     .toObject()
                     .value(u"attachments"_s)
                     .toArray()
                     .size(),
                 2);

        // A resend after a lost answer: the same message, though its ids are attached now.
        const TestResponse again = postMessage(post, m_buyer);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"data"_s).toObject(), message);

        // A message with a body and one photo.
        const QJsonObject second = uploaded(samples::gif(), "dot.gif", m_buyer);
        const TestResponse withBody =
            postMessage({{u"body"_s, u"And this one"_s},
                         {u"attachment_ids"_s, QJsonArray{second.value(u"id"_s)}}},
                        m_buyer);
        QCOMPARE(withBody.status, 201);
        QCOMPARE(withBody.json().value(u"data"_s).toObject().value(u"attachments"_s).toArray(),
                 QJsonArray{second});
    }

    void attachmentIdsAreChecked()
    {
        const QJsonObject mine = uploaded(samples::gif(), "mine.gif", m_buyer);
        const QJsonObject sellers = uploaded(samples::gif(), "sellers.gif", m_seller);
        const QJsonObject attached = uploaded(samples::gif(), "attached.gif", m_buyer);
        QCOMPARE(postMessage({{u"attachment_ids"_s, QJsonArray{attached.value(u"id"_s)}}}, m_buyer)
                     .status,
                 201);
        QJsonArray four;
        for (int i = 0; i < 4; ++i)
            four.append(uploaded(samples::gif(), "n.gif", m_buyer).value(u"id"_s));

        const qint64 newest = newestMessageId();
        const auto refused = [&](const QJsonObject &post, const QString &field) {
            const TestResponse response = postMessage(post, m_buyer);
            if (response.status != 422 || firstError(response, field).isEmpty()) {
                qWarning() << response.status << response.body;
                return false;
            }
            return true;
        };
        const QJsonValue id = mine.value(u"id"_s);
        QVERIFY(refused(
            {{u"body"_s, u"x"_s},
             {u"attachment_ids"_s, QJsonArray{QUuid::createUuid().toString(QUuid::WithoutBraces)}}},
            u"attachment_ids.0"_s));
        QVERIFY(refused({{u"attachment_ids"_s, QJsonArray{id, sellers.value(u"id"_s)}}},
                        u"attachment_ids.1"_s));
        QVERIFY(refused({{u"attachment_ids"_s, QJsonArray{attached.value(u"id"_s)}}},
                        u"attachment_ids.0"_s));
        QVERIFY(refused({{u"attachment_ids"_s, four}}, u"attachment_ids"_s));
        QVERIFY(refused({{u"attachment_ids"_s, QJsonArray{id, id}}}, u"attachment_ids.1"_s));
        QVERIFY(refused({{u"attachment_ids"_s, QJsonArray{}}}, u"body"_s));
        QVERIFY(refused({{u"body"_s, u"x"_s}, {u"attachment_ids"_s, id}}, u"attachment_ids"_s));
        QVERIFY(refused({{u"attachment_ids"_s, QJsonArray{42}}}, u"attachment_ids.0"_s));
        QCOMPARE(newestMessageId(), newest);

        // Nothing was attached by the refusals: the good id still goes with a message.
        QCOMPARE(postMessage({{u"attachment_ids"_s, QJsonArray{id}}}, m_buyer).status, 201);
        const QJsonArray three{four.at(0), four.at(1), four.at(2)};
        QCOMPARE(postMessage({{u"attachment_ids"_s, three}}, m_buyer).status, 201);
    }

    void onlyParticipantsMayRead()
    {
        const QJsonObject photo = uploaded(samples::jpeg(200, 100), "p.jpg", m_buyer);
        const QString url = photo.value(u"url"_s).toString();
        const QString thumbnail = photo.value(u"thumbnail_url"_s).toString();
        // Not yet attached: the uploader only.
        QCOMPARE(get(url, m_buyer).status, 200);
        QCOMPARE(get(url, m_seller).status, 403);
        QCOMPARE(
            postMessage({{u"attachment_ids"_s, QJsonArray{photo.value(u"id"_s)}}}, m_buyer).status,
            201);
        QCOMPARE(get(url, m_seller).status, 200);
        QCOMPARE(get(thumbnail, m_seller).status, 200);
        const TestResponse stranger = get(url, m_otherBuyer);
        QCOMPARE(stranger.status, 403);
        QCOMPARE(stranger.json().value(u"message"_s).toString(), u"This action is unauthorized."_s);
        QCOMPARE(get(thumbnail, m_otherBuyer).status, 403);
        QCOMPARE(get(u"/api/attachments/%1"_s.arg(newClientId()), m_buyer).status, 404);
        QCOMPARE(get(u"/api/attachments/%1/thumbnail"_s.arg(newClientId()), m_buyer).status, 404);
    }

    void broadcastsCarryTheAttachments()
    {
        PusherTestClient seller;
        QVERIFY(seller.connectTo(m_sandbox.wsUrl()));
        const QString channel = u"private-conversation.%1"_s.arg(m_conversationId);
        const QJsonObject auth = m_http
                                     .postForm(api(u"/broadcasting/auth"_s),
                                               "socket_id=" + seller.socketId().toUtf8() +
                                                   "&channel_name=" + channel.toUtf8(),
                                               m_seller)
                                     .json();
        seller.subscribe(channel, auth.value(u"auth"_s).toString());
        QVERIFY(seller.waitFor(u"pusher_internal:subscription_succeeded"_s, 3000, channel));
        const qint64 sellerId = get(u"/api/user"_s, m_seller).json().value(u"id"_s).toInteger();
        const QString userChannel = u"private-App.Models.User.%1"_s.arg(sellerId);
        const QJsonObject userAuth = m_http
                                         .postForm(api(u"/broadcasting/auth"_s),
                                                   "socket_id=" + seller.socketId().toUtf8() +
                                                       "&channel_name=" + userChannel.toUtf8(),
                                                   m_seller)
                                         .json();
        seller.subscribe(userChannel, userAuth.value(u"auth"_s).toString());
        QVERIFY(seller.waitFor(u"pusher_internal:subscription_succeeded"_s, 3000, userChannel));

        const QJsonObject photo = uploaded(samples::gif(), "live.gif", m_buyer);
        QCOMPARE(
            postMessage({{u"attachment_ids"_s, QJsonArray{photo.value(u"id"_s)}}}, m_buyer).status,
            201);
        const std::optional<PusherFrame> sent = seller.waitFor(u"message.sent"_s, 3000, channel);
        QVERIFY(sent);
        QCOMPARE(sent->data.toObject().value(u"attachments"_s).toArray(), QJsonArray{photo});
        const std::optional<PusherFrame> updated =
            seller.waitFor(u"conversation.updated"_s, 3000, userChannel);
        QVERIFY(updated);
        QCOMPARE(updated->data.toObject()
                     .value(u"last_message"_s)
                     .toObject()
                     .value(u"attachments"_s)
                     .toArray(),
                 QJsonArray{photo});
    }

    void attachmentsSurviveARestart()
    {
        const QByteArray photo = samples::jpeg(640, 480);
        const QJsonObject attachment = uploaded(photo, "kept.jpg", m_buyer);
        QCOMPARE(
            postMessage({{u"attachment_ids"_s, QJsonArray{attachment.value(u"id"_s)}}}, m_buyer)
                .status,
            201);
        QCOMPARE(m_sandbox.stop(), 0);
        QVERIFY2(m_sandbox.start({u"--database"_s, databasePath()}),
                 qPrintable(m_sandbox.errorOutput()));
        const TestResponse again = get(attachment.value(u"url"_s).toString(), m_seller);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, photo);
        QCOMPARE(
            QImage::fromData(get(attachment.value(u"thumbnail_url"_s).toString(), m_seller).body)
                .size(),
            QSize(320, 240));
        const QJsonObject newest = get(messagesPath() + u"?per_page=1"_s, m_seller)
                                       .json()
                                       .value(u"data"_s)
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(newest.value(u"attachments"_s).toArray(), QJsonArray{attachment});
    }
};

QTEST_GUILESS_MAIN(SandboxAttachmentsTest)
#include "tst_sandbox_attachments.moc"
