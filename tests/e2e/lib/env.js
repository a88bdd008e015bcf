'use strict';
// Where the bot under test listens and where the run keeps what it saw (run.sh sets both).
const path = require('node:path');

const botUrl = (process.env.BOT_URL || 'http://127.0.0.1:3978').replace(/\/+$/, '');
const artifactsDir = process.env.E2E_ARTIFACTS || path.join(__dirname, '..', '.artifacts');
const cardsFile = path.join(artifactsDir, 'cards.jsonl');

module.exports = { botUrl, artifactsDir, cardsFile };
