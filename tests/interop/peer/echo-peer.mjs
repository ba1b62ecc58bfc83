#!/usr/bin/env node
// A laravel-echo + pusher-js peer that another program (tests/common/EchoPeer) drives
// over pipes: one JSON object per line on stdin, one JSON object per line on stdout.
// It signs in through the sandbox's REST API, connects Echo exactly as the marketplace
// frontend does, and reports everything Echo hands it. Exits when stdin closes.
//
//   node echo-peer.mjs --api-url http://127.0.0.1:PORT --ws-host 127.0.0.1 --ws-port PORT \
//        --app-key KEY --app-id ID --app-secret SECRET --email E --password P
//   (each flag may instead come from ECHO_PEER_API_URL, ECHO_PEER_WS_HOST, … ECHO_PEER_PASSWORD)
//
// Commands (stdin). Every command may carry "id"; it is copied into the answer.
//   {"cmd":"channel","channel":"news","listen":[".sdk-event"]}                 echo.channel()
//   {"cmd":"private","channel":"conversation.5","listen":[".message.sent"],"whispers":["typing"]}
//   {"cmd":"join","channel":"online","listen":[…],"whispers":[…]}              echo.join()
//   {"cmd":"whisper","channel":"private-conversation.5","event":"typing","data":{…}}
//   {"cmd":"trigger-sdk","channels":["news"],"event":"sdk-event","data":{…},"socket_id"?:"1.2"}
//   {"cmd":"channel-info","channel":"private-conversation.5","info"?:"subscription_count"}
//                                                   the SDK's GET /channels/{name}; answers status, body
//   {"cmd":"send","conversation_id":5,"body":"…","client_id"?:"…","attachment_ids"?:["uuid",…]}
//                                                   POST /api/conversations/5/messages as this user,
//                                                   with this Echo's X-Socket-ID; answers status, body
//   {"cmd":"upload","name":"a.png","mime"?:"image/png","client_id"?:"…",
//    "base64":"…" | "generate":{"bytes":N}}        POST /api/attachments as the frontend would:
//                                                   fetch + FormData with a Blob of those bytes (or N
//                                                   bytes of a fixed pattern); answers status, body,
//                                                   size, sha256 (hex, of the bytes sent)
//   {"cmd":"download","url":"/api/attachments/…" | absolute, "token"?:"…"}
//                                                   GET with this peer's bearer token (or "token");
//                                                   answers status, content_type, size, sha256, body
//                                                   (parsed when JSON, else null)
//   {"cmd":"typing","conversation_id":5}            POST /api/conversations/5/typing, likewise
//   {"cmd":"leave","channel":"online" | "presence-online"}                     leave / leaveChannel
//   {"cmd":"ping"}
//   {"cmd":"quit"}
// Answers (stdout):
//   {"type":"ready","socketId","user":{…}}            signed in and connected
//   {"type":"done","cmd","id",…}                       a command completed
//   {"type":"error","cmd","id","message"}              a command failed
//   {"type":"subscribed","channel"}                    Echo's .subscribed()
//   {"type":"subscription-error","channel","error"}    Echo's .error()
//   {"type":"event","channel","event","data"}          a .listen() callback
//   {"type":"whisper","channel","event","data"}        a .listenForWhisper() callback
//   {"type":"here","channel","users","members"}        .here() (members: [{id, info}])
//   {"type":"joining"|"leaving","channel","user"}      .joining() / .leaving()
//   {"type":"connection","state"}                      pusher-js state changes after ready
//   {"type":"fatal","message"}                         then exit code 2
import { createHash, randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import Echo from 'laravel-echo';
import Pusher from 'pusher-js';
import PusherServer from 'pusher';

const HTTP_TIMEOUT_MS = 10_000;
const CONNECT_TIMEOUT_MS = 10_000;
// A peer forgotten by a crashed driver must not live forever.
const MAX_LIFETIME_MS = Number(process.env.ECHO_PEER_MAX_LIFETIME_MS ?? 120_000);

// stdout carries the protocol only: library chatter goes to stderr.
for (const level of ['log', 'info', 'warn', 'debug']) {
  console[level] = (...args) => process.stderr.write(`${args.map(String).join(' ')}\n`);
}

function send(message) {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

let echo = null;

function shutdown(code) {
  try { echo?.disconnect(); } catch { /* already gone */ }
  process.exit(code);
}

function fatal(message) {
  send({ type: 'fatal', message });
  shutdown(2);
}

const lifetime = setTimeout(() => fatal(`still running after ${MAX_LIFETIME_MS} ms; giving up`), MAX_LIFETIME_MS);
lifetime.unref();
process.on('unhandledRejection', (e) => fatal(`unhandled rejection: ${e?.stack ?? e}`));
process.on('uncaughtException', (e) => fatal(`uncaught exception: ${e?.stack ?? e}`));

function settings() {
  const flags = ['api-url', 'ws-host', 'ws-port', 'app-key', 'app-id', 'app-secret', 'email', 'password'];
  const { values } = parseArgs({
    options: Object.fromEntries(flags.map((f) => [f, { type: 'string' }])),
    strict: true,
  });
  const result = {};
  for (const flag of flags) {
    const value = values[flag] ?? process.env[`ECHO_PEER_${flag.toUpperCase().replace('-', '_')}`];
    if (!value) throw new Error(`missing --${flag}`);
    result[flag] = value;
  }
  result['api-url'] = result['api-url'].replace(/\/+$/, '');
  result['ws-port'] = Number(result['ws-port']);
  return result;
}

async function login(config) {
  const res = await fetch(`${config['api-url']}/api/login`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: config.email, password: config.password, device_name: 'echo-peer' }),
    signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
  });
  const body = await res.json().catch(() => null);
  if (res.status !== 200 || typeof body?.token !== 'string')
    throw new Error(`POST /api/login answered ${res.status}: ${JSON.stringify(body)}`);
  return body;
}

function waitConnected(pusher) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not connected after ${CONNECT_TIMEOUT_MS} ms`)),
      CONNECT_TIMEOUT_MS);
    pusher.connection.bind('connected', () => {
      clearTimeout(timer);
      resolve(pusher.connection.socket_id);
    });
    pusher.connection.bind('state_change', ({ current }) => {
      if (current === 'failed') {
        clearTimeout(timer);
        reject(new Error('connection failed'));
      }
    });
  });
}

function listenOn(channel, command) {
  channel.subscribed(() => send({ type: 'subscribed', channel: channel.name }));
  channel.error((error) => send({ type: 'subscription-error', channel: channel.name, error }));
  for (const event of command.listen ?? []) {
    channel.listen(event, (data) => send({ type: 'event', channel: channel.name, event, data }));
  }
  for (const event of command.whispers ?? []) {
    channel.listenForWhisper(event, (data) => send({ type: 'whisper', channel: channel.name, event, data }));
  }
  return channel;
}

function joinPresence(command) {
  const channel = listenOn(echo.join(command.channel), command);
  channel.here((users) => {
    const members = [];
    channel.subscription.members.each((member) => members.push({ id: member.id, info: member.info }));
    send({ type: 'here', channel: channel.name, users, members });
  });
  channel.joining((user) => send({ type: 'joining', channel: channel.name, user }));
  channel.leaving((user) => send({ type: 'leaving', channel: channel.name, user }));
}

function whisper(command) {
  const channel = echo.connector.channels[command.channel];
  if (!channel) throw new Error(`not on ${command.channel} (use the full Pusher name)`);
  if (!channel.subscription?.subscribed) throw new Error(`${command.channel} is not subscribed yet`);
  channel.whisper(command.event, command.data ?? {});
}

function leave(command) {
  if (/^(private|presence)-/.test(command.channel) || echo.connector.channels[command.channel])
    echo.leaveChannel(command.channel);
  else
    echo.leave(command.channel);
}

// A REST call as the signed-in user, toOthers() as the frontend's axios does it.
async function api(context, method, path, body) {
  const res = await fetch(`${context.config['api-url']}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: `Bearer ${context.session.token}`,
      'X-Socket-ID': echo.socketId(),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
  });
  const text = await res.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = text; }
  return { status: res.status, body: json };
}

// The bytes of an upload command: base64 as given, or a fixed pattern of N bytes.
function uploadBytes(command) {
  if (typeof command.base64 === 'string') return Buffer.from(command.base64, 'base64');
  const count = command.generate?.bytes;
  if (!Number.isInteger(count) || count < 0) throw new Error('upload needs base64 or generate.bytes');
  const bytes = Buffer.alloc(count);
  for (let i = 0; i < count; i++) bytes[i] = (i * 31 + 7) & 0xff;
  return bytes;
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

// POST /api/attachments with multipart/form-data, built by Node's own FormData (undici
// writes the boundary and the part headers, as a browser does).
async function upload(context, command) {
  const bytes = uploadBytes(command);
  const form = new FormData();
  form.append('file', new Blob([bytes], { type: command.mime ?? 'application/octet-stream' }),
    command.name ?? 'upload.bin');
  form.append('client_id', command.client_id ?? randomUUID());
  const res = await fetch(`${context.config['api-url']}/api/attachments`, {
    method: 'POST',
    headers: { Accept: 'application/json', Authorization: `Bearer ${context.session.token}` },
    body: form,
    signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
  });
  const text = await res.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = text; }
  return { status: res.status, body: json, size: bytes.length, sha256: sha256(bytes) };
}

// GET an attachment (or its thumbnail); the URL may be relative to the API, as the
// contract allows.
async function download(context, command) {
  if (typeof command.url !== 'string') throw new Error('download needs url');
  const url = new URL(command.url, `${context.config['api-url']}/`);
  const res = await fetch(url, {
    headers: { Authorization: `Bearer ${command.token ?? context.session.token}` },
    signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  const contentType = res.headers.get('content-type');
  let body = null;
  if (contentType?.includes('json')) {
    try { body = JSON.parse(bytes.toString('utf8')); } catch { body = null; }
  }
  return { status: res.status, content_type: contentType, size: bytes.length, sha256: sha256(bytes), body };
}

function conversationPath(command, tail) {
  if (!Number.isInteger(command.conversation_id)) throw new Error('conversation_id must be an integer');
  return `/api/conversations/${command.conversation_id}/${tail}`;
}

async function run(command, context) {
  const { sdk } = context;
  switch (command.cmd) {
    case 'channel': listenOn(echo.channel(command.channel), command); return {};
    case 'private': listenOn(echo.private(command.channel), command); return {};
    case 'join': joinPresence(command); return {};
    case 'whisper': whisper(command); return {};
    case 'leave': leave(command); return {};
    case 'ping': return {};
    case 'trigger-sdk': {
      const params = command.socket_id ? { socket_id: command.socket_id } : undefined;
      const res = await sdk.trigger(command.channels, command.event, command.data, params);
      return { status: res.status };
    }
    case 'channel-info': {
      const res = await sdk.get({
        path: `/channels/${encodeURIComponent(command.channel)}`,
        params: { info: command.info ?? 'subscription_count' },
      });
      return { status: res.status, body: await res.json() };
    }
    case 'send': {
      const message = { body: command.body };
      if (command.client_id) message.client_id = command.client_id;
      if (command.attachment_ids) message.attachment_ids = command.attachment_ids;
      return api(context, 'POST', conversationPath(command, 'messages'), message);
    }
    case 'typing': return api(context, 'POST', conversationPath(command, 'typing'), {});
    case 'upload': return upload(context, command);
    case 'download': return download(context, command);
    case 'quit': shutdown(0); return {};
    default: throw new Error(`unknown command ${JSON.stringify(command.cmd)}`);
  }
}

async function main() {
  let config;
  try {
    config = settings();
  } catch (e) {
    return fatal(e.message);
  }
  const sdk = new PusherServer({
    appId: config['app-id'],
    key: config['app-key'],
    secret: config['app-secret'],
    host: config['ws-host'],
    port: config['ws-port'],
    useTLS: false,
    timeout: HTTP_TIMEOUT_MS,
  });

  // Commands may arrive before we are ready: queue them until then, in order.
  const queue = [];
  const context = { sdk, config, session: null };
  let ready = false;
  let chain = Promise.resolve();
  const input = createInterface({ input: process.stdin });
  input.on('close', () => shutdown(0));
  const handle = (line) => {
    let command;
    try {
      command = JSON.parse(line);
    } catch {
      send({ type: 'error', cmd: null, message: `not JSON: ${line}` });
      return;
    }
    chain = chain.then(() => run(command, context))
      .then((extra) => send({ type: 'done', cmd: command.cmd, id: command.id, ...extra }))
      .catch((e) => send({ type: 'error', cmd: command.cmd, id: command.id, message: e?.message ?? String(e) }));
  };
  input.on('line', (line) => {
    if (line.trim() === '') return;
    if (ready) handle(line);
    else queue.push(line);
  });

  let session;
  try {
    session = await login(config);
  } catch (e) {
    return fatal(e.message);
  }
  context.session = session;
  echo = new Echo({
    broadcaster: 'pusher',
    key: config['app-key'],
    cluster: 'mt1',
    wsHost: config['ws-host'],
    wsPort: config['ws-port'],
    forceTLS: false,
    enabledTransports: ['ws'],
    disableStats: true,
    authEndpoint: `${config['api-url']}/broadcasting/auth`,
    auth: { headers: { Authorization: `Bearer ${session.token}`, Accept: 'application/json' } },
    Pusher,
  });
  const pusher = echo.connector.pusher;
  let socketId;
  try {
    socketId = await waitConnected(pusher);
  } catch (e) {
    return fatal(e.message);
  }
  pusher.connection.bind('state_change', ({ current }) => send({ type: 'connection', state: current }));
  send({ type: 'ready', socketId, user: session.user });
  ready = true;
  for (const line of queue.splice(0)) handle(line);
}

main();
