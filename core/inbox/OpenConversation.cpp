#include "OpenConversation.h"

#include "api/MarketplaceJson.h"
#include "common/FutureWatch.h"
#include "store/Store.h"

#include "CoreLogging.h"

namespace envisage::inbox {

using namespace Qt::StringLiterals;
namespace Json = api::MarketplaceJson;

namespace {
constexpr int CatchUpLimit = 500; // the server's page for after_id
constexpr int MaxCatchUpRounds = 20;

QString channelName(qint64 id)
{
    return u"conversation.%1"_s.arg(id);
}
} // namespace

OpenConversation::OpenConversation(api::MarketplaceApi &api, store::Store &store,
                                   realtime::Echo &echo, MessageListModel &model, QObject *parent)
    : QObject(parent), m_api(api), m_store(store), m_echo(echo), m_model(model)
{
    m_model.fetchMoreHandler = [this] { loadOlder(); };
    m_model.fetchNewerHandler = [this] { loadNewer(); };
}

OpenConversation::~OpenConversation()
{
    m_model.fetchMoreHandler = nullptr;
    m_model.fetchNewerHandler = nullptr;
}

void OpenConversation::open(qint64 conversationId, qint64 myUserId,
                            const QList<store::OutboxEntry> &unsent)
{
    if (conversationId == m_id)
        return;
    close();
    m_id = conversationId;
    m_myUserId = myUserId;
    m_lastMarkedRead = 0;
    m_readWhenLoaded = false;
    const quint64 generation = ++m_generation;
    m_model.reset(conversationId, myUserId);
    for (const store::OutboxEntry &entry : unsent)
        m_model.addPending(entry);
    listen();

    // The cache at once, then what the server has that the cache lacks.
    m_model.setHistoryLoading(true);
    whenFinished(this, m_store.messagesBefore(conversationId, 0, PageSize),
                 [this, generation](const QList<api::Message> &cached) {
                     if (generation != m_generation)
                         return;
                     if (cached.isEmpty()) {
                         m_model.setHistoryLoading(false);
                         loadOlderFromServer({});
                         return;
                     }
                     whenFinished(this, m_store.historyState(m_id),
                                  [this, generation, cached](const store::HistoryState &state) {
                                      if (generation != m_generation)
                                          return;
                                      m_model.prependHistory(cached, state.reachedStart &&
                                                                         cached.size() < PageSize);
                                      if (std::exchange(m_readWhenLoaded, false))
                                          markRead();
                                      catchUp();
                                  });
                 });
}

void OpenConversation::close()
{
    if (m_id == 0)
        return;
    for (realtime::ListenerHandle &listener : m_listeners)
        listener.remove();
    m_listeners.clear();
    m_echo.leave(channelName(m_id));
    m_id = 0;
    ++m_generation;
    forgetWindow();
}

void OpenConversation::listen()
{
    realtime::EchoChannel channel = m_echo.privateChannel(channelName(m_id));
    const qint64 id = m_id;
    m_listeners.append(channel.listen(u".message.sent"_s, [this](const QJsonValue &data) {
        QString error;
        if (std::optional<api::Message> message = Json::readMessage(data, &error)) {
            if (savesToCache())
                m_store.saveMessages({*message});
            m_model.merge(*message);
            Q_EMIT messagesArrived({*message});
        } else {
            qCWarning(lcInbox) << "ignoring a malformed message.sent:" << error;
        }
    }));
    const auto onTyping = [this, id](const QJsonValue &data) {
        QString error;
        if (std::optional<api::TypingEvent> typing = Json::readTyping(data, &error);
            typing && typing->userId != m_myUserId)
            Q_EMIT typingReceived(id, typing->userId, typing->userName);
    };
    m_listeners.append(channel.listen(u".user.typing"_s, onTyping));
    m_listeners.append(channel.listenForWhisper(
        u"typing"_s, [onTyping](const QJsonValue &data, const QString &) { onTyping(data); }));
    m_listeners.append(channel.listen(u".messages.read"_s, [this, id](const QJsonValue &data) {
        QString error;
        if (std::optional<api::ReadEvent> read = Json::readRead(data, &error);
            read && read->userId != m_myUserId) {
            m_model.markReadUpTo(read->lastReadMessageId);
            Q_EMIT readByCounterpart(id, read->lastReadMessageId);
        }
    }));
    // After every (re)subscription nothing may be missing: fetch the gap.
    m_listeners.append(channel.subscribed([this] { catchUp(); }));
}

void OpenConversation::catchUp()
{
    if (m_id == 0 || m_newerFrom != NewerFrom::Nowhere)
        return; // opened at a message: the newer pages bring what is new
    const qint64 after = catchUpAnchor();
    if (after == 0)
        return; // nothing shown yet: the first page is on its way
    fetchAfter(after, 0);
}

// After the newest message someone else wrote, not the newest of all: while the socket
// was down the outbox may have got ours through over REST, newer than what the buyer
// wrote meanwhile, and "after the newest" would skip the buyer's. Ours come again and
// are merged by id.
qint64 OpenConversation::catchUpAnchor() const
{
    qint64 oldestOfMine = 0;
    for (int row = m_model.rowCount() - 1; row >= 1; --row) {
        const QModelIndex index = m_model.index(row);
        const qint64 id = index.data(MessageListModel::IdRole).toLongLong();
        if (id == 0)
            continue; // not sent yet
        if (!index.data(MessageListModel::MineRole).toBool())
            return id;
        oldestOfMine = id;
    }
    return oldestOfMine; // only ours in sight
}

void OpenConversation::fetchAfter(qint64 afterId, int round)
{
    const quint64 generation = m_generation;
    m_api.messagesAfter(
        this, m_id, afterId,
        [this, generation, round](const api::ApiResult<QList<api::Message>> &result) {
            if (generation != m_generation || !result.ok())
                return;
            const QList<api::Message> &messages = result.value();
            if (messages.isEmpty())
                return;
            if (savesToCache())
                m_store.saveMessages(messages);
            m_model.merge(messages);
            Q_EMIT messagesArrived(messages);
            if (messages.size() >= CatchUpLimit && round < MaxCatchUpRounds)
                fetchAfter(messages.last().id, round + 1);
        });
}

void OpenConversation::loadOlder()
{
    if (m_olderCursor) {
        loadOlderOfWindow();
        return;
    }
    const quint64 generation = m_generation;
    const qint64 oldest = m_model.oldestId();
    whenFinished(this, m_store.messagesBefore(m_id, oldest, PageSize),
                 [this, generation](const QList<api::Message> &cached) {
                     if (generation != m_generation)
                         return;
                     if (!cached.isEmpty()) {
                         m_model.prependHistory(cached, false);
                         return;
                     }
                     whenFinished(this, m_store.historyState(m_id),
                                  [this, generation](const store::HistoryState &state) {
                                      if (generation != m_generation)
                                          return;
                                      if (state.reachedStart) {
                                          m_model.prependHistory({}, true);
                                          return;
                                      }
                                      loadOlderFromServer(state.olderCursor);
                                  });
                 });
}

void OpenConversation::loadOlderFromServer(const QString &cursor)
{
    const quint64 generation = m_generation;
    m_model.setHistoryLoading(true);
    m_api.messages(this, m_id, cursor, PageSize,
                   [this, generation](const api::ApiResult<api::MessagePage> &result) {
                       if (generation != m_generation)
                           return;
                       if (!result.ok()) {
                           m_model.setHistoryLoading(false); // the view may ask again
                           return;
                       }
                       const api::MessagePage &page = result.value();
                       m_store.saveMessages(page.messages);
                       m_store.saveHistoryState(m_id, {page.nextCursor, page.nextCursor.isEmpty()});
                       m_model.prependHistory(page.messages, page.nextCursor.isEmpty());
                       markRead();
                   });
}

void OpenConversation::markReadAgain()
{
    m_lastMarkedRead = 0;
    if (m_model.newestId() == 0)
        m_readWhenLoaded = true; // a page from the server marks it read anyway
    else
        markRead();
}

void OpenConversation::markRead()
{
    const qint64 newest = m_model.newestId();
    // Reading an old window of the history is not reading what is new.
    if (m_id == 0 || newest == 0 || newest <= m_lastMarkedRead || m_model.hasNewer())
        return;
    m_lastMarkedRead = newest;
    const qint64 id = m_id;
    m_api.markRead(this, id, newest, [this, id](const api::ApiResult<api::NoContent> &result) {
        if (result.ok())
            Q_EMIT markedRead(id);
    });
}

} // namespace envisage::inbox
