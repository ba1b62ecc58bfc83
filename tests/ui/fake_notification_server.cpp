// A stand-in for the desktop's notification service (org.freedesktop.Notifications) on the
// session bus it is started on, for tst_ui_notifications (which runs under a private bus,
// tests/common/with-private-session-bus). It answers like a real server and records every
// call as a JSON line on stdout:
//   {"type":"ready","capabilities":[…]}                once the name is ours
//   {"type":"GetCapabilities"}
//   {"type":"Notify","id":7,"replaces_id":0,"app_name":…,"app_icon":…,"summary":…,
//    "body":…,"actions":["default","Open",…],"hints":{…},"expire_timeout":-1}
//   {"type":"CloseNotification","id":7}
// and emits the service's signals when told so on stdin, one JSON object a line:
//   {"emit":"ActionInvoked","id":7,"action":"mark-read"}
//   {"emit":"NotificationReplied","id":7,"text":"Yes!"}
//   {"emit":"NotificationClosed","id":7,"reason":2}
// Each command is acknowledged ({"type":"emitted",…}). It leaves when stdin closes.
// Usage: fake_notification_server [--capabilities actions,body,body-markup,inline-reply]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

void record(const QJsonObject &line)
{
    const QByteArray json = QJsonDocument(line).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QJsonValue hintValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        return value.toString();
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    bool number = false;
    const double asNumber = value.toDouble(&number);
    if (number)
        return asNumber;
    return u"<%1>"_s.arg(QString::fromLatin1(value.typeName()));
}

} // namespace

class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    explicit FakeNotificationServer(QStringList capabilities)
        : m_capabilities(std::move(capabilities))
    {
    }

    QStringList capabilities() const { return m_capabilities; }

    void command(const QJsonObject &line)
    {
        const QString what = line.value(u"emit"_s).toString();
        const uint id = uint(line.value(u"id"_s).toInteger());
        if (what == u"ActionInvoked"_s) {
            Q_EMIT ActionInvoked(id, line.value(u"action"_s).toString());
        } else if (what == u"NotificationReplied"_s) {
            Q_EMIT NotificationReplied(id, line.value(u"text"_s).toString());
        } else if (what == u"NotificationClosed"_s) {
            m_open.remove(id);
            Q_EMIT NotificationClosed(id, uint(line.value(u"reason"_s).toInt(2)));
        } else {
            record({{u"type"_s, u"error"_s}, {u"message"_s, u"unknown command"_s}});
            return;
        }
        QJsonObject done = line;
        done.insert(u"type"_s, u"emitted"_s);
        record(done);
    }

public Q_SLOTS:
    QStringList GetCapabilities()
    {
        record({{u"type"_s, u"GetCapabilities"_s}});
        return m_capabilities;
    }

    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = u"Envisage tests"_s;
        version = u"1"_s;
        specVersion = u"1.2"_s;
        return u"fake_notification_server"_s;
    }

    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout)
    {
        // As the specification says: the one replaced keeps its id while it is open.
        const uint id = m_open.contains(replacesId) ? replacesId : ++m_lastId;
        m_open.insert(id);
        QJsonObject hintsJson;
        for (auto it = hints.cbegin(); it != hints.cend(); ++it)
            hintsJson.insert(it.key(), hintValue(it.value()));
        record({{u"type"_s, u"Notify"_s},
                {u"id"_s, qint64(id)},
                {u"replaces_id"_s, qint64(replacesId)},
                {u"app_name"_s, appName},
                {u"app_icon"_s, appIcon},
                {u"summary"_s, summary},
                {u"body"_s, body},
                {u"actions"_s, QJsonArray::fromStringList(actions)},
                {u"hints"_s, hintsJson},
                {u"expire_timeout"_s, expireTimeout}});
        return id;
    }

    void CloseNotification(uint id)
    {
        record({{u"type"_s, u"CloseNotification"_s}, {u"id"_s, qint64(id)}});
        if (m_open.remove(id))
            Q_EMIT NotificationClosed(id, 3); // closed by a call to CloseNotification
    }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationReplied(uint id, const QString &text);
    void NotificationClosed(uint id, uint reason);

private:
    QStringList m_capabilities;
    QSet<uint> m_open;
    uint m_lastId = 0;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"capabilities"_s, u"Comma-separated capabilities to advertise."_s, u"list"_s,
                      u"actions,body,body-markup,inline-reply"_s});
    parser.process(app);
    FakeNotificationServer server(parser.value(u"capabilities"_s).split(u',', Qt::SkipEmptyParts));

    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        record({{u"type"_s, u"fatal"_s}, {u"message"_s, u"no session bus"_s}});
        return 1;
    }
    if (!bus.registerObject(u"/org/freedesktop/Notifications"_s, &server,
                            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals) ||
        !bus.registerService(u"org.freedesktop.Notifications"_s)) {
        record({{u"type"_s, u"fatal"_s}, {u"message"_s, bus.lastError().message()}});
        return 1;
    }

    // Commands on stdin; its end is the end.
    QByteArray buffered;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char chunk[4096];
        const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (got <= 0) {
            input.setEnabled(false);
            bus.unregisterService(u"org.freedesktop.Notifications"_s);
            QCoreApplication::quit();
            return;
        }
        buffered.append(chunk, got);
        for (qsizetype end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
            const QByteArray line = buffered.left(end).trimmed();
            buffered.remove(0, end + 1);
            if (!line.isEmpty())
                server.command(QJsonDocument::fromJson(line).object());
        }
    });
    record({{u"type"_s, u"ready"_s},
            {u"capabilities"_s, QJsonArray::fromStringList(server.capabilities())}});
    return app.exec();
}

#include "fake_notification_server.moc"
