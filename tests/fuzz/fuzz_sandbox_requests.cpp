// libFuzzer target for the sandbox's request parsing: whatever a client sends — REST
// bodies and queries, Pusher HTTP API bodies, Pusher protocol frames — the sandbox answers
// without crashing, hanging or reading out of bounds, and stays up for the next client.
//
// The parsing functions are not reachable on their own: Laravel::input() takes a
// QHttpServerRequest, which only QAbstractHttpServer can make, and PusherServer's frame
// handling is private and needs a live QWebSocket. So this drives a whole Sandbox in
// process (":memory:" database with the demo data) over loopback, as the envisage-sandbox
// executable runs it, through its public entry points: HTTP requests and WebSocket frames.
// The few public parsers (Cursor::decode, Laravel::Validation, PusherSigner::
// isValidSocketId) are also called directly. Built by the `fuzz` preset only; see
// docs/fuzzing.md and scripts/fuzz.
//
// Input: the first byte picks the target ('a' is the first below, 'r' the last; any byte
// picks one, modulo their number), the rest is the payload. Where a target needs two parts (a query
// and a body, a channel name and its channel_data) they are split at the first newline.
#include "CursorPaginator.h"
#include "LaravelReplies.h"
#include "PusherSigner.h"
#include "Sandbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;
using namespace envisage::sandbox;

namespace {

constexpr int AnswerTimeoutMs = 10000; // no answer within this is a finding (a hang)

[[noreturn]] void hang(const char *what)
{
    std::fprintf(stderr, "fuzz_sandbox_requests: no answer within %d ms to %s\n", AnswerTimeoutMs,
                 what);
    std::abort();
}

// Runs the event loop until `done` says so, looking again after each of the signals;
// false on timeout.
template <typename Sender, typename Done, typename... Signals>
bool spinUntil(Sender *sender, Done done, Signals... notifiers)
{
    if (done())
        return true;
    QEventLoop loop;
    const auto check = [&] {
        if (done())
            loop.quit();
    };
    (QObject::connect(sender, notifiers, &loop, check), ...);
    QTimer::singleShot(AnswerTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

class Harness
{
public:
    bool start()
    {
        SandboxConfig config;
        config.apiPort = 0;
        config.wsPort = 0;
        config.databasePath = u":memory:"_s;
        config.seedDemo = true;
        config.limits.loginAttemptsPerMinute = 1 << 30; // parsing, not the limiter, is fuzzed
        config.limits.sendsPerMinute = 0;
        m_pusher = config.pusher;
        m_network.setProxy(QNetworkProxy::NoProxy);
        m_sandbox = std::make_unique<Sandbox>(config);
        QString error;
        if (!m_sandbox->start(&error)) {
            std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
            return false;
        }
        m_api = u"http://127.0.0.1:%1"_s.arg(m_sandbox->apiPort());
        m_pusherApi = u"http://127.0.0.1:%1"_s.arg(m_sandbox->wsPort());
        m_sellerToken = login(u"seller@envisage.test"_s, u"demo-seller"_s);
        m_buyerToken = login(u"buyer1@envisage.test"_s, u"demo-buyer"_s);
        const QJsonArray conversations =
            QJsonDocument::fromJson(
                request("GET", u"/api/conversations"_s, {}, {}, {}, m_sellerToken))
                .object()
                .value(u"data"_s)
                .toArray();
        // The last of the first page: the first holds the demo's 5,000 messages, whose
        // pages would cost more than the parsing under test.
        if (!conversations.isEmpty())
            m_conversationId = conversations.last().toObject().value(u"id"_s).toInteger();
        return !m_sellerToken.isEmpty() && !m_buyerToken.isEmpty() && m_conversationId > 0 &&
               connectSocket();
    }

    void run(uint8_t target, const QByteArray &payload)
    {
        const qsizetype newline = payload.indexOf('\n');
        const QByteArray head = newline < 0 ? payload : payload.left(newline);
        const QByteArray tail = newline < 0 ? QByteArray() : payload.mid(newline + 1);
        const QString conversation = u"/api/conversations/%1"_s.arg(m_conversationId);
        switch (uint8_t(target - 'a') % 18) {
        case 0:
            return post(u"/api/login"_s, payload, Json, {});
        case 1:
            return post(u"/api/login"_s, payload, Form, {});
        case 2:
            return post(conversation + u"/messages"_s, payload, Json, m_sellerToken);
        case 3:
            return post(conversation + u"/messages"_s, payload, Form, m_sellerToken);
        case 4:
            return post(conversation + u"/read"_s, payload, Json, m_sellerToken);
        case 5:
            return post(u"/api/conversations"_s, payload, Json, m_buyerToken);
        case 6:
            return post(u"/broadcasting/auth"_s, payload, Form, m_sellerToken);
        case 7:
            return post(u"/broadcasting/auth"_s, payload, Json, m_sellerToken);
        case 8: // query (cursor, per_page, after_id) and a body for the catch-up's input
            return (void)request("GET", conversation + u"/messages"_s, head, tail, Form,
                                 m_sellerToken);
        case 9:
            return (void)request("GET", u"/api/conversations"_s, payload, {}, {}, m_sellerToken);
        case 10:
            return post(conversation + u"/typing"_s, payload, Form, m_sellerToken,
                        {{"X-Socket-ID", head}});
        case 11:
            return signedPusherApi("POST", u"/apps/%1/events"_s, {}, payload);
        case 12:
            return signedPusherApi("POST", u"/apps/%1/batch_events"_s, {}, payload);
        case 13:
            return signedPusherApi("GET", u"/apps/%1/channels"_s, payload, {});
        case 14:
            return frame(QString::fromUtf8(payload));
        case 15:
            return signedSubscribe(QString::fromUtf8(head), QString::fromUtf8(tail));
        case 16:
            return signedSignin(QString::fromUtf8(payload));
        case 17:
            return parseDirectly(payload);
        }
    }

private:
    enum BodyType { None, Json, Form };

    QString login(const QString &email, const QString &password)
    {
        const QJsonObject body{
            {u"email"_s, email}, {u"password"_s, password}, {u"device_name"_s, u"fuzz"_s}};
        const QByteArray reply =
            request("POST", u"/api/login"_s, {}, QJsonDocument(body).toJson(QJsonDocument::Compact),
                    Json, {});
        return QJsonDocument::fromJson(reply).object().value(u"token"_s).toString();
    }

    void post(const QString &path, const QByteArray &body, BodyType type, const QString &token,
              const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        request("POST", path, {}, body, type, token, headers);
    }

    QByteArray request(const QByteArray &method, const QString &path, const QByteArray &query,
                       const QByteArray &body, BodyType type, const QString &token,
                       const QList<QPair<QByteArray, QByteArray>> &headers = {},
                       const QString &base = {})
    {
        QUrl url(base.isEmpty() ? m_api : base);
        url.setPath(path);
        if (!query.isEmpty())
            url.setQuery(QString::fromUtf8(query), QUrl::TolerantMode);
        QNetworkRequest request(url);
        request.setRawHeader("Accept", "application/json");
        if (type != None)
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              type == Json ? QByteArray("application/json")
                                           : QByteArray("application/x-www-form-urlencoded"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        for (const auto &[name, value] : headers) {
            if (!value.contains('\r') && !value.contains('\n'))
                request.setRawHeader(name, value);
        }
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        if (!spinUntil(
                reply, [reply] { return reply->isFinished(); }, &QNetworkReply::finished))
            hang(qPrintable(u"%1 %2"_s.arg(QString::fromLatin1(method), path)));
        const QByteArray answer = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (status == 0 || status >= 500) { // the server must answer every request it gets
            std::fprintf(stderr, "fuzz_sandbox_requests: %s %s answered %d: %s\n",
                         method.constData(), qPrintable(path), status,
                         answer.left(500).constData());
            std::abort();
        }
        return answer;
    }

    // The Pusher HTTP API rejects unsigned requests before parsing: sign as a backend would.
    void signedPusherApi(const QByteArray &method, const QString &pathPattern,
                         const QByteArray &query, const QByteArray &body)
    {
        const QString path = pathPattern.arg(m_pusher.id);
        QList<QPair<QString, QString>> extra;
        for (const auto &[key, value] :
             QUrlQuery(QString::fromUtf8(query)).queryItems(QUrl::FullyDecoded)) {
            if (!key.startsWith(u"auth_"_s) && key != u"body_md5"_s)
                extra.append({key, value});
        }
        const QUrlQuery signedQuery =
            PusherSigner::signedQuery(m_pusher.key, m_pusher.secret, QString::fromLatin1(method),
                                      path, body, QDateTime::currentSecsSinceEpoch(), extra);
        request(method, path, signedQuery.toString(QUrl::FullyEncoded).toUtf8(), body,
                body.isEmpty() ? None : Json, {}, {}, m_pusherApi);
    }

    bool connectSocket()
    {
        m_socket = std::make_unique<QWebSocket>();
        m_socket->setProxy(QNetworkProxy::NoProxy);
        m_socketId.clear();
        m_pong = false;
        QObject::connect(
            m_socket.get(), &QWebSocket::textMessageReceived, [this](const QString &text) {
                const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
                const QString event = frame.value(u"event"_s).toString();
                if (event == u"pusher:pong"_s)
                    m_pong = true;
                else if (event == u"pusher:ping"_s) // as pusher-js does: a live client answers
                    m_socket->sendTextMessage(u"{\"event\":\"pusher:pong\",\"data\":{}}"_s);
                else if (event == u"pusher:connection_established"_s)
                    m_socketId = QJsonDocument::fromJson(frame.value(u"data"_s).toString().toUtf8())
                                     .object()
                                     .value(u"socket_id"_s)
                                     .toString();
            });
        m_socket->open(QUrl(
            u"ws://127.0.0.1:%1/app/%2?protocol=7&client=fuzz&version=1"_s.arg(m_sandbox->wsPort())
                .arg(m_pusher.key)));
        return spinUntil(
                   m_socket.get(),
                   [this] {
                       return !m_socketId.isEmpty() ||
                              m_socket->state() == QAbstractSocket::UnconnectedState;
                   },
                   &QWebSocket::textMessageReceived, &QWebSocket::disconnected) &&
               !m_socketId.isEmpty();
    }

    // Sends the fuzzed frame, then a ping: the server handles frames in order, so its pong
    // says the fuzzed one was handled (many frames have no answer of their own).
    void frame(const QString &text)
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState && !connectSocket())
            hang("a new WebSocket connection");
        m_pong = false;
        m_socket->sendTextMessage(text);
        m_socket->sendTextMessage(u"{\"event\":\"pusher:ping\",\"data\":{}}"_s);
        const bool answered = spinUntil(
            m_socket.get(),
            [this] { return m_pong || m_socket->state() != QAbstractSocket::ConnectedState; },
            &QWebSocket::textMessageReceived, &QWebSocket::disconnected);
        if (!answered)
            hang("a Pusher frame");
    }

    // Private and presence subscriptions are checked before channel_data is parsed: sign them.
    void signedSubscribe(const QString &channel, const QString &channelData)
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState && !connectSocket())
            hang("a new WebSocket connection");
        const bool presence = channel.startsWith(u"presence-"_s);
        QJsonObject data{
            {u"channel"_s, channel},
            {u"auth"_s, PusherSigner::channelAuth(m_pusher.key, m_pusher.secret, m_socketId,
                                                  channel, presence ? channelData : QString())}};
        if (presence)
            data.insert(u"channel_data"_s, channelData);
        frame(QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"event"_s, u"pusher:subscribe"_s}, {u"data"_s, data}})
                .toJson(QJsonDocument::Compact)));
    }

    void signedSignin(const QString &userData)
    {
        if (m_socket->state() != QAbstractSocket::ConnectedState && !connectSocket())
            hang("a new WebSocket connection");
        const QString auth = m_pusher.key + u':' +
                             PusherSigner::userSignature(m_pusher.secret, m_socketId, userData);
        const QJsonObject data{{u"auth"_s, auth}, {u"user_data"_s, userData}};
        frame(QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"event"_s, u"pusher:signin"_s}, {u"data"_s, data}})
                .toJson(QJsonDocument::Compact)));
    }

    // The public parsers that need no server.
    static void parseDirectly(const QByteArray &payload)
    {
        const QString text = QString::fromUtf8(payload);
        if (const std::optional<Cursor> cursor = Cursor::decode(text)) {
            const std::optional<Cursor> again = Cursor::decode(cursor->encode());
            if (!again || again->id != cursor->id ||
                again->pointsToNextItems != cursor->pointsToNextItems)
                __builtin_trap(); // what we encode must decode to the same cursor
        }
        (void)PusherSigner::isValidSocketId(text);
        Laravel::Validation validation(QJsonDocument::fromJson(payload).object());
        (void)validation.requiredEmail(u"email"_s);
        (void)validation.requiredString(u"body"_s, 5000);
        (void)validation.optionalString(u"client_id"_s, 100);
        (void)validation.requiredInteger(u"listing_id"_s, 1);
        (void)validation.requiredInteger(u"after_id"_s);
        if (validation.failed())
            (void)validation.reply();
    }

    PusherAppConfig m_pusher;
    std::unique_ptr<Sandbox> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<QWebSocket> m_socket;
    QString m_api;
    QString m_pusherApi;
    QString m_sellerToken;
    QString m_buyerToken;
    QString m_socketId;
    qint64 m_conversationId = 0;
    bool m_pong = false;
};

Harness *harness = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Quiet: the sandbox's logging would cost more than the requests.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            std::abort();
        }
    });
    static QCoreApplication app(*argc, *argv);
    harness = new Harness; // lives as long as the process: the server keeps its state
    if (!harness->start()) {
        std::fprintf(stderr, "fuzz_sandbox_requests: the in-process sandbox did not start\n");
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    harness->run(data[0],
                 QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1));
    return 0;
}
