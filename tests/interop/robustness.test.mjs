// Junk on the WebSocket: the sandbox answers pusher:error and keeps serving
// (pusher-protocol.md §1 "Frames", §2.2). The raw socket is pusher-js's own node transport
// (faye-websocket, bundled in pusher-js and reached through Pusher.Runtime).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startSandbox, makePusher, makeServerSdk, waitConnected, waitPusherSubscribed, rawSocket, wsUrl,
  recorder, disconnectAll, withTimeout, sleep, Pusher, pusherOptions,
} from './lib/sandbox.mjs';

const T = { timeout: 20_000 };

/** Tears down the TCP stream under a faye-websocket client, skipping the close handshake. */
function destroyTcp(ws) {
  const stream = ws._stream;
  if (stream && typeof stream.resetAndDestroy === 'function') stream.resetAndDestroy();
  else if (stream && typeof stream.destroy === 'function') stream.destroy();
  else ws.close();
}

function isError(frame) {
  return frame && frame.event === 'pusher:error';
}

function errorCode(frame) {
  const d = frame.dataParsed;
  return d && typeof d === 'object' ? d.code : undefined;
}

describe('WebSocket robustness', () => {
  let info;

  before(async () => {
    info = await startSandbox();
  }, { timeout: 25_000 });

  after(async () => {
    if (info) {
      const exit = await info.stop();
      // A clean shutdown on SIGTERM (not a crash, not SIGKILL).
      assert.ok(exit.signal === null || exit.signal === 'SIGTERM', `sandbox exit: ${JSON.stringify(exit)}`);
      assert.notEqual(exit.signal, 'SIGKILL', 'the sandbox did not stop within 5 s of SIGTERM');
    }
  }, { timeout: 10_000 });

  it('the handshake is pusher:connection_established with socket_id and activity_timeout', T, async () => {
    const sock = rawSocket(wsUrl(info));
    try {
      const hello = await sock.next();
      assert.equal(hello.event, 'pusher:connection_established', JSON.stringify(hello));
      assert.equal(typeof hello.data, 'string', 'connection_established data is a JSON string (double-encoded)');
      assert.match(hello.dataParsed.socket_id, /^\d+\.\d+$/);
      assert.ok(Number.isInteger(hello.dataParsed.activity_timeout) && hello.dataParsed.activity_timeout > 0,
        `activity_timeout must be a positive integer: ${hello.data}`);

      sock.send(JSON.stringify({ event: 'pusher:ping', data: {} }));
      const pong = await sock.next();
      assert.equal(pong.event, 'pusher:pong', JSON.stringify(pong));
    } finally {
      sock.close();
    }
  });

  it('junk frames get pusher:error, the connection and the server survive', T, async () => {
    const sock = rawSocket(wsUrl(info));
    try {
      const hello = await sock.next();
      assert.equal(hello.event, 'pusher:connection_established');

      const junk = [
        ['not JSON', 'not json'],
        ['subscribe with broken data', '{"event":"pusher:subscribe","data":"{broken"}'],
        ['a JSON array', '[]'],
        ['a non-string event', '{"event":42}'],
        ['an unknown pusher: event', '{"event":"pusher:no_such_event","data":{}}'],
        ['an unknown plain event', '{"event":"hello","data":{}}'],
        ['subscribe without a channel', '{"event":"pusher:subscribe","data":{}}'],
        ['private subscribe with a bad signature',
          JSON.stringify({ event: 'pusher:subscribe', data: { channel: 'private-x', auth: `${info.app_key}:${'0'.repeat(64)}` } })],
        ['a client event on a channel not subscribed',
          JSON.stringify({ event: 'client-typing', channel: 'private-x', data: {} })],
      ];
      for (const [what, text] of junk) {
        const before = sock.frames.length;
        sock.send(text);
        let reply;
        try {
          reply = await sock.next(undefined, 3_000);
        } catch (e) {
          assert.fail(`${what}: no reply within 3 s (sent ${text})`);
        }
        assert.ok(isError(reply) || reply.event === 'pusher:subscription_error',
          `${what}: expected pusher:error, got ${JSON.stringify(reply)} (sent ${text})`);
        if (isError(reply)) {
          const code = errorCode(reply);
          assert.ok(code === undefined || code === null || Number.isInteger(code),
            `${what}: pusher:error code must be an integer when present: ${JSON.stringify(reply)}`);
        }
        assert.equal(sock.isClosed(), false, `${what}: the socket must stay open`);
        assert.ok(sock.frames.length > before);
      }

      // Still alive: ping → pong.
      sock.send(JSON.stringify({ event: 'pusher:ping', data: {} }));
      const pong = await sock.next((f) => f.event === 'pusher:pong', 3_000);
      assert.equal(pong.event, 'pusher:pong');

      // A 200 KB frame (over any sane inbound limit): pusher:error, no crash.
      const big = JSON.stringify({ event: 'client-big', channel: 'private-x', data: { blob: 'x'.repeat(200 * 1024) } });
      sock.send(big);
      const outcome = await withTimeout(Promise.race([
        sock.next(isError, 5_000).then((f) => ({ frame: f })),
        sock.closed.then((c) => ({ closed: c })),
      ]), 6_000, 'a reply to the 200 KB frame');
      assert.ok(outcome.frame, `the 200 KB frame must get pusher:error, got close ${JSON.stringify(outcome.closed)}`);
      assert.equal(info.isRunning(), true, 'the sandbox is still running');
    } finally {
      sock.close();
    }

    // A fresh pusher-js client still connects, subscribes and receives.
    const client = makePusher(info);
    try {
      await waitConnected(client);
      const ch = client.subscribe('after-junk');
      const rec = recorder('after-junk event');
      ch.bind('ping', rec.fn);
      await waitPusherSubscribed(ch);
      await makeServerSdk(info).trigger('after-junk', 'ping', { ok: true });
      assert.deepEqual(await rec.next(), { ok: true });
    } finally {
      disconnectAll(client);
    }
  });

  it('an unknown app key gets pusher:error 4001 and close code 4001', T, async () => {
    const sock = rawSocket(wsUrl(info, 'no-such-key'));
    try {
      const first = await sock.next(undefined, 5_000);
      assert.equal(first.event, 'pusher:error', JSON.stringify(first));
      assert.equal(errorCode(first), 4001, JSON.stringify(first));
      const closed = await withTimeout(sock.closed, 5_000, 'the close after 4001');
      assert.equal(closed.code, 4001, `close code ${closed.code} (${closed.reason})`);
    } finally {
      sock.close();
    }

    // pusher-js treats 4001 as "refused": it goes to disconnected and does not retry.
    const bad = new Pusher('no-such-key', pusherOptions(info));
    try {
      const states = recorder('pusher-js state');
      bad.connection.bind('state_change', states.fn);
      await states.next((s) => s.current === 'disconnected', 5_000);
      await sleep(1_500);
      assert.equal(bad.connection.state, 'disconnected',
        `pusher-js must not reconnect after 4001: ${JSON.stringify(states.calls.map((c) => c[0]))}`);
      assert.equal(states.matching((s) => s.current === 'connected').length, 0);
    } finally {
      disconnectAll(bad);
    }
  });

  it('many clients connecting and leaving at once do not upset the server', T, async () => {
    const clients = Array.from({ length: 20 }, () => makePusher(info));
    try {
      await Promise.all(clients.map((c) => waitConnected(c, 8_000)));
      await Promise.all(clients.map((c, i) => waitPusherSubscribed(c.subscribe(`crowd-${i % 4}`), 8_000)));
      const sdk = makeServerSdk(info);
      const recs = clients.map((c, i) => {
        const r = recorder(`crowd ${i}`);
        c.channel(`crowd-${i % 4}`).bind('hello', r.fn);
        return r;
      });
      await sdk.trigger(['crowd-0', 'crowd-1', 'crowd-2', 'crowd-3'], 'hello', { all: true });
      await Promise.all(recs.map((r) => r.next()));
    } finally {
      disconnectAll(clients);
    }
    // A socket that vanishes without a close handshake (TCP reset) is dropped quietly.
    const sock = rawSocket(wsUrl(info));
    await sock.next();
    destroyTcp(sock.ws);
    await withTimeout(sock.closed, 3_000, 'the torn-down raw socket to report close');
    const client = makePusher(info);
    try {
      await waitConnected(client);
    } finally {
      disconnectAll(client);
      sock.close();
    }
    assert.equal(info.isRunning(), true);
  });
});
