'use strict';
// Every Adaptive Card the bot sends during the run is appended to one file, so the card check (cards.test.js) can
// parse all of them with the official library afterwards, whichever client saw them.
const fs = require('node:fs');
const path = require('node:path');
const { cardsFile } = require('./env');

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

function adaptiveCardsOf(activity) {
  return (activity.attachments || [])
    .filter((attachment) => attachment && attachment.contentType === ADAPTIVE_CARD && attachment.content)
    .map((attachment) => attachment.content);
}

function recordCards(activity, source) {
  const cards = adaptiveCardsOf(activity);
  if (cards.length === 0) {
    return;
  }
  fs.mkdirSync(path.dirname(cardsFile), { recursive: true });
  for (const card of cards) {
    fs.appendFileSync(cardsFile, JSON.stringify({ source, activityId: activity.id, card }) + '\n');
  }
}

function readRecordedCards() {
  if (!fs.existsSync(cardsFile)) {
    return [];
  }
  return fs.readFileSync(cardsFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
}

/** The submit buttons of a card, with their titles and data (what a click posts). */
function submitActionsOf(card) {
  const found = [];
  const visit = (node) => {
    if (Array.isArray(node)) {
      node.forEach(visit);
    } else if (node && typeof node === 'object') {
      if (node.type === 'Action.Submit') {
        found.push({ title: node.title, data: node.data });
      }
      Object.values(node).forEach(visit);
    }
  };
  visit(card);
  return found;
}

module.exports = { ADAPTIVE_CARD, adaptiveCardsOf, recordCards, readRecordedCards, submitActionsOf };
