'use strict';
// (c) Every Adaptive Card the bot sent during the run parses with the official adaptivecards library, with no
// errors or warnings, at schema 1.5 or lower and under 28 KB (docs/ARCHITECTURE.md, "Contracts").
const test = require('node:test');
const assert = require('node:assert/strict');
// The package's lib/ is ES modules with extension-less imports that Node cannot load; dist/ is the same library bundled.
const AC = require('adaptivecards/dist/adaptivecards.js');
const { readRecordedCards } = require('./lib/cards');

test('every card the bot sent parses with the adaptivecards library without errors or warnings', () => {
  const recorded = readRecordedCards();
  assert.ok(recorded.length > 0, 'the run recorded no cards: did the other tests run first?');

  const problems = [];
  for (const { source, activityId, card } of recorded) {
    const context = new AC.SerializationContext(new AC.Version(1, 5));
    const parsed = new AC.AdaptiveCard();
    parsed.parse(card, context);
    for (let i = 0; i < context.eventCount; i++) {
      const event = context.getEventAt(i);
      problems.push(`${source} ${activityId}: ${AC.ValidationEvent[event.event]} ${event.message}`);
    }
    for (const event of parsed.validateProperties().validationEvents) {
      problems.push(`${source} ${activityId}: ${AC.ValidationEvent[event.event]} ${event.message}`);
    }
    const version = String(card.version || '').split('.').map(Number);
    if (!(version[0] === 1 && version[1] <= 5)) {
      problems.push(`${source} ${activityId}: version ${card.version} is above 1.5`);
    }
    const size = Buffer.byteLength(JSON.stringify(card), 'utf8');
    if (size >= 28 * 1024) {
      problems.push(`${source} ${activityId}: ${size} bytes, over 28 KB`);
    }
  }

  assert.deepEqual(problems, [], `${recorded.length} cards checked`);
});

test('the check covered the cards of the guide runs: the readiness form and the logistics result', () => {
  const { cardText } = require('./lib/directline-chat');
  const texts = readRecordedCards().map(({ source, card }) => ({ source, text: cardText(card) }));
  assert.ok(texts.some((c) => c.source === 'directlinejs' && /See my result/.test(c.text)), 'the readiness form was checked');
  assert.ok(texts.some((c) => c.source === 'directlinejs' && /Your roadmap/.test(c.text)), 'the readiness result was checked');
  assert.ok(texts.some((c) => c.source === 'webchat' && /Ranked channels \(estimates\)/.test(c.text)), 'the logistics result was checked');
});
