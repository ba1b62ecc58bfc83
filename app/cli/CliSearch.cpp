// envisage-cli search QUERY: the server's matches (marketplace-api.md §5), one JSON line
// each; with --cache, the offline cache's when the server cannot be reached.
#include "CliCommands.h"
#include "CliOutput.h"

#include "api/MarketplaceApi.h"
#include "api/MarketplaceJson.h"
#include "common/FutureWatch.h"
#include "store/MessageSearchText.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace envisage::cli {

using namespace Qt::StringLiterals;

namespace {

QJsonObject hitLine(qint64 conversationId, const api::Message &message, const QString &snippet,
                    const QString &source)
{
    return {{u"conversation_id"_s, conversationId},
            {u"message_id"_s, message.id},
            {u"created_at"_s, api::MarketplaceJson::formatTimestamp(message.createdAt)},
            {u"snippet"_s, snippet},
            {u"source"_s, source}};
}

bool isUnreachable(const api::ApiError &error)
{
    using Kind = api::ApiError::Kind;
    return error.kind == Kind::Offline || error.kind == Kind::Timeout ||
           error.kind == Kind::Server || error.kind == Kind::Tls;
}

// The newest matches the cache holds, when the marketplace cannot be asked.
void searchCache(const QString &path, const store::SearchTerms &terms)
{
    auto *cache = new store::Store(path);
    // Gone before the application object (and its SQLite driver) is, as the session of the
    // other commands: its thread stops while the event loop still runs.
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, qApp, [cache] { delete cache; });
    whenFinished(qApp, cache->open(), [cache, terms](const store::OpenResult &opened) {
        if (!opened.ok || opened.rebuilt) {
            finish(printError(u"unreachable"_s,
                              u"The marketplace cannot be reached and the "
                              "cache cannot be read."_s,
                              Unreachable));
            return;
        }
        whenFinished(qApp,
                     cache->run<QList<store::MessageSearchHit>>([terms](store::StoreDatabase &db) {
                         return db.searchMessages(terms, 100);
                     }),
                     [](const QList<store::MessageSearchHit> &hits) {
                         for (const store::MessageSearchHit &hit : hits)
                             printLine(hitLine(hit.message.conversationId, hit.message,
                                               hit.snippet.text, u"cache"_s));
                         finish(Ok);
                     });
    });
}

} // namespace

int startSearch(const CliContext &context, const QString &query, int page)
{
    const store::SearchTerms terms = store::SearchTerms::parse(query);
    if (terms.isEmpty())
        return printError(u"usage"_s,
                          u"Search for at least 2 characters, with a letter or a digit."_s, Usage);
    if (context.token.isEmpty() && context.cachePath.isEmpty())
        return printError(u"unauthenticated"_s,
                          u"No token: run `envisage-cli login EMAIL` and pass --token or "
                          "ENVISAGE_TOKEN (or --cache to search a cache offline)."_s,
                          Unauthenticated);
    if (context.token.isEmpty()) {
        searchCache(context.cachePath, terms);
        return -1;
    }
    api::MarketplaceApi *api = makeApi(context);
    const QStringList tokens = terms.foldedTokens();
    api->searchMessages(
        qApp, terms.text(), page,
        [context, terms, tokens](const api::ApiResult<api::FoundMessagePage> &result) {
            if (!result.ok()) {
                if (isUnreachable(result.error()) && !context.cachePath.isEmpty())
                    return searchCache(context.cachePath, terms);
                finish(printError(result.error()));
                return;
            }
            for (const api::FoundMessage &found : result.value().found)
                printLine(hitLine(found.conversationId, found.message,
                                  store::snippetOf(found.message.body, tokens).text, u"server"_s));
            finish(Ok);
        });
    return -1;
}

} // namespace envisage::cli
