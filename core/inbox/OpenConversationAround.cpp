// OpenConversation: opened at a message (a search hit), its history loaded around it and
// paged in both directions (OpenConversation.h says why the server's pages stay out of the
// cache).
#include "OpenConversation.h"

#include "CoreLogging.h"
#include "common/FutureWatch.h"
#include "store/Store.h"

namespace envisage::inbox {

namespace {
constexpr int NewerHalf = OpenConversation::PageSize / 2; // as the server's around_id page
} // namespace

void OpenConversation::openAt(qint64 conversationId, qint64 myUserId, qint64 messageId)
{
    if (conversationId == m_id && m_model.rowOfMessage(messageId) >= 0) {
        Q_EMIT messageShown(conversationId, messageId);
        return;
    }
    if (conversationId != m_id) // subscribes; its first page is dropped below
        open(conversationId, myUserId,
             unsentEntries ? unsentEntries(conversationId) : QList<store::OutboxEntry>{});
    forgetWindow();
    ++m_generation;
    m_model.reset(conversationId, myUserId);
    m_model.setHasNewer(true);
    m_model.setHistoryLoading(true);
    loadAround(messageId);
}

void OpenConversation::showLatest()
{
    if (m_id == 0 || !m_model.hasNewer())
        return;
    const qint64 id = m_id;
    close();
    open(id, m_myUserId, unsentEntries ? unsentEntries(id) : QList<store::OutboxEntry>{});
}

void OpenConversation::forgetWindow()
{
    m_newerFrom = NewerFrom::Nowhere;
    m_newerCursor.clear();
    m_olderCursor.reset();
}

// The cache first: it holds the message when a search of the cache found it.
void OpenConversation::loadAround(qint64 messageId)
{
    const quint64 generation = m_generation;
    whenFinished(this, m_store.messagesBefore(m_id, messageId + 1, PageSize - NewerHalf),
                 [this, generation, messageId](const QList<api::Message> &older) {
                     if (generation != m_generation)
                         return;
                     if (older.isEmpty() || older.first().id != messageId) {
                         loadAroundFromServer(messageId);
                         return;
                     }
                     whenFinished(
                         this, m_store.messagesAfter(m_id, messageId, NewerHalf),
                         [this, generation, messageId, older](const QList<api::Message> &newer) {
                             if (generation != m_generation)
                                 return;
                             m_newerFrom = NewerFrom::Cache;
                             QList<api::Message> page(newer.crbegin(), newer.crend());
                             page += older; // newest first, as pages are
                             m_model.prependHistory(page, false);
                             if (newer.size() < NewerHalf)
                                 reachedNewest();
                             Q_EMIT messageShown(m_id, messageId);
                         });
                 });
}

void OpenConversation::loadAroundFromServer(qint64 messageId)
{
    const quint64 generation = m_generation;
    m_api.messagesAround(
        this, m_id, messageId, PageSize,
        [this, generation, messageId](const api::ApiResult<api::MessagePage> &result) {
            if (generation != m_generation)
                return;
            const api::MessagePage *page = result.ok() ? &result.value() : nullptr;
            const bool found = page && std::any_of(page->messages.cbegin(), page->messages.cend(),
                                                   [messageId](const api::Message &m) {
                                                       return m.id == messageId;
                                                   });
            if (!found) {
                qCInfo(lcInbox) << "the page around message" << messageId << "could not be loaded:"
                                << (page ? QStringLiteral("not in it") : result.error().toString());
                const qint64 id = m_id;
                showLatest();
                Q_EMIT messageNotFound(id, messageId);
                return;
            }
            m_olderCursor = page->nextCursor;
            m_newerFrom = NewerFrom::Server;
            m_newerCursor = page->prevCursor;
            m_model.prependHistory(page->messages, page->nextCursor.isEmpty());
            if (page->prevCursor.isEmpty())
                reachedNewest();
            Q_EMIT messageShown(m_id, messageId);
        });
}

void OpenConversation::loadOlderOfWindow()
{
    if (m_olderCursor->isEmpty()) {
        m_model.prependHistory({}, true);
        return;
    }
    const quint64 generation = m_generation;
    m_api.messages(this, m_id, *m_olderCursor, PageSize,
                   [this, generation](const api::ApiResult<api::MessagePage> &result) {
                       if (generation != m_generation)
                           return;
                       if (!result.ok()) {
                           m_model.setHistoryLoading(false); // the view may ask again
                           return;
                       }
                       m_olderCursor = result.value().nextCursor;
                       m_model.prependHistory(result.value().messages,
                                              result.value().nextCursor.isEmpty());
                   });
}

void OpenConversation::loadNewer()
{
    const quint64 generation = m_generation;
    if (m_newerFrom == NewerFrom::Cache) {
        whenFinished(this, m_store.messagesAfter(m_id, m_model.newestId(), PageSize),
                     [this, generation](const QList<api::Message> &newer) {
                         if (generation != m_generation)
                             return;
                         m_model.appendNewer(newer, false);
                         if (newer.size() < PageSize)
                             reachedNewest(); // the cache's newest: the catch-up does the rest
                     });
        return;
    }
    if (m_newerFrom == NewerFrom::Nowhere) { // the window itself is still on its way
        m_model.appendNewer({}, false);
        return;
    }
    if (m_newerCursor.isEmpty()) {
        reachedNewest();
        return;
    }
    m_api.messages(this, m_id, m_newerCursor, PageSize,
                   [this, generation](const api::ApiResult<api::MessagePage> &result) {
                       if (generation != m_generation)
                           return;
                       if (!result.ok()) {
                           m_model.appendNewer({}, false); // the view may ask again
                           return;
                       }
                       m_newerCursor = result.value().prevCursor;
                       m_model.appendNewer(result.value().messages, m_newerCursor.isEmpty());
                       if (m_newerCursor.isEmpty())
                           reachedNewest();
                   });
}

// The newest messages are in the model: it takes live messages and unsent ones again, and
// the catch-up brings what came meanwhile (or what the cache did not have yet).
void OpenConversation::reachedNewest()
{
    m_newerFrom = NewerFrom::Nowhere;
    m_model.setHasNewer(false);
    if (unsentEntries) {
        for (const store::OutboxEntry &entry : unsentEntries(m_id))
            m_model.addPending(entry);
    }
    catchUp();
}

} // namespace envisage::inbox
