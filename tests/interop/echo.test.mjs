// The marketplace frontend's Echo code (seed-websocket-guide.md, "Updated MessageInbox
// Component with Real-Time") run literally against the sandbox, checked against
// marketplace-api.md §2–3.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  startSandbox, login, api, findConversation, makeEcho, waitConnected, waitSubscribed,
  recorder, sleep, disconnectAll, newClientId, SELLER, BUYER1,
} from './lib/sandbox.mjs';
import { assertMessage, assertConversation, assertTimestamp } from './lib/contract.mjs';

const T = { timeout: 15_000 };
const QUIET_MS = 800; // how long "nothing arrives" is watched

describe('laravel-echo against the sandbox (seed guide frontend code)', () => {
  let info;
  let seller;
  let buyer;
  let conversation;

  before(async () => {
    info = await startSandbox();
    seller = await login(info, SELLER.email, SELLER.password);
    buyer = await login(info, BUYER1.email, BUYER1.password);
    conversation = await findConversation(info, buyer.token, SELLER.email);
    assertConversation(conversation, 'GET /api/conversations data[]');
    assert.equal(conversation.seller.id, seller.user.id);
    assert.equal(conversation.buyer.id, buyer.user.id);
  }, { timeout: 25_000 });

  after(async () => {
    if (info) await info.stop();
  }, { timeout: 10_000 });

  async function postMessage(who, body, headers = {}) {
    const clientId = newClientId();
    const res = await api(info, who.token, 'POST', `/api/conversations/${conversation.id}/messages`,
      { body, client_id: clientId }, headers);
    assert.equal(res.status, 201, `POST messages: ${res.status} ${JSON.stringify(res.body)}`);
    assertMessage(res.body.data, 'POST messages answer data');
    assert.equal(res.body.data.client_id, clientId);
    return res.body.data;
  }

  it('private conversation channel: .message.sent carries the Message posted by the other party', T, async () => {
    const echo = makeEcho({ token: buyer.token, info });
    try {
      // Literally the guide's useEffect body.
      const channel = echo.private(`conversation.${conversation.id}`);
      const messages = recorder('.message.sent');
      channel.listen('.message.sent', (data) => {
        messages.fn(data);
      });
      const typing = recorder('.user.typing');
      channel.listen('.user.typing', (data) => {
        if (data.user_id !== buyer.user.id) typing.fn(data);
      });
      await waitSubscribed(channel);

      const body = `Still available? ${newClientId()}`;
      const sent = await postMessage(seller, body);
      const got = await messages.next((m) => m.client_id === sent.client_id);
      assertMessage(got, 'message.sent data');
      assert.deepEqual(got, sent, 'the broadcast Message equals the POST answer');
      assert.equal(got.conversation_id, conversation.id);
      assert.equal(got.sender_id, seller.user.id);
      assert.deepEqual(got.sender, { id: seller.user.id, name: seller.user.name, avatar_url: seller.user.avatar_url });
      assert.equal(got.body, body);
      assert.equal(got.read_at, null);
      assert.equal(typing.calls.length, 0, 'no typing event was caused');
    } finally {
      echo.leave(`conversation.${conversation.id}`);
      disconnectAll(echo);
    }
  });

  it('.user.typing carries {user_id,user_name} after POST /typing', T, async () => {
    const sellerEcho = makeEcho({ token: seller.token, info });
    const buyerEcho = makeEcho({ token: buyer.token, info });
    try {
      const channel = sellerEcho.private(`conversation.${conversation.id}`);
      const typing = recorder('.user.typing');
      channel.listen('.user.typing', (data) => {
        if (data.user_id !== seller.user.id) typing.fn(data);
      });
      await waitSubscribed(channel);
      const buyerSocket = await waitConnected(buyerEcho);

      const res = await api(info, buyer.token, 'POST', `/api/conversations/${conversation.id}/typing`,
        undefined, { 'X-Socket-ID': buyerSocket });
      assert.equal(res.status, 204, `POST typing: ${res.status} ${JSON.stringify(res.body)}`);
      const got = await typing.next();
      assert.deepEqual(got, { user_id: buyer.user.id, user_name: buyer.user.name });
    } finally {
      disconnectAll(sellerEcho, buyerEcho);
    }
  });

  it('.messages.read carries {user_id,last_read_message_id,read_at} after POST /read', T, async () => {
    const sellerEcho = makeEcho({ token: seller.token, info });
    try {
      const channel = sellerEcho.private(`conversation.${conversation.id}`);
      const reads = recorder('.messages.read');
      channel.listen('.messages.read', reads.fn);
      await waitSubscribed(channel);

      const sent = await postMessage(seller, `read me ${newClientId()}`, { 'X-Socket-ID': sellerEcho.socketId() });
      const res = await api(info, buyer.token, 'POST', `/api/conversations/${conversation.id}/read`,
        { last_read_message_id: sent.id });
      assert.equal(res.status, 204, `POST read: ${res.status} ${JSON.stringify(res.body)}`);

      const got = await reads.next((d) => d.last_read_message_id === sent.id);
      assert.deepEqual(Object.keys(got).sort(), ['last_read_message_id', 'read_at', 'user_id']);
      assert.equal(got.user_id, buyer.user.id);
      assert.equal(got.last_read_message_id, sent.id);
      assertTimestamp(got.read_at, 'messages.read read_at');

      // The stored message now has that read_at.
      const after = await api(info, seller.token, 'GET', `/api/conversations/${conversation.id}/messages?after_id=${sent.id - 1}`);
      assert.equal(after.status, 200);
      const stored = after.body.data.find((m) => m.id === sent.id);
      assert.ok(stored, 'the message is listed by after_id');
      assert.equal(stored.read_at, got.read_at, 'read_at of the stored message equals the broadcast one');
    } finally {
      disconnectAll(sellerEcho);
    }
  });

  it('private-App.Models.User.{id} gets .conversation.updated with the Conversation', T, async () => {
    const buyerEcho = makeEcho({ token: buyer.token, info });
    try {
      const channel = buyerEcho.private(`App.Models.User.${buyer.user.id}`);
      assert.equal(channel.name, `private-App.Models.User.${buyer.user.id}`);
      const updates = recorder('.conversation.updated');
      channel.listen('.conversation.updated', updates.fn);
      await waitSubscribed(channel);

      const sent = await postMessage(seller, `inbox ping ${newClientId()}`);
      const got = await updates.next((c) => c?.last_message?.client_id === sent.client_id);
      assertConversation(got, 'conversation.updated data');
      assert.equal(got.id, conversation.id);
      assert.deepEqual(got.last_message, sent, 'last_message equals the POSTed Message');
      assert.equal(got.buyer.id, buyer.user.id);
      assert.equal(got.seller.id, seller.user.id);
      assert.ok(got.unread_count >= 1,
        `unread_count is seen from the channel owner's (the buyer's) side, who has not read the new message: ${got.unread_count}`);
    } finally {
      disconnectAll(buyerEcho);
    }
  });

  it('toOthers: X-Socket-ID of the sender\'s Echo leaves the sender out, the other side still gets it', T, async () => {
    const sellerEcho = makeEcho({ token: seller.token, info });
    const buyerEcho = makeEcho({ token: buyer.token, info });
    try {
      const sellerChannel = sellerEcho.private(`conversation.${conversation.id}`);
      const buyerChannel = buyerEcho.private(`conversation.${conversation.id}`);
      const sellerMessages = recorder('seller .message.sent');
      const buyerMessages = recorder('buyer .message.sent');
      const sellerTyping = recorder('seller .user.typing');
      const buyerTyping = recorder('buyer .user.typing');
      sellerChannel.listen('.message.sent', sellerMessages.fn).listen('.user.typing', sellerTyping.fn);
      buyerChannel.listen('.message.sent', buyerMessages.fn).listen('.user.typing', buyerTyping.fn);
      await Promise.all([waitSubscribed(sellerChannel), waitSubscribed(buyerChannel)]);

      const socketId = sellerEcho.socketId();
      assert.match(socketId, /^\d+\.\d+$/);
      const sent = await postMessage(seller, `to others ${newClientId()}`, { 'X-Socket-ID': socketId });
      const got = await buyerMessages.next((m) => m.client_id === sent.client_id);
      assert.deepEqual(got, sent);

      const typed = await api(info, seller.token, 'POST', `/api/conversations/${conversation.id}/typing`,
        undefined, { 'X-Socket-ID': socketId });
      assert.equal(typed.status, 204);
      await buyerTyping.next((d) => d.user_id === seller.user.id);

      await sleep(QUIET_MS);
      assert.equal(sellerMessages.matching((m) => m.client_id === sent.client_id).length, 0,
        'the sender\'s own connection (X-Socket-ID) must not receive its message.sent');
      assert.equal(sellerTyping.calls.length, 0,
        'the sender\'s own connection (X-Socket-ID) must not receive its user.typing');

      // Without X-Socket-ID nobody is left out: the sender's Echo gets it too.
      const plain = await postMessage(seller, `to all ${newClientId()}`);
      await sellerMessages.next((m) => m.client_id === plain.client_id);
      await buyerMessages.next((m) => m.client_id === plain.client_id);
    } finally {
      disconnectAll(sellerEcho, buyerEcho);
    }
  });

  it('toOthers also covers conversation.updated on the sender\'s own user channel', T, async () => {
    const sellerEcho = makeEcho({ token: seller.token, info });
    const buyerEcho = makeEcho({ token: buyer.token, info });
    try {
      const sellerInbox = sellerEcho.private(`App.Models.User.${seller.user.id}`);
      const buyerInbox = buyerEcho.private(`App.Models.User.${buyer.user.id}`);
      const sellerUpdates = recorder('seller .conversation.updated');
      const buyerUpdates = recorder('buyer .conversation.updated');
      sellerInbox.listen('.conversation.updated', sellerUpdates.fn);
      buyerInbox.listen('.conversation.updated', buyerUpdates.fn);
      await Promise.all([waitSubscribed(sellerInbox), waitSubscribed(buyerInbox)]);

      const sent = await postMessage(seller, `inbox to others ${newClientId()}`, { 'X-Socket-ID': sellerEcho.socketId() });
      await buyerUpdates.next((c) => c?.last_message?.client_id === sent.client_id);
      await sleep(QUIET_MS);
      assert.equal(sellerUpdates.matching((c) => c?.last_message?.client_id === sent.client_id).length, 0,
        'contract §3: "Events are broadcast toOthers(): the server leaves out the connection whose X-Socket-ID made the request"');
    } finally {
      disconnectAll(sellerEcho, buyerEcho);
    }
  });

  it('a second device of the seller gets .saved-replies.updated with the whole list, not the one that changed it', T, async () => {
    const phone = makeEcho({ token: seller.token, info });   // the device that edits
    const laptop = makeEcho({ token: seller.token, info });  // the device that follows
    try {
      const phoneInbox = phone.private(`App.Models.User.${seller.user.id}`);
      const laptopInbox = laptop.private(`App.Models.User.${seller.user.id}`);
      const phoneUpdates = recorder('phone .saved-replies.updated');
      const laptopUpdates = recorder('laptop .saved-replies.updated');
      phoneInbox.listen('.saved-replies.updated', phoneUpdates.fn);
      laptopInbox.listen('.saved-replies.updated', laptopUpdates.fn);
      await Promise.all([waitSubscribed(phoneInbox), waitSubscribed(laptopInbox)]);

      const listed = await api(info, seller.token, 'GET', '/api/saved-replies');
      assert.equal(listed.status, 200);
      const available = listed.body.data.find((r) => r.shortcut === 'available');
      assert.ok(available, 'the demo seller has /available');
      const body = `Yes, still here ${newClientId()}`;
      const patched = await api(info, seller.token, 'PATCH', `/api/saved-replies/${available.id}`,
        { body }, { 'X-Socket-ID': phone.socketId() });
      assert.equal(patched.status, 200);
      const got = await laptopUpdates.next((d) => d?.data?.some((r) => r.id === available.id && r.body === body));
      assert.equal(got.data.length, listed.body.data.length, 'the whole list, as GET /api/saved-replies has it');
      for (const reply of got.data) {
        assert.deepEqual(Object.keys(reply).sort(), ['body', 'id', 'shortcut', 'title', 'updated_at']);
        assertTimestamp(reply.updated_at, 'saved reply updated_at');
      }
      await sleep(QUIET_MS);
      assert.equal(phoneUpdates.calls.length, 0, 'toOthers: the editing device is left out');
      await api(info, seller.token, 'PATCH', `/api/saved-replies/${available.id}`, { body: available.body });
    } finally {
      disconnectAll(phone, laptop);
    }
  });

  it('echo.leave() (the guide\'s cleanup) stops delivery on that channel', T, async () => {
    const buyerEcho = makeEcho({ token: buyer.token, info });
    try {
      const channel = buyerEcho.private(`conversation.${conversation.id}`);
      const messages = recorder('.message.sent');
      channel.listen('.message.sent', messages.fn);
      await waitSubscribed(channel);
      const first = await postMessage(seller, `before leave ${newClientId()}`);
      await messages.next((m) => m.client_id === first.client_id);

      buyerEcho.leave(`conversation.${conversation.id}`);
      await sleep(300); // pusher:unsubscribe has no acknowledgement
      const second = await postMessage(seller, `after leave ${newClientId()}`);
      await sleep(QUIET_MS);
      assert.equal(messages.matching((m) => m.client_id === second.client_id).length, 0,
        'no message.sent after pusher:unsubscribe');
    } finally {
      disconnectAll(buyerEcho);
    }
  });

  it('subscribing to another user\'s conversation or user channel fails with 403 (Echo .error())', T, async () => {
    // A conversation of the seller's that buyer1 is not part of, if the seed has one.
    const list = await api(info, seller.token, 'GET', '/api/conversations?per_page=100');
    assert.equal(list.status, 200);
    const foreign = list.body.data.find((c) => c.buyer.id !== buyer.user.id);

    const echo = makeEcho({ token: buyer.token, info });
    try {
      const targets = [`App.Models.User.${seller.user.id}`, 'conversation.987654321'];
      if (foreign) targets.unshift(`conversation.${foreign.id}`);
      const results = await Promise.all(targets.map(async (name) => {
        const channel = echo.private(name);
        const errors = recorder(`error on ${name}`);
        const ok = recorder(`subscribed to ${name}`);
        channel.error(errors.fn);
        channel.subscribed(ok.fn);
        const err = await errors.next();
        return { name, err, ok };
      }));
      for (const { name, err } of results) {
        assert.equal(err.type, 'AuthError', `${name}: ${JSON.stringify(err)}`);
        assert.equal(err.status, 403, `${name}: the auth endpoint must answer 403: ${JSON.stringify(err)}`);
      }
      await sleep(300);
      for (const { name, ok } of results) {
        assert.equal(ok.calls.length, 0, `${name} must not be subscribed`);
      }
    } finally {
      disconnectAll(echo);
    }
  });

  it('a bad bearer token on /broadcasting/auth fails the subscription with 401', T, async () => {
    const echo = makeEcho({ token: '999|not-a-real-token', info });
    try {
      const channel = echo.private(`conversation.${conversation.id}`);
      const errors = recorder('error');
      channel.error(errors.fn);
      const err = await errors.next();
      assert.equal(err.type, 'AuthError');
      assert.equal(err.status, 401, `contract §1: a bad token answers 401 on any call: ${JSON.stringify(err)}`);
    } finally {
      disconnectAll(echo);
    }
  });

  it('the auth endpoint itself answers the contract\'s JSON (private, 200 {auth})', T, async () => {
    // What pusher-js sends: form-encoded socket_id and channel_name.
    const echo = makeEcho({ token: buyer.token, info });
    try {
      const socketId = await waitConnected(echo);
      const res = await fetch(`${info.api_url}/broadcasting/auth`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${buyer.token}`,
          Accept: 'application/json',
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ socket_id: socketId, channel_name: `private-conversation.${conversation.id}` }).toString(),
        signal: AbortSignal.timeout(10_000),
      });
      assert.equal(res.status, 200);
      const body = await res.json();
      assert.match(body.auth, new RegExp(`^${info.app_key}:[0-9a-f]{64}$`));

      const presence = await fetch(`${info.api_url}/broadcasting/auth`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${buyer.token}`,
          Accept: 'application/json',
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ socket_id: socketId, channel_name: 'presence-online' }).toString(),
        signal: AbortSignal.timeout(10_000),
      });
      assert.equal(presence.status, 200);
      const pbody = await presence.json();
      assert.match(pbody.auth, new RegExp(`^${info.app_key}:[0-9a-f]{64}$`));
      assert.equal(typeof pbody.channel_data, 'string', 'presence channel_data must be a JSON string');
      const cd = JSON.parse(pbody.channel_data);
      assert.equal(String(cd.user_id), String(buyer.user.id));
      assert.deepEqual(cd.user_info, { name: buyer.user.name, avatar_url: buyer.user.avatar_url });
    } finally {
      disconnectAll(echo);
    }
  });
});
