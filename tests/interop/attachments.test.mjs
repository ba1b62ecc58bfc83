// Attachments (marketplace-api.md §4) as the marketplace frontend would send them: Node's
// fetch with FormData and a Blob, the same calls a browser makes. A buyer uploads a PNG
// drawn here and posts it; the seller's Echo gets .message.sent with it; both download it
// byte for byte; another buyer gets 403; a renamed non-image is refused with 422.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import {
  startSandbox, login, api, findConversation, makeEcho, waitSubscribed, recorder,
  disconnectAll, newClientId, SELLER, BUYER1,
} from './lib/sandbox.mjs';
import { assertMessage, assertAttachment } from './lib/contract.mjs';

const T = { timeout: 15_000 };
const BUYER2 = { email: 'buyer2@envisage.test', password: 'demo-buyer' };

// A small valid PNG (RGB, 8 bits), encoded here so that no binary file is needed.
function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function drawPng(width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3); // filter byte 0, then pixels
    for (let x = 0; x < width; x++) row.set([(x * 255) / width, (y * 255) / height, 128], 1 + x * 3);
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

async function upload(info, token, bytes, name, type, clientId = newClientId()) {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), name);
  form.append('client_id', clientId);
  const res = await fetch(`${info.api_url}/api/attachments`, {
    method: 'POST',
    headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
    body: form,
    signal: AbortSignal.timeout(10_000),
  });
  return { status: res.status, body: await res.json() };
}

async function download(info, token, url) {
  const res = await fetch(new URL(url, `${info.api_url}/`), {
    headers: { Authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(10_000),
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get('content-type'), bytes };
}

describe('attachments with fetch + FormData, broadcast through Echo', () => {
  let info;
  let seller;
  let buyer;
  let stranger;
  let conversation;

  before(async () => {
    info = await startSandbox();
    seller = await login(info, SELLER.email, SELLER.password);
    buyer = await login(info, BUYER1.email, BUYER1.password);
    stranger = await login(info, BUYER2.email, BUYER2.password);
    conversation = await findConversation(info, buyer.token, SELLER.email);
  }, { timeout: 25_000 });

  after(async () => {
    if (info) await info.stop();
  }, { timeout: 10_000 });

  it('upload, post with attachment_ids, .message.sent carries it, participants download it, others get 403', T, async () => {
    const echo = makeEcho({ token: seller.token, info });
    try {
      const channel = echo.private(`conversation.${conversation.id}`);
      const messages = recorder('.message.sent');
      channel.listen('.message.sent', messages.fn);
      await waitSubscribed(channel);

      const png = drawPng(64, 48);
      const clientId = newClientId();
      const uploaded = await upload(info, buyer.token, png, 'chair.png', 'image/png', clientId);
      assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
      const attachment = uploaded.body.data;
      assertAttachment(attachment, 'POST /api/attachments data');
      assert.equal(attachment.mime, 'image/png');
      assert.equal(attachment.size, png.length);
      assert.equal(attachment.width, 64);
      assert.equal(attachment.height, 48);
      assert.equal(attachment.name, 'chair.png');
      // The same client_id again: 200 with the same attachment.
      const again = await upload(info, buyer.token, png, 'chair.png', 'image/png', clientId);
      assert.equal(again.status, 200);
      assert.deepEqual(again.body.data, attachment);

      const posted = await api(info, buyer.token, 'POST', `/api/conversations/${conversation.id}/messages`,
        { body: '', client_id: newClientId(), attachment_ids: [attachment.id] });
      assert.equal(posted.status, 201, JSON.stringify(posted.body));
      assertMessage(posted.body.data, 'POST messages data');
      assert.deepEqual(posted.body.data.attachments, [attachment]);

      const got = await messages.next((m) => m.id === posted.body.data.id);
      assertMessage(got, 'message.sent data');
      assert.deepEqual(got.attachments, [attachment], 'the broadcast carries the attachment');

      for (const who of [seller, buyer]) {
        const file = await download(info, who.token, got.attachments[0].url);
        assert.equal(file.status, 200);
        assert.equal(file.type, 'image/png');
        assert.equal(sha256(file.bytes), sha256(png));
      }
      const thumbnail = await download(info, seller.token, got.attachments[0].thumbnail_url);
      assert.equal(thumbnail.status, 200);
      assert.equal(thumbnail.type, 'image/jpeg');

      const refused = await download(info, stranger.token, got.attachments[0].url);
      assert.equal(refused.status, 403);
      assert.equal((await download(info, stranger.token, got.attachments[0].thumbnail_url)).status, 403);
    } finally {
      disconnectAll(echo);
    }
  });

  it('a renamed non-image is refused (422 on file), and a used id cannot be attached again', T, async () => {
    const fake = await upload(info, buyer.token, Buffer.from('MZ not a picture at all'), 'photo.jpg', 'image/jpeg');
    assert.equal(fake.status, 422);
    assert.ok(Array.isArray(fake.body.errors?.file), JSON.stringify(fake.body));

    const uploaded = await upload(info, buyer.token, drawPng(8, 8), 'small.png', 'image/png');
    assert.equal(uploaded.status, 201);
    const path = `/api/conversations/${conversation.id}/messages`;
    const ids = [uploaded.body.data.id];
    const first = await api(info, buyer.token, 'POST', path, { body: 'one', attachment_ids: ids });
    assert.equal(first.status, 201);
    const second = await api(info, buyer.token, 'POST', path, { body: 'two', attachment_ids: ids });
    assert.equal(second.status, 422);
    // Nor can the seller attach the buyer's upload.
    const foreign = await upload(info, buyer.token, drawPng(4, 4), 'tiny.png', 'image/png');
    const bySeller = await api(info, seller.token, 'POST', path,
      { body: 'mine?', attachment_ids: [foreign.body.data.id] });
    assert.equal(bySeller.status, 422);
  });
});
