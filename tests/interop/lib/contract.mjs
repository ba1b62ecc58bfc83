// Shape checks for the JSON of marketplace-api.md (sections 1–3).
import assert from 'node:assert/strict';
import { TIMESTAMP_RE } from './sandbox.mjs';

function isNullOr(value, type) {
  return value === null || typeof value === type;
}

export function assertTimestamp(value, what) {
  assert.equal(typeof value, 'string', `${what} must be an ISO 8601 string, got ${JSON.stringify(value)}`);
  assert.match(value, TIMESTAMP_RE, `${what} must be ISO 8601 UTC with a Z suffix`);
}

export function assertUser(u, what = 'User') {
  assert.equal(typeof u, 'object', `${what} must be an object`);
  assert.ok(u !== null, `${what} must not be null`);
  assert.ok(Number.isInteger(u.id), `${what}.id must be an integer: ${JSON.stringify(u)}`);
  assert.equal(typeof u.name, 'string', `${what}.name`);
  assert.equal(typeof u.email, 'string', `${what}.email`);
  assert.ok(['seller', 'buyer'].includes(u.role), `${what}.role must be seller|buyer: ${JSON.stringify(u.role)}`);
  assert.ok('avatar_url' in u && isNullOr(u.avatar_url, 'string'), `${what}.avatar_url must be null or a string`);
  assert.ok('last_seen_at' in u, `${what}.last_seen_at must be present`);
  if (u.last_seen_at !== null) assertTimestamp(u.last_seen_at, `${what}.last_seen_at`);
}

export const MESSAGE_KEYS = ['attachments', 'body', 'client_id', 'conversation_id', 'created_at', 'id', 'read_at', 'sender', 'sender_id'];
export const ATTACHMENT_KEYS = ['height', 'id', 'mime', 'name', 'size', 'thumbnail_url', 'url', 'width'];

export function assertMessage(m, what = 'Message') {
  assert.equal(typeof m, 'object', `${what} must be an object`);
  assert.ok(m !== null, `${what} must not be null`);
  assert.deepEqual(Object.keys(m).sort(), MESSAGE_KEYS, `${what} must have exactly the contract's keys: ${JSON.stringify(m)}`);
  assert.ok(Number.isInteger(m.id), `${what}.id must be an integer`);
  assert.ok(Number.isInteger(m.conversation_id), `${what}.conversation_id must be an integer`);
  assert.ok(Number.isInteger(m.sender_id), `${what}.sender_id must be an integer`);
  assert.deepEqual(Object.keys(m.sender).sort(), ['avatar_url', 'id', 'name'], `${what}.sender must be {id,name,avatar_url}`);
  assert.equal(m.sender.id, m.sender_id, `${what}.sender.id must equal sender_id`);
  assert.equal(typeof m.sender.name, 'string', `${what}.sender.name`);
  assert.ok(isNullOr(m.sender.avatar_url, 'string'), `${what}.sender.avatar_url`);
  assert.equal(typeof m.body, 'string', `${what}.body`);
  assert.ok(isNullOr(m.client_id, 'string'), `${what}.client_id must be null or a string`);
  assertTimestamp(m.created_at, `${what}.created_at`);
  if (m.read_at !== null) assertTimestamp(m.read_at, `${what}.read_at`);
  assert.ok(Array.isArray(m.attachments), `${what}.attachments must be an array (empty when none)`);
  assert.ok(m.attachments.length <= 3, `${what}.attachments holds at most 3`);
  m.attachments.forEach((a, i) => assertAttachment(a, `${what}.attachments[${i}]`));
}

export function assertAttachment(a, what = 'Attachment') {
  assert.deepEqual(Object.keys(a).sort(), ATTACHMENT_KEYS, `${what} must have exactly the contract's keys: ${JSON.stringify(a)}`);
  assert.equal(typeof a.id, 'string', `${what}.id`);
  assert.equal(typeof a.name, 'string', `${what}.name`);
  assert.ok(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf'].includes(a.mime), `${what}.mime`);
  assert.ok(Number.isInteger(a.size) && a.size > 0, `${what}.size`);
  assert.ok(a.width === null || Number.isInteger(a.width), `${what}.width`);
  assert.ok(a.height === null || Number.isInteger(a.height), `${what}.height`);
  assert.equal(typeof a.url, 'string', `${what}.url`);
  assert.ok(isNullOr(a.thumbnail_url, 'string'), `${what}.thumbnail_url`);
}

export function assertConversation(c, what = 'Conversation') {
  assert.equal(typeof c, 'object', `${what} must be an object`);
  assert.ok(c !== null, `${what} must not be null`);
  for (const k of ['id', 'listing', 'buyer', 'seller', 'last_message', 'unread_count', 'updated_at']) {
    assert.ok(k in c, `${what}.${k} must be present: ${JSON.stringify(c)}`);
  }
  assert.ok(Number.isInteger(c.id), `${what}.id must be an integer`);
  const l = c.listing;
  assert.ok(l && Number.isInteger(l.id), `${what}.listing.id`);
  assert.equal(typeof l.title, 'string', `${what}.listing.title`);
  assert.ok('image_url' in l && isNullOr(l.image_url, 'string'), `${what}.listing.image_url`);
  assert.equal(typeof l.price, 'string', `${what}.listing.price must be a decimal string like "249.00"`);
  assert.match(l.price, /^\d+\.\d{2}$/, `${what}.listing.price`);
  assert.equal(typeof l.currency, 'string', `${what}.listing.currency`);
  assertUser(c.buyer, `${what}.buyer`);
  assertUser(c.seller, `${what}.seller`);
  assert.equal(c.buyer.role, 'buyer', `${what}.buyer.role`);
  assert.equal(c.seller.role, 'seller', `${what}.seller.role`);
  if (c.last_message !== null) assertMessage(c.last_message, `${what}.last_message`);
  assert.ok(Number.isInteger(c.unread_count) && c.unread_count >= 0, `${what}.unread_count must be a non-negative integer`);
  assertTimestamp(c.updated_at, `${what}.updated_at`);
}
