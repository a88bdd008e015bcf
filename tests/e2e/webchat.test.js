'use strict';
// (b) The bot's page (/) with the official Web Chat in headless Chromium: what a visitor sees and does.
const test = require('node:test');
const assert = require('node:assert/strict');
const { WebChatPage } = require('./lib/webchat-page');

// Web Chat renders markdown with typographic quotes: "I'm" shows as "I’m".
const WELCOME = /I.m CrossBorderBot\. I help/;

test('web chat page: welcome, "Ask a question" by clicking, a typed question, the sourced answer, back to the menu', async (t) => {
  const page = await WebChatPage.open();
  t.after(() => page.close());

  await page.expectText(WELCOME);
  await page.expectText(/What would you like to do/);
  await page.clickButton('Ask a question');
  await page.expectText(/What would you like to know/);
  await page.type('Do I need IOSS for orders under €150?');
  await page.expectText(/IOSS for orders under/); // the user's own message, delivered
  await page.expectText(/IOSS[\s\S]*reviewed \d{4}-\d{2}-\d{2}/); // the answer, with its sources' review date
  await page.expectText(/another question/);
  await page.clickButton('No');
  await page.expectText(/What would you like to do/);

  await page.type('help');
  await page.expectText(/^help$/m); // the user's own message, delivered
  await page.expectText(/start over/); // the help text
  await page.screenshot('webchat');

  // The page keeps the conversation: a reload shows the same history (one welcome) instead of a new chat.
  await page.reload();
  await page.expectText(WELCOME);
  const welcomes = await page.countActivities(WELCOME);
  assert.equal(welcomes, 1);

  assert.deepEqual(page.consoleErrors.filter((e) => !/favicon/i.test(e)), []);
});
