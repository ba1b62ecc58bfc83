#include "DemoSellerWindow.h"

#include "BoundedWait.h"
#include "DemoSeeder.h"
#include "inbox/InboxSession.h"

namespace envisage::bench {

inbox::ServerProfile sandboxProfile(const SandboxEndpoints &endpoints)
{
    inbox::ServerProfile profile = inbox::ServerProfile::localSandbox();
    profile.apiUrl = endpoints.apiUrl;
    profile.wsHost = endpoints.wsHost;
    profile.wsPort = quint16(endpoints.wsPort);
    profile.appKey = endpoints.appKey;
    return profile;
}

bool signInAsDemoSeller(inbox::InboxSession &session, int timeoutMs)
{
    using sandbox::DemoAccounts;
    session.signIn(QString::fromLatin1(DemoAccounts::SellerEmail),
                   QString::fromLatin1(DemoAccounts::SellerPassword));
    return spinUntil(
        [&session] {
            return session.state() == inbox::InboxSession::State::Ready &&
                   session.connection() == inbox::InboxSession::Connection::Online;
        },
        timeoutMs);
}

} // namespace envisage::bench
