#include "MessageSearchText.h"

#include <QRegularExpression>

#include <algorithm>

namespace envisage::store {

using namespace Qt::StringLiterals;

namespace {

// A character unicode61 keeps in a token: letters, digits and (folded away) marks.
bool isTokenCharacter(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

// The [start, end) spans of the tokens of text, in UTF-16 units.
QList<std::pair<qsizetype, qsizetype>> tokenSpans(QStringView text)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    qsizetype start = -1;
    for (qsizetype i = 0; i < text.size();) {
        char32_t c = text[i].unicode();
        qsizetype width = 1;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            width = 2;
        }
        if (isTokenCharacter(c)) {
            if (start < 0)
                start = i;
        } else if (start >= 0) {
            spans.append({start, i});
            start = -1;
        }
        i += width;
    }
    if (start >= 0)
        spans.append({start, text.size()});
    return spans;
}

bool matchesAny(const QString &folded, const QStringList &tokens)
{
    return std::any_of(tokens.cbegin(), tokens.cend(),
                       [&folded](const QString &token) { return folded.startsWith(token); });
}

} // namespace

SearchTerms SearchTerms::parse(const QString &typed)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    QString text = typed;
    // FTS5 ends a string at NUL ("unterminated string"); no control character is text to
    // look for anyway.
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    text = text.trimmed();
    if (text.size() > MaxCharacters) {
        text.truncate(MaxCharacters);
        if (text.back().isHighSurrogate())
            text.chop(1); // never half a character
    }
    SearchTerms terms;
    for (const QString &word : text.split(whitespace, Qt::SkipEmptyParts)) {
        // A word without a letter or digit ("*", ")", "--") has no token to index; left
        // in, it would only make the query longer.
        if (tokenSpans(word).isEmpty())
            continue;
        terms.m_words.append(word);
        if (terms.m_words.size() == MaxWords)
            break;
    }
    // As the server counts (code points, not UTF-16 units): one letter is no search.
    if (terms.text().toUcs4().size() < MinCharacters)
        terms.m_words.clear();
    return terms;
}

QString SearchTerms::matchExpression() const
{
    QStringList strings;
    strings.reserve(m_words.size());
    for (const QString &word : m_words)
        strings.append(u'"' + QString(word).replace(u'"', u"\"\""_s) + u"\"*"_s);
    return strings.join(u' ');
}

QStringList SearchTerms::foldedTokens() const
{
    QStringList tokens;
    for (const QString &word : m_words) {
        for (const auto &[start, end] : tokenSpans(word)) {
            const QString folded = foldForSearch(QStringView(word).sliced(start, end - start));
            if (!folded.isEmpty() && !tokens.contains(folded))
                tokens.append(folded);
        }
    }
    return tokens;
}

QString foldForSearch(QStringView token)
{
    const QString decomposed = token.toString().normalized(QString::NormalizationForm_D);
    QString bare;
    bare.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark())
            bare.append(c);
    }
    return bare.toCaseFolded();
}

SearchSnippet snippetOf(const QString &body, const QStringList &foldedTokens, int maxLength)
{
    constexpr int Lead = 30; // context kept before the first match
    const QString text = body.simplified();
    QList<TextRange> matches;
    for (const auto &[start, end] : tokenSpans(text)) {
        if (matchesAny(foldForSearch(QStringView(text).sliced(start, end - start)), foldedTokens))
            matches.append({int(start), int(end - start)});
    }
    qsizetype from = 0;
    if (!matches.isEmpty() && matches.first().start + matches.first().length > maxLength - Lead) {
        from = std::max<qsizetype>(0, matches.first().start - Lead);
        // Start at a word when there is a space between there and the match.
        const qsizetype space = text.indexOf(u' ', from);
        if (from > 0 && space >= 0 && space < matches.first().start)
            from = space + 1;
    }
    qsizetype to = std::min<qsizetype>(text.size(), from + maxLength);
    if (to < text.size()) {
        const qsizetype space = text.lastIndexOf(u' ', to);
        if (space > from + maxLength / 2)
            to = space;
    }
    // Never half a character at either cut.
    if (from > 0 && from < text.size() && text.at(from).isLowSurrogate())
        ++from;
    if (to < text.size() && to > from && text.at(to - 1).isHighSurrogate())
        --to;

    SearchSnippet snippet;
    const QString lead = from > 0 ? u"…"_s : QString();
    snippet.text = lead + text.sliced(from, to - from) + (to < text.size() ? u"…"_s : QString());
    for (const TextRange &match : std::as_const(matches)) {
        const qsizetype start = std::max<qsizetype>(match.start, from);
        const qsizetype end = std::min<qsizetype>(match.start + match.length, to);
        if (start < end)
            snippet.words.append({int(start - from + lead.size()), int(end - start)});
    }
    return snippet;
}

ConversationLabel ConversationLabel::of(const api::Conversation &conversation)
{
    return {conversation.buyer.id, conversation.buyer.name, conversation.seller.name,
            conversation.listing.title};
}

} // namespace envisage::store
