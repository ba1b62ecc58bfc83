// The `pusher` npm server SDK (pusher-http-node) against the sandbox's Pusher HTTP API
// (marketplace-api.md §3 last paragraph; pusher-protocol.md §5), with pusher-js clients
// on the receiving end.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startSandbox, login, makeEcho, makePusher, makeServerSdk, waitConnected, waitSubscribed,
  waitPusherSubscribed, recorder, sleep, disconnectAll, SELLER, BUYER1,
} from './lib/sandbox.mjs';

const T = { timeout: 15_000 };
const QUIET_MS = 800;
const PUBLIC = 'interop-public';
const PRIVATE = 'private-interop-sdk';

describe('pusher server SDK → sandbox HTTP API → pusher-js', () => {
  let info;
  let sdk;

  before(async () => {
    info = await startSandbox();
    sdk = makeServerSdk(info);
  }, { timeout: 25_000 });

  after(async () => {
    if (info) await info.stop();
  }, { timeout: 10_000 });

  /** A pusher-js client whose private/presence auth is signed by the SDK (authorizeChannel). */
  function sdkSignedClient() {
    return makePusher(info, {
      channelAuthorization: {
        customHandler: ({ socketId, channelName }, callback) => {
          try {
            callback(null, sdk.authorizeChannel(socketId, channelName));
          } catch (e) {
            callback(e, null);
          }
        },
      },
    });
  }

  async function subscribeBoth(client, eventName) {
    const pub = client.subscribe(PUBLIC);
    const priv = client.subscribe(PRIVATE);
    const pubRec = recorder(`${PUBLIC} ${eventName}`);
    const privRec = recorder(`${PRIVATE} ${eventName}`);
    pub.bind(eventName, pubRec.fn);
    priv.bind(eventName, privRec.fn);
    await Promise.all([waitPusherSubscribed(pub), waitPusherSubscribed(priv)]);
    return { pub, priv, pubRec, privRec };
  }

  it('trigger on a public and a private channel reaches a subscribed pusher-js client', T, async () => {
    const client = sdkSignedClient();
    try {
      const { pubRec, privRec } = await subscribeBoth(client, 'sdk-event');

      const r1 = await sdk.trigger(PUBLIC, 'sdk-event', { hello: 'public', n: 1 });
      assert.equal(r1.status, 200);
      assert.deepEqual(await pubRec.next(), { hello: 'public', n: 1 });

      const r2 = await sdk.trigger(PRIVATE, 'sdk-event', { hello: 'private', n: 2 });
      assert.equal(r2.status, 200);
      assert.deepEqual(await privRec.next(), { hello: 'private', n: 2 });

      // One call, two channels.
      await sdk.trigger([PUBLIC, PRIVATE], 'sdk-event', { hello: 'both' });
      assert.deepEqual(await pubRec.next((d) => d.hello === 'both'), { hello: 'both' });
      assert.deepEqual(await privRec.next((d) => d.hello === 'both'), { hello: 'both' });

      // A non-JSON string is delivered as that string.
      await sdk.trigger(PUBLIC, 'sdk-event', 'plain text');
      assert.equal(await pubRec.next((d) => typeof d === 'string'), 'plain text');
    } finally {
      disconnectAll(client);
    }
  });

  it('trigger with socket_id leaves that connection out', T, async () => {
    const a = sdkSignedClient();
    const b = sdkSignedClient();
    try {
      const sa = await subscribeBoth(a, 'excl');
      const sb = await subscribeBoth(b, 'excl');
      await sdk.trigger(PUBLIC, 'excl', { n: 1 }, { socket_id: a.connection.socket_id });
      assert.deepEqual(await sb.pubRec.next(), { n: 1 });
      await sleep(QUIET_MS);
      assert.equal(sa.pubRec.calls.length, 0, 'the excluded socket must not receive the event');
    } finally {
      disconnectAll(a, b);
    }
  });

  it('a wrong secret is rejected with 401', T, async () => {
    const bad = makeServerSdk(info, { secret: 'not-the-secret' });
    await assert.rejects(bad.trigger(PUBLIC, 'nope', { x: 1 }), (err) => {
      assert.equal(err.status, 401, `status ${err.status}, body ${err.body}`);
      return true;
    });
    await assert.rejects(bad.get({ path: '/channels' }), (err) => {
      assert.equal(err.status, 401, `status ${err.status}, body ${err.body}`);
      return true;
    });
    // A wrong key with the right secret is no better.
    const badKey = makeServerSdk(info, { key: 'not-the-key' });
    await assert.rejects(badKey.trigger(PUBLIC, 'nope', { x: 1 }), (err) => {
      assert.equal(err.status, 401, `status ${err.status}, body ${err.body}`);
      return true;
    });
  });

  it('triggerBatch delivers every event of the batch', T, async () => {
    const client = sdkSignedClient();
    try {
      const pub = client.subscribe(PUBLIC);
      const priv = client.subscribe(PRIVATE);
      const a = recorder('batch-a');
      const b = recorder('batch-b');
      const c = recorder('batch-c');
      pub.bind('batch-a', a.fn);
      priv.bind('batch-b', b.fn);
      pub.bind('batch-c', c.fn);
      await Promise.all([waitPusherSubscribed(pub), waitPusherSubscribed(priv)]);

      const res = await sdk.triggerBatch([
        { channel: PUBLIC, name: 'batch-a', data: { i: 1 } },
        { channel: PRIVATE, name: 'batch-b', data: { i: 2 } },
        { channel: PUBLIC, name: 'batch-c', data: JSON.stringify({ i: 3 }) },
      ]);
      assert.equal(res.status, 200);
      assert.deepEqual(await a.next(), { i: 1 });
      assert.deepEqual(await b.next(), { i: 2 });
      assert.deepEqual(await c.next(), { i: 3 });
    } finally {
      disconnectAll(client);
    }
  });

  it('GET /channels and /channels/presence-online/users match the connected clients', T, async () => {
    const seller = await login(info, SELLER.email, SELLER.password);
    const buyer = await login(info, BUYER1.email, BUYER1.password);
    const client = sdkSignedClient();
    const sellerEcho = makeEcho({ token: seller.token, info });
    const buyerEcho1 = makeEcho({ token: buyer.token, info });
    const buyerEcho2 = makeEcho({ token: buyer.token, info });
    try {
      await subscribeBoth(client, 'unused');
      await Promise.all([sellerEcho, buyerEcho1, buyerEcho2].map((e) => waitSubscribed(e.join('online'))));

      const channelsRes = await sdk.get({ path: '/channels' });
      assert.equal(channelsRes.status, 200);
      const channels = await channelsRes.json();
      assert.equal(typeof channels.channels, 'object', `GET /channels: ${JSON.stringify(channels)}`);
      for (const name of [PUBLIC, PRIVATE, 'presence-online']) {
        assert.ok(name in channels.channels, `${name} must be listed: ${JSON.stringify(channels)}`);
      }

      const usersRes = await sdk.get({ path: '/channels/presence-online/users' });
      assert.equal(usersRes.status, 200);
      const users = await usersRes.json();
      assert.ok(Array.isArray(users.users), `GET users: ${JSON.stringify(users)}`);
      const ids = users.users.map((u) => String(u.id));
      assert.ok(ids.includes(String(seller.user.id)), `seller listed: ${JSON.stringify(users)}`);
      assert.ok(ids.includes(String(buyer.user.id)), `buyer listed: ${JSON.stringify(users)}`);
      assert.equal(new Set(ids).size, ids.length, `each user once, even with two connections: ${JSON.stringify(users)}`);

      const presRes = await sdk.get({ path: '/channels', params: { filter_by_prefix: 'presence-', info: 'user_count' } });
      assert.equal(presRes.status, 200);
      const pres = await presRes.json();
      assert.deepEqual(Object.keys(pres.channels).filter((n) => !n.startsWith('presence-')), [],
        `filter_by_prefix=presence- lists only presence channels: ${JSON.stringify(pres)}`);
      assert.equal(pres.channels['presence-online']?.user_count, ids.length,
        `user_count equals the number of distinct users: ${JSON.stringify(pres)} vs ${JSON.stringify(users)}`);

      const oneRes = await sdk.get({ path: `/channels/${PUBLIC}`, params: { info: 'subscription_count' } });
      assert.equal(oneRes.status, 200);
      const one = await oneRes.json();
      assert.equal(one.occupied, true, JSON.stringify(one));
      if ('subscription_count' in one) assert.equal(one.subscription_count, 1, JSON.stringify(one));

      // /users of a non-presence channel is a 400.
      await assert.rejects(sdk.get({ path: `/channels/${PUBLIC}/users` }), (err) => {
        assert.equal(err.status, 400, `status ${err.status}, body ${err.body}`);
        return true;
      });

      // The public channel goes away with its only subscriber.
      client.disconnect();
      let listed = true;
      for (let i = 0; i < 20 && listed; i++) {
        await sleep(100);
        const again = await (await sdk.get({ path: '/channels' })).json();
        listed = PUBLIC in again.channels;
      }
      assert.equal(listed, false, `${PUBLIC} must no longer be listed once its last subscriber left`);
      const gone = await (await sdk.get({ path: `/channels/${PUBLIC}` })).json();
      assert.equal(gone.occupied, false, JSON.stringify(gone));

      // The buyer's last connection leaves presence-online: no longer among the users.
      buyerEcho1.disconnect();
      buyerEcho2.disconnect();
      let stillThere = true;
      for (let i = 0; i < 20 && stillThere; i++) {
        await sleep(100);
        const u = await (await sdk.get({ path: '/channels/presence-online/users' })).json();
        stillThere = u.users.some((x) => String(x.id) === String(buyer.user.id));
      }
      assert.equal(stillThere, false, 'the buyer must leave the users list after its last connection closed');
    } finally {
      disconnectAll(client, sellerEcho, buyerEcho1, buyerEcho2);
    }
  });

  it('a REST-triggered broadcast and an SDK trigger reach the same Echo listener', T, async () => {
    // The SDK speaks for "a backend": its events on a private conversation channel reach
    // the frontend's Echo exactly as the sandbox's own broadcasts do.
    const buyer = await login(info, BUYER1.email, BUYER1.password);
    const echo = makeEcho({ token: buyer.token, info });
    try {
      await waitConnected(echo);
      const name = `App.Models.User.${buyer.user.id}`;
      const channel = echo.private(name);
      const rec = recorder('.custom.event');
      channel.listen('.custom.event', rec.fn);
      await waitSubscribed(channel);
      await sdk.trigger(`private-${name}`, 'custom.event', { from: 'sdk' });
      assert.deepEqual(await rec.next(), { from: 'sdk' });
    } finally {
      disconnectAll(echo);
    }
  });
});
