#include "InboxSession.h"

#include "AccountSession.h"
#include "AnnouncedMessages.h"
#include "CoreLogging.h"
#include "Drafts.h"
#include "MessageSearch.h"
#include "OpenConversation.h"
#include "Outbox.h"
#include "SavedReplies.h"
#include "TokenRevoker.h"
#include "Triage.h"
#include "TypingIndicators.h"
#include "api/MarketplaceJson.h"
#include "common/FutureWatch.h"
#include "common/Guarded.h"
#include "realtime/Echo.h"
#include "secrets/SecretStore.h"
#include "store/Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSettings>
#include <QTimer>

namespace envisage::inbox {

using namespace Qt::StringLiterals;
using realtime::PusherConnection;

namespace {

Clock monotonicClock()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}

InboxSession::Connection connectionOf(PusherConnection::State state)
{
    switch (state) {
    case PusherConnection::State::Connected:
        return InboxSession::Connection::Online;
    case PusherConnection::State::Initialized:
    case PusherConnection::State::Connecting:
        return InboxSession::Connection::Connecting;
    default:
        return InboxSession::Connection::Offline;
    }
}

} // namespace

InboxSession::InboxSession(ServerProfile profile, secrets::SecretStore *secrets, Options options,
                           QObject *parent)
    : QObject(parent), m_profile(std::move(profile)), m_secrets(secrets),
      m_options(std::move(options)), m_api(std::make_unique<api::MarketplaceApi>(m_profile.apiUrl)),
      m_drafts(std::make_unique<Drafts>(m_conversations)),
      m_typing(std::make_unique<TypingIndicators>(
          m_options.clock ? m_options.clock : monotonicClock(), m_conversations)),
      m_announced(std::make_unique<AnnouncedMessages>()),
      m_revoker(std::make_unique<TokenRevoker>(*m_api, secrets, m_profile.accountKey())),
      m_throttle(m_options.clock ? m_options.clock : monotonicClock()),
      m_search(std::make_unique<MessageSearch>(*m_api))
{
    m_api->setTokenProvider([this] { return m_token; });
    m_api->setSocketIdProvider(
        [this] { return m_account ? m_account->echo().socketId() : QString(); });
    connect(m_api.get(), &api::MarketplaceApi::unauthenticated, this,
            &InboxSession::onUnauthenticated);
    connect(m_typing.get(), &TypingIndicators::changed, this, &InboxSession::typingChanged);
    connect(m_revoker.get(), &TokenRevoker::postponed, this, [this] {
        Q_EMIT problem(tr("Signed out on this computer, but the server could not be reached to end "
                          "the session there. It will be ended the next time you sign in here."));
    });
}

InboxSession::~InboxSession()
{
    stop();
}

QString InboxSession::secretKey() const
{
    return u"token/"_s + m_profile.accountKey();
}

bool InboxSession::isSignInRemembered() const
{
    return m_options.rememberSignIn && m_secrets && m_secrets->isPersistent();
}

void InboxSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

// --- Signing in -------------------------------------------------------------------

bool InboxSession::setProfile(const ServerProfile &profile)
{
    if (m_state != State::SignedOut && m_state != State::SignInRequired)
        return false;
    if (m_account) {
        // Asked to sign in again (the token expired): the account's cache stays open until
        // then, so only the same server will do (its API address itself, so that the
        // transport, which keeps it, agrees with the profile).
        if (profile.accountKey() != m_profile.accountKey() ||
            profile.apiUrl.adjusted(QUrl::StripTrailingSlash) !=
                m_profile.apiUrl.adjusted(QUrl::StripTrailingSlash))
            return false;
        m_profile = profile;
        return true;
    }
    m_profile = profile;
    m_api->transport().setBaseUrl(m_profile.apiUrl);
    m_revoker->setAccountKey(m_profile.accountKey());
    return true;
}

void InboxSession::signIn(const QString &email, const QString &password)
{
    setState(State::SigningIn);
    m_revoker->revokeLeftover(m_token);
    m_api->login(m_signInScope.get(), email, password, m_options.deviceName,
                 [this](const api::ApiResult<api::LoginResult> &result) {
                     if (!result.ok()) {
                         setState(m_user.id != 0 ? State::SignInRequired : State::SignedOut);
                         Q_EMIT signInFailed(result.error());
                         return;
                     }
                     const api::LoginResult &login = result.value();
                     if (m_options.rememberSignIn && m_secrets)
                         m_secrets->write(secretKey(), login.token, [](const QString &) {});
                     start(login.token, login.user, TokenCheck::Confirmed);
                 });
}

void InboxSession::restore()
{
    if (!m_secrets) {
        Q_EMIT signInRequired(tr("Please sign in."));
        return;
    }
    setState(State::SigningIn);
    m_revoker->revokeLeftover(m_token);
    m_secrets->read(secretKey(),
                    guarded(m_signInScope.get(), [this](const secrets::SecretReadResult &result) {
                        if (!result.secret || result.secret->isEmpty()) {
                            setState(State::SignedOut);
                            Q_EMIT signInRequired(result.error.isEmpty() ? tr("Please sign in.")
                                                                         : result.error);
                            return;
                        }
                        signInWithToken(*result.secret);
                    }));
}

QString InboxSession::cachePathFor(qint64 userId) const
{
    if (!m_options.cachePath.isEmpty())
        return m_options.cachePath;
    return userId > 0 ? store::Store::pathForAccount(m_profile.accountKey(), userId) : QString();
}

void InboxSession::signInWithToken(const QString &token)
{
    setState(State::SigningIn);
    m_token = token;
    // The inbox opens from the cache at once, also offline: the cache remembers whose
    // it is. The token is checked with the server meanwhile.
    const qint64 lastUser =
        QSettings().value(u"accounts/%1/lastUserId"_s.arg(m_profile.accountKey())).toLongLong();
    const QString path = cachePathFor(lastUser);
    if (path.isEmpty() || m_account) {
        verifyTokenOnline(token);
        return;
    }
    m_openedCache = std::make_unique<store::Store>(path);
    whenFinished(
        m_signInScope.get(), m_openedCache->open(), [this, token](const store::OpenResult &opened) {
            if (!opened.ok || !m_openedCache) {
                m_openedCache.reset();
                verifyTokenOnline(token);
                return;
            }
            reportCacheOpened(opened);
            whenFinished(m_signInScope.get(), m_openedCache->meta(u"user"_s),
                         [this, token](const QString &json) {
                             QString error;
                             const std::optional<api::User> cachedUser =
                                 api::MarketplaceJson::readUser(
                                     QJsonDocument::fromJson(json.toUtf8()).object(), &error);
                             // Shown at once, but whose token this is only the server can say:
                             // until it does, nothing of this account is sent with it (the outbox
                             // waits).
                             if (cachedUser) {
                                 m_cachedUserId = cachedUser->id;
                                 start(token, *cachedUser, TokenCheck::Pending);
                             } else {
                                 m_openedCache.reset();
                             }
                             verifyTokenOnline(token);
                         });
        });
}

void InboxSession::verifyTokenOnline(const QString &token)
{
    m_api->currentUser(m_signInScope.get(), [this, token](const api::ApiResult<api::User> &result) {
        if (result.ok()) {
            start(token, result.value(), TokenCheck::Confirmed);
            return;
        }
        if (result.error().kind == api::ApiError::Kind::Unauthenticated)
            return; // onUnauthenticated() asked for a new sign-in
        qCInfo(lcInbox) << "the server did not answer the sign-in check:"
                        << result.error().toString();
        if (m_state == State::Ready)
            return; // working from the cache; the check is asked again when online
        Q_EMIT signInFailed(result.error());
        setState(State::SignedOut);
    });
}

void InboxSession::start(const QString &token, const api::User &user, TokenCheck check)
{
    const bool sameAccount = m_account && m_user.id == user.id;
    // Started from the cache and now confirmed by the server: nothing new to announce.
    const bool alreadyReady = sameAccount && m_state == State::Ready;
    m_token = token;
    m_user = user;
    if (!sameAccount)
        startAccount(user);
    QSettings().setValue(u"accounts/%1/lastUserId"_s.arg(m_profile.accountKey()), user.id);
    if (check == TokenCheck::Confirmed)
        m_tokenConfirmed = true;
    m_account->outbox().setPaused(!m_tokenConfirmed);
    m_account->savedReplies().setPaused(!m_tokenConfirmed);
    m_account->connectIfIdle();
    if (alreadyReady)
        return;
    setState(State::Ready);
    Q_EMIT signedIn(user);
    m_account->refreshConversations(1);
    m_account->savedReplies().refresh();
}

void InboxSession::startAccount(const api::User &user)
{
    stop();
    m_user = user;
    // A cache opened for another account (the token belongs to someone else) is closed
    // untouched; this account's own cache is opened instead.
    if (m_openedCache && m_cachedUserId != user.id)
        m_openedCache.reset();
    const bool cacheOpen = m_openedCache != nullptr;
    std::unique_ptr<store::Store> store =
        cacheOpen ? std::move(m_openedCache)
                  : std::make_unique<store::Store>(cachePathFor(user.id));
    m_account = std::make_unique<AccountSession>(
        m_profile, *m_api, user, std::move(store), cacheOpen, [this] { return m_token; },
        AccountSession::Models{m_conversations, m_messages, m_savedReplies});
    AccountSession *account = m_account.get();
    connect(account, &AccountSession::cacheOpened, this, &InboxSession::reportCacheOpened);
    connect(account, &AccountSession::cacheLoaded, this, &InboxSession::cacheLoaded);
    connect(account, &AccountSession::cacheOfAnotherAccount, this, [this] {
        Q_EMIT problem(tr("This offline cache belongs to another account; its unsent messages stay "
                          "in it and are not sent."));
    });
    connect(account, &AccountSession::conversationsRefreshed, this,
            &InboxSession::conversationsRefreshed);
    connect(account, &AccountSession::conversationUpdated, this,
            &InboxSession::onConversationUpdated);
    connect(account, &AccountSession::presenceChanged, this, &InboxSession::presenceChanged);
    connect(account, &AccountSession::connectionStateChanged, this,
            [this](PusherConnection::State, PusherConnection::State current) {
                onConnectionState(current);
            });
    connect(account, &AccountSession::reconnectingIn, this, &InboxSession::reconnectingIn);
    connect(&account->outbox(), &Outbox::storeFailed, this, &InboxSession::problem);
    connect(&account->outbox(), &Outbox::uploadProgress, this, &InboxSession::uploadProgress);
    connect(&account->outbox(), &Outbox::enqueueFailed, this, &InboxSession::sendRefused);
    account->outbox().setKeepPhotoMetadata(m_keepPhotoMetadata);
    connect(&account->savedReplies(), &SavedReplies::storeFailed, this, &InboxSession::problem);
    // Said in the window too: an edit made offline may be refused long after the manager
    // was closed.
    connect(&account->savedReplies(), &SavedReplies::editRefused, this,
            [this](const QString &, const api::ApiError &, const QString &message) {
                Q_EMIT problem(message);
            });
    connect(&account->triage(), &Triage::refused, this,
            [this](qint64, const QString &message) { Q_EMIT problem(message); });
    connect(&account->openConversation(), &OpenConversation::messagesArrived, this,
            &InboxSession::onMessagesArrived);
    connect(&account->openConversation(), &OpenConversation::typingReceived, this,
            &InboxSession::onTyping);
    connect(&account->openConversation(), &OpenConversation::messageShown, this,
            &InboxSession::messageShown);
    connect(&account->openConversation(), &OpenConversation::messageNotFound, this,
            [this](qint64 conversationId, qint64 messageId) {
                Q_EMIT problem(tr("That message could not be loaded; the conversation shows its "
                                  "newest messages."));
                Q_EMIT messageNotFound(conversationId, messageId);
            });
    m_drafts->attach(&account->store());
    m_search->attach(&account->store(), user.id);
}

void InboxSession::stop()
{
    // Every request and cache answer still on its way for this account goes with it.
    m_drafts->attach(nullptr);
    if (m_search)
        m_search->attach(nullptr, 0);
    m_account.reset();
    m_everConnected = false;
    m_tokenConfirmed = false;
}

void InboxSession::signOut()
{
    // Whatever sign-in or token check is still on its way must not sign us back in.
    m_signInScope = std::make_unique<QObject>();
    m_openedCache.reset();
    // Revoke the token at the server; forget it here. The cache stays for next time.
    if (!m_token.isEmpty())
        m_revoker->revoke(m_token);
    if (m_secrets)
        m_secrets->remove(secretKey(), [](const QString &) {});
    stop();
    m_token.clear();
    m_user = {};
    m_conversations.clear();
    m_messages.reset(0, 0);
    m_drafts->clear();
    setState(State::SignedOut);
}

void InboxSession::onUnauthenticated()
{
    if (m_state == State::SignInRequired || m_user.id == 0 || !m_account)
        return;
    qCInfo(lcInbox) << "the token was refused; asking for a new sign-in";
    // Drafts and the outbox stay; sending and listening wait for the new sign-in.
    m_account->suspend();
    if (m_secrets)
        m_secrets->remove(secretKey(), [](const QString &) {});
    setState(State::SignInRequired);
    Q_EMIT signInRequired(tr("Your session has ended. Please sign in again."));
}

void InboxSession::reportCacheOpened(const store::OpenResult &opened)
{
    if (!opened.ok) {
        Q_EMIT problem(tr("The offline cache cannot be used (%1); the inbox works online only.")
                           .arg(opened.error));
        return;
    }
    if (!opened.rebuilt)
        return;
    qCWarning(lcInbox) << "the offline cache could not be used and has been rebuilt:"
                       << opened.error;
    QString text = tr("The offline cache could not be opened (%1). It was kept at %2 and a new one "
                      "was started.")
                       .arg(opened.error, QDir::toNativeSeparators(opened.keptAt));
    if (opened.salvagedOutbox > 0 || opened.salvagedDrafts > 0)
        text += u' ' +
                tr("Recovered from it: %n unsent message(s)", nullptr, opened.salvagedOutbox) +
                tr(", ", "between the two recovered counts") +
                tr("%n draft(s).", nullptr, opened.salvagedDrafts);
    else if (!opened.salvageError.isEmpty())
        text += u' ' + tr("Nothing could be recovered from it (%1).").arg(opened.salvageError);
    Q_EMIT problem(text);
}

// --- What arrives ----------------------------------------------------------------

void InboxSession::onConversationUpdated(const api::Conversation &conversation)
{
    api::Conversation updated = conversation;
    const bool isOpen = openConversationId() == conversation.id;
    if (isOpen && m_viewing)
        updated.unreadCount = 0;     // we are reading it; the read call follows
    m_conversations.upsert(updated); // which writes it to the cache
    if (!conversation.lastMessage)
        return;
    // The open conversation's channel may not have brought it (not yet subscribed):
    // merge it here; OpenConversation merges what its own channel delivers.
    if (isOpen)
        m_messages.merge(*conversation.lastMessage);
    onMessagesArrived({*conversation.lastMessage});
}

void InboxSession::onMessagesArrived(const QList<api::Message> &messages)
{
    for (const api::Message &message : messages) {
        if (message.senderId == m_user.id || !m_announced->claim(message.id))
            continue;
        m_typing->messageReceived(message.conversationId, message.senderId);
        Q_EMIT messageReceived(message.conversationId, message);
    }
    const qint64 open = openConversationId();
    if (open == 0 || !m_viewing)
        return;
    for (const api::Message &message : messages) {
        if (message.conversationId == open)
            QTimer::singleShot(0, &m_account->openConversation(), &OpenConversation::markRead);
    }
}

void InboxSession::onTyping(qint64 conversationId, qint64 userId, const QString &name)
{
    if (userId != m_user.id)
        m_typing->typingReceived(conversationId, userId, name);
}

void InboxSession::onConnectionState(PusherConnection::State current)
{
    const Connection connection = connectionOf(current);
    if (connection != m_connection) {
        m_connection = connection;
        Q_EMIT connectionChanged(connection);
    }
    m_search->setServerReachable(connection == Connection::Online);
    if (current != PusherConnection::State::Connected) {
        // Without a connection nobody's "is typing…" can be confirmed or ended: drop it.
        m_typing->clear();
        return;
    }
    if (!m_tokenConfirmed)
        verifyTokenOnline(m_token); // started from the cache offline: ask now
    if (m_everConnected) {
        // Back after an outage: fetch what the channels could not deliver.
        qCInfo(lcInbox) << "reconnected; refreshing the inbox and the open conversation";
        m_account->refreshConversations(1);
        m_account->openConversation().catchUp();
        m_account->savedReplies().refresh();
    }
    m_everConnected = true;
    m_account->outbox().resume();
    m_account->savedReplies().resume();
}

// --- What the seller does ----------------------------------------------------------

qint64 InboxSession::openConversationId() const
{
    return m_account ? m_account->openConversation().id() : 0;
}

QStringList InboxSession::typists(qint64 conversationId) const
{
    return m_typing->typists(conversationId);
}

SavedReplies *InboxSession::savedReplies() const
{
    return m_account ? &m_account->savedReplies() : nullptr;
}

Outbox *InboxSession::outbox() const
{
    return m_account ? &m_account->outbox() : nullptr;
}

realtime::Echo *InboxSession::echo() const
{
    return m_account ? &m_account->echo() : nullptr;
}

void InboxSession::openConversation(qint64 conversationId)
{
    if (!m_account)
        return;
    m_drafts->flush(); // switching conversation: the one left is saved now
    const std::optional<api::Conversation> known = m_conversations.conversation(conversationId);
    m_conversations.setOpenConversation(conversationId);
    m_account->openConversation().open(conversationId, m_user.id,
                                       m_account->outbox().entriesFor(conversationId));
    if (!m_viewing)
        return;
    m_conversations.setUnreadCount(conversationId, 0);
    if (known && known->markedUnread) // read at the server too, also with nothing new
        m_account->openConversation().markReadAgain();
}

void InboxSession::openConversationAt(qint64 conversationId, qint64 messageId)
{
    if (!m_account)
        return;
    if (conversationId != openConversationId())
        m_drafts->flush();
    // Its unread count stays: an old part of the history is not what is new.
    m_account->openConversation().openAt(conversationId, m_user.id, messageId);
}

void InboxSession::showLatestMessages()
{
    if (m_account)
        m_account->openConversation().showLatest();
}

void InboxSession::closeConversation()
{
    if (m_account)
        m_account->openConversation().close();
    m_conversations.setOpenConversation(0);
    m_messages.reset(0, m_user.id);
}

void InboxSession::setViewing(bool viewing)
{
    m_viewing = viewing;
    const qint64 open = openConversationId();
    if (viewing && open != 0) {
        const std::optional<api::Conversation> known = m_conversations.conversation(open);
        if (known && known->markedUnread)
            m_account->openConversation().markReadAgain();
        else
            m_account->openConversation().markRead();
        m_conversations.setUnreadCount(open, 0);
    }
}

QString InboxSession::sendMessage(const QString &text)
{
    return sendMessage(openConversationId(), text);
}

QString InboxSession::sendMessage(qint64 conversationId, const QString &text)
{
    return sendMessage(conversationId, text, {});
}

QString InboxSession::sendMessage(qint64 conversationId, const QString &text,
                                  const QStringList &files, QString *error)
{
    const QString body = text.trimmed();
    if (!m_account || conversationId == 0 || (body.isEmpty() && files.isEmpty()) ||
        body.toUcs4().size() > 5000)
        return {};
    // Sent while reading an old part of the history: the seller sees it go, at the end.
    if (conversationId == openConversationId())
        showLatestMessages();
    const QString clientId = m_account->outbox().enqueue(conversationId, body, files, error);
    if (clientId.isEmpty())
        return {};
    m_throttle.reset(conversationId);
    setDraft(conversationId, {});
    return clientId;
}

bool InboxSession::cancelMessage(const QString &clientId)
{
    return m_account && m_account->outbox().cancel(clientId);
}

void InboxSession::setKeepPhotoMetadata(bool keep)
{
    m_keepPhotoMetadata = keep;
    if (m_account)
        m_account->outbox().setKeepPhotoMetadata(keep);
}

AttachmentCache *InboxSession::attachments() const
{
    return m_account ? &m_account->attachments() : nullptr;
}

void InboxSession::retryMessage(const QString &clientId)
{
    if (m_account)
        m_account->outbox().retry(clientId);
}

void InboxSession::discardMessage(const QString &clientId)
{
    if (m_account)
        m_account->outbox().discard(clientId);
}

void InboxSession::setDraft(qint64 conversationId, const QString &text)
{
    m_drafts->set(conversationId, text);
}

QString InboxSession::draft(qint64 conversationId) const
{
    return m_drafts->text(conversationId);
}

void InboxSession::composerEdited(qint64 conversationId)
{
    if (!m_throttle.keystroke(conversationId) || m_state != State::Ready || !m_account)
        return;
    if (m_typingVia == TypingVia::Whisper) {
        m_account->echo()
            .privateChannel(u"conversation.%1"_s.arg(conversationId))
            .whisper(u"typing"_s,
                     QJsonObject{{u"user_id"_s, m_user.id}, {u"user_name"_s, m_user.name}});
        return;
    }
    m_api->sendTyping(m_account.get(), conversationId,
                      [](const api::ApiResult<api::NoContent> &) {});
}

void InboxSession::reconnectNow()
{
    if (m_account)
        m_account->reconnectNow();
}

void InboxSession::archive(qint64 conversationId)
{
    if (m_account)
        m_account->triage().setArchived(conversationId, true);
}

void InboxSession::unarchive(qint64 conversationId)
{
    if (m_account)
        m_account->triage().setArchived(conversationId, false);
}

void InboxSession::markUnread(qint64 conversationId)
{
    if (m_account)
        m_account->triage().markUnread(conversationId);
}

void InboxSession::markRead(qint64 conversationId, qint64 upToMessageId)
{
    if (!m_account || conversationId == 0)
        return;
    if (conversationId == openConversationId() && !m_messages.hasNewer() &&
        m_messages.newestId() >= upToMessageId && m_messages.newestId() > 0) {
        m_account->openConversation().markReadAgain();
        m_conversations.setUnreadCount(conversationId, 0);
        return;
    }
    qint64 newest = upToMessageId;
    if (const std::optional<api::Conversation> known = m_conversations.conversation(conversationId);
        known && known->lastMessage)
        newest = std::max(newest, known->lastMessage->id);
    m_account->triage().markRead(conversationId, newest);
}

QFuture<bool> InboxSession::claimNotification(qint64 messageId)
{
    if (!m_account)
        return QtFuture::makeReadyFuture(true);
    return m_account->store().markNotified(messageId);
}

} // namespace envisage::inbox
