#pragma once
// The subscriber side of bench-realtime-burst for our client: the same executable started
// with `--subscriber`, so that it has a process (and CPU account) of its own like pusher-js.
// bench/peers/pusherjs-subscriber.mjs does the same for pusher-js; keep the two alike:
//   - subscribe to the channel, then print {"event":"ready",…};
//   - on every `bench.burst` event, first read the clock, then record publish → handler;
//   - on `bench.end` (published after every burst event was answered), or at the
//     deadline, print {"event":"summary",…} with each latency and exit.
// The publish time travels inside the event ({"i":index,"t":µs,…}) on CLOCK_MONOTONIC,
// which every process on the machine shares (MonotonicClock.h here, process.hrtime in node).
#include <QString>
#include <QStringView>
#include <QtGlobal>

namespace envisage::bench::burst {

inline constexpr QStringView EventName = u"bench.burst";
inline constexpr QStringView EndEventName = u"bench.end";

struct SubscriberSetup
{
    QString host;
    quint16 port = 0;
    QString appKey;
    QString channel;
    int events = 0;     // indexes 0 … events-1 are expected
    int deadlineMs = 0; // the summary is printed by then at the latest
};

// Runs the subscriber in this process's event loop; returns the exit code.
int runSubscriber(const SubscriberSetup &setup);

} // namespace envisage::bench::burst
