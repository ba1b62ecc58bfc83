#include "FreedesktopNotifications.h"

#include "UiLogging.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QVariantMap>

namespace envisage::ui {

using namespace Qt::StringLiterals;

namespace {

// Errors that say the service is not there (as opposed to a call it refused).
bool serviceIsGone(const QDBusError &error)
{
    switch (error.type()) {
    case QDBusError::ServiceUnknown:
    case QDBusError::NoReply:
    case QDBusError::Timeout:
    case QDBusError::TimedOut:
    case QDBusError::Disconnected:
    case QDBusError::NoServer:
    case QDBusError::UnknownObject:
    case QDBusError::UnknownInterface:
    case QDBusError::UnknownMethod:
        return true;
    default:
        return false;
    }
}

const char *const SignalSlots[][2] = {
    {"ActionInvoked", SLOT(onActionInvoked(uint, QString))},
    {"NotificationReplied", SLOT(onNotificationReplied(uint, QString))},
    {"NotificationClosed", SLOT(onNotificationClosed(uint, uint))},
};

} // namespace

FreedesktopNotifications::FreedesktopNotifications(const QDBusConnection &bus, QObject *parent)
    : QObject(parent), m_bus(bus)
{
    if (!m_bus.isConnected()) {
        qCInfo(lcNotifications) << "no D-Bus session bus; notifications use the tray";
        m_availability = Availability::Unavailable;
        return;
    }
    for (const auto &[name, slot] : SignalSlots) {
        if (!m_bus.connect(Service, Path, Service, QString::fromLatin1(name), this, slot))
            qCWarning(lcNotifications) << "cannot listen to" << name << m_bus.lastError().message();
    }
    auto *watcher =
        new QDBusServiceWatcher(Service, m_bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(watcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            [this](const QString &, const QString &, const QString &owner) {
                // A new server (or none): the old one's notifications went with it.
                ++m_probeGeneration;
                m_probing = false;
                forgetAll();
                m_capabilities.clear();
                // Unknown until the new one says what it can do: until then nothing is
                // shown, so no buyer's text reaches a markup server unescaped.
                setAvailability(Availability::Unknown);
                if (owner.isEmpty())
                    qCInfo(lcNotifications) << "the notification service left the bus";
                else
                    probe();
            });
    probe();
}

FreedesktopNotifications::~FreedesktopNotifications()
{
    if (!m_bus.isConnected())
        return;
    for (const auto &[name, slot] : SignalSlots)
        m_bus.disconnect(Service, Path, Service, QString::fromLatin1(name), this, slot);
}

void FreedesktopNotifications::setAvailability(Availability availability)
{
    if (availability == m_availability)
        return;
    m_availability = availability;
    Q_EMIT availabilityChanged(availability);
}

void FreedesktopNotifications::probe()
{
    if (!m_bus.isConnected() || m_probing || m_availability == Availability::Available)
        return;
    m_probing = true;
    const QDBusMessage call =
        QDBusMessage::createMethodCall(Service, Path, Service, u"GetCapabilities"_s);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, generation = m_probeGeneration](QDBusPendingCallWatcher *answered) {
                answered->deleteLater();
                if (generation != m_probeGeneration)
                    return; // asked of a server that has gone since
                m_probing = false;
                const QDBusPendingReply<QStringList> reply = *answered;
                if (reply.isError()) {
                    qCInfo(lcNotifications)
                        << "no notification service; notifications use the tray:"
                        << reply.error().name();
                    m_capabilities.clear();
                    setAvailability(Availability::Unavailable);
                    return;
                }
                m_capabilities = reply.value();
                qCInfo(lcNotifications) << "notification service capabilities:" << m_capabilities;
                setAvailability(Availability::Available);
            });
}

void FreedesktopNotifications::show(qint64 key, const Notification &notification)
{
    Entry &entry = m_entries[key];
    entry.closeWhenShown = false;
    if (entry.inFlight) {
        entry.queued = notification; // replaces the one on its way once it has its id
        return;
    }
    send(key, notification);
}

void FreedesktopNotifications::send(qint64 key, const Notification &notification)
{
    Entry &entry = m_entries[key];
    QStringList actions;
    bool inlineReply = false;
    if (hasCapability(u"actions"_s)) {
        for (const Action &action : notification.actions) {
            actions << action.key << action.label;
            inlineReply = inlineReply || action.key == u"inline-reply"_s;
        }
    }
    QVariantMap hints{
        {u"desktop-entry"_s, u"app.envisage.Inbox"_s},
        {u"category"_s, u"im.received"_s},
        {u"urgency"_s, QVariant::fromValue(uchar(1))}, // normal
    };
    if (inlineReply && !notification.replyPlaceholder.isEmpty())
        hints.insert(u"x-kde-reply-placeholder-text"_s, notification.replyPlaceholder);
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Service, u"Notify"_s);
    call << u"Envisage Inbox"_s << entry.id << u"envisage-inbox"_s << notification.summary
         << bodyFor(notification.body, m_capabilities) << actions << hints << qint32(-1);
    entry.inFlight = true;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, key, generation = m_probeGeneration](QDBusPendingCallWatcher *answered) {
                answered->deleteLater();
                if (generation == m_probeGeneration)
                    notifyAnswered(key, answered);
            });
}

void FreedesktopNotifications::notifyAnswered(qint64 key, QDBusPendingCallWatcher *call)
{
    const auto found = m_entries.find(key);
    if (found == m_entries.end())
        return;
    Entry &entry = *found;
    entry.inFlight = false;
    const QDBusPendingReply<uint> reply = *call;
    if (reply.isError()) {
        qCWarning(lcNotifications)
            << "Notify failed:" << reply.error().name() << reply.error().message();
        m_entries.erase(found);
        if (serviceIsGone(reply.error())) {
            forgetAll();
            setAvailability(Availability::Unavailable);
        }
        return;
    }
    entry.id = reply.value();
    qCDebug(lcNotifications) << "notification" << entry.id << "shown for" << key;
    if (entry.closeWhenShown) {
        close(key);
    } else if (entry.queued) {
        const Notification next = *std::exchange(entry.queued, std::nullopt);
        send(key, next);
    }
}

void FreedesktopNotifications::close(qint64 key)
{
    const auto found = m_entries.find(key);
    if (found == m_entries.end())
        return;
    if (found->inFlight) {
        found->queued.reset();
        found->closeWhenShown = true; // its id is not known yet
        return;
    }
    const uint id = found->id;
    m_entries.erase(found);
    if (id == 0)
        return;
    const QDBusMessage call =
        QDBusMessage::createMethodCall(Service, Path, Service, u"CloseNotification"_s) << id;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, CallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [id](QDBusPendingCallWatcher *answered) {
                answered->deleteLater();
                if (answered->isError())
                    qCDebug(lcNotifications)
                        << "CloseNotification" << id << "failed:" << answered->error().name();
            });
}

void FreedesktopNotifications::closeAll()
{
    const QList<qint64> keys = m_entries.keys();
    for (qint64 key : keys)
        close(key);
}

void FreedesktopNotifications::forgetAll()
{
    m_entries.clear();
}

std::optional<qint64> FreedesktopNotifications::keyOf(uint id) const
{
    if (id == 0)
        return std::nullopt;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->id == id)
            return it.key();
    }
    return std::nullopt; // another application's, or one already withdrawn
}

void FreedesktopNotifications::onActionInvoked(uint id, const QString &action)
{
    if (const std::optional<qint64> key = keyOf(id)) {
        qCDebug(lcNotifications) << "action" << action << "on notification" << id;
        Q_EMIT actionInvoked(*key, action);
    }
}

void FreedesktopNotifications::onNotificationReplied(uint id, const QString &text)
{
    if (const std::optional<qint64> key = keyOf(id)) {
        qCDebug(lcNotifications) << "reply of" << text.size() << "characters on notification" << id;
        Q_EMIT replied(*key, text);
    }
}

void FreedesktopNotifications::onNotificationClosed(uint id, uint reason)
{
    const std::optional<qint64> key = keyOf(id);
    if (!key)
        return;
    qCDebug(lcNotifications) << "notification" << id << "closed, reason" << reason;
    Entry &entry = m_entries[*key];
    if (entry.inFlight) {
        entry.id = 0; // the replacement on its way becomes a new notification
        return;
    }
    m_entries.remove(*key);
    Q_EMIT closed(*key);
}

QString FreedesktopNotifications::bodyFor(const QString &text, const QStringList &capabilities)
{
    // A server that reads markup would show a buyer's "<b>" or "<a href>" as markup; one
    // whose capabilities are not known is taken to read it.
    return capabilities.isEmpty() || capabilities.contains(u"body-markup"_s) ? text.toHtmlEscaped()
                                                                             : text;
}

} // namespace envisage::ui
