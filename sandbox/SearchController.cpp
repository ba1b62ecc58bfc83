#include "SearchController.h"

#include "Conversations.h"
#include "LaravelReplies.h"
#include "LengthAwarePaginator.h"
#include "Logging.h"
#include "MessageSearch.h"

#include <QJsonArray>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

void SearchController::registerRoutes(HttpService &http)
{
    http.addRoute(QHttpServerRequest::Method::Get, u"^/api/search/messages$"_s,
                  [this](const QHttpServerRequest &r, const QRegularExpressionMatch &) {
                      return searchMessages(r);
                  });
}

HttpReply SearchController::searchMessages(const QHttpServerRequest &request)
{
    HttpReply denied;
    const std::optional<UserRecord> user = m_context.authenticate(request, &denied);
    if (!user)
        return denied;
    Laravel::Validation validation(Laravel::input(request));
    const QString text = validation.requiredString(u"q"_s, MessageSearch::MaxQueryCharacters);
    // Characters as Laravel counts them (mb_strlen): code points, not UTF-16 units.
    if (!text.isEmpty() && text.toUcs4().size() < MessageSearch::MinQueryCharacters)
        validation.addError(u"q"_s, u"The q field must be at least %1 characters."_s.arg(
                                        MessageSearch::MinQueryCharacters));
    if (validation.failed())
        return validation.reply();

    const PageRequest page = PageRequest::of(request, 20, 100);
    const SearchHits hits = m_search.search(user->id, text, page.offset(), page.perPage);
    QJsonArray data;
    for (qint64 id : hits.messageIds) {
        if (const std::optional<MessageRecord> message = m_context.conversations.message(id))
            data.append(QJsonObject{{u"message"_s, Conversations::messageJson(*message)},
                                    {u"conversation_id"_s, message->conversationId}});
    }
    qCDebug(lcSandboxApi) << "search by user" << user->id << "found" << hits.total;
    QUrlQuery kept;
    kept.addQueryItem(u"q"_s, text);
    return HttpReply::json(
        200, LengthAwarePaginator::json(data, page, hits.total, Laravel::pathUrl(request), kept));
}

} // namespace envisage::sandbox
