'use strict';
// A user talking to the bot through the official Direct Line client (botframework-directlinejs, polling), with the
// token fetched exactly as the web page fetches it. Guide tests read like the conversation:
//
//   const chat = await DirectLineChat.start();
//   await chat.expectText(/What would you like to do/);
//   await chat.click(/readiness/i);          // a button of the latest card, by title
//   await chat.say('We sell LED lamps');      // typing
//   await chat.expectCard(/Your readiness/);  // a card whose text matches
//   chat.end();

global.XMLHttpRequest = global.XMLHttpRequest || require('xhr2');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');
const { botUrl } = require('./env');
const { adaptiveCardsOf, recordCards, submitActionsOf } = require('./cards');

const DEFAULT_TIMEOUT_MS = 15000;

class PollingOnly {
  constructor() {
    throw new Error('These tests use Direct Line polling (webSocket: false).');
  }
}

class DirectLineChat {
  constructor(directLine, userId, conversationId) {
    this.directLine = directLine;
    this.userId = userId;
    this.conversationId = conversationId;
    this.activities = [];
    this.cursor = 0; // expectations look at activities after the last one matched
    this.waiters = [];
    this.subscription = directLine.activity$.subscribe((activity) => {
      this.activities.push(activity);
      if (activity.from && activity.from.role !== 'user') {
        recordCards(activity, 'directlinejs');
      }
      this.waiters.slice().forEach((check) => check());
    });
  }

  static async start({ locale = 'en-US', resume } = {}) {
    const response = await fetch(botUrl + '/api/webchat/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(resume || {})
    });
    if (!response.ok) {
      throw new Error('token endpoint answered ' + response.status);
    }
    const session = await response.json();
    const directLine = new DirectLine({
      token: session.token,
      domain: botUrl + '/v3/directline',
      webSocket: false,
      pollingInterval: 300,
      conversationStartProperties: { locale },
      // Node 20 has no global WebSocket, and the client looks one up even in polling mode; it is never used.
      WebSocket: PollingOnly
    });
    const chat = new DirectLineChat(directLine, session.userId, session.conversationId);
    chat.locale = locale;
    await chat.waitForStatus(ConnectionStatus.Online);
    return chat;
  }

  waitForStatus(status, timeoutMs = DEFAULT_TIMEOUT_MS) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('Direct Line did not reach status ' + status)), timeoutMs);
      const subscription = this.directLine.connectionStatus$.subscribe((current) => {
        if (current === status) {
          clearTimeout(timer);
          setImmediate(() => subscription.unsubscribe());
          resolve();
        } else if (current === ConnectionStatus.FailedToConnect || current === ConnectionStatus.Ended) {
          clearTimeout(timer);
          reject(new Error('Direct Line connection status ' + current));
        }
      });
    });
  }

  /** Bot activities received so far after the cursor. */
  botActivitiesSinceCursor() {
    return this.activities.slice(this.cursor).filter((a) => a.from && a.from.role !== 'user' && a.type === 'message');
  }

  /** Waits for a bot activity (after the previous match) that satisfies the predicate; moves the cursor past it. */
  expect(predicate, description, timeoutMs = DEFAULT_TIMEOUT_MS) {
    return new Promise((resolve, reject) => {
      const check = () => {
        for (let i = this.cursor; i < this.activities.length; i++) {
          const activity = this.activities[i];
          if (activity.from && activity.from.role !== 'user' && activity.type === 'message' && predicate(activity)) {
            this.cursor = i + 1;
            done();
            resolve(activity);
            return;
          }
        }
      };
      const timer = setTimeout(() => {
        done();
        const seen = this.activities.slice(this.cursor).map(describe).join('\n  ');
        reject(new Error('Timed out waiting for ' + description + '. Bot said since the last match:\n  ' + (seen || '(nothing)')));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== check);
      };
      this.waiters.push(check);
      check();
    });
  }

  /** A bot message whose text (or card text) matches. */
  expectText(pattern, timeoutMs) {
    return this.expect((activity) => pattern.test(textOf(activity)), 'text ' + pattern, timeoutMs);
  }

  /** A bot message carrying an Adaptive Card whose text matches; resolves to the card. */
  async expectCard(pattern = /./, timeoutMs) {
    const activity = await this.expect(
      (a) => adaptiveCardsOf(a).some((card) => pattern.test(cardText(card))),
      'a card matching ' + pattern,
      timeoutMs);
    this.lastCard = adaptiveCardsOf(activity).find((card) => pattern.test(cardText(card)));
    return this.lastCard;
  }

  /** The user types a message. Resolves to the id the service gave it. */
  say(text) {
    return this.post({ type: 'message', text, locale: this.locale });
  }

  /** The user clicks a submit button (by title) of the latest card received, as Web Chat does. */
  click(title) {
    const card = this.latestCard();
    if (!card) {
      throw new Error('No card to click on');
    }
    const match = typeof title === 'string' ? (t) => t === title : (t) => title.test(t);
    const action = submitActionsOf(card).find((a) => match(a.title || ''));
    if (!action) {
      throw new Error('No button ' + title + ' on the card; it has: ' + submitActionsOf(card).map((a) => a.title).join(', '));
    }
    return this.post({ type: 'message', value: action.data, channelData: { postBack: true }, locale: this.locale });
  }

  latestCard() {
    for (let i = this.activities.length - 1; i >= 0; i--) {
      const activity = this.activities[i];
      if (activity.from && activity.from.role !== 'user') {
        const cards = adaptiveCardsOf(activity);
        if (cards.length > 0) {
          return cards[cards.length - 1];
        }
      }
    }
    return undefined;
  }

  post(activity) {
    return new Promise((resolve, reject) => {
      this.directLine.postActivity({ ...activity, from: { id: this.userId, role: 'user' } }).subscribe(
        (id) => (id === 'retry' ? reject(new Error('post was not accepted')) : resolve(id)),
        reject);
    });
  }

  end() {
    this.subscription.unsubscribe();
    this.directLine.end();
  }
}

function cardText(card) {
  const texts = [];
  const visit = (node) => {
    if (Array.isArray(node)) {
      node.forEach(visit);
    } else if (node && typeof node === 'object') {
      for (const key of ['text', 'title', 'label', 'placeholder', 'value']) {
        if (typeof node[key] === 'string') {
          texts.push(node[key]);
        }
      }
      Object.values(node).forEach(visit);
    }
  };
  visit(card);
  return texts.join('\n');
}

function textOf(activity) {
  return [activity.text || ''].concat(adaptiveCardsOf(activity).map(cardText)).join('\n');
}

function describe(activity) {
  return (activity.from && activity.from.role) + ': ' + textOf(activity).replace(/\s+/g, ' ').slice(0, 160);
}

module.exports = { DirectLineChat, cardText, textOf };
