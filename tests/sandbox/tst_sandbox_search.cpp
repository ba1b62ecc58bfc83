// GET /api/search/messages of envisage-sandbox (marketplace-api.md §5): FTS5 that
// ignores case and accents and matches prefixes, only the caller's conversations, pages
// newest first, and hostile input that never reaches FTS5's query syntax (over REST and
// in-process, where any SQLite complaint fails the test), plus the migration that
// indexes the messages of an older database.
#include "Database.h"
#include "MessageSearch.h"
#include "SellerToolsFixture.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace envisage::testing;

namespace {

// What people paste into a search box, and what an attacker would.
const QStringList &hostileQueries()
{
    static const QStringList all = {
        u"\"\""_s,
        u"\"cafe"_s,
        u"cafe\""_s,
        u"caf\"e"_s,
        u"**"_s,
        u"cafe*"_s,
        u"*cafe"_s,
        u"NEAR"_s,
        u"NEAR(cafe zoe)"_s,
        u"NEAR(cafe zoe, 2"_s,
        u"cafe NEAR zoe"_s,
        u")"_s,
        u"))"_s,
        u"(cafe"_s,
        u"cafe OR zoe"_s,
        u"cafe AND NOT zoe"_s,
        u"body:cafe"_s,
        u"{body}: cafe"_s,
        u"^cafe"_s,
        u"-cafe"_s,
        u"+cafe"_s,
        u"'; DROP TABLE messages; --"_s,
        u"\\\"\\\""_s,
        u"%00 %"_s,
        QString(200, u'"'),
        QString(200, u'*'),
        QString(200, u')'),
        u"\" OR \"\"=\""_s.repeated(20),
        u"café "_s.repeated(40),
        u"🙂🙂"_s,
    };
    return all;
}

} // namespace

class SandboxSearchTest : public QObject, protected SellerToolsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(start(&why), qPrintable(why));
    }

    void searchIgnoresCaseAndAccentsAndMatchesPrefixes()
    {
        const QJsonObject mine = post(m_otherId, u"Let's meet at the Café Zoë at noon"_s, m_seller);
        const qint64 id = mine.value(u"id"_s).toInteger();
        for (const QString &query : {u"cafe"_s, u"CAFÉ"_s, u"Café"_s, u"caf"_s, u"zoe"_s,
                                     u"ZOË CAFE"_s, u"noon caf"_s, u"meet zo"_s}) {
            const QJsonObject answer = search(query, m_seller);
            const QJsonArray data = answer.value(u"data"_s).toArray();
            QVERIFY2(!data.isEmpty(), qPrintable(query));
            const QJsonObject hit = data.first().toObject();
            QCOMPARE(hit.value(u"conversation_id"_s).toInteger(), m_otherId);
            QCOMPARE(hit.value(u"message"_s).toObject().value(u"id"_s).toInteger(), id);
            QCOMPARE(hit.value(u"message"_s).toObject().value(u"body"_s).toString(),
                     mine.value(u"body"_s).toString());
        }
        // Every word must match, and a word is not matched in the middle of another.
        QVERIFY(search(u"cafe giraffe"_s, m_seller).value(u"data"_s).toArray().isEmpty());
        QVERIFY(search(u"afe"_s, m_seller).value(u"total"_s).toInt() == 0);
        // The buyer of that conversation finds it; nobody else does.
        QCOMPARE(idsOf(QJsonArray{search(u"cafe zoe"_s, m_buyer)
                                      .value(u"data"_s)
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(u"message"_s)}),
                 QList<qint64>{id});
        QCOMPARE(search(u"cafe zoe"_s, m_otherBuyer).value(u"total"_s).toInt(), 0);
        QCOMPARE(search(u"cafe zoe"_s, m_seller2).value(u"total"_s).toInt(), 0);
    }

    void searchPagesNewestFirst()
    {
        const QJsonObject first = search(u"the"_s, m_seller);
        const int total = first.value(u"total"_s).toInt();
        QVERIFY(total > 40);
        QCOMPARE(first.value(u"per_page"_s).toInt(), 20);
        const QString next = first.value(u"next_page_url"_s).toString();
        QVERIFY2(next.contains(u"q=the"_s) && next.contains(u"page=2"_s), qPrintable(next));
        const QJsonObject second = m_http.get(QUrl(next), m_seller).json();
        QCOMPARE(second.value(u"current_page"_s).toInt(), 2);
        QList<qint64> ids;
        for (const QJsonObject &page : {first, second}) {
            for (const QJsonValue &hit : page.value(u"data"_s).toArray())
                ids.append(
                    hit.toObject().value(u"message"_s).toObject().value(u"id"_s).toInteger());
        }
        QCOMPARE(ids.size(), 40);
        for (qsizetype i = 1; i < ids.size(); ++i)
            QVERIFY(ids.at(i) < ids.at(i - 1));
    }

    void searchTreatsHostileInputAsText_data()
    {
        QTest::addColumn<QString>("query");
        for (const QString &query : hostileQueries())
            QTest::newRow(qPrintable(query.left(40))) << query;
    }

    void searchTreatsHostileInputAsText()
    {
        QFETCH(QString, query);
        int status = 0;
        const QJsonObject answer = search(query, m_seller, &status);
        const int length = int(query.trimmed().toUcs4().size());
        if (length < 2 || length > 200) {
            QCOMPARE(status, 422);
            return;
        }
        QCOMPARE(status, 200);
        QVERIFY(answer.value(u"data"_s).isArray());
        QVERIFY(answer.value(u"total"_s).toInt() >= 0);
        // A query SQLite refused would be answered as "nothing found" but logged.
        QVERIFY2(!m_sandbox.errorOutput().contains(u"search failed"_s),
                 qPrintable(m_sandbox.errorOutput()));
    }

    void searchFindsWhatLooksLikeSyntax()
    {
        post(m_otherId, u"NEAR the station, \"AND\" (not OR) *sale*"_s, m_seller);
        for (const QString &query :
             {u"NEAR"_s, u"near the"_s, u"\"AND\""_s, u"(not OR)"_s, u"*sale*"_s, u"station,"_s})
            QVERIFY2(search(query, m_seller).value(u"total"_s).toInt() >= 1, qPrintable(query));
        QCOMPARE(search(u"cafe*"_s, m_seller).value(u"total"_s).toInt(),
                 search(u"cafe"_s, m_seller).value(u"total"_s).toInt());
    }

    void searchLengthIsBounded()
    {
        int status = 0;
        for (const QString &query : {QString(), u" "_s, u"a"_s, u"  a  "_s, u"🙂"_s,
                                     QString(201, u'a'), u"café "_s.repeated(41)}) {
            const QJsonObject answer = search(query, m_seller, &status);
            QCOMPARE(status, 422);
            QVERIFY(answer.value(u"errors"_s).toObject().contains(u"q"_s));
        }
        QCOMPARE(m_http.get(api(u"/api/search/messages"_s), m_seller).status, 422);
        for (const QString &query :
             {u"ab"_s, QString(200, u'a'), QString(100, u'é'), u"🙂"_s.repeated(200)}) {
            search(query, m_seller, &status);
            QCOMPARE(status, 200);
        }
        QCOMPARE(m_http.get(api(u"/api/search/messages?q=cafe"_s)).status, 401);
    }

    void matchExpressionQuotesEveryWord()
    {
        using envisage::sandbox::MessageSearch;
        QCOMPARE(MessageSearch::matchExpression(u"cafe"_s), u"\"cafe\"*"_s);
        QCOMPARE(MessageSearch::matchExpression(u"  Café   zoë "_s), u"\"Café\"* \"zoë\"*"_s);
        QCOMPARE(MessageSearch::matchExpression(u"say \"hi\""_s), u"\"say\"* \"\"\"hi\"\"\"*"_s);
        QCOMPARE(MessageSearch::matchExpression(u"NEAR(a b)"_s), u"\"NEAR(a\"* \"b)\"*"_s);
        QCOMPARE(MessageSearch::matchExpression(u"* ) \" --"_s), QString());
        // A NUL would end FTS5's string early: control characters separate words.
        QCOMPARE(MessageSearch::matchExpression(u"desk\0drawer\tlamp"_s),
                 u"\"desk\"* \"drawer\"* \"lamp\"*"_s);
    }

    void hostileQueriesNeverReachFts5Syntax()
    {
        // In-process, so that any SQLite complaint (logged as a warning) fails the test.
        envisage::sandbox::Database database;
        QVERIFY2(database.open(u":memory:"_s), qPrintable(database.errorString()));
        QSqlQuery sql(database.connection());
        QVERIFY(
            sql.exec(u"INSERT INTO users (name, email, role, password_hash, created_at)"
                     " VALUES ('S', 's@x', 'seller', 'x', 0), ('B', 'b@x', 'buyer', 'x', 0)"_s));
        QVERIFY(sql.exec(u"INSERT INTO listings (seller_id, title, price, currency)"
                         " VALUES (1, 'Desk', '1.00', 'EUR')"_s));
        QVERIFY(sql.exec(u"INSERT INTO conversations (listing_id, buyer_id, seller_id,"
                         " created_at, updated_at) VALUES (1, 2, 1, 0, 0)"_s));
        QVERIFY(sql.exec(u"INSERT INTO messages (conversation_id, sender_id, body, created_at)"
                         " VALUES (1, 2, 'Un café, NEAR the \"station\" (OR not) *', 0)"_s));
        envisage::sandbox::MessageSearch search(database.connection());
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        for (const QString &query : hostileQueries())
            search.search(1, query, 0, 20);
        QCOMPARE(search.search(1, u"cafe"_s, 0, 20).total, 1);
        QCOMPARE(search.search(1, u"\"CAFE"_s, 0, 20).total, 1);
        QCOMPARE(search.search(1, u"NEAR(the"_s, 0, 20).total, 1);     // a phrase
        QCOMPARE(search.search(1, u"NEAR(station"_s, 0, 20).total, 0); // not adjacent
        QCOMPARE(search.search(1, u"(or NOT)"_s, 0, 20).total, 1);
        QCOMPARE(search.search(2, u"cafe"_s, 0, 20).total, 1);
        QCOMPARE(search.search(3, u"cafe"_s, 0, 20).total, 0);
    }

    void migrationIndexesExistingMessages()
    {
        // A database from before the search (schema version 2) gets its old messages
        // indexed by the migration: made here by taking version 3's and 4's objects away
        // again.
        QTemporaryDir folder;
        const QString file = folder.filePath(u"old.sqlite"_s);
        {
            envisage::sandbox::Database database;
            QVERIFY(database.open(file));
            QSqlQuery sql(database.connection());
            QVERIFY(sql.exec(u"INSERT INTO users (name, email, role, password_hash, created_at)"
                             " VALUES ('S', 's@x', 'seller', 'x', 0)"_s));
            QVERIFY(sql.exec(u"INSERT INTO listings (seller_id, title, price, currency)"
                             " VALUES (1, 'Desk', '1.00', 'EUR')"_s));
            QVERIFY(sql.exec(u"INSERT INTO conversations (listing_id, buyer_id, seller_id,"
                             " created_at, updated_at) VALUES (1, 1, 1, 0, 0)"_s));
            for (const QString &statement :
                 {u"DROP TRIGGER messages_fts_insert"_s, u"DROP TRIGGER messages_fts_delete"_s,
                  u"DROP TRIGGER messages_fts_update"_s, u"DROP TRIGGER messages_unarchive"_s,
                  u"DROP TABLE messages_fts"_s, u"DROP TABLE saved_replies"_s,
                  u"DROP TABLE conversation_flags"_s, u"DROP TABLE attachments"_s,
                  u"PRAGMA user_version = 2"_s})
                QVERIFY2(sql.exec(statement), qPrintable(statement));
            QVERIFY(sql.exec(u"INSERT INTO messages (conversation_id, sender_id, body,"
                             " created_at) VALUES (1, 1, 'Written before the search', 0)"_s));
        }
        envisage::sandbox::Database database;
        QVERIFY2(database.open(file), qPrintable(database.errorString()));
        QCOMPARE(database.schemaVersion(), envisage::sandbox::Database::SchemaVersion);
        envisage::sandbox::MessageSearch search(database.connection());
        QCOMPARE(search.search(1, u"before search"_s, 0, 20).total, 1);
    }
};

QTEST_GUILESS_MAIN(SandboxSearchTest)
#include "tst_sandbox_search.moc"
