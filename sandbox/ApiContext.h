#pragma once
// What the REST controllers share: storage, broadcasting, rate limits and the
// Pusher app credentials used to sign channel authorizations.
#include "Accounts.h"
#include "HttpService.h"

#include <functional>
#include <optional>

namespace envisage::sandbox {

class Attachments;
class Conversations;
class MarketplaceEvents;
class RateLimiter;
struct ConversationRecord;
struct MessageRecord;
struct PusherAppConfig;

struct ApiLimits
{
    int loginAttemptsPerMinute = 5; // failed sign-ins per email and address
    int sendsPerMinute = 60;        // messages a user may post; 0 = unlimited
    int rateLimitKeys = 10000;      // windows the rate limiter keeps at most
};

struct ApiContext
{
    Accounts &accounts;
    Conversations &conversations;
    MarketplaceEvents &events;
    RateLimiter &limiter;
    const PusherAppConfig &pusher;
    ApiLimits limits;
    // Called after a message was stored and broadcast (the demo's buyers react to it).
    std::function<void(const ConversationRecord &, const MessageRecord &)> messagePosted;
    Attachments &attachments;

    // The bearer's user; on failure `reply` holds the 401 to send.
    std::optional<UserRecord> authenticate(const QHttpServerRequest &request, HttpReply *reply);
};

// The X-Socket-ID of a request when it has the Pusher form 123.456, else empty.
QString socketIdOf(const QHttpServerRequest &request);

} // namespace envisage::sandbox
