// Keep-alive and shutdown (pusher-protocol.md §2.2–2.3): pusher-js answers the server's
// pusher:ping and stays connected; a client that never answers is closed with 4201;
// SIGTERM ends every connection with 4200 ("reconnect shortly") and a clean exit.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startSandbox, makePusher, waitConnected, waitPusherSubscribed, rawSocket, wsUrl, recorder,
  sleep, disconnectAll, withTimeout,
} from './lib/sandbox.mjs';

const T = { timeout: 15_000 };

describe('keep-alive with short server timers', () => {
  let info;

  before(async () => {
    info = await startSandbox(['--ping-interval-ms', '300', '--pong-timeout-ms', '600']);
  }, { timeout: 25_000 });

  after(async () => {
    if (info) await info.stop();
  }, { timeout: 10_000 });

  it('pusher-js answers the server\'s pusher:ping and keeps its connection', T, async () => {
    const client = makePusher(info);
    try {
      const socketId = await waitConnected(client);
      const states = recorder('state_change');
      const frames = recorder('frames');
      client.connection.bind('state_change', states.fn);
      client.connection.bind('message', frames.fn);
      const ch = client.subscribe('keepalive');
      await waitPusherSubscribed(ch);

      await sleep(2_500);
      assert.ok(frames.matching((m) => m.event === 'pusher:ping').length >= 2,
        `the server pings a silent connection: ${JSON.stringify(frames.calls.map((c) => c[0].event))}`);
      assert.equal(states.calls.length, 0, `no state change: ${JSON.stringify(states.calls)}`);
      assert.equal(client.connection.state, 'connected');
      assert.equal(client.connection.socket_id, socketId, 'the same connection all along');
    } finally {
      disconnectAll(client);
    }
  });

  it('a client that never answers pings gets pusher:error 4201 and close 4201', T, async () => {
    const sock = rawSocket(wsUrl(info));
    try {
      const hello = await sock.next();
      assert.equal(hello.event, 'pusher:connection_established');
      const ping = await sock.next((f) => f.event === 'pusher:ping', 3_000);
      assert.equal(ping.event, 'pusher:ping');
      const err = await sock.next((f) => f.event === 'pusher:error', 3_000);
      assert.equal(err.dataParsed?.code, 4201, JSON.stringify(err));
      const closed = await withTimeout(sock.closed, 3_000, 'close after 4201');
      assert.equal(closed.code, 4201, JSON.stringify(closed));
    } finally {
      sock.close();
    }
  });
});

describe('shutdown', () => {
  it('SIGTERM sends pusher:error 4200 + close 4200 to clients and exits 0', T, async () => {
    const info = await startSandbox();
    const sock = rawSocket(wsUrl(info));
    const client = makePusher(info);
    try {
      await sock.next();
      await waitConnected(client);
      const states = recorder('state_change');
      client.connection.bind('state_change', states.fn);

      const exit = await info.stop();
      assert.deepEqual(exit, { code: 0, signal: null }, 'a clean exit on SIGTERM');
      const err = await sock.next((f) => f.event === 'pusher:error', 2_000);
      assert.equal(err.dataParsed?.code, 4200, JSON.stringify(err));
      const closed = await withTimeout(sock.closed, 2_000, 'close on shutdown');
      assert.equal(closed.code, 4200, JSON.stringify(closed));
      // pusher-js reacts to 4200 with an immediate reconnect attempt.
      await states.next((s) => s.current === 'connecting', 3_000);
    } finally {
      disconnectAll(client);
      sock.close();
      await info.stop();
    }
  });
});
