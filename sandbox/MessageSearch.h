#pragma once
// Full-text search over the messages of a user's conversations (marketplace-api.md §5),
// with SQLite FTS5 (the messages_fts index of schema version 3: unicode61 with
// remove_diacritics 2, so case and accents do not matter).
//
// What a person types never reaches FTS5's query language: it is split into words and
// every word becomes a quoted string with a prefix star, so quotes, stars, NEAR, AND,
// brackets or a column filter are only text to look for.
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace envisage::sandbox {

struct SearchHits
{
    QList<qint64> messageIds; // newest first
    int total = 0;
};

class MessageSearch
{
public:
    static constexpr int MinQueryCharacters = 2;
    static constexpr int MaxQueryCharacters = 200;

    explicit MessageSearch(QSqlDatabase db) : m_db(db) {}

    // "Café NEAR(x" → "\"Café\"* \"NEAR(x\"*": each word a string literal ("" doubled)
    // matched as a prefix, all words required. Empty when no word has a letter or digit.
    static QString matchExpression(const QString &text);

    // One page of the messages matching text in the conversations userId takes part in.
    SearchHits search(qint64 userId, const QString &text, int offset, int limit) const;

private:
    QSqlDatabase m_db;
};

} // namespace envisage::sandbox
