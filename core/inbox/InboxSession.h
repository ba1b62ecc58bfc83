#pragma once
// The seller's inbox: everything below the widgets, and what the UI talks to. It signs
// in (or restores the saved sign-in), shows the cache at once and then refreshes from
// the API, routes what arrives (merged without duplicates, announced once), sends
// through the outbox, and asks for a new sign-in on a 401 without losing drafts or
// unsent messages. Its parts, each owning its own state:
//  - AccountSession: one signed-in account's cache, realtime connection, channels,
//    outbox and open conversation; destroying it cancels everything in flight.
//  - Drafts, TypingIndicators, AnnouncedMessages: what the seller typed, who is typing,
//    which messages were announced.
//  - TokenRevoker: ends tokens at the server, also after an offline sign-out.
// The sign-in itself (login, restore, the token check) lives here, in its own scope.
#include "ConversationListModel.h"
#include "MessageListModel.h"
#include "SavedReplyListModel.h"
#include "ServerProfile.h"
#include "Typing.h"
#include "api/MarketplaceApi.h"
#include "realtime/PusherConnection.h"

#include <QFuture>
#include <QObject>
#include <memory>

namespace envisage::realtime {
class Echo;
}
namespace envisage::secrets {
class SecretStore;
}
namespace envisage::store {
class Store;
struct OpenResult;
} // namespace envisage::store

namespace envisage::inbox {

class AccountSession;
class AnnouncedMessages;
class AttachmentCache;
class Drafts;
class MessageSearch;
class Outbox;
class SavedReplies;
class TokenRevoker;
class TypingIndicators;

class InboxSession : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, Ready, SignInRequired };
    Q_ENUM(State)
    // What the seller is told about the live connection (the banner), whatever the
    // protocol's own states are.
    enum class Connection { Connecting, Online, Offline };
    Q_ENUM(Connection)
    enum class TypingVia { Server, Whisper };
    Q_ENUM(TypingVia)

    struct Options
    {
        QString cachePath;          // empty: Store::pathForAccount(); ":memory:" for tests
        bool rememberSignIn = true; // keep the token in the SecretStore
        Clock clock;                // for typing; default: a monotonic clock
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
    // Opens a conversation at one of its messages (a search hit): messageShown() once it
    // is in messages(), older and newer pages loading as the seller scrolls.
    void openConversationAt(qint64 conversationId, qint64 messageId);
    // After openConversationAt(): the newest messages again (sending does this too).
    void showLatestMessages();
    // Search over the messages of the cache and the server (MessageSearch).
    MessageSearch *messageSearch() { return m_search.get(); }
    void closeConversation();
    // Whether the seller is looking at the open conversation (window active): only then
    // are its messages marked read as they arrive.
    void setViewing(bool viewing);
    // Queues text for the open conversation; returns the client_id (empty if refused).
    QString sendMessage(const QString &text);
    QString sendMessage(qint64 conversationId, const QString &text);
    // With files (at most 3; the text may then be empty): copied first, then uploaded,
    // then sent (Outbox). Empty when refused at once; *error then says why, translated.
    // A failure while copying comes later as sendRefused().
    QString sendMessage(qint64 conversationId, const QString &text, const QStringList &files,
                        QString *error = nullptr);
    // Takes back an unsent message (with its files) as long as its post has not left.
    bool cancelMessage(const QString &clientId);
    // Off by default: photos lose their location and other metadata before upload.
    void setKeepPhotoMetadata(bool keep);
    bool keepsPhotoMetadata() const { return m_keepPhotoMetadata; }
    void retryMessage(const QString &clientId);
    void discardMessage(const QString &clientId);
    void setDraft(qint64 conversationId, const QString &text);
    QString draft(qint64 conversationId) const;
    void composerEdited(qint64 conversationId);
    void setTypingVia(TypingVia via) { m_typingVia = via; }
    void reconnectNow();
    // Triage (§5), shown at once and taken back with a problem() when the server refuses.
    void archive(qint64 conversationId);
    void unarchive(qint64 conversationId);
    void markUnread(qint64 conversationId);
    // Marks a conversation read (a notification's "Mark as read"): up to the newest message
    // known, at least upToMessageId. The open one is read as the window reads it.
    void markRead(qint64 conversationId, qint64 upToMessageId = 0);
    // True the first time a message id is claimed for a notification, across restarts.
    QFuture<bool> claimNotification(qint64 messageId);

    State state() const { return m_state; }
    api::User currentUser() const { return m_user; }
    qint64 openConversationId() const;
    ConversationListModel *conversations() { return &m_conversations; }
    MessageListModel *messages() { return &m_messages; }
    Connection connection() const { return m_connection; }
    QStringList typists(qint64 conversationId) const;
    Outbox *outbox() const;
    // Thumbnails and files of attachments (null while signed out).
    AttachmentCache *attachments() const;
    // The signed-in account's saved replies (nullptr while signed out), and the model of
    // them that outlives accounts (empty while signed out).
    SavedReplies *savedReplies() const;
    SavedReplyListModel *savedReplyModel() { return &m_savedReplies; }
    realtime::Echo *echo() const;
    api::MarketplaceApi *api() const { return m_api.get(); }
    const ServerProfile &profile() const { return m_profile; }
    // The server to sign in to, chosen in the sign-in dialog: only while signed out
    // (false otherwise, and nothing changes).
    bool setProfile(const ServerProfile &profile);
    bool isSignInRemembered() const;

Q_SIGNALS:
    void stateChanged(envisage::inbox::InboxSession::State state);
    void signedIn(const envisage::api::User &user);
    void signInFailed(const envisage::api::ApiError &error);
    void signInRequired(const QString &reason);
    void cacheLoaded();
    void conversationsRefreshed();
    void connectionChanged(envisage::inbox::InboxSession::Connection connection);
    void reconnectingIn(int seconds);
    // A message from someone else, in any conversation (for notifications).
    void messageReceived(qint64 conversationId, const envisage::api::Message &message);
    void typingChanged(qint64 conversationId, const QStringList &names);
    void presenceChanged(qint64 userId, bool online);
    void problem(const QString &message); // something the seller should know, translated
    // openConversationAt()'s message is in messages() (or could not be loaded).
    void messageShown(qint64 conversationId, qint64 messageId);
    void messageNotFound(qint64 conversationId, qint64 messageId);
    // File `index` of an unsent message has sent `sent` of `total` bytes.
    void uploadProgress(const QString &clientId, int index, qint64 sent, qint64 total);
    // The files of a message could not be kept for sending: it was not queued.
    void sendRefused(const QString &clientId, const QString &message);

private:
    // Whether the server has said that the token belongs to the user being started.
    enum class TokenCheck { Pending, Confirmed };

    void setState(State state);
    void start(const QString &token, const api::User &user, TokenCheck check);
    void stop();
    void startAccount(const api::User &user);
    void verifyTokenOnline(const QString &token);
    void onConversationUpdated(const api::Conversation &conversation);
    void onMessagesArrived(const QList<api::Message> &messages);
    void onTyping(qint64 conversationId, qint64 userId, const QString &name);
    void onConnectionState(realtime::PusherConnection::State current);
    void onUnauthenticated();
    void reportCacheOpened(const store::OpenResult &opened);
    QString secretKey() const;
    QString cachePathFor(qint64 userId) const;

    ServerProfile m_profile;
    secrets::SecretStore *m_secrets;
    Options m_options;
    State m_state = State::SignedOut;
    Connection m_connection = Connection::Connecting;
    QString m_token;
    api::User m_user;
    bool m_tokenConfirmed = false;
    std::unique_ptr<api::MarketplaceApi> m_api;
    ConversationListModel m_conversations;
    MessageListModel m_messages;
    SavedReplyListModel m_savedReplies;
    std::unique_ptr<Drafts> m_drafts;
    std::unique_ptr<TypingIndicators> m_typing;
    std::unique_ptr<AnnouncedMessages> m_announced;
    std::unique_ptr<TokenRevoker> m_revoker;
    TypingThrottle m_throttle;
    TypingVia m_typingVia = TypingVia::Server;
    bool m_viewing = true;
    bool m_keepPhotoMetadata = false;
    bool m_everConnected = false;
    // The context of the sign-in's callbacks (login, the keychain read, the token
    // check); signOut() replaces it, so a late answer cannot sign the seller back in.
    std::unique_ptr<QObject> m_signInScope = std::make_unique<QObject>();
    std::unique_ptr<store::Store>
        m_openedCache;         // opened before the token check, to show the cache offline
    qint64 m_cachedUserId = 0; // whose cache m_openedCache is
    std::unique_ptr<AccountSession> m_account;
    std::unique_ptr<MessageSearch> m_search;
};

} // namespace envisage::inbox
