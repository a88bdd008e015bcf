'use strict';
// The bot's own page (/) in headless Debian Chromium through playwright-core, driven like a person: read the
// transcript, click card buttons, type in the send box. Every card the page receives is recorded for cards.test.js.
//
//   const page = await WebChatPage.open();
//   await page.expectText(/What would you like to do/);
//   await page.clickButton(/readiness/i);
//   await page.type('help');
//   await page.expectText(/cancel/i);
//   await page.close();

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { botUrl, artifactsDir } = require('./env');
const { recordCards } = require('./cards');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];
const DEFAULT_TIMEOUT_MS = 20000;
// One element per activity in Web Chat's transcript, in order.
const ACTIVITY = 'article.webchat__basic-transcript__activity';

class WebChatPage {
  constructor(context, page, userDataDir) {
    this.context = context;
    this.page = page;
    this.userDataDir = userDataDir;
    this.consoleErrors = [];
    this.cursor = 0; // expectations look at activities after the last one matched
  }

  static async open({ locale = 'en-US' } = {}) {
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbb-chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      locale,
      viewport: { width: 1000, height: 900 }
    });
    const page = context.pages()[0] || (await context.newPage());
    const chat = new WebChatPage(context, page, userDataDir);
    page.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
    page.on('console', (message) => {
      if (message.type() === 'error') {
        chat.consoleErrors.push(message.text());
      }
    });
    // What the page polls is what it renders: record the cards from the poll answers.
    page.on('response', async (response) => {
      if (/\/v3\/directline\/conversations\/[^/]+\/activities\?/.test(response.url()) && response.ok()) {
        try {
          const body = await response.json();
          (body.activities || []).filter((a) => a.from && a.from.role !== 'user').forEach((a) => recordCards(a, 'webchat'));
        } catch (e) {
          // A poll cut short by closing the page has no body to read.
        }
      }
    });
    await page.goto(botUrl + '/');
    await page.locator('[data-id="webchat-sendbox-input"]').waitFor();
    return chat;
  }

  /**
   * Waits for an activity (after the previous match) whose visible text matches, bubbles and rendered cards alike,
   * and moves past it; so an answer is only found where it can be the answer to what was just done.
   */
  async expectText(pattern, timeoutMs = DEFAULT_TIMEOUT_MS) {
    const handle = await this.page.waitForFunction(
      ([selector, from, source, flags]) => {
        const re = new RegExp(source, flags);
        const activities = Array.from(document.querySelectorAll(selector));
        for (let i = from; i < activities.length; i++) {
          if (re.test(activities[i].innerText)) {
            return i + 1; // truthy even for the first activity
          }
        }
        return false;
      },
      [ACTIVITY, this.cursor, pattern.source, pattern.flags],
      { timeout: timeoutMs });
    this.cursor = await handle.jsonValue();
  }

  /** How many times the transcript shows an activity whose text matches. */
  countActivities(pattern) {
    return this.page.evaluate(
      ([selector, source, flags]) => Array.from(document.querySelectorAll(selector)).filter((a) => new RegExp(source, flags).test(a.innerText)).length,
      [ACTIVITY, pattern.source, pattern.flags]);
  }

  /** Clicks the last button with this title (the newest card's): a string is the exact title, a RegExp a pattern. */
  async clickButton(name) {
    const button = this.page.getByRole('button', { name, exact: typeof name === 'string' }).last();
    await button.waitFor();
    await button.click();
  }

  /** Types into the send box and sends with Enter. */
  async type(text) {
    const box = this.page.locator('[data-id="webchat-sendbox-input"]');
    await box.click();
    await box.fill(text);
    await box.press('Enter');
  }

  async screenshot(name) {
    fs.mkdirSync(artifactsDir, { recursive: true });
    const file = path.join(artifactsDir, name + '.png');
    // Web Chat scrolls new activities into view with an animation; let it settle so the picture shows the latest.
    await this.page.waitForTimeout(800);
    await this.page.screenshot({ path: file, fullPage: true });
    return file;
  }

  async reload() {
    this.cursor = 0;
    await this.page.reload();
    await this.page.locator('[data-id="webchat-sendbox-input"]').waitFor();
  }

  async close() {
    await this.context.close();
    fs.rmSync(this.userDataDir, { recursive: true, force: true });
  }
}

module.exports = { WebChatPage };
