// Helpers for the interop suite: start/stop the envisage-sandbox binary, talk to its
// REST API, and build the real laravel-echo / pusher-js / pusher (server SDK) clients
// against it. Everything stays on 127.0.0.1 and everything is bounded in time.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { isAbsolute } from 'node:path';
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import Echo from 'laravel-echo';
import Pusher from 'pusher-js';
import PusherServer from 'pusher';

export { Echo, Pusher, PusherServer };

export const APP_ID = 'interop-app';
export const APP_KEY = 'interop-key';
export const APP_SECRET = 'interop-secret';

export const SELLER = { email: 'seller@envisage.test', password: 'demo-seller' };
export const BUYER1 = { email: 'buyer1@envisage.test', password: 'demo-buyer' };

const STARTUP_TIMEOUT_MS = 20_000;
const STOP_GRACE_MS = 5_000;
const HTTP_TIMEOUT_MS = 10_000;
const DEFAULT_WAIT_MS = 5_000;

// Every sandbox this process started, so that a crash of the test process still kills them.
const running = new Set();
process.on('exit', () => {
  for (const child of running) {
    try { child.kill('SIGKILL'); } catch { /* already gone */ }
  }
});

export function sandboxBinary() {
  const bin = process.env.SANDBOX_BIN;
  if (!bin) throw new Error('SANDBOX_BIN is not set: point it at the envisage-sandbox binary (absolute path)');
  if (!isAbsolute(bin)) throw new Error(`SANDBOX_BIN must be an absolute path, got ${bin}`);
  if (!existsSync(bin)) throw new Error(`SANDBOX_BIN does not exist: ${bin}`);
  return bin;
}

/**
 * Starts the sandbox and resolves with
 * { api_url, ws_host, ws_port, app_id, app_key, app_secret, database, process, stderr(), stop(), exited }.
 */
export async function startSandbox(extraArgs = []) {
  const bin = sandboxBinary();
  const args = [
    '--port', '0', '--ws-port', '0',
    '--database', ':memory:', '--seed', 'demo',
    '--app-id', APP_ID, '--app-key', APP_KEY, '--app-secret', APP_SECRET,
    ...extraArgs,
  ];
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);

  let stderrText = '';
  const stdoutLines = [];
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    stderrText += chunk;
    if (stderrText.length > 64 * 1024) stderrText = stderrText.slice(-64 * 1024);
  });

  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
  let hasExited = false;
  let exitInfo = null;
  exited.then((info) => { hasExited = true; exitInfo = info; });

  const rl = createInterface({ input: child.stdout });
  const ready = new Promise((resolve, reject) => {
    let done = false;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      reject(new Error(`sandbox printed no ready line within ${STARTUP_TIMEOUT_MS} ms; stderr:\n${stderrText}`));
    }, STARTUP_TIMEOUT_MS);
    rl.on('line', (line) => {
      if (done) {
        // Keep draining stdout so the child never blocks on a full pipe.
        if (stdoutLines.length < 200) stdoutLines.push(line);
        return;
      }
      done = true;
      clearTimeout(timer);
      try {
        const info = JSON.parse(line);
        if (info.event !== 'ready') throw new Error(`first stdout line is not the ready event: ${line}`);
        resolve(info);
      } catch (e) {
        reject(new Error(`bad ready line ${JSON.stringify(line)}: ${e.message}; stderr:\n${stderrText}`));
      }
    });
    child.once('error', (e) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      reject(e);
    });
    exited.then(({ code, signal }) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      reject(new Error(`sandbox exited (code ${code}, signal ${signal}) before the ready line; stderr:\n${stderrText}`));
    });
  });

  async function stop() {
    rl.close();
    if (hasExited) return exitInfo;
    child.kill('SIGTERM');
    let killTimer;
    const killed = new Promise((resolve) => {
      killTimer = setTimeout(() => {
        if (!hasExited) child.kill('SIGKILL');
        resolve();
      }, STOP_GRACE_MS);
    });
    await Promise.race([exited, killed]);
    const info = await exited;
    clearTimeout(killTimer);
    return info;
  }

  let info;
  try {
    info = await ready;
  } catch (e) {
    await stop();
    throw e;
  }

  for (const field of ['api_url', 'ws_host', 'ws_port', 'app_id', 'app_key']) {
    if (info[field] === undefined) {
      await stop();
      throw new Error(`ready line lacks "${field}": ${JSON.stringify(info)}`);
    }
  }
  const apiUrl = new URL(info.api_url);
  if (apiUrl.hostname !== '127.0.0.1' || info.ws_host !== '127.0.0.1') {
    await stop();
    throw new Error(`sandbox must listen on 127.0.0.1 only, ready line says ${JSON.stringify(info)}`);
  }

  return {
    ...info,
    api_url: info.api_url.replace(/\/+$/, ''),
    ws_port: Number(info.ws_port),
    app_secret: APP_SECRET,
    process: child,
    stderr: () => stderrText,
    stdoutAfterReady: () => stdoutLines.slice(),
    isRunning: () => !hasExited,
    exited,
    stop,
  };
}

// ---------------------------------------------------------------------------------------
// REST

/** fetch against the sandbox API; resolves with { status, headers, body } (body parsed if JSON). */
export async function api(info, token, method, path, body, headers = {}) {
  const h = { Accept: 'application/json', ...headers };
  if (token) h.Authorization = `Bearer ${token}`;
  let payload;
  if (body !== undefined && body !== null) {
    h['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const res = await fetch(info.api_url + path, {
    method,
    headers: h,
    body: payload,
    signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
  });
  const text = await res.text();
  let parsed = text;
  if (text.length > 0) {
    try { parsed = JSON.parse(text); } catch { /* keep text */ }
  } else {
    parsed = null;
  }
  return { status: res.status, headers: res.headers, body: parsed };
}

/** POST /api/login → { token, user } (throws on anything but 200). */
export async function login(info, email, password) {
  const res = await api(info, null, 'POST', '/api/login', {
    email,
    password,
    device_name: 'interop-tests',
  });
  if (res.status !== 200) {
    throw new Error(`login ${email} answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
  if (typeof res.body?.token !== 'string' || typeof res.body?.user?.id !== 'number') {
    throw new Error(`login ${email}: unexpected body ${JSON.stringify(res.body)}`);
  }
  return { token: res.body.token, user: res.body.user };
}

/** A conversation of buyer1 whose seller is the given email (via GET /api/conversations). */
export async function findConversation(info, buyerToken, sellerEmail) {
  for (let page = 1; page <= 10; page++) {
    const res = await api(info, buyerToken, 'GET', `/api/conversations?page=${page}&per_page=100`);
    if (res.status !== 200) throw new Error(`GET /api/conversations answered ${res.status}: ${JSON.stringify(res.body)}`);
    const hit = res.body.data.find((c) => c?.seller?.email === sellerEmail);
    if (hit) return hit;
    if (!res.body.last_page || page >= res.body.last_page) break;
  }
  throw new Error(`no conversation with seller ${sellerEmail} in the buyer's list`);
}

export function newClientId() {
  return randomUUID();
}

// ---------------------------------------------------------------------------------------
// WebSocket clients

/** Options shared by every pusher-js client (also what Echo hands to pusher-js). */
export function pusherOptions(info, extra = {}) {
  return {
    cluster: 'mt1',
    wsHost: '127.0.0.1',
    wsPort: info.ws_port,
    wssPort: info.ws_port,
    forceTLS: false,
    enabledTransports: ['ws'],
    disableStats: true,
    ...extra,
  };
}

/**
 * The frontend's Echo, as the seed guide builds it, pointed at the sandbox. laravel-echo 2.x
 * takes the Pusher class from `options.Pusher` (then `window.Pusher`); Node has no window.
 */
export function makeEcho({ token, info, ...extra }) {
  return new Echo({
    broadcaster: 'pusher',
    key: info.app_key,
    ...pusherOptions(info),
    authEndpoint: `${info.api_url}/broadcasting/auth`,
    auth: {
      headers: {
        Authorization: `Bearer ${token}`,
        Accept: 'application/json',
      },
    },
    Pusher,
    ...extra,
  });
}

/** A plain pusher-js client. */
export function makePusher(info, extra = {}) {
  return new Pusher(info.app_key, pusherOptions(info, extra));
}

/** The pusher npm server SDK pointed at the sandbox's Pusher HTTP API. */
export function makeServerSdk(info, overrides = {}) {
  return new PusherServer({
    appId: info.app_id,
    key: info.app_key,
    secret: info.app_secret,
    host: '127.0.0.1',
    port: info.ws_port,
    useTLS: false,
    timeout: HTTP_TIMEOUT_MS,
    ...overrides,
  });
}

function pusherOf(client) {
  // Echo → its pusher-js instance; a pusher-js instance is itself.
  return client?.connector?.pusher ?? client;
}

/** Resolves with the socket id once the client (Echo or pusher-js) is connected. */
export function waitConnected(client, ms = DEFAULT_WAIT_MS) {
  const pusher = pusherOf(client);
  if (pusher.connection.state === 'connected') return Promise.resolve(pusher.connection.socket_id);
  return withTimeout(new Promise((resolve, reject) => {
    const onConnected = () => {
      cleanup();
      resolve(pusher.connection.socket_id);
    };
    const onState = ({ current }) => {
      if (current === 'failed' || current === 'disconnected') {
        cleanup();
        reject(new Error(`connection went ${current}`));
      }
    };
    const cleanup = () => {
      pusher.connection.unbind('connected', onConnected);
      pusher.connection.unbind('state_change', onState);
    };
    pusher.connection.bind('connected', onConnected);
    pusher.connection.bind('state_change', onState);
  }), ms, 'connection to the sandbox WebSocket');
}

/**
 * Resolves when an Echo channel is subscribed; rejects with the subscription error.
 * Call right after echo.private()/join() (before the subscription can complete).
 */
export function waitSubscribed(echoChannel, ms = DEFAULT_WAIT_MS) {
  return withTimeout(new Promise((resolve, reject) => {
    echoChannel.subscribed(() => resolve());
    echoChannel.error((err) => reject(Object.assign(new Error(`subscription error: ${JSON.stringify(err)}`), { detail: err })));
  }), ms, `subscription to ${echoChannel.name}`);
}

/** Same for a raw pusher-js channel. */
export function waitPusherSubscribed(channel, ms = DEFAULT_WAIT_MS) {
  if (channel.subscribed) return Promise.resolve();
  return withTimeout(new Promise((resolve, reject) => {
    channel.bind('pusher:subscription_succeeded', () => resolve());
    channel.bind('pusher:subscription_error', (err) => reject(Object.assign(new Error(`subscription error: ${JSON.stringify(err)}`), { detail: err })));
  }), ms, `subscription to ${channel.name}`);
}

/**
 * A recorder of callback invocations: `rec.fn` is the callback to hand to a library,
 * `rec.next(pred, ms)` awaits the next (or an already recorded, unconsumed) call
 * matching pred, `rec.calls` is every call's argument list.
 */
export function recorder(label = 'event') {
  const calls = [];
  const consumed = new Set();
  const waiters = [];
  const fn = (...args) => {
    calls.push(args);
    const index = calls.length - 1;
    for (const w of [...waiters]) {
      if (consumed.has(index)) break;
      if (w.pred(...args)) {
        consumed.add(index);
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(args);
      }
    }
  };
  /** Resolves with the whole argument list of the next matching call. */
  function nextArgs(pred = () => true, ms = DEFAULT_WAIT_MS) {
    for (let i = 0; i < calls.length; i++) {
      if (!consumed.has(i) && pred(...calls[i])) {
        consumed.add(i);
        return Promise.resolve(calls[i]);
      }
    }
    let waiter;
    const p = new Promise((resolve) => {
      waiter = { pred, resolve };
      waiters.push(waiter);
    });
    return withTimeout(p, ms, label).finally(() => {
      const i = waiters.indexOf(waiter);
      if (i >= 0) waiters.splice(i, 1);
    });
  }
  /** Resolves with the first argument of the next matching call. */
  function next(pred = () => true, ms = DEFAULT_WAIT_MS) {
    return nextArgs(pred, ms).then((args) => args[0]);
  }
  function matching(pred = () => true) {
    return calls.filter((args) => pred(...args)).map((args) => args[0]);
  }
  return { fn, calls, next, nextArgs, matching, label };
}

/** Rejects with a descriptive error when p does not settle within ms. */
export function withTimeout(p, ms, what = 'operation') {
  let timer;
  const t = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Disconnects Echo / pusher-js clients, ignoring those already gone. */
export function disconnectAll(...clients) {
  for (const c of clients.flat()) {
    if (!c) continue;
    try { c.disconnect(); } catch { /* ignore */ }
  }
}

// ---------------------------------------------------------------------------------------
// Raw WebSocket (pusher-js's own transport: faye-websocket bundled in its node build,
// reached through Pusher.Runtime, so no extra dependency is needed).

export function wsUrl(info, key = info.app_key) {
  return `ws://127.0.0.1:${info.ws_port}/app/${encodeURIComponent(key)}?protocol=7&client=js&version=8&flash=false`;
}

/**
 * Opens a raw WebSocket. Returns { ws, frames (parsed list), next(pred, ms), send(text),
 * closed (promise of {code, reason}), close() }.
 */
export function rawSocket(url) {
  const ws = Pusher.Runtime.createWebSocket(url);
  const frames = recorder('raw frame');
  const all = [];
  let resolveClosed;
  const closed = new Promise((resolve) => { resolveClosed = resolve; });
  let isClosed = false;
  ws.onmessage = (e) => {
    let frame;
    try {
      frame = JSON.parse(e.data);
    } catch {
      frame = { unparsable: String(e.data) };
    }
    if (frame && typeof frame.data === 'string') {
      try { frame.dataParsed = JSON.parse(frame.data); } catch { frame.dataParsed = frame.data; }
    } else if (frame) {
      frame.dataParsed = frame.data;
    }
    all.push(frame);
    frames.fn(frame);
  };
  ws.onclose = (e) => {
    isClosed = true;
    resolveClosed({ code: e.code, reason: e.reason });
  };
  ws.onerror = () => { /* onclose follows */ };
  return {
    ws,
    frames: all,
    next: (pred, ms) => frames.next(pred, ms),
    send: (text) => ws.send(text),
    closed,
    isClosed: () => isClosed,
    close: () => { if (!isClosed) try { ws.close(); } catch { /* ignore */ } },
  };
}

// ---------------------------------------------------------------------------------------
// Contract shapes (marketplace-api.md)

export const TIMESTAMP_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
