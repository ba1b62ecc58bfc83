#include "AuthController.h"

#include "Conversations.h"
#include "LaravelReplies.h"
#include "MarketplaceEvents.h"
#include "Logging.h"
#include "PusherServer.h"
#include "PusherSigner.h"
#include "RateLimiter.h"
#include "Timestamps.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

std::optional<UserRecord> ApiContext::authenticate(const QHttpServerRequest &request,
                                                   HttpReply *reply)
{
    const QString token = Laravel::bearerToken(request);
    std::optional<UserRecord> user = token.isEmpty() ? std::nullopt : accounts.userForToken(token);
    if (!user)
        *reply = Laravel::unauthenticated();
    return user;
}

QString socketIdOf(const QHttpServerRequest &request)
{
    const QString socketId = QString::fromLatin1(requestHeader(request, "X-Socket-ID")).trimmed();
    return PusherSigner::isValidSocketId(socketId) ? socketId : QString();
}

void AuthController::registerRoutes(HttpService &http)
{
    using Method = QHttpServerRequest::Method;
    http.addRoute(Method::Post, u"^/api/login$"_s,
                  [this](const QHttpServerRequest &r, const QRegularExpressionMatch &) {
                      return login(r);
                  });
    http.addRoute(Method::Post, u"^/api/logout$"_s,
                  [this](const QHttpServerRequest &r, const QRegularExpressionMatch &) {
                      return logout(r);
                  });
    http.addRoute(Method::Get, u"^/api/user$"_s,
                  [this](const QHttpServerRequest &r, const QRegularExpressionMatch &) {
                      return currentUser(r);
                  });
    // Laravel registers the auth route for GET and POST.
    for (Method method : {Method::Post, Method::Get}) {
        http.addRoute(method, u"^/broadcasting/auth$"_s,
                      [this](const QHttpServerRequest &r, const QRegularExpressionMatch &) {
                          return authorizeChannel(r);
                      });
    }
}

HttpReply AuthController::login(const QHttpServerRequest &request)
{
    Laravel::Validation validation(Laravel::input(request));
    const QString email = validation.requiredEmail(u"email"_s);
    const QString password = validation.requiredString(u"password"_s);
    const QString deviceName = validation.requiredString(u"device_name"_s, 255);
    if (validation.failed())
        return validation.reply();

    // Like Laravel Breeze: failed attempts per email and address are limited,
    // a successful sign-in clears the count.
    const QString throttleKey = email.toLower() + u'|' + request.remoteAddress().toString();
    const int limit = m_context.limits.loginAttemptsPerMinute;
    if (m_context.limiter.tooManyAttempts(throttleKey, limit))
        return Laravel::tooManyAttempts(m_context.limiter.availableIn(throttleKey), limit);

    const std::optional<UserRecord> user = m_context.accounts.authenticate(email, password);
    if (!user) {
        m_context.limiter.hit(throttleKey, limit, 60);
        qCInfo(lcSandboxApi) << "failed sign-in for an account";
        Laravel::Validation failure({});
        failure.addError(u"email"_s, u"These credentials do not match our records."_s);
        return failure.reply();
    }
    m_context.limiter.clear(throttleKey);
    const QString token = m_context.accounts.issueToken(user->id, deviceName);
    return HttpReply::json(200, QJsonObject{{u"token"_s, token}, {u"user"_s, userJson(*user)}});
}

HttpReply AuthController::logout(const QHttpServerRequest &request)
{
    HttpReply denied;
    const std::optional<UserRecord> user = m_context.authenticate(request, &denied);
    if (!user)
        return denied;
    m_context.accounts.revokeToken(Laravel::bearerToken(request));
    return HttpReply::noContent();
}

HttpReply AuthController::currentUser(const QHttpServerRequest &request)
{
    HttpReply denied;
    const std::optional<UserRecord> user = m_context.authenticate(request, &denied);
    if (!user)
        return denied;
    return HttpReply::json(200, userJson(*user));
}

bool AuthController::mayJoin(const UserRecord &user, const QString &channel) const
{
    static const QRegularExpression conversation(u"^private-conversation\\.(\\d+)$"_s);
    static const QRegularExpression userChannel(u"^private-App\\.Models\\.User\\.(\\d+)$"_s);
    if (channel == QLatin1StringView(MarketplaceEvents::PresenceChannel))
        return true;
    if (const QRegularExpressionMatch match = userChannel.match(channel); match.hasMatch())
        return match.captured(1).toLongLong() == user.id;
    if (const QRegularExpressionMatch match = conversation.match(channel); match.hasMatch()) {
        const std::optional<ConversationRecord> found =
            m_context.conversations.conversation(match.captured(1).toLongLong());
        return found && found->hasParticipant(user.id);
    }
    return false;
}

HttpReply AuthController::authorizeChannel(const QHttpServerRequest &request)
{
    HttpReply denied;
    const std::optional<UserRecord> user = m_context.authenticate(request, &denied);
    if (!user)
        return denied;
    const QJsonObject input = Laravel::input(request);
    const QString socketId = input.value(u"socket_id"_s).toString();
    const QString channel = input.value(u"channel_name"_s).toString();
    if (!PusherSigner::isValidSocketId(socketId) || !mayJoin(*user, channel)) {
        qCInfo(lcSandboxApi) << "refused channel authorization for user" << user->id << channel;
        return Laravel::forbidden();
    }
    const PusherAppConfig &pusher = m_context.pusher;
    if (!channel.startsWith(u"presence-"_s)) {
        return HttpReply::json(200, QJsonObject{{u"auth"_s, PusherSigner::channelAuth(
                                                                pusher.key, pusher.secret,
                                                                socketId, channel)}});
    }
    // Laravel's presence payload: the auth identifier (an integer) and the callback's info.
    const QJsonObject member{
        {u"user_id"_s, user->id},
        {u"user_info"_s, QJsonObject{{u"name"_s, user->name},
                                     {u"avatar_url"_s, user->avatarUrl.isEmpty()
                                                           ? QJsonValue::Null
                                                           : QJsonValue(user->avatarUrl)}}}};
    const QString channelData =
        QString::fromUtf8(QJsonDocument(member).toJson(QJsonDocument::Compact));
    return HttpReply::json(
        200, QJsonObject{{u"auth"_s, PusherSigner::channelAuth(pusher.key, pusher.secret, socketId,
                                                               channel, channelData)},
                         {u"channel_data"_s, channelData}});
}

} // namespace envisage::sandbox
