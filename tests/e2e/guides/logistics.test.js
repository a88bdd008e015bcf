'use strict';
// Issue 5: the logistics guide completed on the bot's page in headless Chromium, by typing and clicking card
// buttons, until the result card with the ranked channels and the landed cost is on screen.
const test = require('node:test');
const assert = require('node:assert/strict');
const { WebChatPage } = require('../lib/webchat-page');

test('web chat page: the logistics guide from a typed request to the ranked channels and the landed cost', async (t) => {
  const page = await WebChatPage.open();
  t.after(() => page.close());

  await page.expectText(/What would you like to do/);
  await page.type('ship 2kg of shoes to Germany');
  await page.expectText(/I understood: 2 kg.*Germany/);

  await page.expectText(/outer dimensions/);
  await page.clickButton('Skip');
  await page.expectText(/declared value/);
  await page.type('$30');
  await page.expectText(/How fast must it arrive/);
  await page.clickButton('Standard');
  await page.expectText(/end-to-end tracking/);
  await page.clickButton('Yes');
  await page.expectText(/return the goods/);
  await page.clickButton('No');
  await page.expectText(/batteries or liquids/);
  await page.clickButton('Neither');

  await page.expectText(/Logistics channels: 2 kg of shoes to Germany[\s\S]*Ranked channels \(estimates\)[\s\S]*Days/, 30000);
  await page.expectText(/Landed cost estimate: Germany[\s\S]*Landed cost\s+[\d.]+ EUR/);
  // Issue 16: the result's charts are on screen, loaded by the browser from their signed links (800 px PNGs).
  const chart = page.page.locator('img[alt*="transit days"]').first();
  await chart.waitFor({ timeout: 30000 });
  const chartWidth = await chart.evaluate((img) => (img.complete && img.naturalWidth > 0
    ? img.naturalWidth
    : new Promise((resolve) => img.addEventListener('load', () => resolve(img.naturalWidth)))));
  assert.equal(chartWidth, 800);
  await page.expectText(/What would you like to do next/);
  await page.screenshot('logistics-result');

  assert.deepEqual(page.consoleErrors.filter((e) => !/favicon/i.test(e)), []);
});
