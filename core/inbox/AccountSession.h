#pragma once
// One signed-in account's live parts: its offline cache, the realtime connection with
// the channels the contract names (the user's own channel, presence-online), the outbox
// and the open conversation. Made when an account starts, destroyed when it stops or
// another account starts. It is the context of every request and cache answer of the
// account (its parts are, for theirs), so destroying it cancels them all: nothing that
// answers late can touch the next account or a signed-out window.
#include "ServerProfile.h"
#include "api/ApiTypes.h"
#include "realtime/PusherConnection.h"
#include "store/StoreTypes.h"

#include <QObject>
#include <functional>
#include <memory>

namespace envisage::api {
class MarketplaceApi;
}
namespace envisage::realtime {
class Echo;
class HttpChannelAuthorizer;
class PusherClient;
} // namespace envisage::realtime
namespace envisage::store {
class Store;
}

namespace envisage::inbox {

class AttachmentCache;
class ConversationListModel;
class MessageListModel;
class OpenConversation;
class Outbox;
class PresenceWatcher;
class SavedReplies;
class SavedReplyListModel;
class Triage;

class AccountSession : public QObject
{
    Q_OBJECT
public:
    struct Models
    {
        ConversationListModel &conversations;
        MessageListModel &messages;
        SavedReplyListModel &savedReplies;
    };

    // `store` may already be open (the cache shown before the token was checked).
    AccountSession(const ServerProfile &profile, api::MarketplaceApi &api, api::User user,
                   std::unique_ptr<store::Store> store, bool storeIsOpen,
                   std::function<QString()> token, Models models, QObject *parent = nullptr);
    ~AccountSession() override;

    const api::User &user() const { return m_user; }
    store::Store &store() { return *m_store; }
    Outbox &outbox() { return *m_outbox; }
    AttachmentCache &attachments() { return *m_attachments; }
    SavedReplies &savedReplies() { return *m_savedReplies; }
    OpenConversation &openConversation() { return *m_open; }
    Triage &triage() { return *m_triage; }
    realtime::Echo &echo() { return *m_echo; }
    realtime::PusherConnection::State connectionState() const;
    void connectIfIdle();
    // The token was refused: nothing is sent or listened to until a new sign-in.
    void suspend();
    void reconnectNow();
    // Page `page` of the server's conversation list, archived ones too (so the cache
    // knows them for the Archived filter), into the model and the cache.
    void refreshConversations(int page);

Q_SIGNALS:
    void cacheOpened(const envisage::store::OpenResult &result);
    void cacheLoaded(); // the first page of cached conversations is in the model
    // The cache's recorded owner is another user: its outbox is left alone.
    void cacheOfAnotherAccount(qint64 ownerId);
    void conversationsRefreshed();
    void conversationUpdated(const envisage::api::Conversation &conversation);
    void presenceChanged(qint64 userId, bool online);
    void connectionStateChanged(envisage::realtime::PusherConnection::State previous,
                                envisage::realtime::PusherConnection::State current);
    void reconnectingIn(int seconds);

private:
    void loadCache();
    void loadOutboxIfOurs();
    void listenToUserChannel();

    api::MarketplaceApi &m_api;
    api::User m_user;
    Models m_models;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<realtime::HttpChannelAuthorizer> m_authorizer;
    std::unique_ptr<realtime::PusherClient> m_client;
    std::unique_ptr<realtime::Echo> m_echo;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<AttachmentCache> m_attachments;
    std::unique_ptr<SavedReplies> m_savedReplies;
    std::unique_ptr<OpenConversation> m_open;
    std::unique_ptr<PresenceWatcher> m_presence;
    std::unique_ptr<Triage> m_triage;
    int m_conversationPagesLoaded = 0;
};

} // namespace envisage::inbox
