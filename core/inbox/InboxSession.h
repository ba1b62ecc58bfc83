#pragma once
// The seller's inbox: everything below the widgets. It signs in (or restores the saved
// sign-in), shows the cache at once and then refreshes from the API, follows the
// contract's channels (the user's own channel for every conversation, the open
// conversation's channel, presence-online), merges what arrives without duplicates,
// sends through the outbox, and asks for a new sign-in on a 401 without losing drafts
// or unsent messages. The UI is a thin view over its models and signals.
#include "ConversationListModel.h"
#include "MessageListModel.h"
#include "ServerProfile.h"
#include "Typing.h"
#include "api/MarketplaceApi.h"
#include "realtime/PusherConnection.h"

#include <QFuture>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <memory>

namespace envisage::realtime {
class Echo;
class HttpChannelAuthorizer;
class PusherClient;
} // namespace envisage::realtime
namespace envisage::secrets {
class SecretStore;
}
namespace envisage::store {
class Store;
struct OpenResult;
}

namespace envisage::inbox {

class OpenConversation;
class Outbox;

class InboxSession : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, Ready, SignInRequired };
    Q_ENUM(State)
    enum class TypingVia { Server, Whisper };
    Q_ENUM(TypingVia)

    struct Options
    {
        QString cachePath;           // empty: Store::pathForAccount(); ":memory:" for tests
        bool rememberSignIn = true;  // keep the token in the SecretStore
        Clock clock;                 // for typing; default: a monotonic clock
        QString deviceName = QStringLiteral("Envisage Inbox");
    };

    InboxSession(ServerProfile profile, secrets::SecretStore *secrets, Options options,
                 QObject *parent = nullptr);
    ~InboxSession() override;

    void signIn(const QString &email, const QString &password);
    // Uses the remembered token; ends in signedIn() or signInRequired().
    void restore();
    // Starts with a token the caller already has (the CLI, tests).
    void signInWithToken(const QString &token);
    void signOut();

    void openConversation(qint64 conversationId);
    void closeConversation();
    // Whether the seller is looking at the open conversation (window active): only then
    // are its messages marked read as they arrive.
    void setViewing(bool viewing);
    // Queues text for the open conversation; returns the client_id (empty if refused).
    QString sendMessage(const QString &text);
    QString sendMessage(qint64 conversationId, const QString &text);
    void retryMessage(const QString &clientId);
    void discardMessage(const QString &clientId);
    void setDraft(qint64 conversationId, const QString &text);
    QString draft(qint64 conversationId) const { return m_drafts.value(conversationId); }
    void composerEdited(qint64 conversationId);
    void setTypingVia(TypingVia via) { m_typingVia = via; }
    void reconnectNow();
    // True the first time a message id is claimed for a notification, across restarts.
    QFuture<bool> claimNotification(qint64 messageId);

    State state() const { return m_state; }
    api::User currentUser() const { return m_user; }
    qint64 openConversationId() const;
    ConversationListModel *conversations() { return &m_conversations; }
    MessageListModel *messages() { return &m_messages; }
    realtime::PusherConnection::State connectionState() const;
    QStringList typists(qint64 conversationId) const { return m_typing.typists(conversationId); }
    Outbox *outbox() const { return m_outbox.get(); }
    realtime::Echo *echo() const { return m_echo.get(); }
    api::MarketplaceApi *api() const { return m_api.get(); }
    const ServerProfile &profile() const { return m_profile; }
    bool isSignInRemembered() const;

Q_SIGNALS:
    void stateChanged(envisage::inbox::InboxSession::State state);
    void signedIn(const envisage::api::User &user);
    void signInFailed(const envisage::api::ApiError &error);
    void signInRequired(const QString &reason);
    void cacheLoaded();
    void conversationsRefreshed();
    void connectionStateChanged(envisage::realtime::PusherConnection::State state);
    void reconnectingIn(int seconds);
    // A message from someone else, in any conversation (for notifications).
    void messageReceived(qint64 conversationId, const envisage::api::Message &message);
    void typingChanged(qint64 conversationId, const QStringList &names);
    void presenceChanged(qint64 userId, bool online);
    void problem(const QString &message); // something the seller should know, translated

private:
    // Whether the server has said that the token belongs to the user being started.
    enum class TokenCheck { Pending, Confirmed };
    enum class Revocation { SayIfItFails, Quiet };

    void setState(State state);
    void start(const QString &token, const api::User &user, TokenCheck check);
    void stop();
    void loadCache();
    void checkCacheOwner();
    void refreshConversations(int page);
    void listenToUserChannel();
    void listenToPresence();
    void onConversationUpdated(const api::Conversation &conversation);
    void onMessagesArrived(const QList<api::Message> &messages);
    void onTyping(qint64 conversationId, qint64 userId, const QString &name);
    void onConnectionState(realtime::PusherConnection::State previous, realtime::PusherConnection::State current);
    void onUnauthenticated();
    void updateTypingTimer();
    QString secretKey() const;
    QString revocationKey() const; // a token signed out offline, to revoke when next online
    void revokeToken(const QString &token, Revocation mode);
    void revokeLeftoverToken();
    void reportCacheRecovery(const store::OpenResult &opened);
    QString cachePathFor(qint64 userId) const;
    void verifyTokenOnline(const QString &token);

    ServerProfile m_profile;
    secrets::SecretStore *m_secrets;
    Options m_options;
    State m_state = State::SignedOut;
    QString m_token;
    api::User m_user;
    std::unique_ptr<api::MarketplaceApi> m_api;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<store::Store> m_openedCache; // opened before sign-in to show the cache offline
    qint64 m_cachedUserId = 0;                   // whose cache m_openedCache is
    // Contexts of the callbacks in flight: the sign-in ones end with signOut(), the
    // account's (conversations, typing, the cache) with stop(). Destroying a scope
    // cancels its requests, so no answer reaches a session that moved on.
    std::unique_ptr<QObject> m_signInScope = std::make_unique<QObject>();
    std::unique_ptr<QObject> m_accountScope;
    bool m_tokenConfirmed = false;
    std::unique_ptr<realtime::HttpChannelAuthorizer> m_authorizer;
    std::unique_ptr<realtime::PusherClient> m_client;
    std::unique_ptr<realtime::Echo> m_echo;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<OpenConversation> m_open;
    ConversationListModel m_conversations;
    MessageListModel m_messages;
    QHash<qint64, QString> m_drafts;
    TypingThrottle m_throttle;
    TypingTracker m_typing;
    QTimer m_typingTimer;
    TypingVia m_typingVia = TypingVia::Server;
    bool m_viewing = true;
    bool m_everConnected = false;
    int m_conversationPagesLoaded = 0;
    // A message reaches us on its conversation's channel and in conversation.updated:
    // announce it once. The newest ids are enough to remember.
    QSet<qint64> m_announced;
    QList<qint64> m_announcedOrder;
};

} // namespace envisage::inbox
