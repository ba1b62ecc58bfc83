#include "PusherHttpApi.h"

#include "ConstantTime.h"
#include "Logging.h"
#include "PusherServer.h"
#include "PusherSigner.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

namespace {

HttpReply error(int status, const QString &message)
{
    return HttpReply::json(status, QJsonObject{{u"error"_s, message}});
}

QStringList requestedInfo(const QHttpServerRequest &request)
{
    const QString info = request.query().queryItemValue(u"info"_s, QUrl::FullyDecoded);
    return info.isEmpty() ? QStringList() : info.split(u',', Qt::SkipEmptyParts);
}

} // namespace

void PusherHttpApi::registerRoutes(HttpService &http)
{
    http.tooLarge = [](int status, const HttpLimits &limits) {
        return status == 413
                   ? error(413,
                           u"The request body is larger than %1 bytes"_s.arg(limits.maxBodyBytes))
                   : error(431,
                           u"The request head is larger than %1 bytes"_s.arg(limits.maxHeadBytes));
    };
    using Method = QHttpServerRequest::Method;
    const auto guarded = [this](auto handler) {
        return [this, handler](const QHttpServerRequest &request,
                               const QRegularExpressionMatch &match) {
            if (std::optional<HttpReply> rejected = rejectUnauthentic(request, match.captured(1)))
                return *rejected;
            return handler(request, match);
        };
    };
    http.addRoute(
        Method::Post, u"^/apps/([^/]+)/events$"_s,
        guarded([this](const QHttpServerRequest &request, const QRegularExpressionMatch &) {
            return triggerEvents(request);
        }));
    http.addRoute(
        Method::Post, u"^/apps/([^/]+)/batch_events$"_s,
        guarded([this](const QHttpServerRequest &request, const QRegularExpressionMatch &) {
            return triggerBatch(request);
        }));
    http.addRoute(
        Method::Get, u"^/apps/([^/]+)/channels$"_s,
        guarded([this](const QHttpServerRequest &request, const QRegularExpressionMatch &) {
            return listChannels(request);
        }));
    http.addRoute(
        Method::Get, u"^/apps/([^/]+)/channels/([^/]+)$"_s,
        guarded([this](const QHttpServerRequest &request, const QRegularExpressionMatch &match) {
            return showChannel(request, match.captured(2));
        }));
    http.addRoute(Method::Get, u"^/apps/([^/]+)/channels/([^/]+)/users$"_s,
                  guarded([this](const QHttpServerRequest &, const QRegularExpressionMatch &match) {
                      return listUsers(match.captured(2));
                  }));
}

std::optional<HttpReply> PusherHttpApi::rejectUnauthentic(const QHttpServerRequest &request,
                                                          const QString &appId) const
{
    const PusherAppConfig &config = m_server.config();
    if (appId != config.id)
        return error(404, u"Unknown app id %1"_s.arg(appId));
    const QList<QPair<QString, QString>> parameters =
        request.query().queryItems(QUrl::FullyDecoded);
    const QUrlQuery query = request.query();
    if (query.queryItemValue(u"auth_key"_s) != config.key)
        return error(401, u"Unknown auth_key"_s);
    const QByteArray body = request.body();
    if (!body.isEmpty()) {
        const QByteArray md5 = QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex();
        if (query.queryItemValue(u"body_md5"_s).toLatin1() != md5)
            return error(401, u"The body_md5 does not match the request body."_s);
    }
    const QString expected = PusherSigner::requestSignature(
        config.secret, methodName(request.method()), request.url().path(), parameters);
    if (!constantTimeEquals(query.queryItemValue(u"auth_signature"_s).toLatin1(),
                            expected.toLatin1())) {
        qCInfo(lcSandboxHttp) << "rejected a request with an invalid signature to"
                              << request.url().path();
        return error(401, u"Authentication signature invalid."_s);
    }
    // The signature covers auth_timestamp: a fresh one means the request is not a
    // recording replayed later.
    bool ok = false;
    const qint64 timestamp = query.queryItemValue(u"auth_timestamp"_s).toLongLong(&ok);
    const qint64 now = m_clock() / 1000;
    if (!ok || std::abs(now - timestamp) > MaxClockSkewSeconds) {
        qCInfo(lcSandboxHttp) << "rejected a signed request with auth_timestamp"
                              << query.queryItemValue(u"auth_timestamp"_s) << "at" << now;
        return error(401, u"Timestamp expired: auth_timestamp %1 is not within %2 s of the "
                          "server time %3."_s.arg(query.queryItemValue(u"auth_timestamp"_s))
                              .arg(MaxClockSkewSeconds)
                              .arg(now));
    }
    return std::nullopt;
}

std::optional<PusherHttpApi::EventProblem>
PusherHttpApi::problemWith(const QJsonObject &event, const QStringList &channels) const
{
    const QJsonValue name = event.value(u"name"_s);
    const QJsonValue data = event.value(u"data"_s);
    if (!name.isString() || name.toString().isEmpty() || name.toString().size() > 200)
        return EventProblem{400, u"name must be a string of 1 to 200 characters"_s};
    if (!data.isString())
        return EventProblem{400, u"data must be a string (JSON-encode it first)"_s};
    if (data.toString().toUtf8().size() > MaxDataBytes)
        return EventProblem{413, u"data is larger than %1 bytes"_s.arg(MaxDataBytes)};
    if (channels.isEmpty() || channels.size() > MaxChannelsPerEvent)
        return EventProblem{400,
                            u"between 1 and %1 channels are required"_s.arg(MaxChannelsPerEvent)};
    if (channels.contains(QString()))
        return EventProblem{400, u"channels must be strings"_s};
    const QString socketId = event.value(u"socket_id"_s).toString();
    if (!socketId.isEmpty() && !PusherSigner::isValidSocketId(socketId))
        return EventProblem{400, u"socket_id is not of the form 123.456"_s};
    return std::nullopt;
}

void PusherHttpApi::publishEvent(const QJsonObject &event, const QStringList &channels)
{
    m_server.publish(channels, event.value(u"name"_s).toString(), event.value(u"data"_s).toString(),
                     event.value(u"socket_id"_s).toString());
}

HttpReply PusherHttpApi::triggerEvents(const QHttpServerRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(400, u"The body is not a JSON object"_s);
    const QJsonObject event = document.object();
    QStringList channels;
    if (event.value(u"channels"_s).isArray()) {
        for (const QJsonValue &channel : event.value(u"channels"_s).toArray())
            channels.append(channel.toString());
    } else if (event.value(u"channel"_s).isString()) {
        channels.append(event.value(u"channel"_s).toString());
    }
    if (const std::optional<EventProblem> problem = problemWith(event, channels))
        return error(problem->status, problem->message);
    publishEvent(event, channels);
    const QStringList info = requestedInfo(request);
    if (info.isEmpty())
        return HttpReply::json(200, QJsonObject());
    QJsonObject perChannel;
    for (const QString &channel : std::as_const(channels))
        perChannel.insert(channel, channelInfo(channel, info));
    return HttpReply::json(200, QJsonObject{{u"channels"_s, perChannel}});
}

HttpReply PusherHttpApi::triggerBatch(const QHttpServerRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    if (!body.value(u"batch"_s).isArray())
        return error(400, u"The body must be {\"batch\":[...]}"_s);
    const QJsonArray batch = body.value(u"batch"_s).toArray();
    if (batch.size() > MaxBatchSize)
        return error(400, u"A batch holds at most %1 events"_s.arg(MaxBatchSize));
    // Every event is checked before any is published: a bad batch publishes nothing.
    for (qsizetype index = 0; index < batch.size(); ++index) {
        const QJsonObject event = batch.at(index).toObject();
        const QJsonValue channel = event.value(u"channel"_s);
        const std::optional<EventProblem> problem =
            channel.isString() ? problemWith(event, {channel.toString()})
                               : EventProblem{400, u"channel must be a string"_s};
        if (problem)
            return error(problem->status, u"batch[%1]: %2"_s.arg(index).arg(problem->message));
    }
    QJsonArray results;
    for (const QJsonValue &value : batch) {
        const QJsonObject event = value.toObject();
        const QString channel = event.value(u"channel"_s).toString();
        publishEvent(event, {channel});
        const QStringList info = event.value(u"info"_s).toString().split(u',', Qt::SkipEmptyParts);
        results.append(info.isEmpty() ? QJsonObject() : channelInfo(channel, info));
    }
    return HttpReply::json(200, QJsonObject{{u"batch"_s, results}});
}

QJsonObject PusherHttpApi::channelInfo(const QString &channel, const QStringList &attributes) const
{
    QJsonObject info;
    const ChannelRegistry &registry = m_server.channels();
    if (attributes.contains(u"user_count"_s) && channel.startsWith(u"presence-"_s))
        info.insert(u"user_count"_s, registry.userCount(channel));
    if (attributes.contains(u"subscription_count"_s))
        info.insert(u"subscription_count"_s, registry.subscriptionCount(channel));
    return info;
}

HttpReply PusherHttpApi::listChannels(const QHttpServerRequest &request) const
{
    const QString prefix =
        request.query().queryItemValue(u"filter_by_prefix"_s, QUrl::FullyDecoded);
    const QStringList info = requestedInfo(request);
    if (info.contains(u"user_count"_s) && !prefix.startsWith(u"presence-"_s))
        return error(400, u"info=user_count needs filter_by_prefix=presence-"_s);
    QJsonObject channels;
    for (const QString &channel : m_server.channels().occupiedChannels()) {
        if (channel.startsWith(prefix) && m_server.channels().subscriptionCount(channel) > 0)
            channels.insert(channel, channelInfo(channel, info));
    }
    return HttpReply::json(200, QJsonObject{{u"channels"_s, channels}});
}

HttpReply PusherHttpApi::showChannel(const QHttpServerRequest &request,
                                     const QString &channel) const
{
    const QStringList info = requestedInfo(request);
    if (info.contains(u"user_count"_s) && !channel.startsWith(u"presence-"_s))
        return error(400, u"user_count is only available for presence channels"_s);
    QJsonObject reply = channelInfo(channel, info);
    reply.insert(u"occupied"_s, m_server.channels().subscriptionCount(channel) > 0);
    return HttpReply::json(200, reply);
}

HttpReply PusherHttpApi::listUsers(const QString &channel) const
{
    if (!channel.startsWith(u"presence-"_s))
        return error(400, u"Users are only listed for presence channels"_s);
    QJsonArray users;
    if (const ChannelState *state = m_server.channels().channel(channel)) {
        for (auto it = state->members.cbegin(); it != state->members.cend(); ++it)
            users.append(QJsonObject{{u"id"_s, it.key()}});
    }
    return HttpReply::json(200, QJsonObject{{u"users"_s, users}});
}

} // namespace envisage::sandbox
