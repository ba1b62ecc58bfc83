// Attachments end to end against the real sandbox: envisage-cli killed after each step
// of sending (the copy, the entry written, the first upload) and then `sync` — the
// message arrives once, each file stored once by the server (its own table, by
// checksum); the session sends a photo and shows the server's attachment, the cache
// fetches its thumbnail; `envisage-cli download` writes the file.
#include "AttachmentSamples.h"
#include "SandboxProcess.h"
#include "SandboxSession.h"
#include "TestHttp.h"
#include "inbox/AttachmentCache.h"
#include "inbox/InboxSession.h"
#include "inbox/Outbox.h"
#include "secrets/SecretStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace envisage;
using envisage::testing::SandboxProcess;
using envisage::testing::TestHttp;
using inbox::InboxSession;
using inbox::MessageListModel;
namespace samples = envisage::testing::samples;

class AttachmentsSandboxTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    SandboxProcess m_sandbox;
    QString m_database;
    TestHttp m_http;
    QString m_buyerToken;
    QString m_sellerToken;
    qint64 m_conversationId = 0;
    int m_files = 0;

    QString writeSample(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_folder.filePath(u"%1-%2"_s.arg(++m_files).arg(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    // A PDF no other test sends (the server's checksum tells it apart).
    QByteArray uniquePdf()
    {
        return samples::pdf() + "% " + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) +
               '-' + QByteArray::number(++m_files) + '\n';
    }

    // How many uploads the server stored with these bytes.
    int storedCopies(const QByteArray &bytes)
    {
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(m_database);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(u"SELECT count(*) FROM attachments WHERE sha256 = ?"_s);
                query.addBindValue(sha);
                if (query.exec() && query.next())
                    count = query.value(0).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        return count;
    }

    QJsonArray serverMessages(int count)
    {
        return m_http
            .get(m_sandbox.apiUrl(
                     u"/api/conversations/%1/messages?per_page=%2"_s.arg(m_conversationId)
                         .arg(count)),
                 m_buyerToken)
            .json()
            .value(u"data"_s)
            .toArray();
    }

    int cli(const QStringList &arguments, const QString &cache, QByteArray *output = nullptr,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        const QByteArray ready =
            QJsonDocument(QJsonObject{{u"api_url"_s, m_sandbox.apiUrl().toString()},
                                      {u"ws_host"_s, m_sandbox.wsHost()},
                                      {u"ws_port"_s, m_sandbox.wsPort()},
                                      {u"app_key"_s, m_sandbox.appKey()}})
                .toJson(QJsonDocument::Compact);
        process.start(QStringLiteral(ENVISAGE_CLI_BIN),
                      QStringList{u"--sandbox-ready"_s, QString::fromUtf8(ready), u"--token"_s,
                                  m_sellerToken, u"--cache"_s, cache} +
                          arguments);
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished(2000);
            qWarning().noquote() << "envisage-cli" << arguments.join(u' ') << "did not finish:\n"
                                 << process.readAllStandardError();
            return -1;
        }
        if (output)
            *output = process.readAllStandardOutput();
        if (process.exitCode() != 0)
            qInfo().noquote() << "envisage-cli" << arguments.first()
                              << "said:" << process.readAllStandardError();
        return process.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"envisage-tests"_s);
        m_database = m_folder.filePath(u"sandbox.sqlite"_s);
        QVERIFY(m_sandbox.start({u"--database"_s, m_database, u"--seed"_s, u"demo"_s}));
        m_buyerToken = m_http.login(m_sandbox.apiUrl(), u"buyer1@envisage.test"_s, u"demo-buyer"_s);
        m_sellerToken =
            m_http.login(m_sandbox.apiUrl(), u"seller@envisage.test"_s, u"demo-seller"_s);
        m_conversationId =
            m_http.get(m_sandbox.apiUrl(u"/api/conversations"_s), m_buyerToken).firstId();
        QVERIFY(m_conversationId > 0);
    }

    void cliSendsOnceAfterACrashAtEachStep_data()
    {
        QTest::addColumn<QString>("hook");
        QTest::newRow("after the copy") << u"ENVISAGE_CLI_EXIT_AFTER_COPY"_s;
        QTest::newRow("after the entry is written") << u"ENVISAGE_CLI_EXIT_AFTER_QUEUE"_s;
        QTest::newRow("after the first upload") << u"ENVISAGE_CLI_EXIT_AFTER_UPLOAD"_s;
    }

    void cliSendsOnceAfterACrashAtEachStep()
    {
        QFETCH(QString, hook);
        const QString cache = m_folder.filePath(u"crash-%1.sqlite"_s.arg(hook));
        const QByteArray pdf = uniquePdf();
        const QByteArray png = samples::png(40 + m_files, 30); // no metadata: sent unchanged
        const QString pdfPath = writeSample(u"receipt.pdf"_s, pdf);
        const QString pngPath = writeSample(u"label.png"_s, png);
        const QString body = u"Crash %1 %2"_s.arg(hook).arg(QDateTime::currentMSecsSinceEpoch());
        QProcessEnvironment crashing = QProcessEnvironment::systemEnvironment();
        crashing.insert(hook, u"1"_s);
        QCOMPARE(cli({u"send"_s, QString::number(m_conversationId), body, u"--attach"_s, pdfPath,
                      u"--attach"_s, pngPath},
                     cache, nullptr, crashing),
                 0);
        QVERIFY(serverMessages(1).first().toObject().value(u"body"_s).toString() != body);
        QFile::remove(pdfPath); // the seller tidies up: the outbox has its own copies
        QFile::remove(pngPath);

        QByteArray output;
        QCOMPARE(cli({u"sync"_s}, cache, &output), 0);
        if (hook == u"ENVISAGE_CLI_EXIT_AFTER_COPY"_s) {
            // It died before the message was written: nothing is queued, nothing sent.
            QVERIFY(output.isEmpty());
            QCOMPARE(storedCopies(pdf), 0);
            return;
        }
        QVERIFY2(output.contains(body.toUtf8()), output.constData());
        QCOMPARE(cli({u"sync"_s}, cache, &output), 0);
        QVERIFY(output.isEmpty()); // nothing left
        int copies = 0;
        QJsonArray attachments;
        for (const QJsonValue &message : serverMessages(10)) {
            if (message.toObject().value(u"body"_s).toString() == body) {
                ++copies;
                attachments = message.toObject().value(u"attachments"_s).toArray();
            }
        }
        QCOMPARE(copies, 1);
        QCOMPARE(attachments.size(), 2);
        QCOMPARE(attachments.at(0).toObject().value(u"mime"_s).toString(), u"application/pdf"_s);
        QCOMPARE(attachments.at(1).toObject().value(u"mime"_s).toString(), u"image/png"_s);
        QVERIFY(
            attachments.at(0).toObject().value(u"name"_s).toString().endsWith(u"receipt.pdf"_s));
        QCOMPARE(storedCopies(pdf), 1); // uploaded once, also when the upload was repeated
        QCOMPARE(storedCopies(png), 1);
        // The copies are gone once the message is delivered.
        const QString copiesFolder = m_folder.filePath(u"crash-%1-outbox"_s.arg(hook));
        QVERIFY(QDir(copiesFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }

    void theSessionSendsAPhotoAndTheCacheShowsIt()
    {
        secrets::MemorySecretStore secrets;
        InboxSession::Options options;
        options.cachePath = m_folder.filePath(u"session/cache.sqlite"_s);
        InboxSession session(testing::profileOf(m_sandbox), &secrets, options);
        session.signInWithToken(m_sellerToken);
        QTRY_COMPARE(session.state(), InboxSession::State::Ready);
        session.openConversation(m_conversationId);
        MessageListModel *messages = session.messages();
        QTRY_VERIFY(messages->rowCount() > 10);
        QSignalSpy progress(&session, &InboxSession::uploadProgress);
        const QString photo = writeSample(u"desk.jpg"_s, samples::jpeg(800, 600));
        QString error;
        const QString clientId = session.sendMessage(m_conversationId, u""_s, {photo}, &error);
        QVERIFY2(!clientId.isEmpty(), qPrintable(error));
        const auto lastAttachments = [messages] {
            return messages->index(messages->rowCount() - 1)
                .data(MessageListModel::AttachmentsRole)
                .toList();
        };
        QCOMPARE(lastAttachments().size(), 1); // shown at once, as pending
        QTRY_VERIFY_WITH_TIMEOUT(session.outbox()->entries().isEmpty(), 15000);
        QVERIFY(!progress.isEmpty());
        QTRY_VERIFY(lastAttachments().value(0).toMap().contains(u"url"_s));
        const QVariantMap shown = lastAttachments().value(0).toMap();
        QCOMPARE(shown.value(u"mime"_s).toString(), u"image/jpeg"_s);
        QCOMPARE(shown.value(u"name"_s).toString(), QFileInfo(photo).fileName());
        QCOMPARE(shown.value(u"width"_s).toInt(), 800);

        // The buyer sees the same attachment and may fetch it.
        const QJsonObject newest = serverMessages(1).first().toObject();
        const QJsonArray attachments = newest.value(u"attachments"_s).toArray();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.first().toObject().value(u"id"_s).toString(),
                 shown.value(u"id"_s).toString());

        const api::Attachment attachment = shown.value(u"attachment"_s).value<api::Attachment>();
        QCOMPARE(attachment.id, shown.value(u"id"_s).toString());
        inbox::AttachmentCache *cache = session.attachments();
        QVERIFY(cache);
        QSignalSpy ready(cache, &inbox::AttachmentCache::ready);
        QSignalSpy failed(cache, &inbox::AttachmentCache::failed);
        cache->request(attachment, inbox::AttachmentCache::Kind::Thumbnail);
        cache->request(attachment, inbox::AttachmentCache::Kind::Full);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size() + failed.size(), 2, 15000);
        QCOMPARE(failed.size(), 0);
        for (const QList<QVariant> &answer : std::as_const(ready)) {
            const QImage image = answer.at(2).value<QImage>();
            if (answer.at(1).value<inbox::AttachmentCache::Kind>() ==
                inbox::AttachmentCache::Kind::Thumbnail)
                QVERIFY(std::max(image.width(), image.height()) <= 320);
            else
                QCOMPARE(image.size(), QSize(800, 600));
        }
    }

    void cliDownloadsAnAttachment()
    {
        const QByteArray pdf = uniquePdf();
        const QString path = writeSample(u"invoice.pdf"_s, pdf);
        const QString cache = m_folder.filePath(u"download.sqlite"_s);
        QByteArray output;
        QCOMPARE(cli({u"send"_s, QString::number(m_conversationId), u""_s, u"--attach"_s, path},
                     cache, &output),
                 0);
        const QJsonObject delivered =
            QJsonDocument::fromJson(output.trimmed()).object().value(u"delivered"_s).toObject();
        const QString id = delivered.value(u"attachments"_s)
                               .toArray()
                               .first()
                               .toObject()
                               .value(u"id"_s)
                               .toString();
        QVERIFY2(!id.isEmpty(), output.constData());
        const QString target = m_folder.filePath(u"downloaded.pdf"_s);
        QCOMPARE(cli({u"download"_s, id, u"-o"_s, target}, cache, &output), 0);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), pdf);
        QVERIFY(output.contains("application/pdf"));
        // An id the server does not know: refused (exit code 4), no file left behind.
        const QString missing = m_folder.filePath(u"missing.pdf"_s);
        QCOMPARE(cli({u"download"_s, u"00000000-0000-0000-0000-000000000000"_s, u"-o"_s, missing},
                     cache),
                 4);
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!QFile::exists(missing + u".part"_s));
    }
};

QTEST_GUILESS_MAIN(AttachmentsSandboxTest)
#include "tst_attachments_sandbox.moc"
