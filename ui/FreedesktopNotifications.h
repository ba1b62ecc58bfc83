#pragma once
// The desktop's notification service on Linux (org.freedesktop.Notifications, the Desktop
// Notifications Specification 1.2, with KDE's inline-reply extension) over D-Bus. Every
// call is asynchronous; the GUI thread never waits for the service.
// One notification per key (the caller's: a conversation id): show() again replaces it
// (replaces_id, also while the first Notify is still on its way), close() withdraws it.
// Text is plain text: the body is escaped when the service reads markup (body-markup) and
// sent as is otherwise; the summary is never markup. Whether the service is there is asked
// (GetCapabilities) at once, again when its owner changes, and when probe() is called after
// it went away (a service started on demand).
#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

class QDBusPendingCallWatcher;

namespace envisage::ui {

class FreedesktopNotifications : public QObject
{
    Q_OBJECT
public:
    static constexpr int CallTimeoutMs = 5000;
    static inline const QString Service = QStringLiteral("org.freedesktop.Notifications");
    static inline const QString Path = QStringLiteral("/org/freedesktop/Notifications");

    enum class Availability { Unknown, Available, Unavailable };
    Q_ENUM(Availability)

    struct Action
    {
        QString key;   // "default" is clicking the notification; "inline-reply" a reply field
        QString label; // shown on the button, translated
    };
    struct Notification
    {
        QString summary; // plain text
        QString body;    // plain text
        QList<Action> actions;
        QString replyPlaceholder; // the reply field's placeholder (with "inline-reply")
    };

    explicit FreedesktopNotifications(const QDBusConnection &bus, QObject *parent = nullptr);
    ~FreedesktopNotifications() override;

    Availability availability() const { return m_availability; }
    QStringList capabilities() const { return m_capabilities; }
    bool hasCapability(const QString &capability) const
    {
        return m_capabilities.contains(capability);
    }
    // Asks the service again unless it is known to be there or the question is out.
    void probe();

    void show(qint64 key, const Notification &notification);
    void close(qint64 key);
    void closeAll();
    bool isShown(qint64 key) const { return m_entries.contains(key); }
    // What the service is given as the body of plain text.
    static QString bodyFor(const QString &text, const QStringList &capabilities);

Q_SIGNALS:
    void availabilityChanged(envisage::ui::FreedesktopNotifications::Availability availability);
    void actionInvoked(qint64 key, const QString &action);
    void replied(qint64 key, const QString &text);
    // Closed by the seller or expired (not after close()).
    void closed(qint64 key);

private Q_SLOTS:
    // The service's signals (old-style connections: QDBusConnection::connect needs slots).
    void onActionInvoked(uint id, const QString &action);
    void onNotificationReplied(uint id, const QString &text);
    void onNotificationClosed(uint id, uint reason);

private:
    struct Entry
    {
        uint id = 0;                        // the service's, 0 until the first Notify answers
        bool inFlight = false;              // a Notify is on its way
        std::optional<Notification> queued; // shown when the one in flight has its id
        bool closeWhenShown = false;
    };

    void setAvailability(Availability availability);
    void send(qint64 key, const Notification &notification);
    void notifyAnswered(qint64 key, QDBusPendingCallWatcher *call);
    void forgetAll();
    std::optional<qint64> keyOf(uint id) const;

    QDBusConnection m_bus;
    Availability m_availability = Availability::Unknown;
    bool m_probing = false;
    quint64 m_probeGeneration = 0; // an answer for an older owner of the name is dropped
    QStringList m_capabilities;
    QHash<qint64, Entry> m_entries;
};

} // namespace envisage::ui
