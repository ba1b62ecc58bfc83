// Echo whispers (client events) between seller and buyer: relayed to the others,
// never echoed to the sender, and with user_id on presence channels
// (marketplace-api.md §3 whisper client-typing; pusher-protocol.md §2.9).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startSandbox, login, findConversation, makeEcho, waitSubscribed, recorder, sleep,
  disconnectAll, SELLER, BUYER1,
} from './lib/sandbox.mjs';

const T = { timeout: 15_000 };
const QUIET_MS = 800;

describe('Echo whisper / listenForWhisper', () => {
  let info;
  let seller;
  let buyer;
  let conversation;

  before(async () => {
    info = await startSandbox();
    seller = await login(info, SELLER.email, SELLER.password);
    buyer = await login(info, BUYER1.email, BUYER1.password);
    conversation = await findConversation(info, buyer.token, SELLER.email);
  }, { timeout: 25_000 });

  after(async () => {
    if (info) await info.stop();
  }, { timeout: 10_000 });

  it('private-conversation.{id}: delivered to the other side, never echoed to the sender', T, async () => {
    const sellerEcho = makeEcho({ token: seller.token, info });
    const buyerEcho = makeEcho({ token: buyer.token, info });
    try {
      const name = `conversation.${conversation.id}`;
      const sellerChannel = sellerEcho.private(name);
      const buyerChannel = buyerEcho.private(name);
      const atSeller = recorder('seller whisper');
      const atBuyer = recorder('buyer whisper');
      sellerChannel.listenForWhisper('typing', atSeller.fn);
      buyerChannel.listenForWhisper('typing', atBuyer.fn);
      await Promise.all([waitSubscribed(sellerChannel), waitSubscribed(buyerChannel)]);

      // Raw frames the seller receives, to check the wire form of the relay.
      const sellerFrames = recorder('seller frames');
      sellerEcho.connector.pusher.connection.bind('message', sellerFrames.fn);

      const fromBuyer = { user_id: buyer.user.id, user_name: buyer.user.name };
      buyerChannel.whisper('typing', fromBuyer);
      const got = await atSeller.next();
      assert.deepEqual(got, fromBuyer);
      const frame = await sellerFrames.next((m) => m.event === 'client-typing');
      assert.equal(frame.channel, `private-${name}`);

      const fromSeller = { user_id: seller.user.id, user_name: seller.user.name };
      sellerChannel.whisper('typing', fromSeller);
      assert.deepEqual(await atBuyer.next(), fromSeller);

      await sleep(QUIET_MS);
      assert.equal(atSeller.calls.length, 1, 'the seller must get the buyer\'s whisper once and never its own');
      assert.equal(atBuyer.calls.length, 1, 'the buyer must get the seller\'s whisper once and never its own');
    } finally {
      disconnectAll(sellerEcho, buyerEcho);
    }
  });

  it('a second connection of the sender gets the whisper, the sending connection does not', T, async () => {
    const buyerEcho = makeEcho({ token: buyer.token, info });
    const buyerEcho2 = makeEcho({ token: buyer.token, info });
    const sellerEcho = makeEcho({ token: seller.token, info });
    try {
      const name = `conversation.${conversation.id}`;
      const channels = [buyerEcho, buyerEcho2, sellerEcho].map((e) => e.private(name));
      const recs = ['buyer#1', 'buyer#2', 'seller'].map((l) => recorder(l));
      channels.forEach((c, i) => c.listenForWhisper('typing', recs[i].fn));
      await Promise.all(channels.map((c) => waitSubscribed(c)));

      channels[0].whisper('typing', { user_id: buyer.user.id, user_name: buyer.user.name });
      await recs[1].next();
      await recs[2].next();
      await sleep(QUIET_MS);
      assert.equal(recs[0].calls.length, 0, 'never echoed to the sending connection');
    } finally {
      disconnectAll(buyerEcho, buyerEcho2, sellerEcho);
    }
  });

  it('presence-online: the relayed client event carries the sender\'s user_id', T, async () => {
    const sellerEcho = makeEcho({ token: seller.token, info });
    const buyerEcho = makeEcho({ token: buyer.token, info });
    try {
      const sellerChannel = sellerEcho.join('online');
      const buyerChannel = buyerEcho.join('online');
      const atSeller = recorder('seller whisper');
      const atBuyer = recorder('buyer whisper');
      sellerChannel.listenForWhisper('typing', atSeller.fn);
      buyerChannel.listenForWhisper('typing', atBuyer.fn);
      await Promise.all([waitSubscribed(sellerChannel), waitSubscribed(buyerChannel)]);

      // pusher-js hands client events on presence channels a second argument {user_id}.
      const withMeta = recorder('seller client-typing with metadata');
      sellerEcho.connector.pusher.channel('presence-online').bind('client-typing', withMeta.fn);
      const sellerFrames = recorder('seller frames');
      sellerEcho.connector.pusher.connection.bind('message', sellerFrames.fn);

      const payload = { user_id: buyer.user.id, user_name: buyer.user.name };
      buyerChannel.whisper('typing', payload);
      assert.deepEqual(await atSeller.next(), payload);

      const [data, metadata] = await withMeta.nextArgs();
      assert.deepEqual(data, payload);
      assert.ok(metadata && metadata.user_id !== undefined,
        `pusher-js metadata must carry user_id: ${JSON.stringify(metadata)}`);
      assert.equal(String(metadata.user_id), String(buyer.user.id), 'user_id is the sender\'s presence id');

      const frame = await sellerFrames.next((m) => m.event === 'client-typing');
      assert.equal(frame.channel, 'presence-online');
      assert.equal(String(frame.user_id), String(buyer.user.id), `raw frame: ${JSON.stringify(frame)}`);

      await sleep(QUIET_MS);
      assert.equal(atBuyer.calls.length, 0, 'never echoed to the sender');
    } finally {
      disconnectAll(sellerEcho, buyerEcho);
    }
  });
});
