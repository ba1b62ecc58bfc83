#pragma once
// Full-text search over the seller's messages (issue 12): the offline cache answers at
// once (an FTS5 query on the store's thread), then the server's matches are merged in
// when it can be reached (deduplicated by message id, newest first). Keystrokes are
// debounced; every query has a generation and a scope object, so an older query's
// answer — from the cache or the server — never reaches the results of a newer one, and
// its requests are aborted. Fewer than two characters is no search.
#include "MessageSearchModel.h"
#include "api/ApiError.h"
#include "store/MessageSearchText.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace envisage::api {
class MarketplaceApi;
}
namespace envisage::store {
class Store;
}

namespace envisage::inbox {

class MessageSearch : public QObject
{
    Q_OBJECT
public:
    static constexpr int CacheLimit = 50;      // the cache's newest matches
    static constexpr int MaxLabelLookups = 10; // conversations asked of the server per query
    static constexpr std::chrono::milliseconds DefaultDebounce{150};

    enum class ServerState {
        NotAsked,    // no query, signed out, or the server is known to be unreachable
        Searching,   // the server's first page is on its way
        Answered,    // its matches are in the results
        Unreachable, // it did not answer: the results are the cache's only
    };
    Q_ENUM(ServerState)

    explicit MessageSearch(api::MarketplaceApi &api, QObject *parent = nullptr);
    ~MessageSearch() override;

    // The account's cache and who the seller is; nullptr and 0 when signed out.
    void attach(store::Store *store, qint64 myUserId);
    // Whether to ask the server (the session's connection is up).
    void setServerReachable(bool reachable) { m_serverReachable = reachable; }
    // 0 searches at each setQuery() (tests, the benchmark).
    void setDebounce(std::chrono::milliseconds delay) { m_debounce.setInterval(delay); }

    void setQuery(const QString &typed);
    QString query() const { return m_typed; }
    const store::SearchTerms &terms() const { return m_terms; }
    MessageSearchModel *results() { return &m_results; }
    ServerState serverState() const { return m_serverState; }
    bool isSearchingCache() const { return m_cachePending; }

Q_SIGNALS:
    // The cache's matches of the current query are in results() (also for an empty query).
    void cacheAnswered();
    // A page of the server's matches of the current query is in results().
    void serverAnswered();
    void serverStateChanged(envisage::inbox::MessageSearch::ServerState state);

private:
    void run();
    void searchCache(quint64 generation);
    void searchServer(quint64 generation, int page);
    void answer(quint64 generation, const QList<MessageSearchResult> &results);
    void setServerState(ServerState state);
    void labelConversations(quint64 generation);
    void askServerForLabels(quint64 generation, const QList<qint64> &ids);
    void replaceScope();

    api::MarketplaceApi &m_api;
    store::Store *m_store = nullptr;
    qint64 m_myUserId = 0;
    bool m_serverReachable = false;
    QTimer m_debounce;
    QString m_typed;
    store::SearchTerms m_terms;
    quint64 m_generation = 0;         // of the query being answered
    quint64 m_answeredGeneration = 0; // whose answer the results hold
    // The context of the current query's requests and cache answers, a child of this
    // object: replaced for every query, which aborts the old requests and drops their
    // answers (deleted later, as a query may start from within one of them; and with this
    // object at the latest, so that nothing answers into a search that is gone).
    QObject *m_scope;
    bool m_cachePending = false;
    int m_serverPage = 0;
    ServerState m_serverState = ServerState::NotAsked;
    QHash<qint64, store::ConversationLabel> m_labels; // conversations seen in answers
    MessageSearchModel m_results;
};

} // namespace envisage::inbox
