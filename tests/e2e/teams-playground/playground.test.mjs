// The bot in the Microsoft 365 Agents Playground (a local Teams simulator), driven through the Playground's own
// HTTP API and conversation stream, the ones its web UI uses: the Playground builds the Teams activities, sends them
// to the bot's /api/messages, and receives the bot's replies on its mock connector. No browser is needed.
// Started by ../teams-playground.sh, which sets PLAYGROUND_URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';

const playground = process.env.PLAYGROUND_URL ?? 'http://127.0.0.1:56150';
const api = `${playground}/_conversation/v1`;
const expiredText = "That card belongs to an earlier question, so I did not take it as an answer. Here is the question I am waiting for:";
const helpStart = 'I help small manufacturers and traders sell abroad';

let config;
let socket;
const messages = [];
const waiters = [];

async function post(path, body) {
  const response = await fetch(api + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** Waits until a bot message after `from` (an index into messages) satisfies `predicate`. */
function waitFor(predicate, from, what) {
  const found = messages.slice(from).find(predicate);
  if (found) return Promise.resolve(found);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; got: ${JSON.stringify(messages.slice(from).map(summary))}`)), 15000);
    waiters.push({ predicate, from, resolve: (m) => { clearTimeout(timer); resolve(m); } });
  });
}

const summary = (m) => m.text ?? `[card: ${m.attachments?.[0]?.content?.body?.[0]?.text}]`;
const card = (m) => m.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
const personalChat = () => config.personalChat.id;
const user = () => ({ id: config.currentUser.id });

before(async () => {
  config = (await (await fetch(`${playground}/_internal/v1/config`)).json()).config;
  socket = new WebSocket(`${playground.replace(/^http/, 'ws')}/_ws_conversation/v1/conversations/stream`);
  socket.on('message', (data) => {
    const event = JSON.parse(data.toString());
    if (event.action !== 'createMessage' || event.actionConversationId !== personalChat()) return;
    if (event.message.from?.id !== config.bot.id) return;
    messages.push(event.message);
    for (const waiter of [...waiters]) {
      if (messages.slice(waiter.from).some(waiter.predicate)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(messages.slice(waiter.from).find(waiter.predicate));
      }
    }
  });
  await new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); });
});

after(() => socket?.close());

test('typed "help" in the personal chat gets the help text and the menu card', async () => {
  const start = messages.length;
  const sent = await post(`/conversations/${personalChat()}/messages`, { from: user(), text: 'help', textFormat: 'plain' });
  assert.equal(sent.status, 200);

  await waitFor((m) => m.text?.startsWith(helpStart), start, 'the help text');
  const menu = await waitFor((m) => card(m)?.actions?.length > 0, start, 'the menu card');
  for (const action of card(menu).actions) {
    assert.equal(action.data.verb, 'choose');
    assert.ok(action.data.promptId, 'every question button carries the prompt stamp');
  }
});

test('clicking a menu button (Action.Submit) answers the waiting question', async () => {
  const start = messages.length;
  await post(`/conversations/${personalChat()}/messages`, { from: user(), text: 'menu', textFormat: 'plain' });
  const menu = await waitFor((m) => card(m)?.actions?.length > 0, start, 'the menu card');
  const button = card(menu).actions.find((a) => a.data.value === 'choose_logistics');

  const afterClick = messages.length;
  const submitted = await post('/submit', { conversation: { id: personalChat() }, from: user(), replyToId: menu.messageId, value: button.data });
  assert.equal(submitted.status, 200);

  const reply = await waitFor(() => true, afterClick, 'a reply to the click');
  assert.notEqual(reply.text, expiredText);
});

test('a click carrying the stamp of a question that is no longer asked is declined and the question asked again', async () => {
  const start = messages.length;
  await post(`/conversations/${personalChat()}/messages`, { from: user(), text: 'menu', textFormat: 'plain' });
  const menu = await waitFor((m) => card(m)?.actions?.length > 0, start, 'the menu card');

  const afterClick = messages.length;
  await post('/submit', { conversation: { id: personalChat() }, from: user(), replyToId: menu.messageId, value: { verb: 'choose', value: 'yes', promptId: 'p-from-long-ago' } });

  await waitFor((m) => m.text === expiredText, afterClick, 'the expired-card notice');
  await waitFor((m) => card(m)?.actions?.length > 0, afterClick, 'the waiting question again');
});

test('Action.Execute is answered with the updated card: the choice shown, no buttons', async () => {
  const start = messages.length;
  await post(`/conversations/${personalChat()}/messages`, { from: user(), text: 'menu', textFormat: 'plain' });
  const menu = await waitFor((m) => card(m)?.actions?.length > 0, start, 'the menu card');
  const button = card(menu).actions.find((a) => a.data.value === 'choose_platform');

  const invoked = await post('/invoke', {
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb: 'choose', data: button.data } },
    from: user(),
    conversation: { id: personalChat() },
    replyToId: menu.messageId,
  });

  assert.equal(invoked.status, 200);
  assert.equal(invoked.body.type, 'application/vnd.microsoft.card.adaptive');
  assert.equal(invoked.body.value.actions, undefined);
  assert.ok(invoked.body.value.body.some((b) => b.text === `✓ You chose: ${button.title}`), JSON.stringify(invoked.body.value));
});

test('the searchKnowledge message extension answers the compose box', async () => {
  const invoked = await post('/invoke', {
    name: 'composeExtension/query',
    value: { commandId: 'searchKnowledge', parameters: [{ name: 'initialRun', value: 'true' }], queryOptions: { skip: 0, count: 5 } },
    from: user(),
    conversation: { id: personalChat() },
  });

  assert.equal(invoked.status, 200);
  const result = invoked.body.composeExtension;
  assert.ok(['result', 'message'].includes(result.type), JSON.stringify(invoked.body));
  for (const attachment of result.attachments ?? []) {
    assert.equal(attachment.contentType, 'application/vnd.microsoft.card.adaptive');
    assert.equal(attachment.preview.contentType, 'application/vnd.microsoft.card.thumbnail');
  }
});
