// Tests of the content checks: the real content passes, and each kind of mistake fails with a message
// that names the file, the item and the field. Run by `npm test` (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadContent, dialedDigits } from './load.mjs';
import { CONTENT, assertOneError, assertSomeError, contentWith, errorsFor } from './content-copies.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

test('the shipped content passes every check', () => {
  const { content, errors } = loadContent(CONTENT);
  assert.deepEqual(errors, []);
  assert.deepEqual(content.tips.map((t) => t.id), ['listen', 'educate', 'self-care', 'patience']);
  assert.deepEqual(content.countries.US.resources, ['nami', 'mha', 'samhsa']);
});

test('an invalid phone number names the file, item and field', () => {
  const errors = errorsFor('resources.yaml', (s) => s.replace('"+18009506264"', '"+1800950626"'));
  assert.ok(errors.some((e) => e.includes('resources.yaml') && e.includes('item "nami"') && e.includes('field "contacts[0].number"')), errors.join('\n'));
});

test('a number that is not in international form is rejected', () => {
  const errors = errorsFor('resources.yaml', (s) => s.replace('"+18006624357"', '"1-800-662-4357"'));
  assert.ok(errors.some((e) => e.includes('item "samhsa"') && e.includes('international form')), errors.join('\n'));
});

test('a displayed number that dials something else is rejected', () => {
  const errors = errorsFor('resources.yaml', (s) => s.replace('display: 1-800-950-NAMI (6264)', 'display: 1-800-950-NAMX (6269)'));
  assertOneError(errors, 'item "nami"', 'field "contacts[0].display"', '+18009506264');
});

test('a web address that is not https is rejected', () => {
  const errors = errorsFor('resources.yaml', (s) => s.replace('website: https://mhanational.org/', 'website: http://mhanational.org/'));
  assertOneError(errors, 'resources.yaml', 'item "mha"', 'field "website"', 'https://');
});

test('a missing reviewed date is rejected', () => {
  const errors = errorsFor('tips.yaml', (s) => s.replace(/- id: patience\n  reviewed: [\d-]+\n/, '- id: patience\n'));
  assertOneError(errors, 'tips.yaml', 'item "patience"', 'field "reviewed"', 'missing');
});

test('an item without sources is rejected', () => {
  const errors = errorsFor('countries.yaml', (s) => s.replace(/(\nUS:[\s\S]*?)  sources:\n(    - .*\n)+/, '$1  sources: []\n'));
  assertOneError(errors, 'countries.yaml', 'item "US"', 'field "sources"');
});

test('a misspelled field is reported', () => {
  const errors = errorsFor('tips.yaml', (s) => s.replace('- id: listen\n  reviewed:', '- id: listen\n  reviwed:'));
  assert.ok(errors.some((e) => e.includes('field "reviwed"') && e.includes('not a known field')), errors.join('\n'));
});

test('HTML in text is rejected', () => {
  const errors = errorsFor('en/tips.yaml', (s) => s.replace('title: Listen actively', 'title: <b>Listen</b> actively'));
  assertOneError(errors, 'en/tips.yaml', 'item "listen"', 'field "title"', 'HTML');
});

test('a language that lacks an item says which', () => {
  const errors = errorsFor('en/tips.yaml', (s) => s.replace(/\npatience:[\s\S]*$/, '\n'));
  assertOneError(errors, 'en/tips.yaml', 'item "patience"', 'missing in this language');
});

test('a translation that lacks a contact says which', () => {
  const errors = errorsFor('en/resources.yaml', (s) => s.replace(/    tty:\n      label: TTY\n      note: .*\n/, ''));
  assertOneError(errors, 'en/resources.yaml', 'item "samhsa"', 'field "contacts.tty"');
});

test('a template that loses its placeholder is rejected', () => {
  const errors = errorsFor('en/ui.yaml', (s) => s.replace('call: "Call {number}"', 'call: "Call now"'));
  assertOneError(errors, 'en/ui.yaml', 'item "common"', 'field "call"', '{number}');
});

test('a country never lists another country’s line', () => {
  const errors = errorsFor('countries.yaml', (s) => s.replace('crisisLine: samaritans-gb\n  resources: [shout, nhs-111]', 'crisisLine: samaritans-gb\n  resources: [shout, nhs-111, nami]'));
  assertOneError(errors, 'countries.yaml', 'item "GB"', 'field "resources[2]"', '"nami" serves US, not GB');
});

test('a line for one language must be a language of the content and a crisis line the country lists', () => {
  const unknown = errorsFor('countries.yaml', (s) => s.replace('crisisLineFor: { fr: be-cps }', 'crisisLineFor: { nl: be-cps }'));
  assertOneError(unknown, 'countries.yaml', 'item "BE"', 'crisisLineFor', '"nl" is not a language');
  const unlisted = errorsFor('countries.yaml', (s) => s.replace('crisisLineFor: { fr: be-cps }', 'crisisLineFor: { fr: zelfmoordlijn-1813 }'));
  assertOneError(unlisted, 'countries.yaml', 'item "BE"', 'crisisLineFor', 'is not in BE');
});

test('a full number must be valid in its item’s country', () => {
  const errors = errorsFor('resources.yaml', (s) => s.replace('number: "+528009112000", display: 800 911 2000', 'number: "+18009112000", display: 800 911 2000'));
  assert.ok(errors.some((e) => e.includes('item "linea-de-la-vida"') && e.includes('not a valid phone number in MX')), errors.join('\n'));
});

test('a country that points at a missing organization is rejected', () => {
  const errors = errorsFor('countries.yaml', (s) => s.replace('[nami, mha, samhsa]', '[nami, mha, samhsa, acme]'));
  assertOneError(errors, 'countries.yaml', 'item "US"', 'field "resources[3]"', '"acme"');
});

test('an item reviewed over a year ago warns but passes', () => {
  const dir = contentWith('tips.yaml', (s) => s.replace(/- id: listen\n  reviewed: [\d-]+/, '- id: listen\n  reviewed: 2020-01-01'));
  const { errors, warnings } = loadContent(dir);
  assert.deepEqual(errors, []);
  assert.equal(warnings.length, 1);
  assert.ok(warnings[0].includes('item "listen"') && warnings[0].includes('over 12 months'));
});

test('broken YAML names the file', () => {
  const errors = errorsFor('en/ui.yaml', (s) => s.replace('tips:\n', 'tips: [\n'));
  assert.ok(errors.some((e) => e.startsWith(`${join('en', 'ui.yaml')}`) || e.includes('en/ui.yaml')), errors.join('\n'));
  assert.ok(errors.some((e) => e.includes('not valid YAML')), errors.join('\n'));
});

test('dialedDigits reads letters as keypad digits and ignores a repeat in parentheses', () => {
  assert.equal(dialedDigits('1-800-950-NAMI (6264)'), '18009506264');
  assert.equal(dialedDigits('435748 (HELP4U)'), '435748');
});

test('the build step fails on broken content, naming the problem', () => {
  const dir = contentWith('resources.yaml', (s) => s.replace('"+18006624357"', '"+1800"'));
  const work = mkdtempSync(join(tmpdir(), 'ally-build-'));
  cpSync(dir, join(work, 'content'), { recursive: true });
  cpSync(resolve(here, '../../package.json'), join(work, 'package.json'));
  const run = spawnSync(process.execPath, [resolve(here, '../content.mjs')], { cwd: work, encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /resources\.yaml: item "samhsa", field "contacts\[0\]\.number"/);
});

test('unsafe wording is rejected in any language', () => {
  const en = errorsFor('en/tips.yaml', (s) => s.replace('Growing restless, angry, or agitated', 'Growing restless after a failed attempt'));
  assertOneError(en, 'en/tips.yaml', 'item "educate"', 'field "signs[2]"', '"failed attempt"');
  const es = errorsFor('es/guide.yaml', (s) => s.replace(/^heading: .*$/m, 'heading: Nadie debería cometer suicidio'));
  assertOneError(es, 'es/guide.yaml', '"heading"', 'cometer suicidio');
});

test('English above reading grade 8 is rejected', () => {
  const errors = errorsFor('en/resources.yaml', (s) =>
    s.replace(
      'summary: A UK crisis line you reach by text message.',
      'summary: Comprehensive, multidisciplinary psychological intervention, facilitating individualized therapeutic conversations internationally.',
    ),
  );
  assertOneError(errors, 'en/resources.yaml', 'item "shout"', 'reads at grade');
});

test('every language holds every item: a missing Spanish tip is named', () => {
  const errors = errorsFor('es/tips.yaml', (s) => s.replace(/\nself-care:[\s\S]*?\n(?=patience:)/, '\n'));
  assertOneError(errors, 'es/tips.yaml', 'item "self-care"', 'missing in this language');
});

test('a short code must be a valid short number in its country', () => {
  const errors = errorsFor('resources.yaml', (s) => s.replace('number: "3114", display: "3114"', 'number: "9999", display: "9999"'));
  assertSomeError(errors, 'resources.yaml', 'item "fr-3114"', 'not a valid short number in FR');
});

test('an emergency number must be one in its country', () => {
  const errors = errorsFor('countries.yaml', (s) => s.replace('emergency: "000"', 'emergency: "999"'));
  assertSomeError(errors, 'countries.yaml', 'item "AU"', 'field "emergency"', 'not an emergency number in AU');
});

test('a + number that cannot be dialed from abroad must be written in national form', () => {
  const errors = errorsFor('resources.yaml', (s) => s.replace('number: "1300224636"', 'number: "+611300224636"'));
  assertOneError(errors, 'resources.yaml', 'item "beyond-blue"', 'field "contacts[0].number"', 'contact "call"', 'national form, 1300224636');
});

test('a national-form number must be valid in its item’s country', () => {
  const errors = errorsFor('resources.yaml', (s) => s.replace('number: "1300224636", display: 1300 22 4636', 'number: "130022463", display: 1300 22 463'));
  assertSomeError(errors, 'resources.yaml', 'item "beyond-blue"', 'field "contacts[0].number"', 'not a valid phone number in AU');
});

test('a national-form number that dials from abroad must be written in international form', () => {
  const errors = errorsFor('resources.yaml', (s) => s.replace('number: "+528009112000"', 'number: "8009112000"'));
  assertOneError(errors, 'resources.yaml', 'item "linea-de-la-vida"', 'contact "call"', 'international form, +528009112000');
});

test('a national-form number’s display must dial the same digits', () => {
  const errors = errorsFor('resources.yaml', (s) => s.replace('display: 1300 22 4636', 'display: 1300 22 4637'));
  assertOneError(errors, 'resources.yaml', 'item "beyond-blue"', 'field "contacts[0].display"', '1300224637');
});

test('a language’s keyword must be text, on a text-message contact only', () => {
  const empty = errorsFor('es/resources.yaml', (s) => s.replace('keyword: AYUDA', 'keyword: ""'));
  assertOneError(empty, 'es/resources.yaml', 'item "lifeline-988"', 'field "contacts.text.keyword"', 'non-empty text');
  const onCall = errorsFor('en/resources.yaml', (s) => s.replace('    tty:\n      label: TTY\n', '    tty:\n      label: TTY\n      keyword: HELP\n'));
  assertOneError(onCall, 'en/resources.yaml', 'item "samhsa"', 'field "contacts.tty.keyword"', 'only for text-message contacts');
});

test('steps are a list of short sentences', () => {
  const notList = errorsFor('en/resources.yaml', (s) => s.replace('name: Kids Help Phone\n', 'name: Kids Help Phone\n  steps: Call and wait.\n'));
  assertOneError(notList, 'en/resources.yaml', 'item "kids-help-phone"', 'field "steps"', 'must be a list');
  const emptyStep = errorsFor('en/resources.yaml', (s) => s.replace('name: Kids Help Phone\n', 'name: Kids Help Phone\n  steps:\n    - Call.\n    - ""\n'));
  assertOneError(emptyStep, 'en/resources.yaml', 'item "kids-help-phone"', 'field "steps[1]"', 'non-empty text');
  const none = errorsFor('en/resources.yaml', (s) => s.replace('name: Kids Help Phone\n', 'name: Kids Help Phone\n  steps: []\n'));
  assertOneError(none, 'en/resources.yaml', 'item "kids-help-phone"', 'field "steps"', 'at least 1');
});
