#include "HttpRange.h"

#include <QList>

namespace envisage::sandbox::HttpRange {

namespace {

QByteArrayView withoutWeakPrefix(QByteArrayView tag)
{
    tag = tag.trimmed();
    return tag.startsWith("W/") ? tag.sliced(2) : tag;
}

// A run of ASCII digits as a non-negative number; false for anything else.
bool readNumber(QByteArrayView text, qint64 *number)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    *number = text.toLongLong();
    return true;
}

} // namespace

Request parse(QByteArrayView range, QByteArrayView ifRange, QByteArrayView etag, qint64 size)
{
    range = range.trimmed();
    if (range.isEmpty() || !range.first(std::min<qsizetype>(6, range.size()))
                                .toByteArray()
                                .toLower()
                                .startsWith("bytes="))
        return {};
    // A range for another version of the file would splice two versions together.
    if (!ifRange.trimmed().isEmpty() && ifRange.trimmed() != etag)
        return {};
    const QByteArrayView spec = range.sliced(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (spec.contains(',') || dash < 0)
        return {};
    const QByteArrayView start = spec.first(dash).trimmed();
    const QByteArrayView end = spec.sliced(dash + 1).trimmed();
    qint64 first = 0;
    qint64 last = 0;
    if (start.isEmpty()) { // "-N": the last N bytes
        if (!readNumber(end, &last))
            return {};
        if (last == 0 || size == 0)
            return {Request::Kind::Unsatisfiable};
        return {Request::Kind::Partial, std::max<qint64>(0, size - last), size - 1};
    }
    if (!readNumber(start, &first))
        return {};
    if (end.isEmpty())
        last = size - 1;
    else if (!readNumber(end, &last) || last < first)
        return {}; // an invalid range-spec makes the whole header one to ignore
    if (first >= size)
        return {Request::Kind::Unsatisfiable};
    return {Request::Kind::Partial, first, std::min(last, size - 1)};
}

bool noneMatchHits(QByteArrayView ifNoneMatch, QByteArrayView etag)
{
    if (ifNoneMatch.trimmed() == "*")
        return true;
    const QList<QByteArray> tags = ifNoneMatch.toByteArray().split(',');
    for (const QByteArray &tag : tags) {
        if (withoutWeakPrefix(tag) == withoutWeakPrefix(etag))
            return true;
    }
    return false;
}

} // namespace envisage::sandbox::HttpRange
