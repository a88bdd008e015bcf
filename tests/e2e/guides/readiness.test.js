'use strict';
// Issue 5: the readiness guide completed with the official Direct Line client. On Direct Line the guide shows one
// form; the user fills every input with its weakest answer and presses "See my result", exactly as Web Chat posts it.
const test = require('node:test');
const assert = require('node:assert/strict');
const { DirectLineChat, textOf } = require('../lib/directline-chat');
const { submitActionsOf } = require('../lib/cards');

/** What Web Chat posts for a filled card: every input's value by its id, merged with the button's submit data. */
function fillForm(card, pick) {
  const values = {};
  const visit = (node) => {
    if (Array.isArray(node)) {
      node.forEach(visit);
    } else if (node && typeof node === 'object') {
      if (typeof node.type === 'string' && node.type.startsWith('Input.') && node.id) {
        values[node.id] = pick(node);
      }
      Object.values(node).forEach(visit);
    }
  };
  visit(card);
  return values;
}

// The last choice is the weakest answer in the questionnaire, and 0 the weakest number: the roadmap has steps.
const weakest = (input) => (input.type === 'Input.ChoiceSet' ? input.choices[input.choices.length - 1].value : '0');

test('directlinejs: the readiness guide through its form ends with the level, the area scores and the roadmap', async (t) => {
  const chat = await DirectLineChat.start();
  t.after(() => chat.end());

  await chat.expectCard(/What would you like to do/);
  await chat.click('Check my readiness to sell abroad');
  const form = await chat.expectCard(/See my result/);
  assert.ok(submitActionsOf(form).some((a) => a.title === 'One question at a time'), 'the form offers one question at a time');

  const inputs = fillForm(form, weakest);
  assert.ok(Object.keys(inputs).length >= 10, 'every question is an input: ' + Object.keys(inputs).join(', '));
  const submit = submitActionsOf(form).find((a) => a.title === 'See my result');
  await chat.post({ type: 'message', value: { ...inputs, ...submit.data }, channelData: { postBack: true }, locale: chat.locale });

  const result = await chat.expectText(/Readiness: .+ — \d+\/100/, 30000);
  const text = textOf(result);
  assert.match(text, /Score by area/);
  assert.match(text, /Your roadmap — the first steps/);
  await chat.expectCard(/Send me the plan/);
});
