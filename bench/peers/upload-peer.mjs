#!/usr/bin/env node
// The marketplace web frontend's upload, for bench-attachments to compare against: signs
// in, then uploads the given files one after another with fetch + FormData (a Blob of the
// file's bytes, as a browser builds it from an <input type=file>), `--rounds` times, each
// round timed from reading the first file to the last answer; then, untimed, the round's
// uploads are sent with a message to --conversation, as the app does, so that none is left
// waiting (the server keeps at most 50 per user). Prints one JSON line:
//   {"event":"summary","rounds":[{"wall_ms":…,"cpu_ms":…,"bytes":…},…]}
// or {"event":"error","message":…} and exits 1.
//   node upload-peer.mjs --api-url URL --email E --password P --rounds N --mime TYPE
//                        --conversation ID FILE…
import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';

const HTTP_TIMEOUT_MS = 120000;

function fail(message) {
  process.stdout.write(JSON.stringify({ event: 'error', message }) + '\n');
  process.exit(1);
}

async function login(apiUrl, email, password) {
  const res = await fetch(`${apiUrl}/api/login`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password, device_name: 'bench-upload-peer' }),
    signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
  });
  const body = await res.json().catch(() => null);
  if (res.status !== 200 || typeof body?.token !== 'string')
    throw new Error(`POST /api/login answered ${res.status}`);
  return body.token;
}

async function upload(apiUrl, token, path, mime) {
  const bytes = await readFile(path);
  const form = new FormData();
  form.append('file', new Blob([bytes], { type: mime }), basename(path));
  form.append('client_id', randomUUID());
  const res = await fetch(`${apiUrl}/api/attachments`, {
    method: 'POST',
    headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
    body: form,
    signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
  });
  const body = await res.json().catch(() => null);
  if (res.status !== 201) throw new Error(`POST /api/attachments answered ${res.status}`);
  return { bytes: bytes.length, id: body?.data?.id };
}

async function post(apiUrl, token, conversation, ids) {
  const res = await fetch(`${apiUrl}/api/conversations/${conversation}/messages`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json',
      Authorization: `Bearer ${token}` },
    body: JSON.stringify({ body: '', client_id: randomUUID(), attachment_ids: ids }),
    signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
  });
  await res.arrayBuffer();
  if (res.status !== 201) throw new Error(`POST …/messages answered ${res.status}`);
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'api-url': { type: 'string' }, email: { type: 'string' },
      password: { type: 'string' }, rounds: { type: 'string', default: '3' },
      mime: { type: 'string', default: 'image/jpeg' }, conversation: { type: 'string' },
    },
  });
  const rounds = Number.parseInt(values.rounds, 10);
  if (!values['api-url'] || !values.email || !values.password || !values.conversation
      || positionals.length === 0 || !(rounds >= 1 && rounds <= 1000))
    fail('usage: upload-peer.mjs --api-url URL --email E --password P --rounds N --mime TYPE '
      + '--conversation ID FILE…');
  const token = await login(values['api-url'], values.email, values.password);
  const results = [];
  for (let round = 0; round < rounds; round++) {
    const cpuBefore = process.cpuUsage();
    const start = process.hrtime.bigint();
    let bytes = 0;
    const ids = [];
    for (const path of positionals) {
      const uploaded = await upload(values['api-url'], token, path, values.mime);
      bytes += uploaded.bytes;
      ids.push(uploaded.id);
    }
    const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    const cpu = process.cpuUsage(cpuBefore);
    results.push({ wall_ms: wallMs, cpu_ms: (cpu.user + cpu.system) / 1000, bytes });
    await post(values['api-url'], token, values.conversation, ids);
  }
  process.stdout.write(JSON.stringify({ event: 'summary', rounds: results }) + '\n');
}

main().catch((error) => fail(String(error?.message ?? error)));
