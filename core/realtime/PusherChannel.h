#pragma once
// One channel of a PusherClient, with an explicit subscription state machine
// (unsubscribed → pending → subscribed | failed) so that subscribe/unsubscribe races
// cannot happen (pusher-js #196/#308), listeners that each return a removable handle,
// and, for presence channels, the member list replaced (never merged) on every
// subscription with the joined/left differences announced.
#include "ListenerHandle.h"
#include "RealtimeError.h"

#include <QHash>
#include <QJsonValue>
#include <QMap>
#include <QObject>
#include <functional>
#include <optional>

namespace envisage::realtime {

class PusherClient;
struct PusherFrame;

class PusherChannel : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Public, Private, Presence, Encrypted };
    Q_ENUM(Kind)
    enum class State { Unsubscribed, Pending, Subscribed, Failed };
    Q_ENUM(State)

    // data is the decoded event data; userId is the sender on presence client events.
    using Handler = std::function<void(const QJsonValue &data, const QString &userId)>;
    using GlobalHandler =
        std::function<void(const QString &event, const QJsonValue &data, const QString &userId)>;

    static Kind kindOf(const QString &name);

    QString name() const { return m_name; }
    Kind kind() const { return m_kind; }
    State state() const { return m_state; }
    bool isSubscribed() const { return m_state == State::Subscribed; }
    std::optional<RealtimeError> lastError() const { return m_lastError; }

    // Events as they arrive, plus pusher:subscription_succeeded, pusher:subscription_error,
    // pusher:member_added and pusher:member_removed ({"id","info"}) like pusher-js.
    ListenerHandle bind(const QString &event, Handler handler);
    ListenerHandle bindAll(GlobalHandler handler);
    void unbind(const QString &event);

    // A client event ("client-…"): refused here on public and encrypted channels, before
    // the subscription succeeded, and past 10 per second (pusher-protocol.md §2.9).
    std::optional<RealtimeError> trigger(const QString &event, const QJsonValue &data);

    // Presence: user id → user_info, and our own id.
    const QMap<QString, QJsonValue> &members() const { return m_members; }
    QString myUserId() const { return m_myUserId; }

Q_SIGNALS:
    void stateChanged(envisage::realtime::PusherChannel::State state);
    void subscribed();
    void subscriptionFailed(const envisage::realtime::RealtimeError &error);
    void memberAdded(const QString &userId, const QJsonValue &info);
    void memberRemoved(const QString &userId, const QJsonValue &info);
    void eventReceived(const QString &event, const QJsonValue &data, const QString &userId);

private:
    friend class PusherClient;
    PusherChannel(const QString &name, PusherClient *client);

    void setState(State state);
    void dispatch(const QString &event, const QJsonValue &data, const QString &userId = {});
    void succeed(const QJsonValue &data);
    void fail(const RealtimeError &error);
    void addMember(const QJsonObject &data);
    void removeMember(const QJsonObject &data);

    PusherClient *m_client;
    QString m_name;
    Kind m_kind;
    State m_state = State::Unsubscribed;
    bool m_wanted = true;          // false after unsubscribe(): a late success is undone
    QString m_channelData;         // presence: what we subscribed with
    QByteArray m_sharedSecret;     // encrypted: the key from the authorization
    bool m_retriedDecryption = false;
    QString m_myUserId;
    QMap<QString, QJsonValue> m_members;
    std::optional<RealtimeError> m_lastError;
    QHash<QString, QMap<quint64, Handler>> m_handlers;
    QMap<quint64, GlobalHandler> m_globalHandlers;
    quint64 m_nextHandlerId = 1;
};

} // namespace envisage::realtime
