// The offline cache's message search (issue 12), without a server: the FTS5 index finds
// "café" for "cafe", prefixes and any case; hostile text (quotes, *, NEAR(, ), OR,
// column filters, 300 characters, nothing, only punctuation) is never FTS5 syntax — no
// statement fails (any warning fails the test) and nothing matches more than its words
// do; the index follows inserts, edits and deletes (FTS5's integrity check agrees); the
// migration indexes a version-6 cache; snippets and their match ranges; the results model
// under QAbstractItemModelTester.
#include "CannedRecords.h"
#include "FutureResult.h"
#include "OldSchemaCache.h"
#include "api/MarketplaceJson.h"
#include "inbox/MessageSearchModel.h"
#include "store/MessageSearchText.h"
#include "store/Store.h"
#include "store/StoreDatabase.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace envisage;
using store::SearchTerms;
using store::StoreDatabase;
using testing::cannedMessage;

namespace {

api::Conversation conversation(qint64 id)
{
    api::Conversation c;
    c.id = id;
    c.listing = {id * 10, u"Walnut desk"_s, {}, u"249.00"_s, u"EUR"_s};
    c.buyer = {7, u"Ada Novak"_s, u"a@x.test"_s, u"buyer"_s, {}, {}};
    c.seller = {2, u"Sam Seller"_s, u"s@x.test"_s, u"seller"_s, {}, {}};
    c.updatedAt = QDateTime::fromSecsSinceEpoch(1700000000 + id, Qt::UTC);
    return c;
}

const QList<api::Message> &corpus()
{
    static const QList<api::Message> messages{
        cannedMessage(1, 1, u"Un café au lait, s'il vous plaît"_s),
        cannedMessage(2, 1, u"CAFETERIA opens at nine"_s),
        cannedMessage(3, 1, u"Is the walnut desk still available?"_s),
        cannedMessage(4, 2, u"He said \"NEAR\" the station (OR maybe not)"_s),
        cannedMessage(5, 2, u"Price: 50% off * today, body:free"_s),
        cannedMessage(6, 2, u"naïve Ångström résumé"_s),
        cannedMessage(7, 2, u"ordinary text about chairs"_s),
    };
    return messages;
}

QList<qint64> idsOf(const QList<store::MessageSearchHit> &hits)
{
    QList<qint64> ids;
    for (const store::MessageSearchHit &hit : hits)
        ids.append(hit.message.id);
    return ids;
}

} // namespace

class MessageSearchIndexTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_folder;
    std::unique_ptr<StoreDatabase> m_db;
    QString m_path;
    int m_files = 0;

    QList<qint64> search(const QString &typed, int limit = 50)
    {
        return idsOf(m_db->searchMessages(SearchTerms::parse(typed), limit));
    }

    // FTS5 compares its index with the content it would index now (another connection
    // to the same file).
    bool integrityCheck()
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(m_path);
            QSqlQuery query(db);
            ok = db.open() && query.exec(u"INSERT INTO message_search(message_search, rank) "
                                         "VALUES ('integrity-check', 1)"_s);
            if (!ok)
                qInfo() << query.lastError().text();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"check"_s);
        return ok;
    }

private Q_SLOTS:
    void init()
    {
        // A statement that fails is logged as a warning by the store: none may.
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        m_path = m_folder.filePath(u"cache-%1.sqlite"_s.arg(++m_files));
        m_db = std::make_unique<StoreDatabase>(m_path);
        QVERIFY(m_db->open().ok);
        QVERIFY(m_db->saveConversations({conversation(1), conversation(2)}));
        m_db->saveMessages(corpus());
    }

    void cleanup() { m_db.reset(); }

    void accentsCaseAndPrefixes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QList<qint64>>("expected"); // newest first
        QTest::newRow("cafe finds café and cafeteria") << u"cafe"_s << QList<qint64>{2, 1};
        QTest::newRow("CAFÉ") << u"CAFÉ"_s << QList<qint64>{2, 1};
        QTest::newRow("prefix") << u"caf"_s << QList<qint64>{2, 1};
        QTest::newRow("whole word only matches words") << u"afe"_s << QList<qint64>{};
        QTest::newRow("all words") << u"desk avail"_s << QList<qint64>{3};
        QTest::newRow("all words, one missing") << u"desk unavailable"_s << QList<qint64>{};
        QTest::newRow("angstrom") << u"angstrom"_s << QList<qint64>{6};
        QTest::newRow("RESUME") << u"RESUME"_s << QList<qint64>{6};
        QTest::newRow("naive") << u"Naive"_s << QList<qint64>{6};
        QTest::newRow("decomposed é") << u"cafe\u0301"_s << QList<qint64>{2, 1};
        QTest::newRow("plait") << u"plait"_s << QList<qint64>{1};
    }

    void accentsCaseAndPrefixes()
    {
        QFETCH(QString, typed);
        QFETCH(QList<qint64>, expected);
        QCOMPARE(search(typed), expected);
    }

    void hostileTextIsOnlyText_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QList<qint64>>("expected");
        const QList<qint64> none;
        QTest::newRow("quote") << u"\""_s << none;
        QTest::newRow("quotes around a word") << u"\"desk\""_s << QList<qint64>{3};
        QTest::newRow("unbalanced quote") << u"\"desk"_s << QList<qint64>{3};
        QTest::newRow("star") << u"*"_s << none;
        QTest::newRow("star word") << u"*desk"_s << QList<qint64>{3};
        QTest::newRow("NEAR(") << u"NEAR("_s << QList<qint64>{4};
        QTest::newRow("NEAR group") << u"NEAR(desk available, 5)"_s << none;
        QTest::newRow("closing bracket") << u")"_s << none;
        QTest::newRow("brackets") << u"(desk)"_s << QList<qint64>{3};
        QTest::newRow("OR alone is a word") << u"OR"_s << QList<qint64>{7, 4};
        QTest::newRow("OR between words") << u"desk OR chairs"_s << none;
        QTest::newRow("AND") << u"desk AND"_s << none;
        QTest::newRow("NOT") << u"NOT desk"_s << none;
        QTest::newRow("column filter") << u"body:free"_s << QList<qint64>{5};
        QTest::newRow("column filter, other column") << u"json:desk"_s << none;
        QTest::newRow("braces") << u"{body}: desk"_s << none;
        QTest::newRow("caret") << u"^desk"_s << QList<qint64>{3};
        QTest::newRow("plus and minus") << u"+desk -chairs"_s << none;
        QTest::newRow("percent") << u"50%"_s << QList<qint64>{5};
        QTest::newRow("only punctuation") << u"!?.,;:-'\"*()"_s << none;
        QTest::newRow("empty") << QString() << none;
        QTest::newRow("white space") << u"   \t\n "_s << none;
        QTest::newRow("one letter") << u"c"_s << none;
        QTest::newRow("300 characters") << QString(300, u'x') << none;
        QTest::newRow("300 quotes") << QString(300, u'"') << none;
        QTest::newRow("60 words") << QString(u"desk "_s).repeated(60) << QList<qint64>{3};
        QTest::newRow("lone combining mark") << u"\u0301 \u0301"_s << none;
        QTest::newRow("NUL inside") << u"de\u0000sk"_s << none;
        QTest::newRow("NUL after") << QStringLiteral("desk\u0000\u0001") << QList<qint64>{3};
        QTest::newRow("emoji") << u"👍👍"_s << none;
    }

    void hostileTextIsOnlyText()
    {
        QFETCH(QString, typed);
        QFETCH(QList<qint64>, expected);
        QCOMPARE(search(typed), expected);
    }

    void termsAreCappedAndQuoted()
    {
        QCOMPARE(SearchTerms::parse(u"say \"hi\" NEAR(x"_s).matchExpression(),
                 u"\"say\"* \"\"\"hi\"\"\"* \"NEAR(x\"*"_s);
        QCOMPARE(SearchTerms::parse(QString(u"w "_s).repeated(40)).words().size(),
                 SearchTerms::MaxWords);
        const SearchTerms long300 = SearchTerms::parse(QString(300, u'y'));
        QCOMPARE(long300.text().size(), SearchTerms::MaxCharacters);
        // Never half a surrogate pair at the cut.
        const SearchTerms emoji = SearchTerms::parse(u"a"_s + QString(u"😀"_s).repeated(150));
        QVERIFY(!emoji.text().back().isHighSurrogate());
        QVERIFY(SearchTerms::parse(u"é"_s).isEmpty());
        QVERIFY(!SearchTerms::parse(u"é b"_s).isEmpty());
        QCOMPARE(SearchTerms::parse(u"Café-Bar"_s).foldedTokens(),
                 (QStringList{u"cafe"_s, u"bar"_s}));
    }

    void indexFollowsInsertsEditsAndDeletes()
    {
        QCOMPARE(search(u"espr"_s), QList<qint64>{});
        m_db->saveMessages({cannedMessage(8, 2, u"Espresso machine, barely used"_s)});
        QCOMPARE(search(u"espr"_s), QList<qint64>{8});
        // Saved again unchanged (a read receipt): still one hit.
        api::Message read = cannedMessage(8, 2, u"Espresso machine, barely used"_s);
        read.readAt = QDateTime::currentDateTimeUtc();
        m_db->saveMessages({read, read});
        QCOMPARE(search(u"espr"_s), QList<qint64>{8});
        // Edited: the old words are gone from the index, the new ones there.
        m_db->saveMessages({cannedMessage(8, 2, u"Coffee grinder"_s)});
        QCOMPARE(search(u"espr"_s), QList<qint64>{});
        QCOMPARE(search(u"grind"_s), QList<qint64>{8});
        QVERIFY(integrityCheck());
        // Deleted with its conversation.
        m_db->deleteConversation(2);
        QCOMPARE(search(u"grind"_s), QList<qint64>{});
        QCOMPARE(search(u"OR"_s), QList<qint64>{});
        QCOMPARE(search(u"cafe"_s), (QList<qint64>{2, 1}));
        QVERIFY(integrityCheck());
    }

    void hitsCarryTheirConversationAndSnippet()
    {
        const QList<store::MessageSearchHit> hits =
            m_db->searchMessages(SearchTerms::parse(u"walnut"_s), 50);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().conversation.buyerName, u"Ada Novak"_s);
        QCOMPARE(hits.first().conversation.counterpartOf(2), u"Ada Novak"_s);
        QCOMPARE(hits.first().conversation.listingTitle, u"Walnut desk"_s);
        QCOMPARE(hits.first().snippet.text, u"Is the walnut desk still available?"_s);
        QCOMPARE(hits.first().snippet.words, (QList<store::TextRange>{{7, 6}}));
        // The newest `limit`, newest first.
        QCOMPARE(search(u"OR"_s, 1), QList<qint64>{7});
    }

    void migrationIndexesAVersionSixCache()
    {
        m_db.reset();
        const QString path = m_folder.filePath(u"v6.sqlite"_s);
        {
            testing::OldSchemaCache oldCache(path, StoreDatabase::MessageSearchSchema - 1);
            QVERIFY2(oldCache.create(), qPrintable(oldCache.error()));
            QSqlQuery query = oldCache.query();
            query.prepare(u"INSERT INTO messages (id, conversation_id, client_id, json) "
                          "VALUES (?, ?, NULL, ?)"_s);
            for (const api::Message &m : corpus()) {
                query.addBindValue(m.id);
                query.addBindValue(m.conversationId);
                query.addBindValue(QString::fromUtf8(
                    QJsonDocument(api::MarketplaceJson::writeMessage(m)).toJson()));
                QVERIFY(query.exec());
            }
            // A row that is not JSON does not stop the upgrade.
            QVERIFY(query.exec(u"INSERT INTO messages (id, conversation_id, json) "
                               "VALUES (99, 1, 'not json')"_s));
        }

        store::Store store(path);
        const QString notUpgraded = testing::openUpgraded(store);
        QVERIFY2(notUpgraded.isEmpty(), qPrintable(notUpgraded));
        const auto found = [&store](const QString &typed) {
            return idsOf(testing::futureResult(store.run<QList<store::MessageSearchHit>>(
                [terms = SearchTerms::parse(typed)](StoreDatabase &db) {
                    return db.searchMessages(terms, 50);
                })));
        };
        QCOMPARE(found(u"cafe"_s), (QList<qint64>{2, 1}));
        QCOMPARE(found(u"resume"_s), QList<qint64>{6});
        QCOMPARE(found(u"json"_s), QList<qint64>{});
    }

    void snippetsCutAroundTheFirstMatch()
    {
        const QString body = QString(u"lorem ipsum "_s).repeated(30) +
                             u"the Café\nis open 👍 until nine, then "_s +
                             QString(u"dolor sit "_s).repeated(30);
        const store::SearchSnippet snippet = store::snippetOf(body, {u"cafe"_s, u"nin"_s}, 80);
        QVERIFY(snippet.text.startsWith(u"…"_s));
        QVERIFY(snippet.text.endsWith(u"…"_s));
        QVERIFY(!snippet.text.contains(u'\n'));
        QVERIFY(snippet.text.size() <= 82);
        QCOMPARE(snippet.words.size(), 2);
        QCOMPARE(snippet.text.mid(snippet.words.at(0).start, snippet.words.at(0).length),
                 u"Café"_s);
        QCOMPARE(snippet.text.mid(snippet.words.at(1).start, snippet.words.at(1).length),
                 u"nine"_s);
        // No match (a server hit of a word the cache folds otherwise): the start of the body.
        const store::SearchSnippet plain = store::snippetOf(u"short text"_s, {u"zzz"_s});
        QCOMPARE(plain.text, u"short text"_s);
        QVERIFY(plain.words.isEmpty());
        // Never half an emoji at a cut (the cut would fall on a low surrogate).
        const store::SearchSnippet emoji =
            store::snippetOf(QString(u"😀"_s).repeated(100) + u"-cafe"_s, {u"cafe"_s}, 41);
        QVERIFY(emoji.text.startsWith(u"…"_s));
        QVERIFY(!emoji.text.at(1).isLowSurrogate());
        QCOMPARE(emoji.text.mid(emoji.words.at(0).start, emoji.words.at(0).length), u"cafe"_s);
    }

    void resultsModelMergesNewestFirst()
    {
        inbox::MessageSearchModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMyUserId(2);
        const auto result = [](qint64 id, qint64 conversationId, bool fromServer) {
            inbox::MessageSearchResult r;
            r.messageId = id;
            r.conversationId = conversationId;
            r.time = QDateTime::fromMSecsSinceEpoch(1700000000000 + id * 1000, Qt::UTC);
            r.snippet = {u"text %1"_s.arg(id), {{0, 4}}};
            r.fromServer = fromServer;
            r.fromCache = !fromServer;
            if (!fromServer)
                r.conversation = {7, u"Ada"_s, u"Sam"_s, u"Desk"_s};
            return r;
        };
        model.replace({result(3, 1, false), result(9, 2, false), result(5, 1, false)});
        const auto ids = [&model] {
            QList<qint64> list;
            for (int row = 0; row < model.rowCount(); ++row)
                list.append(
                    model.index(row).data(inbox::MessageSearchModel::MessageIdRole).toLongLong());
            return list;
        };
        QCOMPARE(ids(), (QList<qint64>{9, 5, 3}));
        model.merge({result(5, 1, true), result(7, 3, true), result(1, 1, true)});
        QCOMPARE(ids(), (QList<qint64>{9, 7, 5, 3, 1}));
        const QModelIndex both = model.index(2);
        QVERIFY(both.data(inbox::MessageSearchModel::FromServerRole).toBool());
        QVERIFY(both.data(inbox::MessageSearchModel::FromCacheRole).toBool());
        // The cache's label stays when the server's copy has none.
        QCOMPARE(both.data(inbox::MessageSearchModel::CounterpartNameRole).toString(), u"Ada"_s);
        QCOMPARE(model.index(1).data(inbox::MessageSearchModel::CounterpartNameRole).toString(),
                 QString());
        QCOMPARE(model.conversationsWithoutLabel(), (QList<qint64>{3, 1}));
        model.setLabel(3, {8, u"Bo"_s, u"Sam"_s, u"Lamp"_s});
        QCOMPARE(model.index(1).data(inbox::MessageSearchModel::ListingTitleRole).toString(),
                 u"Lamp"_s);
        QCOMPARE(model.index(0)
                     .data(inbox::MessageSearchModel::MatchRangesRole)
                     .value<QList<store::TextRange>>(),
                 (QList<store::TextRange>{{0, 4}}));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(MessageSearchIndexTest)
#include "tst_message_search_index.moc"
