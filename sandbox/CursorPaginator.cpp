#include "CursorPaginator.h"

#include "Conversations.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

QString Cursor::encode() const
{
    const QJsonObject object{{u"id"_s, id}, {u"_pointsToNextItems"_s, pointsToNextItems}};
    return QString::fromLatin1(QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Cursor> Cursor::decode(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(*decoded).object();
    if (!object.value(u"id"_s).isDouble() || !object.value(u"_pointsToNextItems"_s).isBool())
        return std::nullopt;
    return Cursor{qint64(object.value(u"id"_s).toDouble()),
                  object.value(u"_pointsToNextItems"_s).toBool()};
}

namespace CursorPaginator {

QJsonObject json(const MessagePage &page, const QJsonArray &data, int perPage, const QString &path)
{
    const auto urlFor = [&](const std::optional<Cursor> &cursor) -> QJsonValue {
        if (!cursor)
            return QJsonValue::Null;
        QUrlQuery query;
        query.addQueryItem(u"per_page"_s, QString::number(perPage));
        query.addQueryItem(u"cursor"_s, cursor->encode());
        return path + u'?' + query.toString(QUrl::FullyEncoded);
    };
    std::optional<Cursor> next;
    std::optional<Cursor> previous;
    if (page.hasOlder && !page.messages.isEmpty())
        next = Cursor{page.messages.last().id, true};
    if (page.hasNewer && !page.messages.isEmpty())
        previous = Cursor{page.messages.first().id, false};
    return {
        {u"data"_s, data},
        {u"path"_s, path},
        {u"per_page"_s, perPage},
        {u"next_cursor"_s, next ? QJsonValue(next->encode()) : QJsonValue::Null},
        {u"next_page_url"_s, urlFor(next)},
        {u"prev_cursor"_s, previous ? QJsonValue(previous->encode()) : QJsonValue::Null},
        {u"prev_page_url"_s, urlFor(previous)},
    };
}

} // namespace CursorPaginator
} // namespace envisage::sandbox
