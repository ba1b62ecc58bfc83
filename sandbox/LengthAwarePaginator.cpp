#include "LengthAwarePaginator.h"

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

PageRequest PageRequest::of(const QHttpServerRequest &request, int defaultPerPage, int maximum)
{
    bool ok = false;
    const int perPage = request.query().queryItemValue(u"per_page"_s).toInt(&ok);
    return {std::max(1, request.query().queryItemValue(u"page"_s).toInt()),
            ok ? std::clamp(perPage, 1, maximum) : defaultPerPage};
}

namespace LengthAwarePaginator {

QJsonObject json(const QJsonArray &data, const PageRequest &request, int total, const QString &path,
                 const QUrlQuery &kept)
{
    const int size = request.perPage;
    const int page = request.page;
    const int lastPage = std::max(1, (total + size - 1) / size);
    const auto pageUrl = [&](int number) -> QJsonValue {
        QUrlQuery query = kept;
        query.addQueryItem(u"page"_s, QString::number(number));
        query.addQueryItem(u"per_page"_s, QString::number(size));
        return path + u'?' + query.toString(QUrl::FullyEncoded);
    };
    const int from = request.offset() + 1;
    return {
        {u"current_page"_s, page},
        {u"data"_s, data},
        {u"first_page_url"_s, pageUrl(1)},
        {u"from"_s, data.isEmpty() ? QJsonValue::Null : QJsonValue(from)},
        {u"last_page"_s, lastPage},
        {u"last_page_url"_s, pageUrl(lastPage)},
        {u"next_page_url"_s, page < lastPage ? pageUrl(page + 1) : QJsonValue::Null},
        {u"path"_s, path},
        {u"per_page"_s, size},
        {u"prev_page_url"_s, page > 1 ? pageUrl(page - 1) : QJsonValue::Null},
        {u"to"_s, data.isEmpty() ? QJsonValue::Null : QJsonValue(from + int(data.size()) - 1)},
        {u"total"_s, total},
    };
}

} // namespace LengthAwarePaginator
} // namespace envisage::sandbox
