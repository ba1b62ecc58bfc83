#pragma once
// Laravel's length-aware paginator: {"current_page","data","first_page_url","from",
// "last_page","last_page_url","next_page_url","path","per_page","prev_page_url","to",
// "total"}, shared by the conversation list and message search.
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace envisage::sandbox {

struct PageRequest
{
    int page = 1;
    int perPage = 20;

    int offset() const { return (page - 1) * perPage; }
    // ?page=N (at least 1) and ?per_page=M within [1, maximum], the default when absent.
    static PageRequest of(const QHttpServerRequest &request, int defaultPerPage, int maximum);
};

namespace LengthAwarePaginator {
// `kept` holds the query items that select the list (filter, q): the page links carry
// them, as Laravel's withQueryString() does, so following a link stays in that list.
QJsonObject json(const QJsonArray &data, const PageRequest &request, int total, const QString &path,
                 const QUrlQuery &kept = {});
} // namespace LengthAwarePaginator

} // namespace envisage::sandbox
