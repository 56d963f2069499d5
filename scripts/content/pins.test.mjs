// Tests that every number is pinned to its source's words, that no stray number shows in the words, and
// that sources are pages rather than home pages. Each edits a copy of the real content (content-copies.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CONTENT, assertOneError, errorsFor } from './content-copies.mjs';
import { formsOf, quoteStates, strayNumbers, writtenNumbers } from './numbers.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

test('a right-looking but wrong number in the US data is caught by its quote: 988 → 911', () => {
  const errors = errorsFor('resources.yaml', (s) =>
    s.replace('{ id: call, channel: phone, number: "988", display: "988"', '{ id: call, channel: phone, number: "911", display: "911"'),
  );
  assertOneError(errors, 'resources.yaml', 'item "lifeline-988"', 'field "contacts[0].quote"', '"Here is what you can expect when making a call to the 988 Lifeline."', 'number 911');
});

test('a wrong US text number is caught by its quote: 741741 → 741714', () => {
  const errors = errorsFor('resources.yaml', (s) => s.replace('number: "741741", display: "741741"', 'number: "741714", display: "741714"'));
  assertOneError(errors, 'item "mha"', 'field "contacts[1].quote"', 'texting MHA to 741741', 'number 741714');
});

test('a wrong GB number is caught by its quote: Samaritans 116 123 → 116 111', () => {
  const errors = errorsFor('resources.yaml', (s) =>
    s.replace(/(- id: samaritans-gb[\s\S]*?)number: "116123", display: 116 123/, '$1number: "116111", display: 116 111'),
  );
  assertOneError(errors, 'item "samaritans-gb"', 'field "contacts[0].quote"', 'to call 116 123', 'number 116111');
});

test('a wrong AU number is caught by its quote: Lifeline 13 11 14 → 13 11 15', () => {
  const errors = errorsFor('resources.yaml', (s) => s.replace('number: "131114", display: 13 11 14', 'number: "131115", display: 13 11 15'));
  assertOneError(errors, 'item "lifeline-au"', 'field "contacts[0].quote"', 'What happens when I call 13 11 14?', 'number 131115');
});

test('a wrong emergency number is caught by its quote: AU 000 → 112', () => {
  const errors = errorsFor('countries.yaml', (s) => s.replace('emergency: "000"', 'emergency: "112"'));
  assertOneError(errors, 'countries.yaml', 'item "AU"', 'field "emergencyQuote"', 'If you are in immediate danger call 000.', 'number 112');
});

test('a number without its quote or source is named', () => {
  const noQuote = errorsFor('resources.yaml', (s) => s.replace(', quote: "Call 800-950-6264" }', ' }'));
  assertOneError(noQuote, 'item "nami"', 'field "contacts[0].quote"', 'is missing');
  const noSource = errorsFor('countries.yaml', (s) => s.replace(/\n {2}emergencySource: .*(?=\n {2}emergencyQuote: "For emergencies call 111")/, ''));
  assertOneError(noSource, 'countries.yaml', 'item "NZ"', 'field "emergencySource"', 'is missing');
});

test('a quote read on a page that is not among the item’s sources is rejected', () => {
  const errors = errorsFor('resources.yaml', (s) => s.replace('source: "https://giveusashout.org/about-us/faq/"', 'source: "https://giveusashout.org/about-us/"'));
  assertOneError(errors, 'item "shout"', 'field "contacts[0].source"', 'not one of this item\'s sources');
});

test('a quote that leaves words out is rejected', () => {
  const errors = errorsFor('resources.yaml', (s) => s.replace('quote: "Ligne de crise 0800 32 123"', 'quote: "Ligne de crise … 0800 32 123"'));
  assertOneError(errors, 'item "be-cps"', 'field "contacts[0].quote"', 'leaves words out');
});

test('a number in the words that is not the item’s or its country’s is rejected, in English', () => {
  const errors = errorsFor('en/resources.yaml', (s) => s.replace('In England, call 111 and choose option 2', 'In England, call 112 and choose option 2'));
  assertOneError(errors, 'en/resources.yaml', 'item "nhs-111"', 'field "summary"', '"112"');
});

test('a number in the words that is not the item’s or its country’s is rejected, in Spanish', () => {
  const errors = errorsFor('es/resources.yaml', (s) => s.replace('Llama o envía un mensaje al 1737', 'Llama o envía un mensaje al 1738'));
  assertOneError(errors, 'es/resources.yaml', 'item "need-to-talk-1737"', 'field "summary"', '"1738"');
});

test('another country’s number in an item’s words is rejected', () => {
  const errors = errorsFor('en/resources.yaml', (s) => s.replace('note: Choose option 2 for mental health.', 'note: Choose option 2 for mental health, or call 988.'));
  assertOneError(errors, 'item "nhs-111"', 'field "contacts.call.note"', '"988"');
});

test('the interface, tips and guide serve every country, so their words hold no number', () => {
  const errors = errorsFor('en/tips.yaml', (s) => s.replace('save a crisis line number in your phone', 'save 988 in your phone'));
  assertOneError(errors, 'en/tips.yaml', 'item "educate"', '"988"');
});

test('a year or count in the words needs its own pinned entry (otherNumbers)', () => {
  const errors = errorsFor('resources.yaml', (s) => s.replace('    - { number: "1909", source: "https://mhanational.org/our-history/", quote: "1909" }\n', ''));
  const languages = readdirSync(CONTENT).filter((name) => /^[a-z]{2,3}(-[A-Z]{2})?$/.test(name));
  assert.equal(errors.length, languages.length, errors.join('\n')); // once in each language
  assert.ok(errors.every((e) => e.includes('item "mha"') && e.includes('"1909"')), errors.join('\n'));
});

test('an item’s own website is not a source', () => {
  const errors = errorsFor('resources.yaml', (s) => s.replace('url: https://screening.mhanational.org/screening-tools/\n', 'url: https://mhanational.org/\n'));
  assertOneError(errors, 'item "mha"', 'field "sources[1].url"', 'own website, not a source');
});

test('at most 10% of source addresses may be a site’s home page', () => {
  const errors = errorsFor('tips.yaml', (s) => s.replace('url: https://www.bethe1to.com/bethe1to-steps-evidence/', 'url: https://www.bethe1to.com/'));
  assert.ok(errors.length > 1, errors.join('\n'));
  assert.ok(errors.every((e) => e.includes("is a site's home page") && e.includes('10 of 92 sources are, and at most 9 may be')), errors.join('\n'));
  assert.ok(errors.some((e) => e.startsWith('tips.yaml') || e.includes('tips.yaml: item "listen", field "sources[1].url"')), errors.join('\n'));
});

test('written numbers: groups, keypad words, thousands, and what ends a number', () => {
  assert.deepEqual(writtenNumbers('1-800-950-NAMI (6264)').map((n) => n.digits), ['18009506264', '6264']);
  assert.deepEqual(writtenNumbers('about 1,300 helplines in 130 countries').map((n) => n.digits), ['1300', '130']);
  assert.deepEqual(writtenNumbers('Open 24/7, 9-8-8, SNS 24 – 808242424').map((n) => n.digits), ['24', '7', '988', '24', '808242424']);
  assert.deepEqual(writtenNumbers('call\u00a0116\u00a0123').map((n) => n.digits), ['116123']);
  assert.deepEqual(writtenNumbers('0800/1110111', { quote: true }).map((n) => n.digits), ['08001110111']);
});

test('a quote states a number in any of its written forms', () => {
  assert.deepEqual([...formsOf('+498001110111')].sort(), ['08001110111', '498001110111', '8001110111']);
  assert.ok(quoteStates('call or text 988', '988'));
  assert.ok(quoteStates('1-800-950-NAMI (6264)', '+18009506264'), 'keypad word, with the trunk 1');
  assert.ok(quoteStates('Call 800-950-6264', '+18009506264'), 'national form without the 1');
  assert.ok(quoteStates('also in Finnish (09 2525 0111)', '+358925250111'), 'national form with the trunk 0');
  assert.ok(quoteStates('via WhatsApp at +65-6669-1771', '+6566691771'), 'international form');
  assert.ok(quoteStates('Call 1737 24/7', '1737'), 'a run of whole groups');
  assert.ok(quoteStates('unter den Nummern 0800/1110111 und 0800/1110222', '+498001110222'));
  assert.ok(!quoteStates('116 1234', '116123'), 'never part of a group');
  assert.ok(!quoteStates('call or text 988', '911'));
  assert.ok(!quoteStates('Call 800-950-6264', '+18009506265'));
});

test('numbers in words: the allowed forms and the item’s own host names pass', () => {
  const allowed = new Set(['988', '1737']);
  assert.deepEqual(strayNumbers('Chat at 988lifeline.org, or call 988 or 911. Open 24/7.', allowed, new Set(['988lifeline.org'])), ['911']);
  assert.deepEqual(strayNumbers('Write through 116sos.pl', allowed, new Set()), ['116']);
  assert.deepEqual(strayNumbers('Call 1737 24/7', allowed, new Set()), ['1737 24'], 'a writer separates them: "1737, 24/7"');
});

test('the widgets never receive the review-only fields', () => {
  const work = mkdtempSync(join(tmpdir(), 'ally-generate-'));
  cpSync(CONTENT, join(work, 'content'), { recursive: true });
  cpSync(resolve(here, '../../package.json'), join(work, 'package.json'));
  const run = spawnSync(process.execPath, [resolve(here, '../content.mjs')], { cwd: work, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const generated = readdirSync(join(work, 'src/generated')).map((f) => readFileSync(join(work, 'src/generated', f), 'utf8')).join('\n');
  for (const field of ['"quote"', '"source"', '"emergencySource"', '"emergencyQuote"', '"otherNumbers"']) {
    assert.ok(!generated.includes(field), `${field} reached the widgets`);
  }
  assert.ok(generated.includes('"number":"988"'), 'the numbers themselves still do');
});
