// StoreDatabase: the conversations table. Each row keeps the conversation's JSON (what
// the list shows once the row is read) beside the columns the list asks for without it:
// updated_at and id (its place), unread_count, and the folded texts of a search.
#include "ConversationSearch.h"
#include "StoreDatabase.h"
#include "StoreSql.h"
#include "api/MarketplaceJson.h"

#include <QSqlDatabase>

namespace envisage::store {

using namespace Qt::StringLiterals;
namespace Json = api::MarketplaceJson;
using sql::compact;
using sql::parse;
using sql::run;

namespace {

QList<api::Conversation> readConversations(QSqlQuery &query)
{
    QList<api::Conversation> result;
    while (query.next()) {
        QString error;
        if (std::optional<api::Conversation> conversation =
                Json::readConversation(parse(query.value(0).toString()), &error))
            result.append(std::move(*conversation));
        else
            qCWarning(lcStore) << "skipping an unreadable cached conversation:" << error;
    }
    return result;
}

// The columns beside the JSON of schema version 3, in the order the statements below
// bind them (also what version 3's migration fills).
QVariantList columnsOf(const api::Conversation &conversation)
{
    const ConversationSearchText search = searchTextOf(conversation);
    return {conversation.unreadCount, conversation.buyer.id, search.buyer, search.seller,
            search.about};
}

// Version 6's: the triage flags.
QVariantList triageColumnsOf(const api::Conversation &conversation)
{
    const QDateTime &since = conversation.awaitingReplySince;
    return {int(conversation.archived), int(conversation.markedUnread),
            since.isValid() ? QVariant(since.toMSecsSinceEpoch())
                            : QVariant(QMetaType::fromType<qint64>())};
}

// The WHERE condition of a triage filter (store/ConversationSearch.h's matchesFilter()).
QString filterCondition(ConversationFilter filter)
{
    switch (filter) {
    case ConversationFilter::Inbox:
        return u"archived = 0"_s;
    case ConversationFilter::Unread:
        return u"archived = 0 AND (unread_count > 0 OR marked_unread = 1)"_s;
    case ConversationFilter::AwaitingReply:
        return u"archived = 0 AND awaiting_since IS NOT NULL"_s;
    case ConversationFilter::Archived:
        return u"archived = 1"_s;
    case ConversationFilter::All:
        break;
    }
    return u"1"_s;
}

// A query's condition with its bound values; and the ORDER BY and rank of its order.
QString queryCondition(const ConversationQuery &query, QVariantList *values)
{
    QString condition = filterCondition(query.filter);
    if (!query.needle.isEmpty()) {
        // The name of whoever is not me; LIKE with an escape, so % and _ are themselves.
        condition += u" AND ((CASE WHEN buyer_id = ? THEN search_seller ELSE search_buyer END) "
                     "LIKE ? ESCAPE '\\' OR search_about LIKE ? ESCAPE '\\')"_s;
        const QString pattern = likePattern(query.needle);
        *values += {query.myUserId, pattern, pattern};
    }
    return condition;
}

QString orderClause(const ConversationQuery &query)
{
    return query.effectiveOrder() == ConversationOrder::LongestWait
               ? u"ORDER BY awaiting_since ASC, id DESC"_s
               : u"ORDER BY updated_at DESC, id DESC"_s;
}

QString rankColumn(const ConversationQuery &query)
{
    return query.effectiveOrder() == ConversationOrder::LongestWait ? u"-awaiting_since"_s
                                                                    : u"updated_at"_s;
}

} // namespace

QList<api::Conversation> StoreDatabase::conversations(int limit)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT json FROM conversations ORDER BY updated_at DESC, id DESC LIMIT ?"_s);
    if (!run(query, {limit < 0 ? -1 : limit}))
        return {};
    return readConversations(query);
}

ConversationHead StoreDatabase::conversationHead(int limit, const ConversationQuery &query)
{
    ConversationHead head;
    QVariantList values;
    const QString condition = queryCondition(query, &values);
    QSqlQuery count(QSqlDatabase::database(m_connectionName, false));
    count.prepare(u"SELECT count(*) FROM conversations WHERE "_s + condition);
    if (run(count, values) && count.next())
        head.total = count.value(0).toInt();
    QSqlQuery first(QSqlDatabase::database(m_connectionName, false));
    first.setForwardOnly(true);
    first.prepare(
        u"SELECT json FROM conversations WHERE %1 %2 LIMIT ?"_s.arg(condition, orderClause(query)));
    if (run(first, values + QVariantList{limit < 0 ? -1 : limit}))
        head.first = readConversations(first);
    return head;
}

QList<ConversationKey> StoreDatabase::conversationKeys(const ConversationQuery &query)
{
    QSqlQuery select(QSqlDatabase::database(m_connectionName, false));
    select.setForwardOnly(true);
    QVariantList values;
    const QString condition = queryCondition(query, &values);
    select.prepare(u"SELECT %1, id FROM conversations WHERE %2 %3"_s.arg(
        rankColumn(query), condition, orderClause(query)));
    QList<ConversationKey> keys;
    if (!run(select, values))
        return keys;
    while (select.next())
        keys.append({select.value(0).toLongLong(), select.value(1).toLongLong()});
    return keys;
}

ConversationCounts StoreDatabase::conversationCounts()
{
    // One pass over the triage index; the filters' conditions as in filterCondition().
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    ConversationCounts counts;
    if (!query.exec(u"SELECT total(archived = 0), "
                    "total(archived = 0 AND (unread_count > 0 OR marked_unread = 1)), "
                    "total(archived = 0 AND awaiting_since IS NOT NULL), total(archived = 1) "
                    "FROM conversations"_s) ||
        !query.next())
        return counts;
    counts.inbox = query.value(0).toInt();
    counts.unread = query.value(1).toInt();
    counts.awaitingReply = query.value(2).toInt();
    counts.archived = query.value(3).toInt();
    return counts;
}

QHash<qint64, int> StoreDatabase::unreadCounts()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    QHash<qint64, int> unread;
    if (!query.exec(u"SELECT id, unread_count FROM conversations WHERE unread_count > 0"_s))
        return unread;
    while (query.next())
        unread.insert(query.value(0).toLongLong(), query.value(1).toInt());
    return unread;
}

QList<api::Conversation> StoreDatabase::conversationsById(const QList<qint64> &ids)
{
    constexpr qsizetype Batch = 200; // well under SQLite's limit of bound values
    QList<api::Conversation> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    for (qsizetype from = 0; from < ids.size(); from += Batch) {
        const qsizetype count = std::min(Batch, ids.size() - from);
        QString marks = u"?"_s;
        for (qsizetype i = 1; i < count; ++i)
            marks += u",?"_s;
        query.prepare(u"SELECT json FROM conversations WHERE id IN (%1)"_s.arg(marks));
        QVariantList values;
        values.reserve(count);
        for (qsizetype i = 0; i < count; ++i)
            values.append(ids.at(from + i));
        if (run(query, values))
            result += readConversations(query);
    }
    return result;
}

bool StoreDatabase::saveConversations(const QList<api::Conversation> &conversations)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.transaction();
    QSqlQuery query(db);
    // Upsert that keeps the history columns.
    query.prepare(
        u"INSERT INTO conversations (id, updated_at, json, unread_count, buyer_id, search_buyer, "
        "search_seller, search_about, archived, marked_unread, awaiting_since) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at, json = excluded.json, "
        "unread_count = excluded.unread_count, buyer_id = excluded.buyer_id, "
        "search_buyer = excluded.search_buyer, search_seller = excluded.search_seller, "
        "search_about = excluded.search_about, archived = excluded.archived, "
        "marked_unread = excluded.marked_unread, awaiting_since = excluded.awaiting_since"_s);
    bool ok = true;
    for (const api::Conversation &conversation : conversations) {
        ok = run(query, QVariantList{conversation.id, conversation.updatedAt.toMSecsSinceEpoch(),
                                     compact(Json::writeConversation(conversation))} +
                            columnsOf(conversation) + triageColumnsOf(conversation)) &&
             ok;
    }
    return db.commit() && ok;
}

bool StoreDatabase::setUnreadCount(qint64 conversationId, int unread)
{
    QSqlQuery read(QSqlDatabase::database(m_connectionName, false));
    read.prepare(u"SELECT json FROM conversations WHERE id = ?"_s);
    if (!run(read, {conversationId}) || !read.next())
        return false;
    QJsonObject json = parse(read.value(0).toString());
    json[u"unread_count"_s] = unread;
    if (unread == 0)
        json[u"marked_unread"_s] = false;
    QSqlQuery write(QSqlDatabase::database(m_connectionName, false));
    write.prepare(u"UPDATE conversations SET unread_count = ?, json = ?, "
                  "marked_unread = marked_unread AND ? WHERE id = ?"_s);
    return run(write, {unread, compact(json), unread > 0, conversationId});
}

void StoreDatabase::deleteConversation(qint64 id)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"DELETE FROM conversations WHERE id = ?"_s);
    run(query, {id});
    query.prepare(u"DELETE FROM messages WHERE conversation_id = ?"_s);
    run(query, {id});
}

bool StoreDatabase::migrateData(int toVersion, QString *error)
{
    return toVersion != 3 || fillConversationColumns(error);
}

bool StoreDatabase::fillConversationColumns(QString *error)
{
    // Inside the migration's transaction: all rows get their columns, or none. SQLite's
    // json_extract reads the few fields without parsing whole records into Qt's JSON; a
    // SQLite built without JSON functions gets them parsed here. Once, on the first start
    // after the upgrade: about 0.5 s for 10,000 conversations, 3.7 s for 100,000, most of
    // it SQLite rewriting every row (docs/benchmarks.md).
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery write(db);
    write.prepare(u"UPDATE conversations SET unread_count = ?, buyer_id = ?, search_buyer = ?, "
                  "search_seller = ?, search_about = ? WHERE id = ?"_s);
    const bool extracted = read.exec(
        u"SELECT id, json_extract(json, '$.unread_count'), json_extract(json, '$.buyer.id'), "
        "json_extract(json, '$.buyer.name'), json_extract(json, '$.seller.name'), "
        "json_extract(json, '$.listing.title'), json_extract(json, '$.last_message.body') "
        "FROM conversations WHERE json_valid(json)"_s);
    if (!extracted && !read.exec(u"SELECT id, json FROM conversations"_s)) {
        *error = read.lastError().text();
        return false;
    }
    while (read.next()) {
        api::Conversation conversation;
        if (extracted) {
            conversation.unreadCount = read.value(1).toInt();
            conversation.buyer = {
                read.value(2).toLongLong(), read.value(3).toString(), {}, {}, {}, {}};
            conversation.seller.name = read.value(4).toString();
            conversation.listing.title = read.value(5).toString();
            if (!read.value(6).isNull()) {
                conversation.lastMessage.emplace();
                conversation.lastMessage->body = read.value(6).toString();
            }
        } else {
            QString unreadable;
            std::optional<api::Conversation> parsed =
                Json::readConversation(parse(read.value(1).toString()), &unreadable);
            if (!parsed)
                continue; // never shown (readConversations skips it); the defaults will do
            conversation = std::move(*parsed);
        }
        if (!run(write, columnsOf(conversation) + QVariantList{read.value(0)})) {
            *error = write.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace envisage::store
