#include "InboxSession.h"

#include "CachedConversations.h"
#include "OpenConversation.h"
#include "Outbox.h"
#include "api/MarketplaceJson.h"
#include "common/Guarded.h"
#include "realtime/ChannelAuthorizer.h"
#include "realtime/Echo.h"
#include "secrets/SecretStore.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSettings>

Q_DECLARE_LOGGING_CATEGORY(lcInbox)

namespace envisage::inbox {

using namespace Qt::StringLiterals;
namespace Json = api::MarketplaceJson;
using realtime::PusherConnection;

namespace {
constexpr int ConversationPageSize = 50;

Clock monotonicClock()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}
} // namespace

InboxSession::InboxSession(ServerProfile profile, secrets::SecretStore *secrets, Options options, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_secrets(secrets)
    , m_options(std::move(options))
    , m_throttle(m_options.clock ? m_options.clock : monotonicClock())
    , m_typing(m_options.clock ? m_options.clock : monotonicClock())
{
    m_api = std::make_unique<api::MarketplaceApi>(m_profile.apiUrl);
    m_api->setTokenProvider([this] { return m_token; });
    connect(m_api.get(), &api::MarketplaceApi::unauthenticated, this, &InboxSession::onUnauthenticated);
    m_typingTimer.setSingleShot(true);
    connect(&m_typingTimer, &QTimer::timeout, this, [this] {
        for (qint64 conversationId : m_typing.expire()) {
            m_conversations.setTyping(conversationId, m_typing.typists(conversationId));
            Q_EMIT typingChanged(conversationId, m_typing.typists(conversationId));
        }
        updateTypingTimer();
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

QString InboxSession::revocationKey() const
{
    return u"revoke/"_s + m_profile.accountKey();
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

void InboxSession::signIn(const QString &email, const QString &password)
{
    setState(State::SigningIn);
    revokeLeftoverToken();
    m_api->login(m_signInScope.get(), email, password, m_options.deviceName, [this](const api::ApiResult<api::LoginResult> &result) {
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
    revokeLeftoverToken();
    m_secrets->read(secretKey(), guarded(m_signInScope.get(), [this](const secrets::SecretReadResult &result) {
        if (!result.secret || result.secret->isEmpty()) {
            setState(State::SignedOut);
            Q_EMIT signInRequired(result.error.isEmpty() ? tr("Please sign in.") : result.error);
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
    const qint64 lastUser = QSettings().value(u"accounts/%1/lastUserId"_s.arg(m_profile.accountKey())).toLongLong();
    const QString path = cachePathFor(lastUser);
    if (path.isEmpty() || m_store) {
        verifyTokenOnline(token);
        return;
    }
    m_openedCache = std::make_unique<store::Store>(path);
    m_openedCache->open().then(m_signInScope.get(), [this, token](const store::OpenResult &opened) {
        if (!opened.ok || !m_openedCache) {
            m_openedCache.reset();
            verifyTokenOnline(token);
            return;
        }
        reportCacheRecovery(opened);
        m_openedCache->meta(u"user"_s).then(m_signInScope.get(), [this, token](const QString &json) {
            QString error;
            const std::optional<api::User> cachedUser = api::MarketplaceJson::readUser(QJsonDocument::fromJson(json.toUtf8()).object(), &error);
            // Shown at once, but whose token this is only the server can say: until it
            // does, nothing of this account is sent with it (the outbox waits).
            if (cachedUser) {
                m_cachedUserId = cachedUser->id;
                start(token, *cachedUser, TokenCheck::Pending);
            }
            else
                m_openedCache.reset();
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
        qCInfo(lcInbox) << "the server did not answer the sign-in check:" << result.error().toString();
        if (m_state == State::Ready)
            return; // working from the cache; realtime and the outbox catch up later
        Q_EMIT signInFailed(result.error());
        setState(State::SignedOut);
    });
}

void InboxSession::start(const QString &token, const api::User &user, TokenCheck check)
{
    const bool sameAccount = m_user.id == user.id && m_store;
    // Started from the cache and now confirmed by the server: nothing new to announce.
    const bool alreadyReady = sameAccount && m_state == State::Ready;
    m_token = token;
    m_user = user;
    if (!sameAccount) {
        stop();
        m_user = user;
        m_token = token;
        m_accountScope = std::make_unique<QObject>();
        // A cache opened for another account (the token belongs to someone else) is
        // closed untouched; this account's own cache is opened instead.
        if (m_openedCache && m_cachedUserId != user.id)
            m_openedCache.reset();
        const bool cacheOpen = m_openedCache != nullptr;
        m_store = cacheOpen ? std::move(m_openedCache) : std::make_unique<store::Store>(cachePathFor(user.id));
        m_conversations.clear();
        m_conversations.setMyUserId(user.id);

        m_authorizer = std::make_unique<realtime::HttpChannelAuthorizer>(m_profile.authEndpoint(), [this] {
            return realtime::HttpChannelAuthorizer::Headers{{"Authorization", "Bearer " + m_token.toUtf8()}};
        });
        m_client = std::make_unique<realtime::PusherClient>(m_profile.pusherOptions(), m_authorizer.get());
        m_echo = std::make_unique<realtime::Echo>(m_client.get());
        m_api->setSocketIdProvider([this] { return m_echo ? m_echo->socketId() : QString(); });
        connect(m_client->connection(), &PusherConnection::stateChanged, this, &InboxSession::onConnectionState);
        connect(m_client->connection(), &PusherConnection::reconnectingIn, this, &InboxSession::reconnectingIn);

        m_outbox = std::make_unique<Outbox>(*m_api, *m_store);
        connect(m_outbox.get(), &Outbox::storeFailed, this, &InboxSession::problem);
        connect(m_outbox.get(), &Outbox::entryAdded, &m_messages, &MessageListModel::addPending);
        connect(m_outbox.get(), &Outbox::entryChanged, &m_messages, &MessageListModel::updatePending);
        connect(m_outbox.get(), &Outbox::entryRemoved, &m_messages, &MessageListModel::removePending);
        connect(m_outbox.get(), &Outbox::delivered, this, [this](const store::OutboxEntry &, const api::Message &message) {
            m_messages.merge(message);
            if (std::optional<api::Conversation> conversation = m_conversations.conversation(message.conversationId)) {
                conversation->lastMessage = message;
                conversation->updatedAt = message.createdAt;
                m_conversations.upsert(*conversation);
            }
        });

        m_open = std::make_unique<OpenConversation>(*m_api, *m_store, *m_echo, m_messages);
        connect(m_open.get(), &OpenConversation::messagesArrived, this, &InboxSession::onMessagesArrived);
        connect(m_open.get(), &OpenConversation::typingReceived, this, &InboxSession::onTyping);
        connect(m_open.get(), &OpenConversation::markedRead, this, [this](qint64 id) { m_conversations.setUnreadCount(id, 0); });

        if (cacheOpen) {
            loadCache();
        } else {
            m_store->open().then(m_accountScope.get(), [this](const store::OpenResult &opened) {
                if (!opened.ok)
                    Q_EMIT problem(tr("The offline cache cannot be used (%1); the inbox works online only.").arg(opened.error));
                else
                    reportCacheRecovery(opened);
                loadCache();
            });
        }
        m_client->open();
        listenToUserChannel();
        listenToPresence();
    }
    if (!sameAccount)
        checkCacheOwner();
    m_store->setMeta(u"user"_s, QString::fromUtf8(QJsonDocument(api::MarketplaceJson::writeUser(user)).toJson(QJsonDocument::Compact)));
    QSettings().setValue(u"accounts/%1/lastUserId"_s.arg(m_profile.accountKey()), user.id);
    if (check == TokenCheck::Confirmed)
        m_tokenConfirmed = true;
    m_outbox->setPaused(!m_tokenConfirmed);
    if (m_client->connection()->state() == PusherConnection::State::Disconnected)
        m_client->open();
    if (alreadyReady)
        return;
    setState(State::Ready);
    Q_EMIT signedIn(user);
    refreshConversations(1);
}

void InboxSession::stop()
{
    if (m_open)
        m_open->close();
    // The store first: it finishes the jobs already queued while everyone waiting for
    // their answers is still alive; the answers are then dropped with their receivers.
    m_store.reset();
    // Every answer still on its way for this account is dropped with its scope.
    m_accountScope.reset();
    m_open.reset();
    m_outbox.reset();
    m_echo.reset();
    m_client.reset();
    m_authorizer.reset();
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
        revokeToken(m_token, Revocation::SayIfItFails);
    if (m_secrets)
        m_secrets->remove(secretKey(), [](const QString &) {});
    stop();
    m_token.clear();
    m_user = {};
    m_conversations.clear();
    m_messages.reset(0, 0);
    m_drafts.clear();
    setState(State::SignedOut);
}

void InboxSession::revokeToken(const QString &token, Revocation mode)
{
    // The session object is the context: a sign-out outlives the account it ends.
    m_api->logout(this, token, [this, token, mode](const api::ApiResult<api::NoContent> &result) {
        // A 401 means the server no longer knows the token: ended as well.
        if (result.ok() || result.error().kind == api::ApiError::Kind::Unauthenticated) {
            if (m_secrets)
                m_secrets->remove(revocationKey(), [](const QString &) {});
            return;
        }
        qCInfo(lcInbox) << "the server could not end the session:" << api::kindName(result.error().kind);
        if (m_secrets)
            m_secrets->write(revocationKey(), token, [](const QString &) {});
        if (mode == Revocation::SayIfItFails)
            Q_EMIT problem(tr("Signed out on this computer, but the server could not be reached to end "
                              "the session there. It will be ended the next time you sign in here."));
    });
}

void InboxSession::revokeLeftoverToken()
{
    if (!m_secrets)
        return;
    m_secrets->read(revocationKey(), guarded(this, [this](const secrets::SecretReadResult &result) {
        if (result.secret && !result.secret->isEmpty() && *result.secret != m_token)
            revokeToken(*result.secret, Revocation::Quiet);
    }));
}

void InboxSession::reportCacheRecovery(const store::OpenResult &opened)
{
    if (!opened.rebuilt)
        return;
    qCWarning(lcInbox) << "the offline cache could not be used and has been rebuilt:" << opened.error;
    QString text = tr("The offline cache could not be opened (%1). It was kept at %2 and a new one was started.")
                       .arg(opened.error, QDir::toNativeSeparators(opened.keptAt));
    if (opened.salvagedOutbox > 0 || opened.salvagedDrafts > 0)
        text += u' ' + tr("Recovered from it: %n unsent message(s)", nullptr, opened.salvagedOutbox)
            + u", "_s + tr("%n draft(s).", nullptr, opened.salvagedDrafts);
    else if (!opened.salvageError.isEmpty())
        text += u' ' + tr("Nothing could be recovered from it (%1).").arg(opened.salvageError);
    Q_EMIT problem(text);
}

void InboxSession::onUnauthenticated()
{
    if (m_state == State::SignInRequired || m_user.id == 0)
        return;
    qCInfo(lcInbox) << "the token was refused; asking for a new sign-in";
    // Drafts and the outbox stay; sending waits for the new sign-in.
    if (m_outbox)
        m_outbox->setPaused(true);
    if (m_client)
        m_client->close();
    if (m_secrets)
        m_secrets->remove(secretKey(), [](const QString &) {});
    setState(State::SignInRequired);
    Q_EMIT signInRequired(tr("Your session has ended. Please sign in again."));
}

void InboxSession::loadCache()
{
    qCDebug(lcInbox) << "loading the cache";
    loadCachedConversations(*m_store, m_conversations, this, [this] { Q_EMIT cacheLoaded(); });
    m_store->drafts().then(this, [this](const QHash<qint64, QString> &drafts) {
        for (auto it = drafts.cbegin(); it != drafts.cend(); ++it) {
            if (!m_drafts.contains(it.key())) {
                m_drafts.insert(it.key(), it.value());
                m_conversations.setDraft(it.key(), it.value());
            }
        }
    });
}

void InboxSession::checkCacheOwner()
{
    // One cache per account; a cache given by path (the CLI's --cache) may hold another
    // account's unsent messages, which must never go out with this account's token.
    m_store->meta(u"user"_s).then(m_accountScope.get(), [this](const QString &json) {
        QString error;
        const std::optional<api::User> owner = api::MarketplaceJson::readUser(QJsonDocument::fromJson(json.toUtf8()).object(), &error);
        if (owner && owner->id != m_user.id) {
            qCWarning(lcInbox) << "the cache belongs to user" << owner->id << "- its outbox is left untouched";
            Q_EMIT problem(tr("This offline cache belongs to another account; its unsent messages stay in it and are not sent."));
            return;
        }
        m_outbox->load();
    });
}

void InboxSession::refreshConversations(int page)
{
    m_api->conversations(m_accountScope.get(), page, ConversationPageSize, [this, page](const api::ApiResult<api::ConversationPage> &result) {
        if (!result.ok())
            return;
        const api::ConversationPage &fresh = result.value();
        m_conversations.upsert(fresh.conversations);
        if (m_store)
            m_store->saveConversations(fresh.conversations);
        m_conversationPagesLoaded = std::max(m_conversationPagesLoaded, page);
        m_conversations.setMoreAvailable(fresh.hasMore());
        m_conversations.fetchMoreHandler = [this] { refreshConversations(m_conversationPagesLoaded + 1); };
        Q_EMIT conversationsRefreshed();
    });
}

void InboxSession::listenToUserChannel()
{
    m_echo->privateChannel(u"App.Models.User.%1"_s.arg(m_user.id))
        .listen(u".conversation.updated"_s, [this](const QJsonValue &data) {
            QString error;
            if (std::optional<api::Conversation> conversation = Json::readConversation(data, &error))
                onConversationUpdated(*conversation);
            else
                qCWarning(lcInbox) << "ignoring a malformed conversation.updated:" << error;
        });
}

void InboxSession::listenToPresence()
{
    realtime::EchoPresenceChannel online = m_echo->join(u"online"_s);
    realtime::PusherChannel *channel = online.pusherChannel();
    const auto publish = [this, channel] {
        QSet<qint64> ids;
        for (const QString &id : channel->members().keys())
            ids.insert(id.toLongLong());
        m_conversations.setOnlineUsers(ids);
    };
    connect(channel, &realtime::PusherChannel::subscribed, this, publish);
    connect(channel, &realtime::PusherChannel::memberAdded, this, [this](const QString &id) {
        m_conversations.setOnline(id.toLongLong(), true);
        Q_EMIT presenceChanged(id.toLongLong(), true);
    });
    connect(channel, &realtime::PusherChannel::memberRemoved, this, [this](const QString &id) {
        m_conversations.setOnline(id.toLongLong(), false);
        Q_EMIT presenceChanged(id.toLongLong(), false);
    });
}

void InboxSession::onConversationUpdated(const api::Conversation &conversation)
{
    api::Conversation updated = conversation;
    const bool isOpen = m_open && m_open->id() == conversation.id;
    if (isOpen && m_viewing)
        updated.unreadCount = 0; // we are reading it; the read call follows
    m_conversations.upsert(updated);
    m_store->saveConversations({updated});
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
        if (message.senderId == m_user.id || m_announced.contains(message.id))
            continue;
        m_announced.insert(message.id);
        m_announcedOrder.append(message.id);
        if (m_announcedOrder.size() > 2000)
            m_announced.remove(m_announcedOrder.takeFirst());
        if (m_typing.messageReceived(message.conversationId, message.senderId)) {
            m_conversations.setTyping(message.conversationId, m_typing.typists(message.conversationId));
            Q_EMIT typingChanged(message.conversationId, m_typing.typists(message.conversationId));
        }
        Q_EMIT messageReceived(message.conversationId, message);
    }
    if (m_open && m_open->id() != 0) {
        for (const api::Message &message : messages) {
            if (message.conversationId == m_open->id() && m_viewing)
                QTimer::singleShot(0, m_open.get(), &OpenConversation::markRead);
        }
    }
}

void InboxSession::onTyping(qint64 conversationId, qint64 userId, const QString &name)
{
    if (userId == m_user.id)
        return;
    if (m_typing.typingReceived(conversationId, userId, name)) {
        m_conversations.setTyping(conversationId, m_typing.typists(conversationId));
        Q_EMIT typingChanged(conversationId, m_typing.typists(conversationId));
    }
    updateTypingTimer();
}

void InboxSession::updateTypingTimer()
{
    const qint64 next = m_typing.nextExpiryIn();
    if (next < 0)
        m_typingTimer.stop();
    else
        m_typingTimer.start(int(next) + 1);
}

void InboxSession::onConnectionState(PusherConnection::State, PusherConnection::State current)
{
    Q_EMIT connectionStateChanged(current);
    if (current != PusherConnection::State::Connected) {
        // Without a connection nobody's "is typing…" can be confirmed or ended: drop it.
        for (qint64 conversationId : m_typing.clear()) {
            m_conversations.setTyping(conversationId, {});
            Q_EMIT typingChanged(conversationId, {});
        }
        updateTypingTimer();
        return;
    }
    if (!m_tokenConfirmed)
        verifyTokenOnline(m_token); // started from the cache offline: ask now
    if (m_everConnected) {
        // Back after an outage: fetch what the channels could not deliver.
        qCInfo(lcInbox) << "reconnected; refreshing the inbox and the open conversation";
        refreshConversations(1);
        if (m_open)
            m_open->catchUp();
    }
    m_everConnected = true;
    if (m_outbox)
        m_outbox->resume();
}

qint64 InboxSession::openConversationId() const
{
    return m_open ? m_open->id() : 0;
}

realtime::PusherConnection::State InboxSession::connectionState() const
{
    return m_client ? m_client->connection()->state() : PusherConnection::State::Disconnected;
}

void InboxSession::openConversation(qint64 conversationId)
{
    if (!m_open)
        return;
    m_open->open(conversationId, m_user.id, m_outbox->entriesFor(conversationId));
    if (m_viewing)
        m_conversations.setUnreadCount(conversationId, 0);
}

void InboxSession::closeConversation()
{
    if (m_open)
        m_open->close();
    m_messages.reset(0, m_user.id);
}

void InboxSession::setViewing(bool viewing)
{
    m_viewing = viewing;
    if (viewing && m_open && m_open->id() != 0) {
        m_open->markRead();
        m_conversations.setUnreadCount(m_open->id(), 0);
    }
}

QString InboxSession::sendMessage(const QString &text)
{
    return sendMessage(openConversationId(), text);
}

QString InboxSession::sendMessage(qint64 conversationId, const QString &text)
{
    const QString body = text.trimmed();
    if (!m_outbox || conversationId == 0 || body.isEmpty() || body.toUcs4().size() > 5000)
        return {};
    m_throttle.reset(conversationId);
    setDraft(conversationId, {});
    return m_outbox->enqueue(conversationId, body);
}

void InboxSession::retryMessage(const QString &clientId)
{
    if (m_outbox)
        m_outbox->retry(clientId);
}

void InboxSession::discardMessage(const QString &clientId)
{
    if (m_outbox)
        m_outbox->discard(clientId);
}

void InboxSession::setDraft(qint64 conversationId, const QString &text)
{
    if (m_drafts.value(conversationId) == text)
        return;
    if (text.isEmpty())
        m_drafts.remove(conversationId);
    else
        m_drafts.insert(conversationId, text);
    m_conversations.setDraft(conversationId, text);
    if (m_store)
        m_store->saveDraft(conversationId, text);
}

void InboxSession::composerEdited(qint64 conversationId)
{
    if (!m_throttle.keystroke(conversationId) || m_state != State::Ready)
        return;
    if (m_typingVia == TypingVia::Whisper && m_echo) {
        m_echo->privateChannel(u"conversation.%1"_s.arg(conversationId))
            .whisper(u"typing"_s, QJsonObject{{u"user_id"_s, m_user.id}, {u"user_name"_s, m_user.name}});
        return;
    }
    m_api->sendTyping(m_accountScope.get(), conversationId, [](const api::ApiResult<api::NoContent> &) {});
}

void InboxSession::reconnectNow()
{
    if (m_client)
        m_client->connection()->reconnectNow();
    if (m_outbox)
        m_outbox->resume();
}

QFuture<bool> InboxSession::claimNotification(qint64 messageId)
{
    if (!m_store)
        return QtFuture::makeReadyFuture(true);
    return m_store->markNotified(messageId);
}

} // namespace envisage::inbox
