// The offline cache: migrations from schema version 1 (version 3's columns filled from
// the JSON) and from every older version with its rows kept, the conversation search's
// escaping of LIKE wildcards, an unreadable file moved aside and rebuilt, the outbox in
// writing order, drafts, notified ids, history paging state, and the thread hand-off
// (every call answers with a QFuture).
#include "CannedRecords.h"
#include "FutureResult.h"
#include "OldSchemaCache.h"
#include "api/MarketplaceJson.h"
#include "store/ConversationSearch.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace envisage;
using store::OutboxEntry;
using store::Store;
using testing::futureResult;

namespace {

api::Message message(qint64 id, qint64 conversationId, const QString &body)
{
    return testing::cannedMessage(id, conversationId, body, u"Ada"_s);
}

api::Conversation conversation(qint64 id, qint64 updatedSeconds)
{
    api::Conversation c;
    c.id = id;
    c.listing = {id * 10, u"Desk"_s, {}, u"249.00"_s, u"EUR"_s};
    c.buyer = {1, u"Ada"_s, u"a@x.test"_s, u"buyer"_s, {}, {}};
    c.seller = {2, u"Sam"_s, u"s@x.test"_s, u"seller"_s, {}, {}};
    c.updatedAt = QDateTime::fromSecsSinceEpoch(updatedSeconds, Qt::UTC);
    return c;
}

} // namespace

class StoreTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;

private Q_SLOTS:
    void roundTrips()
    {
        Store store(m_folder.filePath(u"a/cache.sqlite"_s));
        QVERIFY(futureResult(store.open()).ok);
        store.saveConversations({conversation(1, 100), conversation(2, 300), conversation(3, 200)});
        const QList<api::Conversation> all = futureResult(store.conversations());
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().id, 2); // newest activity first
        QCOMPARE(futureResult(store.conversations(1)).size(), 1);

        QList<api::Message> messages;
        for (qint64 id = 1; id <= 120; ++id)
            messages.append(message(id, 1, u"m%1"_s.arg(id)));
        store.saveMessages(messages);
        const QList<api::Message> newest = futureResult(store.messagesBefore(1, 0, 50));
        QCOMPARE(newest.size(), 50);
        QCOMPARE(newest.first().id, 120);
        QCOMPARE(futureResult(store.messagesBefore(1, 71, 50)).first().id, 70);
        QCOMPARE(futureResult(store.messagesAfter(1, 118, 10)).size(), 2);
        QCOMPARE(futureResult(store.newestMessageId(1)), 120);

        store.saveHistoryState(1, {u"cursor-abc"_s, false});
        QCOMPARE(futureResult(store.historyState(1)).olderCursor, u"cursor-abc"_s);
        store.saveConversations({conversation(1, 400)}); // an update keeps the history state
        QCOMPARE(futureResult(store.historyState(1)).olderCursor, u"cursor-abc"_s);

        store.saveDraft(2, u"half a thought"_s);
        QCOMPARE(futureResult(store.drafts()).value(2), u"half a thought"_s);
        store.saveDraft(2, u"  "_s);
        QVERIFY(!futureResult(store.drafts()).contains(2));

        QVERIFY(futureResult(store.markNotified(55)));
        QVERIFY(!futureResult(store.markNotified(55)));
    }

    void outboxKeepsWritingOrderAcrossRestarts()
    {
        const QString path = m_folder.filePath(u"outbox.sqlite"_s);
        {
            Store store(path);
            QVERIFY(futureResult(store.open()).ok);
            for (int i = 0; i < 3; ++i) {
                OutboxEntry entry;
                entry.clientId = u"c%1"_s.arg(i);
                entry.conversationId = 1;
                entry.body = u"body %1"_s.arg(i);
                entry.createdAt = QDateTime::currentDateTimeUtc();
                store.addToOutbox(entry);
            }
            OutboxEntry failed = futureResult(store.outbox()).at(1);
            failed.state = OutboxEntry::State::Failed;
            failed.lastError = u"refused"_s;
            store.updateOutbox(failed);
            store.removeFromOutbox(u"c0"_s);
            futureResult(store.outbox());
        }
        Store reopened(path);
        QVERIFY(futureResult(reopened.open()).ok);
        const QList<OutboxEntry> entries = futureResult(reopened.outbox());
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).clientId, u"c1"_s);
        QCOMPARE(entries.at(0).state, OutboxEntry::State::Failed);
        QCOMPARE(entries.at(0).lastError, u"refused"_s);
        QCOMPARE(entries.at(1).clientId, u"c2"_s);
        QCOMPARE(entries.at(1).state, OutboxEntry::State::Pending);
    }

    void migratesFromVersionOne()
    {
        const QString path = m_folder.filePath(u"v1.sqlite"_s);
        {
            testing::OldSchemaCache oldCache(path, 1);
            QVERIFY2(oldCache.create(), qPrintable(oldCache.error()));
            QSqlQuery query = oldCache.query();
            QVERIFY(query.exec(u"INSERT INTO drafts VALUES (4, 'kept across the upgrade', 0)"_s));
            // A conversation as version 1 kept it: only its JSON knows its unread count and texts.
            api::Conversation old = conversation(4, 500);
            old.buyer.name = u"Ådne Ørsted"_s;
            old.unreadCount = 2;
            query.prepare(u"INSERT INTO conversations (id, updated_at, json) VALUES (?, ?, ?)"_s);
            query.addBindValue(old.id);
            query.addBindValue(old.updatedAt.toMSecsSinceEpoch());
            query.addBindValue(
                QString::fromUtf8(QJsonDocument(api::MarketplaceJson::writeConversation(old))
                                      .toJson(QJsonDocument::Compact)));
            QVERIFY(query.exec());
        }
        Store store(path);
        const QString notUpgraded = testing::openUpgraded(store);
        QVERIFY2(notUpgraded.isEmpty(), qPrintable(notUpgraded));
        QCOMPARE(futureResult(store.drafts()).value(4), u"kept across the upgrade"_s);
        QVERIFY(futureResult(store.markNotified(1))); // the v2 table exists
        // Version 3 filled the columns the conversation list reads from the JSON.
        QCOMPARE(futureResult(store.unreadCounts()), (QHash<qint64, int>{{4, 2}}));
        const auto found = [&store](const QString &typed) {
            QList<qint64> ids;
            for (const store::ConversationKey &key :
                 futureResult(store.conversationKeys(store::searchNeedle(typed), 2)))
                ids.append(key.id);
            return ids;
        };
        QCOMPARE(found(u"ØRSTED"_s), QList<qint64>{4});
        QCOMPARE(found(u"desk"_s), QList<qint64>{4});
        QCOMPARE(found(u"sam"_s), QList<qint64>{}); // the seller's own name is not searched
    }

    // A file of each older version, with a row in every table it has, opened by this
    // version: every migration after it runs (4 outbox_attachments, 5 saved_replies and
    // saved_reply_edits, 6 the triage flags) and no row is lost on the way.
    void upgradesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 1; version < store::StoreDatabase::SchemaVersion; ++version)
            QTest::addRow("version %d", version) << version;
    }

    void upgradesFromEveryOlderVersion()
    {
        QFETCH(int, from);
        const QString path = m_folder.filePath(u"upgrade-from-%1.sqlite"_s.arg(from));
        api::Conversation old = conversation(4, 500);
        old.unreadCount = 2;
        api::SavedReply reply{9, u"Still there"_s, u"avail"_s, u"Yes, {buyer}."_s,
                              QDateTime::fromSecsSinceEpoch(600, Qt::UTC)};
        {
            testing::OldSchemaCache oldCache(path, from);
            QVERIFY2(oldCache.create(), qPrintable(oldCache.error()));
            QSqlQuery query = oldCache.query();
            const auto json = [](const QJsonObject &object) {
                return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
            };
            QVERIFY(query.exec(u"INSERT INTO drafts VALUES (4, 'kept', 0)"_s));
            QVERIFY(query.exec(u"INSERT INTO outbox (client_id, conversation_id, body, "
                               "created_at, state, attempts, sequence) VALUES ('old', 4, "
                               "'Unsent before the upgrade', 1700000000000, 'pending', 0, 1)"_s));
            query.prepare(u"INSERT INTO messages (id, conversation_id, json) VALUES (?, ?, ?)"_s);
            query.addBindValue(77);
            query.addBindValue(4);
            query.addBindValue(json(api::MarketplaceJson::writeMessage(message(77, 4, u"Hi"_s))));
            QVERIFY(query.exec());
            // Versions 3 and later also fill the columns the list reads, as the app does.
            const store::ConversationSearchText text = store::searchTextOf(old);
            QVariantList values{old.id, old.updatedAt.toMSecsSinceEpoch(),
                                json(api::MarketplaceJson::writeConversation(old))};
            if (from < 3) {
                query.prepare(u"INSERT INTO conversations (id, updated_at, json) "
                              "VALUES (?, ?, ?)"_s);
            } else {
                query.prepare(u"INSERT INTO conversations (id, updated_at, json, unread_count, "
                              "buyer_id, search_buyer, search_seller, search_about) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
                values << old.unreadCount << old.buyer.id << text.buyer << text.seller
                       << text.about;
            }
            for (const QVariant &value : std::as_const(values))
                query.addBindValue(value);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            if (from >= 2)
                QVERIFY(query.exec(u"INSERT INTO notified VALUES (77, 0)"_s));
            if (from >= 4) {
                QVERIFY(query.exec(u"INSERT INTO outbox_attachments VALUES ('old', 0, "
                                   "'/copies/a.jpg', 'a.jpg', 'image/jpeg', 100, 'up-a', "
                                   "'server-a')"_s));
                QVERIFY(query.exec(u"INSERT INTO outbox_attachments VALUES ('old', 1, "
                                   "'/copies/b.pdf', 'b.pdf', 'application/pdf', 200, 'up-b', "
                                   "NULL)"_s));
            }
            if (from >= 5) {
                query.prepare(u"INSERT INTO saved_replies (id, position, json) VALUES (?, 0, ?)"_s);
                query.addBindValue(reply.id);
                query.addBindValue(json(api::MarketplaceJson::writeSavedReply(reply)));
                QVERIFY(query.exec());
                QVERIFY(query.exec(u"INSERT INTO meta VALUES ('saved_replies_known', '1')"_s));
                QVERIFY(query.exec(u"INSERT INTO saved_reply_edits (edit_id, kind, reply_id, "
                                   "title) VALUES ('e1', 'update', 9, 'Still available')"_s));
            }
        }

        Store store(path);
        const QString notUpgraded = testing::openUpgraded(store);
        QVERIFY2(notUpgraded.isEmpty(), qPrintable(notUpgraded));
        QCOMPARE(futureResult(store.drafts()).value(4), u"kept"_s);
        QCOMPARE(futureResult(store.messagesBefore(4, 1000, 10)).size(), 1);
        QCOMPARE(futureResult(store.markNotified(77)), from < 2);
        const QList<OutboxEntry> outbox = futureResult(store.outbox());
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().body, u"Unsent before the upgrade"_s);
        QCOMPARE(outbox.first().attachments.size(), from >= 4 ? 2 : 0);
        if (from >= 4) {
            QCOMPARE(outbox.first().attachments.at(0).attachmentId, u"server-a"_s);
            QCOMPARE(outbox.first().attachments.at(1).name, u"b.pdf"_s);
            QVERIFY(!outbox.first().attachments.at(1).isUploaded());
        }
        const store::SavedReplyCache replies = futureResult(store.savedReplyCache());
        QCOMPARE(replies.known, from >= 5);
        QCOMPARE(replies.replies,
                 from >= 5 ? QList<api::SavedReply>{reply} : QList<api::SavedReply>{});
        QCOMPARE(replies.edits.size(), from >= 5 ? 1 : 0);
        // Version 6's flags: a cache before it had no archived conversation.
        const store::ConversationCounts counts = futureResult(store.conversationCounts());
        QCOMPARE(counts.inbox, 1);
        QCOMPARE(counts.archived, 0);
        QCOMPARE(counts.unread, 1);
        QCOMPARE(futureResult(store.unreadCounts()), (QHash<qint64, int>{{4, 2}}));
        store::ConversationQuery desk{store::searchNeedle(u"desk"_s),
                                      store::ConversationFilter::Inbox,
                                      store::ConversationOrder::Activity, 2};
        QCOMPARE(futureResult(store.conversationKeys(desk)).size(), 1);
    }

    void searchEscapesLikeWildcards()
    {
        Store store(m_folder.filePath(u"search/cache.sqlite"_s));
        QVERIFY(futureResult(store.open()).ok);
        const QStringList titles{u"50% off"_s, u"50 percent"_s, u"a_b"_s,
                                 u"axb"_s,     u"c\\d"_s,       u"cd"_s};
        QList<api::Conversation> conversations;
        for (qsizetype i = 0; i < titles.size(); ++i) {
            api::Conversation c = conversation(i + 1, 100 + i);
            c.listing.title = titles.at(i);
            conversations.append(c);
        }
        QVERIFY(futureResult(store.saveConversations(conversations)));
        const auto found = [&store](const QString &typed) {
            QList<qint64> ids;
            for (const store::ConversationKey &key :
                 futureResult(store.conversationKeys(store::searchNeedle(typed), 2)))
                ids.append(key.id);
            return ids;
        };
        QCOMPARE(found(u"50%"_s), QList<qint64>{1});
        QCOMPARE(found(u"a_b"_s), QList<qint64>{3});
        QCOMPARE(found(u"c\\"_s), QList<qint64>{5});
        QCOMPARE(found(u"%"_s), QList<qint64>{1});
        QCOMPARE(found(u"_"_s), QList<qint64>{3});
        QCOMPARE(found(u""_s), (QList<qint64>{6, 5, 4, 3, 2, 1})); // all, newest first
        QCOMPARE(futureResult(store.conversationHead(2)).total, 6);
        QCOMPARE(futureResult(store.conversationHead(2)).first.size(), 2);
    }

    void unreadableFileIsMovedAsideAndRebuilt()
    {
        const QString path = m_folder.filePath(u"corrupt/cache.sqlite"_s);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, '\x42'));
        garbage.close();
        Store store(path);
        const store::OpenResult opened = futureResult(store.open());
        QVERIFY(opened.ok);
        QVERIFY(opened.rebuilt);
        store.saveConversations({conversation(9, 1)});
        QCOMPARE(futureResult(store.conversations()).size(), 1);
        const QStringList aside =
            QDir(QFileInfo(path).absolutePath()).entryList({u"cache.sqlite.unreadable-*"_s});
        QCOMPARE(aside.size(), 1); // kept for inspection, not deleted
        QCOMPARE(opened.keptAt, QFileInfo(path).absoluteDir().filePath(aside.first()));
        QFile kept(opened.keptAt);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray(8192, '\x42')); // byte for byte
        QVERIFY(!opened.salvageError.isEmpty()); // nothing to carry over, and it says why
    }

    // After a downgrade: the newer cache is kept whole — its -wal too, which holds
    // committed rows — and its unsent message and draft are carried into the new cache.
    void newerCacheIsKeptWithItsWalAndItsOutboxSalvaged()
    {
        constexpr int Newer = store::StoreDatabase::SchemaVersion + 1;
        const QString folder = m_folder.filePath(u"newer"_s);
        const QString source = m_folder.filePath(u"newer-source.sqlite"_s);
        const QString path = folder + u"/cache.sqlite"_s;
        QVERIFY(QDir().mkpath(folder));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
            db.setDatabaseName(source);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA journal_mode = WAL"_s));
            QVERIFY(query.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
            for (int version = 1; version <= store::StoreDatabase::SchemaVersion; ++version) {
                for (const QString &statement : store::StoreDatabase::migrationStatements(version))
                    QVERIFY2(query.exec(statement), qPrintable(statement));
            }
            // What the next version might add.
            QVERIFY(query.exec(u"ALTER TABLE outbox ADD COLUMN attachments TEXT"_s));
            QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(Newer)));
            QVERIFY(query.exec(
                u"INSERT INTO outbox (client_id, conversation_id, body, created_at, state, "
                u"attempts, sequence) "
                "VALUES ('c-unsent', 4, 'Still available!', 1700000000000, 'pending', 1, 1)"_s));
            QVERIFY(query.exec(
                u"INSERT INTO drafts (conversation_id, body, updated_at) VALUES (5, 'Half a reply', 1)"_s));
            // Copied while open: the rows are in the -wal only, as after a crash.
            QVERIFY(QFile::exists(source + u"-wal"_s));
            QVERIFY(QFile::copy(source, path));
            QVERIFY(QFile::copy(source + u"-wal"_s, path + u"-wal"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
        Store store(path);
        const store::OpenResult opened = futureResult(store.open());
        QVERIFY(opened.ok);
        QVERIFY(opened.rebuilt);
        QVERIFY2(opened.error.contains(u"schema %1"_s.arg(Newer)) &&
                     opened.error.contains(QString::number(store::StoreDatabase::SchemaVersion)),
                 qPrintable(opened.error));
        QVERIFY(opened.keptAt.contains(u".newer-"_s));
        {
            // The kept file still holds the committed rows that were in the -wal only.
            QSqlDatabase kept = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"kept"_s);
            kept.setDatabaseName(opened.keptAt);
            QVERIFY(kept.open());
            QSqlQuery query(kept);
            QVERIFY(query.exec(u"SELECT body FROM outbox"_s) && query.next());
            QCOMPARE(query.value(0).toString(), u"Still available!"_s);
            query.finish();
            kept.close();
        }
        QSqlDatabase::removeDatabase(u"kept"_s);
        QCOMPARE(opened.salvagedOutbox, 1);
        QCOMPARE(opened.salvagedDrafts, 1);
        const QList<OutboxEntry> outbox = futureResult(store.outbox());
        QCOMPARE(outbox.size(), 1);
        QCOMPARE(outbox.first().clientId,
                 u"c-unsent"_s); // the same id: the server can tell a resend
        QCOMPARE(outbox.first().body, u"Still available!"_s);
        QCOMPARE(futureResult(store.drafts()).value(5), u"Half a reply"_s);
    }

    // Messages, drafts and unsent text are the seller's only: 0600 files in a 0700 folder.
    void cacheFilesArePrivate()
    {
        const QString path = m_folder.filePath(u"private/account/cache.sqlite"_s);
        Store store(path);
        QVERIFY(futureResult(store.open()).ok);
        store.saveMessages({message(1, 1, u"hello"_s)});
        QCOMPARE(futureResult(store.conversations()).size(), 0); // a round trip: the write is done
        const auto owner = QFile::ReadOwner | QFile::WriteOwner;
        const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            QVERIFY2(QFile::exists(path + suffix), qPrintable(suffix));
            const QFile::Permissions permissions = QFile::permissions(path + suffix);
            QVERIFY2((permissions & others) == 0 && (permissions & owner) == owner,
                     qPrintable(path + suffix));
        }
        QVERIFY((QFile::permissions(QFileInfo(path).absolutePath()) & others) == 0);
    }

    // A write the disk refuses is reported, not taken for done.
    void refusedOutboxWritesAreReported()
    {
        Store store(m_folder.filePath(u"refusing.sqlite"_s));
        QVERIFY(futureResult(store.open()).ok);
        OutboxEntry entry;
        entry.clientId = u"c-1"_s;
        entry.conversationId = 1;
        entry.body = u"hi"_s;
        entry.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(futureResult(store.addToOutbox(entry)));
        QVERIFY(futureResult(
            store.run<bool>([](store::StoreDatabase &db) { return db.setQueryOnly(true); })));
        entry.clientId = u"c-2"_s;
        QVERIFY(!futureResult(store.addToOutbox(entry)));
        entry.clientId = u"c-1"_s;
        entry.state = OutboxEntry::State::Failed;
        QVERIFY(!futureResult(store.updateOutbox(entry)));
        QVERIFY(!futureResult(store.removeFromOutbox(u"c-1"_s)));
        QCOMPARE(futureResult(store.outbox()).size(), 1);
    }

    void newerSchemaIsNotTouched()
    {
        const QString path = m_folder.filePath(u"future.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"future"_s);
        Store store(path);
        const store::OpenResult opened = futureResult(store.open());
        QVERIFY(opened.ok);
        QVERIFY(opened.rebuilt); // a cache from a newer app is set aside, not misread
    }
};

QTEST_GUILESS_MAIN(StoreTest)
#include "tst_store.moc"
