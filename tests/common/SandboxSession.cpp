#include "SandboxSession.h"

#include "realtime/Echo.h"
#include "realtime/PusherChannel.h"

#include <QTest>

namespace envisage::testing {

using namespace Qt::StringLiterals;
using inbox::InboxSession;

inbox::ServerProfile profileOf(const SandboxProcess &sandbox)
{
    return inbox::ServerProfile::fromSandboxReady(sandbox.readyLine());
}

std::unique_ptr<InboxSession> newSession(const inbox::ServerProfile &profile,
                                         const QString &cachePath, secrets::SecretStore *secrets)
{
    InboxSession::Options options;
    options.cachePath = cachePath;
    options.rememberSignIn = false;
    return std::make_unique<InboxSession>(profile, secrets, options);
}

bool waitReadyAndOnline(InboxSession &session, int timeoutMs)
{
    return QTest::qWaitFor([&] { return session.state() == InboxSession::State::Ready; },
                           timeoutMs) &&
           QTest::qWaitFor([&] { return session.connection() == InboxSession::Connection::Online; },
                           timeoutMs);
}

bool ownChannelSubscribed(InboxSession &session)
{
    const QString own = u"App.Models.User.%1"_s.arg(session.currentUser().id);
    realtime::PusherChannel *channel = session.echo()->privateChannel(own).pusherChannel();
    return channel && channel->isSubscribed();
}

std::unique_ptr<InboxSession> signedInSession(const inbox::ServerProfile &profile,
                                              const QString &cachePath, const QString &email,
                                              const QString &password, int timeoutMs)
{
    auto session = newSession(profile, cachePath);
    session->signIn(email, password);
    if (!waitReadyAndOnline(*session, timeoutMs))
        return nullptr;
    return session;
}

} // namespace envisage::testing
