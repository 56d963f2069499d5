// Tests of the safe-messaging rules: each rule of each language fires on its examples (and a new rule
// without examples fails here), whitespace and case do not hide a phrase, and a content file holding any
// of the issue's unsafe wordings fails the check, naming the file, the item and the field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from './load.mjs';
import { CONTENT, assertOneError, errorsFor } from './content-copies.mjs';
import { RULES, hasRules, normalize, wordingProblems } from './wording.mjs';

/** For every rule of every language: texts it must fire on. */
const FIRES = {
  every: { 'old-lifeline': ['call 1-800-273-8255', 'Call 1 800 273 TALK', '1-(800)-273-8255'] },
  en: {
    'committed-suicide': ['he committed suicide', 'commited suicide', 'comitted suicide', 'committed  suicide', 'COMMITTED\u00a0SUICIDE', 'to commit suicide', 'commits suicide'],
    'completed-suicide': ['a completed suicide', 'completed suicides'],
    'successful-failed': ['a successful suicide', 'a failed suicide', 'a failed attempt', 'an unsuccessful attempt'],
    epidemic: ['a suicide epidemic', 'an epidemic of despair'],
    method: ['an overdose', 'hanging', 'jumped from', 'pills'],
  },
  es: {
    'cometer-suicidio': ['cometió suicidio', 'cometio suicidio', 'cometieron suicidio', 'ha cometido un suicidio', 'cometer\u00a0suicidio', 'Cometer  Suicidio'],
    'suicidio-consumado': ['un suicidio consumado', 'suicidios consumados'],
    'exitoso-fallido': ['un suicidio exitoso', 'un suicidio fallido', 'un intento fallido', 'intentos de suicidio frustrados'],
    epidemia: ['una epidemia de suicidios', 'la epidemia'],
    metodo: ['una sobredosis', 'tomó pastillas', 'armas de fuego'],
  },
};
/** Texts no rule of the language may fire on. */
const FINE = {
  en: ['died by suicide', 'Call or text 988', 'suicidal thoughts', 'epidemiology', 'completely', 'a commitment to suicide prevention'],
  es: ['murió por suicidio', 'pensamientos suicidas', 'prevención del suicidio', 'epidemiología'],
};

test('every safe-messaging rule has examples here, and fires on each', () => {
  for (const [lang, rules] of Object.entries(RULES)) {
    for (const rule of rules) {
      const examples = FIRES[lang]?.[rule.id];
      assert.ok(examples?.length, `rule "${rule.id}" (${lang}) has no example in wording.test.mjs`);
      for (const text of examples) assert.ok(rule.pattern.test(normalize(text)), `rule "${rule.id}" (${lang}) does not fire on "${text}"`);
    }
  }
  for (const [lang, examples] of Object.entries(FIRES)) {
    for (const id of Object.keys(examples)) assert.ok(RULES[lang].some((r) => r.id === id), `no rule "${id}" in ${lang}`);
  }
});

test('safe wording passes, in each language', () => {
  for (const [lang, texts] of Object.entries(FINE)) for (const text of texts) assert.deepEqual(wordingProblems(text, lang), [], `${lang}: ${text}`);
});

test('white space of any kind and case are normalised before matching', () => {
  assert.equal(normalize('Committed\u00a0\u2009 Suicide\u200b'), 'committed suicide');
  assert.equal(wordingProblems('He  COMMITTED\u202fsuicide', 'en').length, 1);
  assert.ok(hasRules('es-MX') && hasRules('en') && !hasRules('fr') && !hasRules('every'));
});

// The issue's unsafe wordings, each put into a real English or Spanish content file.
const VARIANTS = [
  ['en', 'commited suicide'],
  ['en', 'comitted suicide'],
  ['en', 'committed  suicide'],
  ['en', 'committed\u00a0suicide'],
  ['en', 'Committed Suicide'],
  ['en', 'completed suicide'],
  ['en', 'successful suicide'],
  ['en', 'failed suicide'],
  ['en', 'suicide epidemic'],
  ['es', 'cometió suicidio'],
  ['es', 'cometio suicidio'],
  ['es', 'cometer  suicidio'],
  ['es', 'suicidio consumado'],
  ['es', 'suicidio exitoso'],
  ['es', 'suicidio fallido'],
  ['es', 'epidemia de suicidios'],
];
for (const [lang, phrase] of VARIANTS) {
  test(`content with "${phrase.replace(/\s/g, (c) => (c === ' ' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))}" (${lang}) fails the check`, () => {
    const errors = errorsFor(`${lang}/guide.yaml`, (s) => s.replace(/^heading: .*$/m, `heading: "Nobody ${phrase}"`));
    assertOneError(errors, `${lang}/guide.yaml`, 'item "heading"', normalize(phrase).split(' ')[0]);
  });
}

test('a language without its own safe-messaging list fails the check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ally-content-'));
  cpSync(CONTENT, dir, { recursive: true });
  cpSync(join(CONTENT, 'es'), join(dir, 'fr'), { recursive: true });
  const { errors } = loadContent(dir);
  assertOneError(errors, 'fr', 'no safe-messaging rules for this language');
});
