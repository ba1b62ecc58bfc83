#pragma once
// What the benchmarks whose window is a process of its own share (bench-e2e-latency,
// bench-attachments): the server profile of the sandbox they started, handed to the window
// on its command line, and the window's sign-in as the demo seller.
#include "SandboxProcess.h"
#include "inbox/ServerProfile.h"

namespace envisage::inbox {
class InboxSession;
}

namespace envisage::bench {

// The local sandbox's profile with the ports and app key it printed in its ready line.
inbox::ServerProfile sandboxProfile(const SandboxEndpoints &endpoints);

// Signs the session in as the demo seller and runs the event loop until it is Ready and
// Online; false when that took longer than timeoutMs.
bool signInAsDemoSeller(inbox::InboxSession &session, int timeoutMs);

} // namespace envisage::bench
