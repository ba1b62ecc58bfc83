#include "MessageSearch.h"

#include "CoreLogging.h"
#include "api/MarketplaceApi.h"
#include "common/FutureWatch.h"
#include "store/Store.h"

namespace envisage::inbox {

MessageSearch::MessageSearch(api::MarketplaceApi &api, QObject *parent)
    : QObject(parent), m_api(api), m_scope(new QObject(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DefaultDebounce);
    connect(&m_debounce, &QTimer::timeout, this, &MessageSearch::run);
    m_results.fetchMoreHandler = [this] { searchServer(m_generation, m_serverPage + 1); };
}

MessageSearch::~MessageSearch() = default;

void MessageSearch::attach(store::Store *store, qint64 myUserId)
{
    m_store = store;
    m_myUserId = myUserId;
    m_labels.clear();
    m_results.setMyUserId(myUserId);
    // Whatever was asked of the previous account's cache or token is dropped.
    m_typed.clear();
    m_terms = {};
    ++m_generation;
    replaceScope();
    m_cachePending = false;
    m_results.clear();
    setServerState(ServerState::NotAsked);
}

void MessageSearch::setQuery(const QString &typed)
{
    m_typed = typed;
    if (m_debounce.interval() <= 0) {
        m_debounce.stop();
        run();
        return;
    }
    m_debounce.start();
}

void MessageSearch::run()
{
    const store::SearchTerms terms = store::SearchTerms::parse(m_typed);
    // "desk " after "desk", or a word of punctuation added: the same search.
    if (!terms.isEmpty() && terms.words() == m_terms.words() &&
        m_answeredGeneration == m_generation) {
        Q_EMIT cacheAnswered();
        return;
    }
    m_terms = terms;
    const quint64 generation = ++m_generation;
    replaceScope(); // the old query's requests are aborted, its answers never come
    if (terms.isEmpty()) {
        m_answeredGeneration = generation;
        m_cachePending = false;
        m_results.clear();
        setServerState(ServerState::NotAsked);
        Q_EMIT cacheAnswered();
        return;
    }
    // Only the cache's matches tell the words used; the query itself is not logged.
    qCDebug(lcInbox) << "message search" << generation << "with" << terms.words().size()
                     << "word(s)";
    searchCache(generation);
    if (m_myUserId != 0 && m_serverReachable) {
        setServerState(ServerState::Searching);
        searchServer(generation, 1);
    } else {
        setServerState(ServerState::NotAsked);
    }
}

void MessageSearch::replaceScope()
{
    m_scope->deleteLater();
    m_scope = new QObject(this);
}

void MessageSearch::searchCache(quint64 generation)
{
    if (!m_store) {
        answer(generation, {});
        Q_EMIT cacheAnswered();
        return;
    }
    m_cachePending = true;
    const store::SearchTerms terms = m_terms;
    whenFinished(
        m_scope, m_store->run<QList<store::MessageSearchHit>>([terms](store::StoreDatabase &db) {
            return db.searchMessages(terms, CacheLimit);
        }),
        [this, generation](const QList<store::MessageSearchHit> &hits) {
            if (generation != m_generation)
                return;
            m_cachePending = false;
            QList<MessageSearchResult> results;
            results.reserve(hits.size());
            for (const store::MessageSearchHit &hit : hits) {
                if (hit.conversation.isKnown())
                    m_labels.insert(hit.message.conversationId, hit.conversation);
                results.append({hit.message.conversationId, hit.message.id, hit.message.createdAt,
                                hit.message.senderId, hit.conversation, hit.snippet, true, false});
            }
            answer(generation, results);
            Q_EMIT cacheAnswered();
        });
}

void MessageSearch::searchServer(quint64 generation, int page)
{
    if (generation != m_generation || m_terms.isEmpty() || m_myUserId == 0)
        return;
    const QStringList tokens = m_terms.foldedTokens();
    m_api.searchMessages(
        m_scope, m_terms.text(), page,
        [this, generation, page, tokens](const api::ApiResult<api::FoundMessagePage> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                qCInfo(lcInbox) << "the server's message search failed:"
                                << api::kindName(result.error().kind);
                m_results.setMoreOnServer(false);
                if (page == 1)
                    setServerState(ServerState::Unreachable);
                return;
            }
            const api::FoundMessagePage &found = result.value();
            QList<MessageSearchResult> results;
            results.reserve(found.found.size());
            for (const api::FoundMessage &hit : found.found) {
                results.append({hit.conversationId, hit.message.id, hit.message.createdAt,
                                hit.message.senderId, m_labels.value(hit.conversationId),
                                store::snippetOf(hit.message.body, tokens), false, true});
            }
            m_serverPage = found.currentPage;
            answer(generation, results);
            m_results.setMoreOnServer(found.hasMore());
            setServerState(ServerState::Answered);
            Q_EMIT serverAnswered();
            labelConversations(generation);
        });
}

// The first answer of a query replaces the previous query's rows (kept until then, so the
// list does not blink empty at every keystroke); later ones are merged.
void MessageSearch::answer(quint64 generation, const QList<MessageSearchResult> &results)
{
    if (generation != m_answeredGeneration) {
        m_answeredGeneration = generation;
        m_results.replace(results);
    } else {
        m_results.merge(results);
    }
}

void MessageSearch::setServerState(ServerState state)
{
    if (state == m_serverState)
        return;
    m_serverState = state;
    Q_EMIT serverStateChanged(state);
}

// The server's hits name only their conversation: its buyer and listing come from the
// cache, or from the server for a conversation the cache does not have.
void MessageSearch::labelConversations(quint64 generation)
{
    QList<qint64> missing;
    for (qint64 id : m_results.conversationsWithoutLabel()) {
        if (const auto known = m_labels.constFind(id); known != m_labels.cend())
            m_results.setLabel(id, *known);
        else
            missing.append(id);
    }
    if (missing.isEmpty())
        return;
    if (!m_store) {
        askServerForLabels(generation, missing);
        return;
    }
    whenFinished(m_scope, m_store->conversationsById(missing),
                 [this, generation, missing](const QList<api::Conversation> &cached) {
                     if (generation != m_generation)
                         return;
                     QList<qint64> unknown = missing;
                     for (const api::Conversation &conversation : cached) {
                         const store::ConversationLabel label =
                             store::ConversationLabel::of(conversation);
                         m_labels.insert(conversation.id, label);
                         m_results.setLabel(conversation.id, label);
                         unknown.removeAll(conversation.id);
                     }
                     askServerForLabels(generation, unknown);
                 });
}

void MessageSearch::askServerForLabels(quint64 generation, const QList<qint64> &ids)
{
    for (qint64 id : ids.first(std::min<qsizetype>(ids.size(), MaxLabelLookups))) {
        m_api.conversation(
            m_scope, id, [this, generation, id](const api::ApiResult<api::Conversation> &result) {
                if (generation != m_generation || !result.ok())
                    return;
                const store::ConversationLabel label = store::ConversationLabel::of(result.value());
                m_labels.insert(id, label);
                m_results.setLabel(id, label);
            });
    }
}

} // namespace envisage::inbox
