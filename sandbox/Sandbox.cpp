#include "Sandbox.h"

#include "Accounts.h"
#include "AttachmentController.h"
#include "AttachmentInspector.h"
#include "AttachmentSweeper.h"
#include "AttachmentThumbnails.h"
#include "Attachments.h"
#include "AuthController.h"
#include "BuyerSimulator.h"
#include "ConversationController.h"
#include "Conversations.h"
#include "Database.h"
#include "DemoImages.h"
#include "DemoSeeder.h"
#include "HttpService.h"
#include "LaravelReplies.h"
#include "Logging.h"
#include "MarketplaceEvents.h"
#include "MessageSearch.h"
#include "PusherHttpApi.h"
#include "PusherServer.h"
#include "RateLimiter.h"
#include "SavedReplies.h"
#include "SavedReplyController.h"
#include "SearchController.h"
#include "Timestamps.h"

#include <QElapsedTimer>
#include <QTimer>

namespace envisage::sandbox {

using namespace Qt::StringLiterals;

// Everything the sandbox owns, in construction order (destroyed in reverse).
struct Sandbox::Parts
{
    explicit Parts(const SandboxConfig &config)
        : pusher(config.pusher), limiter(&nowMs, config.limits.rateLimitKeys)
    {
    }
    // The simulator goes before the context that calls it: the call goes first.
    ~Parts()
    {
        if (context)
            context->messagePosted = {};
    }
    Q_DISABLE_COPY_MOVE(Parts)

    Database database;
    std::unique_ptr<Accounts> accounts;
    std::unique_ptr<Conversations> conversations;
    std::unique_ptr<Attachments> attachments;
    AttachmentThumbnails thumbnails; // after attachments: its jobs end before the folder goes
    std::unique_ptr<AttachmentSweeper> sweeper;
    PusherServer pusher;
    std::unique_ptr<MarketplaceEvents> events;
    RateLimiter limiter;
    std::unique_ptr<ApiContext> context;
    std::unique_ptr<AuthController> auth;
    std::unique_ptr<ConversationController> conversationApi;
    std::unique_ptr<SavedReplies> savedReplies;
    std::unique_ptr<SavedReplyController> savedReplyApi;
    std::unique_ptr<MessageSearch> messageSearch;
    std::unique_ptr<SearchController> searchApi;
    std::unique_ptr<AttachmentController> attachmentApi;
    std::unique_ptr<PusherHttpApi> pusherHttpApi;
    std::unique_ptr<DemoImages> demoImages;
    HttpService apiServer;
    HttpService wsServer;
    std::unique_ptr<BuyerSimulator> simulator;
};

Sandbox::Sandbox(SandboxConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config))
{
}

Sandbox::~Sandbox() = default;

bool Sandbox::start(QString *error)
{
    m_parts = std::make_unique<Parts>(m_config);
    Parts &p = *m_parts;
    if (!p.database.open(m_config.databasePath)) {
        *error = p.database.errorString();
        return false;
    }
    p.accounts = std::make_unique<Accounts>(p.database.connection());
    p.conversations = std::make_unique<Conversations>(p.database.connection(), *p.accounts);
    p.attachments = std::make_unique<Attachments>(
        p.database.connection(), m_config.databasePath == u":memory:"_s
                                     ? QString()
                                     : Attachments::folderBeside(m_config.databasePath));
    if (!p.attachments->open(error))
        return false;
    AttachmentInspector::prepareImageDecoding();
    p.sweeper = std::make_unique<AttachmentSweeper>(*p.attachments);
    p.sweeper->start();
    p.demoImages = std::make_unique<DemoImages>(p.database.connection());
    if (m_config.seedDemo) {
        DemoSeeder(p.database.connection(), *p.accounts, *p.conversations, *p.attachments)
            .seed(nowMs());
        // Pictures for the listings and some buyers, after the seed whatever it made (also
        // on a database seeded by an older sandbox).
        p.demoImages->apply();
    }

    p.events = std::make_unique<MarketplaceEvents>(p.pusher, *p.conversations);
    p.context.reset(new ApiContext{*p.accounts,
                                   *p.conversations,
                                   *p.events,
                                   p.limiter,
                                   p.pusher.config(),
                                   m_config.limits,
                                   {},
                                   *p.attachments});
    p.auth = std::make_unique<AuthController>(*p.context);
    p.conversationApi = std::make_unique<ConversationController>(*p.context);
    p.savedReplies = std::make_unique<SavedReplies>(p.database.connection());
    p.savedReplyApi = std::make_unique<SavedReplyController>(*p.context, *p.savedReplies);
    p.messageSearch = std::make_unique<MessageSearch>(p.database.connection());
    p.searchApi = std::make_unique<SearchController>(*p.context, *p.messageSearch);
    p.attachmentApi = std::make_unique<AttachmentController>(*p.context, p.thumbnails);
    p.auth->registerRoutes(p.apiServer);
    p.conversationApi->registerRoutes(p.apiServer);
    p.savedReplyApi->registerRoutes(p.apiServer);
    p.searchApi->registerRoutes(p.apiServer);
    p.attachmentApi->registerRoutes(p.apiServer);
    p.demoImages->registerRoutes(p.apiServer);
    p.apiServer.notFound = &Laravel::routeNotFound;
    p.apiServer.methodNotAllowed = &Laravel::methodNotAllowed;
    p.apiServer.tooLarge = &Laravel::tooLarge;
    HttpLimits apiLimits = m_config.http;
    apiLimits.bodyLimitsByRoute.insert(
        "POST /api/attachments",
        std::max(AttachmentController::MaxRequestBytes, m_config.http.maxBodyBytes));
    p.apiServer.setLimits(apiLimits);
    p.wsServer.setLimits(m_config.http);

    p.pusherHttpApi = std::make_unique<PusherHttpApi>(p.pusher);
    p.pusherHttpApi->registerRoutes(p.wsServer);
    p.pusher.attach(&p.wsServer);

    // last_seen_at is when a user's last connection left presence-online.
    connect(&p.pusher, &PusherServer::presenceMemberLeft, this,
            [this](const QString &channel, const QString &userId) {
                if (channel == QLatin1StringView(MarketplaceEvents::PresenceChannel))
                    m_parts->accounts->touchLastSeen(userId.toLongLong(), nowMs());
            });

    m_apiPort = p.apiServer.listenWithLowDelay(m_config.bindAddress, m_config.apiPort);
    if (m_apiPort == 0) {
        *error = u"Cannot listen on %1:%2 for the REST API (is the port taken?)."_s
                     .arg(m_config.bindAddress.toString())
                     .arg(m_config.apiPort);
        return false;
    }
    // Known now that the port is: stored picture paths are read as URLs under it. No
    // request has been read yet (the event loop has not run since listen()).
    p.accounts->setPublicBaseUrl(apiBaseUrl());
    m_wsPort = p.wsServer.listenWithLowDelay(m_config.bindAddress, m_config.wsPort);
    if (m_wsPort == 0) {
        *error = u"Cannot listen on %1:%2 for WebSockets (is the port taken?)."_s
                     .arg(m_config.bindAddress.toString())
                     .arg(m_config.wsPort);
        return false;
    }

    if (m_config.simulate) {
        p.simulator = std::make_unique<BuyerSimulator>(*p.accounts, *p.conversations,
                                                       *p.attachments, *p.events, p.pusher,
                                                       m_config.simulator, m_config.simulatorSeed);
        p.context->messagePosted = [simulator =
                                        p.simulator.get()](const ConversationRecord &conversation,
                                                           const MessageRecord &message) {
            simulator->onMessagePosted(conversation, message);
        };
        p.simulator->start();
    }
    return true;
}

QHostAddress Sandbox::clientAddress() const
{
    // Clients on this machine reach a wildcard bind through loopback.
    return m_config.bindAddress == QHostAddress::Any ||
                   m_config.bindAddress == QHostAddress::AnyIPv4
               ? QHostAddress(QHostAddress::LocalHost)
               : m_config.bindAddress;
}

QString Sandbox::apiBaseUrl() const
{
    const QHostAddress address = clientAddress();
    QString host = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return u"http://%1:%2"_s.arg(host).arg(m_apiPort);
}

QJsonObject Sandbox::readyInfo() const
{
    const QHostAddress address = clientAddress();
    return {
        {u"event"_s, u"ready"_s},
        {u"api_url"_s, apiBaseUrl()},
        {u"ws_host"_s,
         m_config.publicWsHost.isEmpty() ? address.toString() : m_config.publicWsHost},
        {u"ws_port"_s, m_wsPort},
        {u"app_id"_s, m_config.pusher.id},
        {u"app_key"_s, m_config.pusher.key},
        {u"database"_s, m_config.databasePath},
    };
}

void Sandbox::shutdown(std::function<void()> done)
{
    if (!m_parts) {
        done();
        return;
    }
    m_parts->pusher.closeAll(4200, u"Server is closing. Please reconnect shortly."_s);
    auto *poll = new QTimer(this);
    auto *elapsed = new QElapsedTimer;
    elapsed->start();
    connect(poll, &QTimer::timeout, this, [this, poll, elapsed, done] {
        if (m_parts->pusher.connectionCount() == 0 || elapsed->elapsed() > 1000) {
            poll->deleteLater();
            delete elapsed;
            done();
        }
    });
    poll->start(20);
}

} // namespace envisage::sandbox
