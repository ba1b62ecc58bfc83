#include "SavedReplyText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace envisage::inbox {

using namespace Qt::StringLiterals;

namespace {

// The context of this file's sentences in the translations.
class SavedReplyText
{
    Q_DECLARE_TR_FUNCTIONS(envisage::inbox::SavedReplyText)
};

qsizetype characters(const QString &text)
{
    return text.toUcs4().size(); // as the server counts (mb_strlen), not UTF-16 units
}

bool isShortcutCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'-';
}

} // namespace

QString fillPlaceholders(const QString &body, const PlaceholderValues &values)
{
    static const QRegularExpression placeholder(u"\\{([a-z]+)\\}"_s);
    QString result;
    result.reserve(body.size());
    qsizetype done = 0;
    QRegularExpressionMatchIterator it = placeholder.globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        QString value;
        if (name == u"buyer"_s)
            value = values.buyer;
        else if (name == u"listing"_s)
            value = values.listing;
        else if (name == u"price"_s)
            value = values.price;
        else if (name == u"seller"_s)
            value = values.seller;
        if (value.isEmpty())
            continue; // unknown, or nothing to put there: left as written
        result += QStringView(body).mid(done, match.capturedStart() - done);
        result += value;
        done = match.capturedEnd();
    }
    result += QStringView(body).mid(done);
    return result;
}

bool savedReplyMatches(const api::SavedReply &reply, const QString &query, bool withBody)
{
    const QString needle = query.trimmed();
    if (needle.isEmpty())
        return true;
    return reply.shortcut.startsWith(needle, Qt::CaseInsensitive) ||
           reply.title.contains(needle, Qt::CaseInsensitive) ||
           (withBody && reply.body.contains(needle, Qt::CaseInsensitive));
}

SlashWord slashWordAt(const QString &text, qsizetype cursor)
{
    if (cursor < 0 || cursor > text.size())
        return {};
    qsizetype start = cursor;
    while (start > 0 && isShortcutCharacter(text.at(start - 1)))
        --start;
    if (start == 0 || text.at(start - 1) != u'/')
        return {};
    const qsizetype slash = start - 1;
    if (slash > 0 && !text.at(slash - 1).isSpace())
        return {}; // "and/or", a URL: not the start of a word
    return {slash, text.mid(start, cursor - start)};
}

QMap<QString, QString> validateSavedReply(const SavedReplyInput &raw,
                                          const QList<api::SavedReply> &others)
{
    static const QRegularExpression shortcutPattern(u"^[a-z0-9-]+$"_s);
    const SavedReplyInput input = raw.trimmed();
    QMap<QString, QString> errors;
    if (input.title.isEmpty())
        errors.insert(u"title"_s, SavedReplyText::tr("Give the reply a title."));
    else if (characters(input.title) > MaxSavedReplyTitle)
        errors.insert(u"title"_s, SavedReplyText::tr("The title can have at most %1 characters.")
                                      .arg(MaxSavedReplyTitle));
    if (input.shortcut.isEmpty()) {
        errors.insert(u"shortcut"_s,
                      SavedReplyText::tr("Give the reply a shortcut, such as \"available\"."));
    } else if (characters(input.shortcut) > MaxSavedReplyShortcut) {
        errors.insert(u"shortcut"_s,
                      SavedReplyText::tr("The shortcut can have at most %1 characters.")
                          .arg(MaxSavedReplyShortcut));
    } else if (!shortcutPattern.match(input.shortcut).hasMatch()) {
        errors.insert(
            u"shortcut"_s,
            SavedReplyText::tr("The shortcut can only have lowercase letters, digits and dashes."));
    } else {
        for (const api::SavedReply &other : others) {
            if (other.shortcut == input.shortcut) {
                errors.insert(u"shortcut"_s,
                              SavedReplyText::tr(
                                  "The shortcut \"%1\" is already used by your saved reply \"%2\".")
                                  .arg(input.shortcut, other.title));
                break;
            }
        }
    }
    if (input.body.isEmpty())
        errors.insert(u"body"_s, SavedReplyText::tr("Write the text of the reply."));
    else if (characters(input.body) > MaxSavedReplyBody)
        errors.insert(
            u"body"_s,
            SavedReplyText::tr("The text can have at most %1 characters.").arg(MaxSavedReplyBody));
    return errors;
}

} // namespace envisage::inbox
