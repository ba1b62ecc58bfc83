// The pusher-js side of bench-realtime-burst (bench/realtime_burst.cpp starts it with node).
// It mirrors bench/BurstSubscriber.cpp, the same steps for our client; keep the two alike:
//   - subscribe to the channel, then print {"event":"ready",…};
//   - on every `bench.burst` event, first read the clock, then record publish → handler;
//   - on `bench.end`, or at the deadline, print {"event":"summary",…} with each latency
//     and exit.
// The publish time is inside the event ({"i":index,"t":µs,…}) on CLOCK_MONOTONIC, which
// process.hrtime reads here and steady_clock in the C++ processes.
//
// pusher-js comes from tests/interop/node_modules (npm ci there); no package.json of our own.
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const require = createRequire(new URL('../../tests/interop/package.json', import.meta.url));
const Pusher = require('pusher-js');

const EVENT_NAME = 'bench.burst';
const END_EVENT_NAME = 'bench.end';
const MAX_REPORTED_ERRORS = 10;

const { values: args } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    'ws-port': { type: 'string' },
    'app-key': { type: 'string' },
    channel: { type: 'string' },
    events: { type: 'string' },
    'deadline-ms': { type: 'string' },
  },
});

function printLine(object) {
  process.stdout.write(`${JSON.stringify(object)}\n`);
}

const port = Number(args['ws-port']);
const events = Number(args.events);
const deadlineMs = Number(args['deadline-ms']);
if (!args['app-key'] || !args.channel || !(port > 0) || !(events > 0) || !(deadlineMs > 0)) {
  printLine({
    event: 'error',
    message: 'needs --ws-port, --app-key, --channel, --events and --deadline-ms',
  });
  process.exit(2);
}

// CLOCK_MONOTONIC in whole microseconds, like monotonicMicroseconds() in C++.
const monotonicMicroseconds = () => Number(process.hrtime.bigint() / 1000n);
// getrusage(RUSAGE_SELF), as cpuSeconds() reads it for our client.
const cpuSeconds = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

// Allocated up front, like the C++ side's reserved vector, so that recording adds no
// garbage for pusher-js's process to collect.
const latenciesUs = new Float64Array(events); // in order of arrival
let received = 0;
const seen = new Uint8Array(events);
let duplicates = 0;
let unknown = 0;
let firstUs = -1;
let lastUs = -1;
let cpuAtReady = NaN;
let disconnects = 0;
const errors = [];
let readyPrinted = false;
let summarized = false;

const pusher = new Pusher(args['app-key'], {
  cluster: 'mt1', // required by the constructor; wsHost decides where it connects
  wsHost: args.host,
  wsPort: port,
  wssPort: port,
  forceTLS: false,
  enabledTransports: ['ws'],
  disableStats: true,
});

pusher.connection.bind('state_change', ({ previous }) => {
  if (previous === 'connected') disconnects += 1;
});
pusher.connection.bind('error', (error) => {
  if (errors.length < MAX_REPORTED_ERRORS) errors.push(JSON.stringify(error?.error ?? error));
});

const channel = pusher.subscribe(args.channel);
channel.bind('pusher:subscription_succeeded', () => {
  if (readyPrinted) return; // a resubscription after a reconnect is counted, not announced
  readyPrinted = true;
  cpuAtReady = cpuSeconds();
  printLine({ event: 'ready', client: 'pusher-js', socket_id: pusher.connection.socket_id });
});
// The handler an application would bind: pusher-js hands over the data already parsed.
channel.bind(EVENT_NAME, (data) => {
  const nowUs = monotonicMicroseconds(); // before any work of ours
  const index = data?.i;
  const sentUs = data?.t;
  if (!Number.isInteger(index) || index < 0 || index >= events || !Number.isInteger(sentUs)) {
    unknown += 1;
    return;
  }
  if (seen[index]) {
    duplicates += 1;
    return;
  }
  seen[index] = 1;
  if (firstUs < 0) firstUs = nowUs;
  lastUs = nowUs;
  latenciesUs[received] = nowUs - sentUs;
  received += 1;
});
channel.bind(END_EVENT_NAME, () => summarize(true));

const deadline = setTimeout(() => summarize(false), deadlineMs);

function summarize(endSeen) {
  if (summarized) return;
  summarized = true;
  clearTimeout(deadline);
  const cpuNow = cpuSeconds();
  const line = JSON.stringify({
    event: 'summary',
    client: 'pusher-js',
    end_seen: endSeen,
    received,
    duplicates,
    unknown,
    first_us: firstUs,
    last_us: lastUs,
    cpu_s: cpuNow - cpuAtReady,
    cpu_process_s: cpuNow,
    disconnects,
    errors,
    latencies_us: Array.from(latenciesUs.subarray(0, received)),
  });
  pusher.disconnect();
  // Exit only once the whole line is written: a pipe may take it in several turns.
  process.stdout.write(`${line}\n`, () => process.exit(endSeen ? 0 : 1));
}
