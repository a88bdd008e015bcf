'use strict';
// (a) The official Direct Line client (botframework-directlinejs, polling) against the bot's own /v3/directline.
const test = require('node:test');
const assert = require('node:assert/strict');
const { DirectLineChat } = require('./lib/directline-chat');

test('directlinejs: welcome, menu card, "Ask a question" by card click, a typed question, a sourced answer, back to the menu', async (t) => {
  const chat = await DirectLineChat.start();
  t.after(() => chat.end());

  await chat.expectText(/I'm CrossBorderBot/);
  const menu = await chat.expectCard(/What would you like to do/);
  assert.equal(menu.version, '1.5');

  // Picking an entry posts the button's submit data, as Web Chat does.
  await chat.click('Ask a question');
  await chat.expectText(/What would you like to know/);
  await chat.say('Do I need IOSS for orders under €150?');
  // The answer is a card: the fact first, then details, then the sources it used with their review dates.
  const answer = JSON.stringify(await chat.expectCard(/IOSS/));
  assert.match(answer, /Sources?/, 'the answer names its sources');
  assert.match(answer, /reviewed \d{4}-\d{2}-\d{2}/, 'and their review date');

  await chat.expectCard(/another question/);
  await chat.click('No');
  await chat.expectCard(/What would you like to do/);

  await chat.say('help');
  await chat.expectText(/start over/);
});

test('directlinejs: a Chinese-speaking user is answered in Chinese', async (t) => {
  const chat = await DirectLineChat.start({ locale: 'zh-CN' });
  t.after(() => chat.end());

  await chat.expectText(/CrossBorderBot/);
  await chat.expectCard(/您想做什么/);
  await chat.say('帮助');
  await chat.expectText(/[\u4e00-\u9fff]/);
});

test('directlinejs: a second connection with the saved ids resumes the same conversation', async (t) => {
  const first = await DirectLineChat.start();
  t.after(() => first.end());
  await first.expectCard(/What would you like to do/);
  await first.say('help');
  await first.expectText(/help|cancel|back/i);
  first.end();

  const again = await DirectLineChat.start({ resume: { userId: first.userId, conversationId: first.conversationId } });
  t.after(() => again.end());
  assert.equal(again.conversationId, first.conversationId);
  // The history comes back, the user's own message included, and there is no second welcome.
  await again.expect((a) => /I'm CrossBorderBot/.test(a.text || ''), 'the original welcome');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const welcomes = again.activities.filter((a) => /I'm CrossBorderBot/.test(a.text || ''));
  assert.equal(welcomes.length, 1);
  assert.ok(again.activities.some((a) => a.from.role === 'user' && a.text === 'help'));
});
