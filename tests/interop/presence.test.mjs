// echo.join('online'): here / joining / leaving, counted per user, not per connection
// (marketplace-api.md §3 "online → presence-online"; pusher-protocol.md §2.5–2.6).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startSandbox, login, makeEcho, recorder, sleep, disconnectAll, withTimeout, SELLER, BUYER1,
} from './lib/sandbox.mjs';

const T = { timeout: 20_000 };
const QUIET_MS = 800;

function infoOf(user) {
  return { name: user.name, avatar_url: user.avatar_url };
}

/** Joins 'online' with here/joining/leaving recorders; resolves once here() fired. */
async function joinOnline(echo, label) {
  const here = recorder(`${label} here`);
  const joining = recorder(`${label} joining`);
  const leaving = recorder(`${label} leaving`);
  const errors = recorder(`${label} error`);
  const channel = echo.join('online')
    .here(here.fn)
    .joining(joining.fn)
    .leaving(leaving.fn)
    .error(errors.fn);
  const members = await withTimeout(Promise.race([
    here.next(),
    errors.next().then((e) => { throw new Error(`${label}: presence subscription failed: ${JSON.stringify(e)}`); }),
  ]), 6_000, `${label} here()`);
  return { channel, here, joining, leaving, members };
}

function countByName(list, name) {
  return list.filter((u) => u && u.name === name).length;
}

describe('presence channel online (Echo join/here/joining/leaving)', () => {
  let info;
  let seller;
  let buyer;

  before(async () => {
    info = await startSandbox();
    seller = await login(info, SELLER.email, SELLER.password);
    buyer = await login(info, BUYER1.email, BUYER1.password);
  }, { timeout: 25_000 });

  after(async () => {
    if (info) await info.stop();
  }, { timeout: 10_000 });

  it('here lists present users, joining once per user, leaving on the user\'s last connection', T, async () => {
    const sellerEcho = makeEcho({ token: seller.token, info });
    const buyerEcho1 = makeEcho({ token: buyer.token, info });
    const buyerEcho2 = makeEcho({ token: buyer.token, info });
    try {
      const s = await joinOnline(sellerEcho, 'seller');
      assert.equal(s.channel.name, 'presence-online');
      assert.ok(Array.isArray(s.members), 'here() gets an array');
      assert.equal(countByName(s.members, seller.user.name), 1, `here() lists the seller once: ${JSON.stringify(s.members)}`);
      assert.deepEqual(s.members.find((u) => u.name === seller.user.name), infoOf(seller.user),
        'user_info is {name, avatar_url}');
      assert.equal(countByName(s.members, buyer.user.name), 0, 'the buyer is not online yet');

      // pusher-js keeps the presence snapshot; count must be the number of distinct users.
      const sellerPusherChannel = sellerEcho.connector.pusher.channel('presence-online');
      assert.equal(sellerPusherChannel.members.count, Object.keys(sellerPusherChannel.members.members).length,
        'presence.count equals the number of distinct ids');
      assert.equal(String(sellerPusherChannel.members.me?.id), String(seller.user.id), 'members.me is the seller');

      // The buyer's first connection: here has both, the seller sees joining once.
      const b1 = await joinOnline(buyerEcho1, 'buyer#1');
      assert.equal(countByName(b1.members, buyer.user.name), 1, `buyer here(): ${JSON.stringify(b1.members)}`);
      assert.equal(countByName(b1.members, seller.user.name), 1, `buyer here(): ${JSON.stringify(b1.members)}`);
      assert.deepEqual(b1.members.find((u) => u.name === buyer.user.name), infoOf(buyer.user));
      const joined = await s.joining.next((u) => u.name === buyer.user.name);
      assert.deepEqual(joined, infoOf(buyer.user), 'joining() gets the buyer\'s user_info');
      assert.ok(sellerPusherChannel.members.get(String(buyer.user.id)), 'the seller\'s member list has the buyer by id');
      assert.equal(b1.joining.matching((u) => u.name === buyer.user.name).length, 0, 'no joining() for oneself');

      // The same user's second connection: no extra joining anywhere, here lists the buyer once.
      const b2 = await joinOnline(buyerEcho2, 'buyer#2');
      assert.equal(countByName(b2.members, buyer.user.name), 1,
        `a user with two connections is listed once: ${JSON.stringify(b2.members)}`);
      assert.equal(countByName(b2.members, seller.user.name), 1);
      await sleep(QUIET_MS);
      assert.equal(s.joining.matching((u) => u.name === buyer.user.name).length, 1,
        'a second connection of the same user must not fire joining again');
      assert.equal(b1.joining.matching((u) => u.name === buyer.user.name).length, 0,
        'the buyer\'s first connection must not see itself joining');

      // The first buyer connection goes away: the buyer is still online.
      buyerEcho1.disconnect();
      await sleep(QUIET_MS);
      assert.equal(s.leaving.matching((u) => u.name === buyer.user.name).length, 0,
        'leaving must not fire while the user has another connection');
      assert.ok(sellerPusherChannel.members.get(String(buyer.user.id)), 'the buyer is still a member');

      // The last one goes: leaving fires once, with the user_info.
      buyerEcho2.disconnect();
      const left = await s.leaving.next((u) => u.name === buyer.user.name);
      assert.deepEqual(left, infoOf(buyer.user), 'leaving() gets the buyer\'s user_info');
      await sleep(300);
      assert.equal(s.leaving.matching((u) => u.name === buyer.user.name).length, 1, 'leaving fires once');
      assert.equal(sellerPusherChannel.members.get(String(buyer.user.id)), null, 'the buyer is no longer a member');
    } finally {
      disconnectAll(sellerEcho, buyerEcho1, buyerEcho2);
    }
  });

  it('echo.leave(\'online\') (unsubscribe while connected) fires leaving for the others', T, async () => {
    const sellerEcho = makeEcho({ token: seller.token, info });
    const buyerEcho = makeEcho({ token: buyer.token, info });
    try {
      const s = await joinOnline(sellerEcho, 'seller');
      await joinOnline(buyerEcho, 'buyer');
      await s.joining.next((u) => u.name === buyer.user.name);

      buyerEcho.leave('online');
      const left = await s.leaving.next((u) => u.name === buyer.user.name);
      assert.deepEqual(left, infoOf(buyer.user));

      // Rejoining announces the buyer again.
      await joinOnline(buyerEcho, 'buyer again');
      const again = await s.joining.next((u) => u.name === buyer.user.name);
      assert.deepEqual(again, infoOf(buyer.user));
    } finally {
      disconnectAll(sellerEcho, buyerEcho);
    }
  });

  it('a reconnecting client gets a fresh here() snapshot', T, async () => {
    const sellerEcho = makeEcho({ token: seller.token, info });
    const buyerEcho = makeEcho({ token: buyer.token, info });
    try {
      const b = await joinOnline(buyerEcho, 'buyer');
      assert.equal(countByName(b.members, seller.user.name), 0, 'the seller is not online yet');
      await joinOnline(sellerEcho, 'seller');
      await b.joining.next((u) => u.name === seller.user.name);

      // Drop and reconnect the buyer's pusher-js: Echo's here() runs again with the new list.
      const pusher = buyerEcho.connector.pusher;
      pusher.disconnect();
      pusher.connect();
      const second = await b.here.next();
      assert.equal(countByName(second, seller.user.name), 1, `snapshot after reconnect: ${JSON.stringify(second)}`);
      assert.equal(countByName(second, buyer.user.name), 1);
    } finally {
      disconnectAll(sellerEcho, buyerEcho);
    }
  });
});
