#pragma once
// The Pusher HTTP API (pusher-protocol.md §5) that a Laravel backend calls to
// broadcast, served next to the WebSocket endpoint as Laravel WebSockets and soketi
// do: signed requests only (401 on a bad signature or body_md5, or an auth_timestamp
// more than 600 s from our clock, as Pusher checks), 413 over the data limit, 400 on
// malformed bodies.
#include "HttpService.h"
#include "Timestamps.h"

#include <QJsonObject>

namespace envisage::sandbox {

class PusherServer;

class PusherHttpApi
{
public:
    static constexpr qsizetype MaxDataBytes = 10 * 1024;
    static constexpr int MaxChannelsPerEvent = 100;
    static constexpr int MaxBatchSize = 10;
    static constexpr qint64 MaxClockSkewSeconds = 600;

    explicit PusherHttpApi(PusherServer &server, Clock clock = &nowMs)
        : m_server(server), m_clock(std::move(clock))
    {
    }
    void registerRoutes(HttpService &http);

private:
    // Null when authentic; otherwise the reply to send.
    std::optional<HttpReply> rejectUnauthentic(const QHttpServerRequest &request,
                                               const QString &appId) const;
    HttpReply triggerEvents(const QHttpServerRequest &request);
    HttpReply triggerBatch(const QHttpServerRequest &request);
    HttpReply listChannels(const QHttpServerRequest &request) const;
    HttpReply showChannel(const QHttpServerRequest &request, const QString &channel) const;
    HttpReply listUsers(const QString &channel) const;

    // Why an event cannot be published: the status and sentence of the reply.
    struct EventProblem
    {
        int status;
        QString message;
    };
    std::optional<EventProblem> problemWith(const QJsonObject &event,
                                            const QStringList &channels) const;
    void publishEvent(const QJsonObject &event, const QStringList &channels);
    QJsonObject channelInfo(const QString &channel, const QStringList &attributes) const;

    PusherServer &m_server;
    Clock m_clock;
};

} // namespace envisage::sandbox
