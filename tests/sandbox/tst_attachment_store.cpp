// The parts of the sandbox's attachments that need no server: the store with an
// injected clock (the 24 h expiry through its timer), the temporary folder of a
// :memory: database, leftover files, the multipart reader, Range parsing and the
// inspector's verdicts.
#include "Accounts.h"
#include "AttachmentInspector.h"
#include "AttachmentSamples.h"
#include "AttachmentSweeper.h"
#include "AttachmentThumbnails.h"
#include "Attachments.h"
#include "Conversations.h"
#include "Database.h"
#include "HttpRange.h"
#include "MultipartFormData.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace envisage::sandbox;
namespace samples = envisage::testing::samples;

class AttachmentStoreTest : public QObject
{
    Q_OBJECT

    static InspectedFile inspected(const QByteArray &bytes)
    {
        const InspectedFile file = AttachmentInspector::inspect(bytes);
        if (!file.accepted())
            qWarning() << "refused:" << file.problem;
        return file;
    }

private Q_SLOTS:
    void initTestCase() { AttachmentInspector::prepareImageDecoding(); }

    void unattachedUploadsGoAfterADay()
    {
        Database database;
        QVERIFY(database.open(u":memory:"_s));
        Accounts accounts(database.connection());
        Conversations conversations(database.connection(), accounts);
        const qint64 seller = *accounts.createUser(u"S"_s, u"s@x.test"_s, u"seller"_s, u"p"_s);
        const qint64 buyer = *accounts.createUser(u"B"_s, u"b@x.test"_s, u"buyer"_s, u"p"_s);
        const qint64 listing = *conversations.createListing(seller, u"Desk"_s, u"1.00"_s, u"EUR"_s);
        const qint64 conversation = *conversations.conversationFor(listing, buyer, 0);

        qint64 now = 1'000'000'000'000;
        Attachments store(database.connection(), {}, [&now] { return now; });
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const QByteArray gif = samples::gif();
        const InspectedFile content = inspected(gif);
        const auto upload = [&](const QString &clientId) {
            return store.store(buyer, clientId, u"a.gif"_s, content, gif)->id;
        };
        const QString kept = upload(u"kept"_s);
        const QString attached = upload(u"attached"_s);
        now += 60 * 60 * 1000;
        const QString younger = upload(u"younger"_s);
        const qint64 message =
            conversations.insertMessage(conversation, buyer, u"photo"_s, {}, now).message.id;
        QVERIFY(store.attach({attached}, buyer, message));
        QVERIFY(!store.attach({attached}, buyer, message)); // attached already
        QVERIFY(!store.attach({younger}, seller, message)); // not the seller's upload

        AttachmentSweeper sweeper(store, 10);
        QSignalSpy swept(&sweeper, &AttachmentSweeper::swept);
        sweeper.start();
        QCOMPARE(swept.takeFirst().at(0).toInt(), 0);

        // 24 h after the first upload: not yet. Past it: the first unattached one goes.
        now += Attachments::UnattachedLifetimeMs - 60 * 60 * 1000;
        QVERIFY(swept.wait());
        QVERIFY(store.find(kept));
        now += 1;
        QTRY_VERIFY(!store.find(kept));
        QVERIFY(!QFile::exists(store.filePath(kept)));
        QVERIFY(store.find(attached));
        QVERIFY(QFile::exists(store.filePath(attached)));
        QVERIFY(store.find(younger));
        now += 60 * 60 * 1000;
        QTRY_VERIFY(!store.find(younger));
        QVERIFY(store.find(attached));
        QCOMPARE(conversations.messagesAfter(conversation, 0, 10)
                     .first()
                     .attachments.first()
                     .toObject()
                     .value(u"id"_s)
                     .toString(),
                 attached);
    }

    void memoryDatabasesKeepFilesInATemporaryFolder()
    {
        Database database;
        QVERIFY(database.open(u":memory:"_s));
        Accounts accounts(database.connection());
        const qint64 user = *accounts.createUser(u"B"_s, u"b@x.test"_s, u"buyer"_s, u"p"_s);
        QString folder;
        {
            Attachments store(database.connection(), {});
            QString error;
            QVERIFY(store.open(&error));
            folder = store.folder();
            const QByteArray pdf = samples::pdf();
            const auto record = store.store(user, u"c"_s, u"r.pdf"_s, inspected(pdf), pdf);
            QVERIFY(record);
            QVERIFY(QFile::exists(store.filePath(record->id)));
            QCOMPARE(QFile::permissions(folder) & 0x0077, QFile::Permissions());
        }
        QVERIFY(!QDir(folder).exists());
    }

    void leftoverFilesAreRemovedOnOpen()
    {
        QTemporaryDir data;
        const QString path = data.filePath(u"db.sqlite"_s);
        Database database;
        QVERIFY(database.open(path));
        Accounts accounts(database.connection());
        const qint64 user = *accounts.createUser(u"B"_s, u"b@x.test"_s, u"buyer"_s, u"p"_s);
        const QString folder = Attachments::folderBeside(path);
        QCOMPARE(folder, data.filePath(u"db-attachments"_s));
        QString id;
        {
            Attachments store(database.connection(), folder);
            QString error;
            QVERIFY(store.open(&error));
            const QByteArray gif = samples::gif();
            id = store.store(user, u"c"_s, u"a.gif"_s, inspected(gif), gif)->id;
        }
        // A crash between a file and its row, and a thumbnail cut short.
        for (const QString &name : {u"0d9c0e8e-orphan"_s, id + u".thumb.jpg.part"_s}) {
            QFile stray(QDir(folder).filePath(name));
            QVERIFY(stray.open(QIODevice::WriteOnly));
        }
        Attachments store(database.connection(), folder);
        QString error;
        QVERIFY(store.open(&error));
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{id});
    }

    void aThumbnailAskedForBeforeItsJobStartsIsMadeThere()
    {
        // One worker: the second job waits behind the first, so asking for its bytes runs
        // it on this thread, continuation included (which once freed the future waited on).
        QTemporaryDir folder;
        const auto write = [&folder](const QString &name, const QByteArray &bytes) {
            QFile file(folder.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        QVERIFY(write(u"big"_s, samples::jpeg(4000, 3000)));
        QVERIFY(write(u"dot"_s, samples::gif()));
        AttachmentThumbnails thumbnails;
        QSignalSpy finished(&thumbnails, &AttachmentThumbnails::finished);
        thumbnails.make(folder.filePath(u"big"_s), folder.filePath(u"big.thumb.jpg"_s));
        thumbnails.make(folder.filePath(u"dot"_s), folder.filePath(u"dot.thumb.jpg"_s));
        const QByteArray dot =
            thumbnails.bytes(folder.filePath(u"dot"_s), folder.filePath(u"dot.thumb.jpg"_s));
        QCOMPARE(QImage::fromData(dot, "JPEG").size(), QSize(1, 1));
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(QImage(folder.filePath(u"big.thumb.jpg"_s)).size(), QSize(320, 240));
        QCOMPARE(QFile::permissions(folder.filePath(u"big.thumb.jpg"_s)) & 0x7077,
                 QFile::ReadOwner | QFile::WriteOwner);
    }

    void inspectorVerdicts_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("refusal");
        QTest::addColumn<QString>("mime");
        using R = InspectedFile::Refusal;
        const QByteArray photo = samples::jpeg(300, 200);
        QTest::newRow("jpeg") << photo << int(R::None) << u"image/jpeg"_s;
        QTest::newRow("jpeg without its last byte")
            << photo.chopped(1) << int(R::Undecodable) << u"image/jpeg"_s;
        QTest::newRow("jpeg header only")
            << photo.first(600) << int(R::Undecodable) << u"image/jpeg"_s;
        QTest::newRow("png") << samples::png() << int(R::None) << u"image/png"_s;
        QTest::newRow("png bomb") << samples::pngDeclaring(30000, 30000) << int(R::TooManyPixels)
                                  << u"image/png"_s;
        QTest::newRow("png just over 50 MP")
            << samples::pngDeclaring(10001, 5000) << int(R::TooManyPixels) << u"image/png"_s;
        QTest::newRow("png small but no pixels")
            << samples::pngDeclaring(10, 10) << int(R::Undecodable) << u"image/png"_s;
        QTest::newRow("gif") << samples::gif() << int(R::None) << u"image/gif"_s;
        QTest::newRow("pdf") << samples::pdf() << int(R::None) << u"application/pdf"_s;
        QTest::newRow("elf") << samples::elfExecutable() << int(R::UnsupportedType) << QString();
        QTest::newRow("empty") << QByteArray() << int(R::Empty) << QString();
        QTest::newRow("svg") << QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                             << int(R::UnsupportedType) << QString();
    }

    void inspectorVerdicts()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, refusal);
        QFETCH(QString, mime);
        const InspectedFile file = AttachmentInspector::inspect(bytes);
        QCOMPARE(int(file.refusal), refusal);
        QCOMPARE(file.accepted(), file.problem.isEmpty());
        if (!mime.isEmpty())
            QCOMPARE(file.mime, mime);
    }

    void multipartReader()
    {
        const QByteArray body = "preamble\r\n--b\r\n"
                                "Content-Disposition: form-data; name=\"file\"; "
                                "filename=\"a;\\\"b\\\".gif\"\r\nContent-Type: image/gif\r\n\r\n"
                                "GIF\r\n--b\r\n"
                                "content-disposition: form-data; name=client_id\r\n\r\n"
                                "c-1\r\n--b--\r\nepilogue";
        const MultipartFormData form =
            MultipartFormData::parse("multipart/form-data; boundary=\"b\"", body);
        QCOMPARE(form.error(), MultipartFormData::Error::None);
        QCOMPARE(form.parts().size(), 2);
        QCOMPARE(form.parts().at(0).fileName, u"a;\"b\".gif"_s);
        QCOMPARE(form.parts().at(0).data, QByteArray("GIF"));
        QVERIFY(!form.parts().at(1).hasFileName);
        QCOMPARE(form.partsNamed("client_id").first().data, QByteArray("c-1"));

        using E = MultipartFormData::Error;
        QCOMPARE(MultipartFormData::parse("application/json", body).error(), E::NotMultipart);
        QCOMPARE(MultipartFormData::parse("multipart/form-data", body).error(), E::NoBoundary);
        QCOMPARE(
            MultipartFormData::parse("multipart/form-data; boundary=" + QByteArray(71, 'b'), body)
                .error(),
            E::NoBoundary);
        QCOMPARE(
            MultipartFormData::parse("multipart/form-data; boundary=b", body.first(90)).error(),
            E::Unterminated);
        QCOMPARE(MultipartFormData::parse("multipart/form-data; boundary=zz", body).error(),
                 E::Unterminated);
        QCOMPARE(MultipartFormData::parse("multipart/form-data; boundary=b",
                                          "--b\r\nX-Nothing: here\r\n\r\nx\r\n--b--")
                     .error(),
                 E::Malformed);
        QByteArray many;
        for (int i = 0; i <= MultipartFormData::MaxParts; ++i)
            many += "--b\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\nx\r\n";
        QCOMPARE(
            MultipartFormData::parse("multipart/form-data; boundary=b", many + "--b--").error(),
            E::TooManyParts);
    }

    void rangeParsing()
    {
        using K = HttpRange::Request::Kind;
        const auto parse = [](QByteArrayView range) {
            return HttpRange::parse(range, {}, "\"e\"", 1000);
        };
        QCOMPARE(parse("bytes=0-0").kind, K::Partial);
        QCOMPARE(parse("bytes=990-5000").last, 999);
        QCOMPARE(parse("bytes=-2000").first, 0);
        QCOMPARE(parse("bytes=-0").kind, K::Unsatisfiable);
        QCOMPARE(parse("bytes=1000-").kind, K::Unsatisfiable);
        QCOMPARE(parse("items=0-1").kind, K::Whole);
        QCOMPARE(parse("bytes=a-b").kind, K::Whole);
        QCOMPARE(parse("bytes=-").kind, K::Whole);
        QCOMPARE(parse("bytes=99999999999999999999-").kind, K::Whole);
        QVERIFY(HttpRange::noneMatchHits("*", "\"e\""));
        QVERIFY(HttpRange::noneMatchHits("W/\"e\"", "\"e\""));
        QVERIFY(!HttpRange::noneMatchHits("\"f\"", "\"e\""));
        QVERIFY(!HttpRange::noneMatchHits("", "\"e\""));
    }
};

QTEST_GUILESS_MAIN(AttachmentStoreTest)
#include "tst_attachment_store.moc"
