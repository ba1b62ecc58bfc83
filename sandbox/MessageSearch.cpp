#include "MessageSearch.h"

#include "Logging.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

namespace {

// A word without a letter or digit ("*", ")", "--") has no token for unicode61 to
// index; left in, it would only make the query longer.
bool hasTokenCharacter(const QString &word)
{
    return std::any_of(word.cbegin(), word.cend(),
                       [](QChar c) { return c.isLetterOrNumber() || c.isMark(); });
}

} // namespace

QString MessageSearch::matchExpression(const QString &text)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    // FTS5 ends a string at NUL ("unterminated string"), and no control character is text
    // to look for: each one separates words, as the client's SearchTerms does.
    QString words = text;
    for (QChar &c : words) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    QStringList terms;
    for (const QString &word : words.split(whitespace, Qt::SkipEmptyParts)) {
        if (!hasTokenCharacter(word))
            continue;
        terms.append(u'"' + QString(word).replace(u'"', u"\"\""_s) + u"\"*"_s);
    }
    return terms.join(u' ');
}

SearchHits MessageSearch::search(qint64 userId, const QString &text, int offset, int limit) const
{
    SearchHits hits;
    const QString expression = matchExpression(text);
    if (expression.isEmpty())
        return hits; // nothing searchable, and FTS5 refuses an empty MATCH
    const QString from = u" FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid"
                         " JOIN conversations c ON c.id = m.conversation_id"
                         " WHERE messages_fts MATCH ? AND (c.buyer_id = ? OR c.seller_id = ?)"_s;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT count(*)"_s + from);
    query.addBindValue(expression);
    query.addBindValue(userId);
    query.addBindValue(userId);
    if (!query.exec() || !query.next()) {
        // Should not happen for an expression of quoted strings; an empty answer beats a 500.
        qCWarning(lcSandboxDb) << "search failed:" << query.lastError().text();
        return hits;
    }
    hits.total = query.value(0).toInt();
    query.finish();
    query.prepare(u"SELECT m.id"_s + from + u" ORDER BY m.id DESC LIMIT ? OFFSET ?"_s);
    for (const QVariant &value : {QVariant(expression), QVariant(userId), QVariant(userId),
                                  QVariant(limit), QVariant(offset)})
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcSandboxDb) << "search failed:" << query.lastError().text();
        return hits;
    }
    while (query.next())
        hits.messageIds.append(query.value(0).toLongLong());
    return hits;
}

} // namespace envisage::sandbox
