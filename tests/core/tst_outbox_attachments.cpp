// The outbox with attachments against a stub marketplace in the test's process: copies
// made before anything is queued (the originals may go at once), uploads then the post,
// the copies removed after; a crash at each step (after the copy, after the entry is
// written, after an upload whose id was not saved, after the post whose removal was
// not saved) and a restart deliver the message once with each file uploaded once;
// cancel during an upload; a refused type fails the entry with the server's reason; a
// folder that cannot be written queues nothing. Also the store: the current schema
// from a version-3 file, and the attachments of a salvaged outbox.
#include "FutureResult.h"
#include "OldSchemaCache.h"
#include "StubMarketplace.h"
#include "api/MarketplaceApi.h"
#include "inbox/MessageListModel.h"
#include "inbox/Outbox.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QHttpServerRequest>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace envisage;
using inbox::Outbox;
using sandbox::HttpReply;
using store::OutboxEntry;
using store::Store;
using testing::futureResult;
using testing::StubMarketplace;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// One run of the app: its cache and its outbox. Destroying it is the app stopping.
struct Run
{
    std::unique_ptr<Store> store;
    std::unique_ptr<Outbox> outbox;

    // The store first, as AccountSession does: it finishes the jobs already queued while
    // the outbox waiting for their answers is alive, and the answers go with the outbox
    // (whenFinished drops an answer whose receiver is gone).
    ~Run() { store.reset(); }
};

} // namespace

class OutboxAttachmentsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    int m_case = 0;
    QString m_cache;
    QString m_outboxFolder;

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

    std::unique_ptr<Run> start(api::MarketplaceApi &client, bool paused = false)
    {
        auto run = std::make_unique<Run>();
        run->store = std::make_unique<Store>(m_cache);
        if (!futureResult(run->store->open()).ok)
            return nullptr;
        run->outbox = std::make_unique<Outbox>(client, *run->store);
        run->outbox->setFolder(m_outboxFolder);
        run->outbox->setOrphanAge(std::chrono::seconds(0));
        run->outbox->setRetryDelays(std::chrono::milliseconds(50), std::chrono::milliseconds(200));
        run->outbox->setPaused(paused);
        run->outbox->load();
        // Loaded, and the copies no stored entry names removed, before the test queues
        // anything: with an orphan age of 0 the removal (on the thread pool) would take the
        // folder of a message being copied just then as an earlier run's orphan.
        if (!QTest::qWaitFor([&run] { return run->outbox->isLoaded(); }))
            return nullptr;
        QThreadPool::globalInstance()->waitForDone();
        return run;
    }

    QStringList files(int count, qsizetype size = 200000)
    {
        QStringList paths;
        for (int i = 0; i < count; ++i) {
            const QString path = m_folder.filePath(u"case%1-file%2.pdf"_s.arg(m_case).arg(i));
            QByteArray bytes = "%PDF-1.4 " + QByteArray::number(i) + ' ';
            bytes.append(QByteArray(size, char('a' + i)));
            writeFile(path, bytes);
            paths.append(path);
        }
        return paths;
    }

    QStringList copiesLeft() const
    {
        return QDir(m_outboxFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    }

    // What the server must have in the end: one message with every file, each once.
    void verifyDeliveredOnce(const StubMarketplace &stub, int fileCount, const QString &body)
    {
        QCOMPARE(stub.messages.size(), 1);
        QCOMPARE(stub.messages.first().value(u"body"_s).toString(), body);
        const QJsonArray attached = stub.messages.first().value(u"attachments"_s).toArray();
        QCOMPARE(attached.size(), fileCount);
        QCOMPARE(stub.uploads.size(), fileCount);
        for (int i = 0; i < fileCount; ++i) {
            QCOMPARE(attached.at(i).toObject().value(u"id"_s).toString(), stub.uploads.at(i).id);
            QVERIFY(stub.uploads.at(i).bytes.startsWith("%PDF-1.4 " + QByteArray::number(i)));
        }
    }

private Q_SLOTS:
    void init()
    {
        ++m_case;
        m_cache = m_folder.filePath(u"case%1/cache.sqlite"_s.arg(m_case));
        m_outboxFolder = Store::folderBeside(m_cache, u"outbox"_s);
    }

    void sendsCopiesThenTheMessageAndRemovesThem()
    {
        StubMarketplace stub;
        auto client = api(stub);
        auto run = start(*client);
        QVERIFY(run);
        inbox::MessageListModel model;
        QAbstractItemModelTester tester(&model);
        model.reset(1, 2);
        connect(run->outbox.get(), &Outbox::entryAdded, &model,
                &inbox::MessageListModel::addPending);
        connect(run->outbox.get(), &Outbox::entryChanged, &model,
                &inbox::MessageListModel::updatePending);
        connect(run->outbox.get(), &Outbox::uploadProgress, &model,
                [&model](const QString &id, int index, qint64 sent, qint64) {
                    model.setUploadProgress(id, index, sent);
                });
        QSignalSpy delivered(run->outbox.get(), &Outbox::delivered);
        QSignalSpy progress(run->outbox.get(), &Outbox::uploadProgress);
        const QStringList originals = files(2, 1024 * 1024);
        const QString clientId = run->outbox->enqueue(1, QString(), originals); // files only
        QVERIFY(!clientId.isEmpty());
        // The seller deletes the originals at once: the copies are made from them anyway.
        for (const QString &path : originals)
            QVERIFY(QFile::remove(path));
        const QVariantList pending =
            model.index(1).data(inbox::MessageListModel::AttachmentsRole).toList();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.first().toMap().value(u"name"_s).toString(), u"case1-file0.pdf"_s);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 15000);
        verifyDeliveredOnce(stub, 2, u""_s);
        QVERIFY(!progress.isEmpty());
        model.merge(delivered.first().at(1).value<api::Message>());
        model.flush();
        const QVariantList sent =
            model.index(1).data(inbox::MessageListModel::AttachmentsRole).toList();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.first().toMap().value(u"id"_s).toString(), stub.uploads.first().id);
        QVERIFY(sent.first().toMap().value(u"url"_s).toString().startsWith(u"/api/attachments/"_s));
        QTRY_VERIFY(copiesLeft().isEmpty());
        QVERIFY(futureResult(run->store->outbox()).isEmpty());
    }

    void aCrashAtEachStepDeliversOnce_data()
    {
        QTest::addColumn<QString>("step");
        QTest::newRow("after the copy") << u"copy"_s;
        QTest::newRow("after the entry is written") << u"stored"_s;
        QTest::newRow("after an upload, its id not saved") << u"upload"_s;
        QTest::newRow("after the post, its removal not saved") << u"post"_s;
    }

    void aCrashAtEachStepDeliversOnce()
    {
        QFETCH(QString, step);
        StubMarketplace stub;
        auto client = api(stub);
        auto run = start(*client, step == u"copy"_s || step == u"stored"_s);
        QVERIFY(run);
        bool crashed = false;
        Store *store = run->store.get();
        Outbox *outbox = run->outbox.get();
        const auto refuseWrites = [store] {
            store->run<bool>([](store::StoreDatabase &db) { return db.setQueryOnly(true); });
        };
        if (step == u"copy"_s) {
            // Before the entry is written: as if the process died here. Nothing was queued.
            connect(outbox, &Outbox::filesCopied, this, [&](const QString &) {
                refuseWrites();
                crashed = true;
            });
        } else if (step == u"stored"_s) {
            connect(outbox, &Outbox::entryStored, this, [&](const QString &) { crashed = true; });
        } else if (step == u"upload"_s) {
            connect(outbox, &Outbox::attachmentUploaded, this, [&](const QString &, int index) {
                if (index == 0) {
                    refuseWrites(); // queued before the id's write
                    crashed = true;
                }
            });
        } else {
            stub.onMessageStored = [&] {
                refuseWrites(); // the answer arrives, the removal does not reach the disk
                crashed = true;
            };
        }
        QVERIFY(!outbox->enqueue(1, u"Two photos"_s, files(2)).isEmpty());
        QTRY_VERIFY(crashed);
        QTest::qWait(100);
        run.reset(); // the app is gone

        // The next start sends what the cache holds, once.
        stub.onMessageStored = nullptr;
        auto next = start(*client);
        QVERIFY(next);
        if (step == u"copy"_s) {
            QTRY_VERIFY(next->outbox->isLoaded());
            QVERIFY(next->outbox->entries().isEmpty());
            QTRY_VERIFY(copiesLeft().isEmpty()); // the orphaned copies are removed
            QCOMPARE(stub.uploadRequests, 0);
            return;
        }
        QTRY_VERIFY_WITH_TIMEOUT(next->outbox->isLoaded() && next->outbox->entries().isEmpty(),
                                 15000);
        verifyDeliveredOnce(stub, 2, u"Two photos"_s);
        if (step == u"upload"_s)
            QVERIFY(stub.uploadRequests >= 3); // the first one again, answered with the same
        if (step == u"post"_s)
            QCOMPARE(stub.messageRequests, 2); // answered 200 with the stored message
        QTRY_VERIFY(copiesLeft().isEmpty());
        QVERIFY(futureResult(next->store->outbox()).isEmpty());
    }

    // A text written while the files of the message before it are still being copied
    // is written after it: after a restart, the cache's order is the sending order.
    void aTextQueuedBehindFilesKeepsItsPlace()
    {
        StubMarketplace stub;
        auto client = api(stub);
        auto run = start(*client, true);
        QVERIFY(run);
        QSignalSpy stored(run->outbox.get(), &Outbox::entryStored);
        const QString withFiles =
            run->outbox->enqueue(1, u"First, with files"_s, files(3, 2 << 20));
        const QString text = run->outbox->enqueue(1, u"Second"_s);
        QTRY_COMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).at(0).toString(), withFiles);
        const QList<OutboxEntry> onDisk = futureResult(run->store->outbox());
        QCOMPARE(onDisk.size(), 2);
        QCOMPARE(onDisk.at(0).clientId, withFiles);
        QCOMPARE(onDisk.at(1).clientId, text);
        QCOMPARE(onDisk.at(0).attachments.size(), 3);
        run.reset();
        auto next = start(*client);
        QTRY_COMPARE_WITH_TIMEOUT(stub.messages.size(), 2, 15000);
        QCOMPARE(stub.messages.at(0).value(u"body"_s).toString(), u"First, with files"_s);
        QCOMPARE(stub.messages.at(1).value(u"body"_s).toString(), u"Second"_s);
    }

    void cancelDuringAnUploadQueuesNothing()
    {
        StubMarketplace stub;
        auto client = api(stub);
        auto run = start(*client);
        QVERIFY(run);
        Outbox *outbox = run->outbox.get();
        QSignalSpy removed(outbox, &Outbox::entryRemoved);
        bool cancelled = false;
        connect(outbox, &Outbox::uploadProgress, this,
                [&](const QString &clientId, int, qint64 sent) {
                    if (sent > 0 && !cancelled)
                        cancelled = outbox->cancel(clientId);
                });
        const QString clientId = outbox->enqueue(1, u"Never mind"_s, files(1, 8 * 1024 * 1024));
        QTRY_VERIFY(cancelled);
        QCOMPARE(removed.size(), 1);
        QVERIFY(outbox->entries().isEmpty());
        QTRY_VERIFY(copiesLeft().isEmpty());
        QTest::qWait(200);
        QCOMPARE(stub.messageRequests, 0);
        QVERIFY(futureResult(run->store->outbox()).isEmpty());
        // Later messages still go.
        QSignalSpy delivered(outbox, &Outbox::delivered);
        outbox->enqueue(1, u"Text only"_s);
        QTRY_COMPARE(delivered.size(), 1);
        QVERIFY(!outbox->cancel(clientId)); // gone already
    }

    void aRefusedTypeFailsTheEntryWithTheServersReason()
    {
        StubMarketplace stub;
        const QString reason = u"The file must be a JPEG, PNG, GIF, WebP or PDF."_s;
        stub.override = [reason](const QHttpServerRequest &request) -> std::optional<HttpReply> {
            if (request.url().path() != u"/api/attachments"_s)
                return std::nullopt;
            return HttpReply::json(
                422, QJsonObject{{u"message"_s, reason},
                                 {u"errors"_s, QJsonObject{{u"file"_s, QJsonArray{reason}}}}});
        };
        auto client = api(stub);
        auto run = start(*client);
        QVERIFY(run);
        const QString clientId = run->outbox->enqueue(1, u"Look"_s, files(1));
        QTRY_VERIFY(!run->outbox->entries().isEmpty() &&
                    run->outbox->entries().first().state == OutboxEntry::State::Failed);
        QVERIFY2(run->outbox->entries().first().lastError.contains(reason),
                 qPrintable(run->outbox->entries().first().lastError));
        QCOMPARE(stub.messageRequests, 0);
        QVERIFY(run->outbox->discard(clientId));
        QTRY_VERIFY(copiesLeft().isEmpty());
    }

    void aFolderThatCannotBeWrittenQueuesNothing()
    {
        StubMarketplace stub;
        auto client = api(stub);
        auto run = start(*client);
        QVERIFY(run);
        // A file where the folder should be: nothing can be made under it (also as root).
        const QString blocker = m_folder.filePath(u"blocker"_s);
        QVERIFY(writeFile(blocker, "x"));
        run->outbox->setFolder(blocker + u"/outbox"_s);
        QSignalSpy failed(run->outbox.get(), &Outbox::enqueueFailed);
        QSignalSpy removed(run->outbox.get(), &Outbox::entryRemoved);
        const QString clientId = run->outbox->enqueue(1, u"Photo"_s, files(1));
        QVERIFY(!clientId.isEmpty());
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), clientId);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        QCOMPARE(removed.size(), 1);
        QVERIFY(run->outbox->entries().isEmpty());
        QVERIFY(futureResult(run->store->outbox()).isEmpty());
        // Refused at once: no entry at all.
        QString error;
        QVERIFY(
            run->outbox->enqueue(1, u"x"_s, {m_folder.filePath(u"gone.pdf"_s)}, &error).isEmpty());
        QVERIFY(error.contains(u"gone.pdf"_s));
        QVERIFY(run->outbox->enqueue(1, u"x"_s, files(4), &error).isEmpty());
    }

    void migratesFromVersionThreeAndKeepsAttachments()
    {
        {
            QDir().mkpath(QFileInfo(m_cache).absolutePath());
            testing::OldSchemaCache oldCache(m_cache, 3);
            QVERIFY2(oldCache.create(), qPrintable(oldCache.error()));
            QVERIFY(oldCache.query().exec(
                u"INSERT INTO outbox (client_id, conversation_id, body, created_at, state, "
                u"attempts, sequence) VALUES ('old', 4, 'Unsent before the upgrade', "
                u"1700000000000, 'pending', 0, 1)"_s));
        }
        Store store(m_cache);
        const QString notUpgraded = testing::openUpgraded(store);
        QVERIFY2(notUpgraded.isEmpty(), qPrintable(notUpgraded));
        QList<OutboxEntry> entries = futureResult(store.outbox());
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().body, u"Unsent before the upgrade"_s);
        QVERIFY(entries.first().attachments.isEmpty());

        OutboxEntry entry;
        entry.clientId = u"new"_s;
        entry.conversationId = 4;
        entry.createdAt = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 3; ++i)
            entry.attachments.append({u"/copies/%1"_s.arg(i),
                                      u"photo %1.jpg"_s.arg(i),
                                      u"image/jpeg"_s,
                                      100 + i,
                                      u"upload-%1"_s.arg(i),
                                      {},
                                      0});
        QVERIFY(futureResult(store.addToOutbox(entry)));
        QVERIFY(futureResult(store.setOutboxAttachmentId(u"new"_s, 1, u"server-1"_s)));
        entries = futureResult(store.outbox());
        QCOMPARE(entries.size(), 2);
        const OutboxEntry &read = entries.at(1);
        QCOMPARE(read.attachments.size(), 3);
        QCOMPARE(read.attachments.at(2).name, u"photo 2.jpg"_s);
        QCOMPARE(read.attachments.at(2).size, 102);
        QCOMPARE(read.attachments.at(0).clientId, u"upload-0"_s);
        QVERIFY(!read.attachments.at(0).isUploaded());
        QCOMPARE(read.attachments.at(1).attachmentId, u"server-1"_s);
        QVERIFY(futureResult(store.removeFromOutbox(u"new"_s)));
        QCOMPARE(futureResult(store.outbox()).size(), 1);
        // The same client id again (its rows went with it): written anew.
        QVERIFY(futureResult(store.addToOutbox(entry)));
        QCOMPARE(futureResult(store.outbox()).at(1).attachments.size(), 3);
    }

    void aSalvagedOutboxKeepsItsAttachments()
    {
        // A cache written by a newer version: kept aside, its outbox carried over whole.
        const QString source = m_folder.filePath(u"newer-source-%1.sqlite"_s.arg(m_case));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer4"_s);
            db.setDatabaseName(source);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (int version = 1; version <= store::StoreDatabase::SchemaVersion; ++version) {
                for (const QString &statement : store::StoreDatabase::migrationStatements(version))
                    QVERIFY2(query.exec(statement), qPrintable(statement));
            }
            QVERIFY(query.exec(
                u"PRAGMA user_version = %1"_s.arg(store::StoreDatabase::SchemaVersion + 1)));
            QVERIFY(query.exec(
                u"INSERT INTO outbox (client_id, conversation_id, body, created_at, state, "
                u"attempts, sequence) VALUES ('m', 4, '', 1700000000000, 'pending', 1, 1)"_s));
            QVERIFY(query.exec(
                u"INSERT INTO outbox_attachments VALUES ('m', 0, '/copies/a.jpg', 'a.jpg', "
                u"'image/jpeg', 10, 'u-a', 'server-a')"_s));
            QVERIFY(query.exec(
                u"INSERT INTO outbox_attachments VALUES ('m', 1, '/copies/b.pdf', 'b.pdf', "
                u"'application/pdf', 20, 'u-b', NULL)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"newer4"_s);
        QDir().mkpath(QFileInfo(m_cache).absolutePath());
        QVERIFY(QFile::copy(source, m_cache));
        Store store(m_cache);
        const store::OpenResult opened = futureResult(store.open());
        QVERIFY(opened.ok);
        QVERIFY(opened.rebuilt);
        QCOMPARE(opened.salvagedOutbox, 1);
        const QList<OutboxEntry> entries = futureResult(store.outbox());
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().attachments.size(), 2);
        QCOMPARE(entries.first().attachments.at(0).attachmentId, u"server-a"_s);
        QCOMPARE(entries.first().attachments.at(1).clientId, u"u-b"_s);
        QCOMPARE(entries.first().attachments.at(1).path, u"/copies/b.pdf"_s);
    }
};

QTEST_GUILESS_MAIN(OutboxAttachmentsTest)
#include "tst_outbox_attachments.moc"
