#include "PusherChannel.h"

#include "CoreLogging.h"
#include "PusherClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QVarLengthArray>

namespace envisage::realtime {

using namespace Qt::StringLiterals;

namespace {
QString idString(const QJsonValue &id)
{
    if (id.isDouble())
        return QString::number(qint64(id.toDouble()));
    return id.toString();
}
} // namespace

PusherChannel::Kind PusherChannel::kindOf(const QString &name)
{
    if (name.startsWith(u"private-encrypted-"_s))
        return Kind::Encrypted;
    if (name.startsWith(u"private-"_s))
        return Kind::Private;
    if (name.startsWith(u"presence-"_s))
        return Kind::Presence;
    return Kind::Public;
}

PusherChannel::PusherChannel(const QString &name, PusherClient *client)
    : QObject(client), m_client(client), m_name(name), m_kind(kindOf(name))
{
}

ListenerHandle PusherChannel::bind(const QString &event, Handler handler)
{
    const quint64 id = m_nextHandlerId++;
    m_handlers[event].insert(id, std::move(handler));
    return ListenerHandle([self = QPointer<PusherChannel>(this), event, id] {
        if (self)
            self->m_handlers[event].remove(id);
    });
}

ListenerHandle PusherChannel::bindAll(GlobalHandler handler)
{
    const quint64 id = m_nextHandlerId++;
    m_globalHandlers.insert(id, std::move(handler));
    return ListenerHandle([self = QPointer<PusherChannel>(this), id] {
        if (self)
            self->m_globalHandlers.remove(id);
    });
}

void PusherChannel::unbind(const QString &event)
{
    m_handlers.remove(event);
}

void PusherChannel::dispatch(const QString &event, const QJsonValue &data, const QString &userId)
{
    QPointer<PusherChannel> alive(this);
    Q_EMIT eventReceived(event, data, userId);
    // Handlers may remove themselves or others, or leave the channel: walk a snapshot of
    // ids and look each one up again. The snapshots stay on the stack, so an event costs
    // no allocation here (this runs for every event of a burst).
    QVarLengthArray<quint64, 8> ids;
    if (const auto bound = m_handlers.constFind(event); bound != m_handlers.constEnd()) {
        for (auto id = bound->keyBegin(); id != bound->keyEnd(); ++id)
            ids.append(*id);
    }
    for (quint64 id : std::as_const(ids)) {
        if (!alive)
            return;
        const auto handlers = m_handlers.constFind(event);
        if (handlers == m_handlers.constEnd())
            break;
        const auto handler = handlers->constFind(id);
        if (handler != handlers->constEnd())
            (*handler)(data, userId);
    }
    const QVarLengthArray<quint64, 8> globalIds(m_globalHandlers.keyBegin(),
                                                m_globalHandlers.keyEnd());
    for (quint64 id : globalIds) {
        if (!alive)
            return;
        const auto handler = m_globalHandlers.constFind(id);
        if (handler != m_globalHandlers.constEnd())
            (*handler)(event, data, userId);
    }
}

void PusherChannel::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void PusherChannel::succeed(const QJsonValue &data)
{
    m_lastError.reset();
    if (m_kind == Kind::Presence) {
        const QJsonObject presence = data.toObject().value(u"presence"_s).toObject();
        QMap<QString, QJsonValue> fresh;
        // Reverb sends an empty hash as [] (PHP): anything but an object is no members.
        const QJsonObject hash = presence.value(u"hash"_s).toObject();
        for (auto it = hash.begin(); it != hash.end(); ++it)
            fresh.insert(it.key(), it.value());
        for (const QJsonValue &id : presence.value(u"ids"_s).toArray()) {
            if (!fresh.contains(idString(id)))
                fresh.insert(idString(id), QJsonValue::Null);
        }
        const QMap<QString, QJsonValue> previous = std::exchange(m_members, fresh);
        m_myUserId =
            idString(QJsonDocument::fromJson(m_channelData.toUtf8()).object().value(u"user_id"_s));
        setState(State::Subscribed);
        // After a reconnect, only the differences are news.
        for (auto it = previous.cbegin(); it != previous.cend(); ++it) {
            if (!m_members.contains(it.key()))
                Q_EMIT memberRemoved(it.key(), it.value());
        }
        for (auto it = m_members.cbegin(); it != m_members.cend(); ++it) {
            if (!previous.isEmpty() && !previous.contains(it.key()))
                Q_EMIT memberAdded(it.key(), it.value());
        }
        QJsonObject members;
        for (auto it = m_members.cbegin(); it != m_members.cend(); ++it)
            members.insert(it.key(), it.value());
        Q_EMIT subscribed();
        dispatch(u"pusher:subscription_succeeded"_s,
                 QJsonObject{{u"members"_s, members},
                             {u"count"_s, int(m_members.size())},
                             {u"me"_s, m_myUserId}});
        return;
    }
    setState(State::Subscribed);
    Q_EMIT subscribed();
    dispatch(u"pusher:subscription_succeeded"_s, data);
}

void PusherChannel::fail(const RealtimeError &error)
{
    m_lastError = error;
    setState(State::Failed);
    qCInfo(lcRealtime).noquote() << "subscription failed:" << error.toString();
    Q_EMIT subscriptionFailed(error);
    dispatch(u"pusher:subscription_error"_s,
             QJsonObject{{u"type"_s, error.type},
                         {u"error"_s, error.message},
                         {u"status"_s, error.httpStatus != 0 ? error.httpStatus : error.code}});
}

void PusherChannel::addMember(const QJsonObject &data)
{
    const QString id = idString(data.value(u"user_id"_s));
    if (id.isEmpty())
        return;
    const QJsonValue info = data.value(u"user_info"_s);
    m_members.insert(id, info);
    Q_EMIT memberAdded(id, info);
    dispatch(u"pusher:member_added"_s, QJsonObject{{u"id"_s, id}, {u"info"_s, info}});
}

void PusherChannel::removeMember(const QJsonObject &data)
{
    const QString id = idString(data.value(u"user_id"_s));
    const auto it = m_members.find(id);
    if (it == m_members.end())
        return; // pusher-js announces only members it knew
    const QJsonValue info = it.value();
    m_members.erase(it);
    Q_EMIT memberRemoved(id, info);
    dispatch(u"pusher:member_removed"_s, QJsonObject{{u"id"_s, id}, {u"info"_s, info}});
}

std::optional<RealtimeError> PusherChannel::trigger(const QString &event, const QJsonValue &data)
{
    return m_client->trigger(m_name, event, data);
}

} // namespace envisage::realtime
