#include "AccountSession.h"

#include "AttachmentCache.h"
#include "CachedConversations.h"
#include "ConversationListModel.h"
#include "CoreLogging.h"
#include "MessageListModel.h"
#include "OpenConversation.h"
#include "Outbox.h"
#include "PresenceWatcher.h"
#include "SavedReplies.h"
#include "SavedReplyListModel.h"
#include "Triage.h"
#include "api/MarketplaceApi.h"
#include "api/MarketplaceJson.h"
#include "common/FutureWatch.h"
#include "realtime/ChannelAuthorizer.h"
#include "realtime/Echo.h"
#include "realtime/PusherClient.h"
#include "store/Store.h"

#include <QJsonDocument>

namespace envisage::inbox {

using namespace Qt::StringLiterals;
namespace Json = api::MarketplaceJson;
using realtime::PusherConnection;

namespace {
constexpr int ConversationPageSize = 50;
}

AccountSession::AccountSession(const ServerProfile &profile, api::MarketplaceApi &api,
                               api::User user, std::unique_ptr<store::Store> store,
                               bool storeIsOpen, std::function<QString()> token, Models models,
                               QObject *parent)
    : QObject(parent), m_api(api), m_user(std::move(user)), m_models(models),
      m_store(std::move(store))
{
    m_models.conversations.clear();
    m_models.conversations.setMyUserId(m_user.id);

    m_authorizer =
        std::make_unique<realtime::HttpChannelAuthorizer>(profile.authEndpoint(), [token] {
            return realtime::HttpChannelAuthorizer::Headers{
                {"Authorization", "Bearer " + token().toUtf8()}};
        });
    m_client =
        std::make_unique<realtime::PusherClient>(profile.pusherOptions(), m_authorizer.get());
    m_echo = std::make_unique<realtime::Echo>(m_client.get());
    connect(m_client->connection(), &PusherConnection::stateChanged, this,
            &AccountSession::connectionStateChanged);
    connect(m_client->connection(), &PusherConnection::reconnectingIn, this,
            &AccountSession::reconnectingIn);

    MessageListModel &messages = m_models.messages;
    m_outbox = std::make_unique<Outbox>(m_api, *m_store);
    // The account's files live beside its cache (private temporary folders for ":memory:").
    m_outbox->setFolder(store::Store::folderBeside(m_store->path(), u"outbox"_s));
    m_attachments = std::make_unique<AttachmentCache>(
        m_api, store::Store::folderBeside(m_store->path(), u"attachments"_s));
    connect(m_outbox.get(), &Outbox::uploadProgress, &messages,
            [&messages](const QString &clientId, int index, qint64 sent, qint64) {
                messages.setUploadProgress(clientId, index, sent);
            });
    connect(m_outbox.get(), &Outbox::entryAdded, &messages, &MessageListModel::addPending);
    connect(m_outbox.get(), &Outbox::entryChanged, &messages, &MessageListModel::updatePending);
    connect(m_outbox.get(), &Outbox::entryRemoved, &messages, &MessageListModel::removePending);
    connect(m_outbox.get(), &Outbox::delivered, this,
            [this](const store::OutboxEntry &, const api::Message &message) {
                m_models.messages.merge(message);
                m_models.conversations.setLastMessage(message);
            });
    m_outbox->setPaused(true); // until the session knows the token is this account's

    m_models.savedReplies.clear();
    m_savedReplies = std::make_unique<SavedReplies>(m_api, *m_store, m_models.savedReplies);
    m_savedReplies->setPaused(true); // as the outbox

    m_open = std::make_unique<OpenConversation>(m_api, *m_store, *m_echo, messages);
    m_triage = std::make_unique<Triage>(m_api, m_models.conversations);
    m_open->unsentEntries = [this](qint64 id) { return m_outbox->entriesFor(id); };
    connect(m_open.get(), &OpenConversation::markedRead, this,
            [this](qint64 id) { m_models.conversations.setUnreadCount(id, 0); });

    if (storeIsOpen) {
        loadCache();
    } else {
        whenFinished(this, m_store->open(), [this](const store::OpenResult &opened) {
            Q_EMIT cacheOpened(opened);
            loadCache();
        });
    }
    loadOutboxIfOurs();
    m_client->open();
    listenToUserChannel();
    m_presence = std::make_unique<PresenceWatcher>(*m_echo, m_models.conversations);
    connect(m_presence.get(), &PresenceWatcher::changed, this, &AccountSession::presenceChanged);
}

AccountSession::~AccountSession()
{
    m_models.conversations.fetchMoreHandler = nullptr; // it would call into this object
    m_models.conversations.setStore(nullptr);          // the store goes with this object
    m_open->close();
    // The store first: it finishes the jobs already queued while everyone waiting for
    // their answers is still alive; their answers are then dropped with their receivers.
    m_store.reset();
    m_open.reset();
    m_triage.reset();
    m_outbox.reset();
    m_attachments.reset();
    m_savedReplies.reset();
    m_models.savedReplies.clear();
    m_presence.reset();
    m_echo.reset();
    m_client.reset();
}

PusherConnection::State AccountSession::connectionState() const
{
    return m_client->connection()->state();
}

void AccountSession::connectIfIdle()
{
    if (m_client->connection()->state() == PusherConnection::State::Disconnected)
        m_client->open();
}

void AccountSession::suspend()
{
    m_outbox->setPaused(true);
    m_savedReplies->setPaused(true);
    m_client->close();
}

void AccountSession::reconnectNow()
{
    m_client->connection()->reconnectNow();
    m_outbox->resume();
    m_savedReplies->resume();
}

void AccountSession::loadCache()
{
    qCDebug(lcInbox) << "loading the cache";
    loadCachedConversations(*m_store, m_models.conversations, this,
                            [this] { Q_EMIT cacheLoaded(); });
    m_savedReplies->load();
}

void AccountSession::loadOutboxIfOurs()
{
    // One cache per account; a cache given by path (the CLI's --cache) may hold another
    // account's unsent messages, which must never go out with this account's token.
    whenFinished(this, m_store->meta(u"user"_s), [this](const QString &json) {
        QString error;
        const std::optional<api::User> owner =
            Json::readUser(QJsonDocument::fromJson(json.toUtf8()).object(), &error);
        if (owner && owner->id != m_user.id) {
            qCWarning(lcInbox) << "the cache belongs to user" << owner->id
                               << "- its outbox is left untouched";
            m_savedReplies->holdEdits();
            Q_EMIT cacheOfAnotherAccount(owner->id);
            return;
        }
        m_outbox->load();
    });
    // Recorded after the owner was read (the store runs jobs in order).
    m_store->setMeta(
        u"user"_s,
        QString::fromUtf8(QJsonDocument(Json::writeUser(m_user)).toJson(QJsonDocument::Compact)));
}

void AccountSession::refreshConversations(int page)
{
    m_api.conversations(this, page, ConversationPageSize, api::ConversationListFilter::All,
                        [this, page](const api::ApiResult<api::ConversationPage> &result) {
                            if (!result.ok())
                                return;
                            const api::ConversationPage &fresh = result.value();
                            m_models.conversations.upsert(
                                fresh.conversations); // which writes them to the cache
                            m_conversationPagesLoaded = std::max(m_conversationPagesLoaded, page);
                            m_models.conversations.setMoreAvailable(fresh.hasMore());
                            m_models.conversations.fetchMoreHandler = [this] {
                                refreshConversations(m_conversationPagesLoaded + 1);
                            };
                            Q_EMIT conversationsRefreshed();
                        });
}

void AccountSession::listenToUserChannel()
{
    const realtime::EchoChannel channel =
        m_echo->privateChannel(u"App.Models.User.%1"_s.arg(m_user.id));
    channel.listen(u".conversation.updated"_s, [this](const QJsonValue &data) {
        QString error;
        if (std::optional<api::Conversation> conversation = Json::readConversation(data, &error))
            Q_EMIT conversationUpdated(*conversation);
        else
            qCWarning(lcInbox) << "ignoring a malformed conversation.updated:" << error;
    });
    // What changed before the channel listened is not broadcast again: ask once subscribed
    // (also after every resubscription).
    channel.subscribed([this] { m_savedReplies->refresh(); });
    // Another device of this seller changed the saved replies: the whole list comes.
    channel.listen(u".saved-replies.updated"_s, [this](const QJsonValue &data) {
        QString error;
        if (std::optional<QList<api::SavedReply>> replies = Json::readSavedReplyList(data, &error))
            m_savedReplies->applyServerList(*replies);
        else
            qCWarning(lcInbox) << "ignoring a malformed saved-replies.updated:" << error;
    });
}

} // namespace envisage::inbox
