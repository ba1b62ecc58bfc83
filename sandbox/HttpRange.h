#pragma once
// The conditional and partial GET of RFC 9110 for one stored representation: a single
// byte range (several are answered with the whole file, as the RFC allows), If-Range
// and If-None-Match with an entity tag.
#include <QByteArray>
#include <QByteArrayView>

namespace envisage::sandbox::HttpRange {

struct Request
{
    enum class Kind {
        Whole,         // no Range, one we ignore (malformed, several ranges, stale If-Range)
        Partial,       // 206 with bytes first..last
        Unsatisfiable, // 416 with "bytes */size"
    };
    Kind kind = Kind::Whole;
    qint64 first = 0;
    qint64 last = 0; // inclusive
};

// The Range header of a GET of `size` bytes, given its If-Range header and the ETag.
Request parse(QByteArrayView range, QByteArrayView ifRange, QByteArrayView etag, qint64 size);

// Whether If-None-Match names this entity tag (weak comparison, "*" matches any).
bool noneMatchHits(QByteArrayView ifNoneMatch, QByteArrayView etag);

} // namespace envisage::sandbox::HttpRange
