#pragma once
// InboxSession against the sandbox, as the session and window tests set it up: the
// profile from the sandbox's "ready" line, a session on its own cache file, and the
// waits that tell a signed-in session is usable.
#include "SandboxProcess.h"
#include "inbox/InboxSession.h"

#include <memory>

namespace envisage::testing {

// Where this sandbox listens, as the app's demo mode reads it.
inbox::ServerProfile profileOf(const SandboxProcess &sandbox);

// A session on its own cache file that does not remember its sign-in: a test leaves no
// token behind for the next one (or another test running beside it) to restore.
std::unique_ptr<inbox::InboxSession> newSession(const inbox::ServerProfile &profile,
                                                const QString &cachePath,
                                                secrets::SecretStore *secrets = nullptr);

// True once the session is Ready and then Online, each within `timeoutMs`: the list is
// there and realtime events reach it.
bool waitReadyAndOnline(inbox::InboxSession &session, int timeoutMs);

// Whether the user's own private channel is subscribed: what the same user does on
// another device (archive, saved replies) arrives there, so a test waits for it first.
bool ownChannelSubscribed(inbox::InboxSession &session);

// newSession() signed in with a password, Ready and Online within `timeoutMs` each;
// null if it was not.
std::unique_ptr<inbox::InboxSession> signedInSession(const inbox::ServerProfile &profile,
                                                     const QString &cachePath, const QString &email,
                                                     const QString &password, int timeoutMs);

} // namespace envisage::testing
