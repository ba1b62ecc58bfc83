// StoreDatabase: the full-text index of the cached messages (issue 12, "Search").
//
// The messages table keeps each message as JSON; a virtual generated column reads the body
// out of it (no second copy on disk), and message_search is an external-content FTS5 index
// over that column: it holds only tokens, the text stays in messages. Triggers keep it in
// step with every writer of the table (saveMessages' upsert fires the update trigger,
// deleteConversation the delete one). unicode61 with remove_diacritics 2 folds case and
// accents ("cafe" finds "café"); prefix indexes for 1 to 3 characters keep the first
// keystrokes of a word fast on a large cache: without the 1-character one, "I p" took
// 20 ms over 100,000 messages, with it 2 ms, for 28 % more index (docs/benchmarks.md,
// "Message search").
#include "StoreDatabase.h"
#include "StoreSql.h"
#include "api/MarketplaceJson.h"

#include <QSqlDatabase>

namespace envisage::store {

using namespace Qt::StringLiterals;
namespace Json = api::MarketplaceJson;
using sql::parse;
using sql::run;

// Message search, schema version 7 (MessageSearchSchema): the version's statements,
// the existing cache indexed by 'rebuild' in the same transaction.
QStringList StoreDatabase::messageSearchMigration()
{
    return {
        // NULL for a row whose JSON is unreadable, which FTS5 indexes as empty text.
        u"ALTER TABLE messages ADD COLUMN body TEXT GENERATED ALWAYS AS "
        "(CASE WHEN json_valid(json) THEN json_extract(json, '$.body') END) VIRTUAL"_s,
        u"CREATE VIRTUAL TABLE message_search USING fts5(body, content='messages', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"_s,
        u"INSERT INTO message_search(message_search) VALUES ('rebuild')"_s,
        u"CREATE TRIGGER message_search_insert AFTER INSERT ON messages BEGIN"
        "  INSERT INTO message_search(rowid, body) VALUES (new.id, new.body);"
        " END"_s,
        u"CREATE TRIGGER message_search_delete AFTER DELETE ON messages BEGIN"
        "  INSERT INTO message_search(message_search, rowid, body)"
        "   VALUES ('delete', old.id, old.body);"
        " END"_s,
        // A message saved again (read_at, attachments) keeps its tokens unless its text changed.
        u"CREATE TRIGGER message_search_update AFTER UPDATE OF json ON messages"
        " WHEN old.body IS NOT new.body BEGIN"
        "  INSERT INTO message_search(message_search, rowid, body)"
        "   VALUES ('delete', old.id, old.body);"
        "  INSERT INTO message_search(rowid, body) VALUES (new.id, new.body);"
        " END"_s,
    };
}

QList<MessageSearchHit> StoreDatabase::searchMessages(const SearchTerms &terms, int limit)
{
    QList<MessageSearchHit> hits;
    if (terms.isEmpty())
        return hits; // FTS5 refuses an empty MATCH
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    // The index drives the loop in rowid (= message id) order, newest first, and stops at
    // the limit: no sort, whatever the number of matches.
    query.prepare(u"SELECT m.json, c.buyer_id, json_extract(c.json, '$.buyer.name'), "
                  "json_extract(c.json, '$.seller.name'), json_extract(c.json, '$.listing.title') "
                  "FROM message_search JOIN messages m ON m.id = message_search.rowid "
                  "LEFT JOIN conversations c ON c.id = m.conversation_id "
                  "WHERE message_search MATCH ? ORDER BY message_search.rowid DESC LIMIT ?"_s);
    if (!run(query, {terms.matchExpression(), limit}))
        return hits; // logged; quoted strings should never fail
    const QStringList tokens = terms.foldedTokens();
    while (query.next()) {
        QString error;
        std::optional<api::Message> message =
            Json::readMessage(parse(query.value(0).toString()), &error);
        if (!message)
            continue;
        MessageSearchHit hit;
        hit.conversation = {query.value(1).toLongLong(), query.value(2).toString(),
                            query.value(3).toString(), query.value(4).toString()};
        hit.snippet = snippetOf(message->body, tokens);
        hit.message = std::move(*message);
        hits.append(std::move(hit));
    }
    return hits;
}

} // namespace envisage::store
