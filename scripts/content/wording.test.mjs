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
import { READABILITY, RULES, hasRules, normalize, readabilityFor, syllables, wordingProblems } from './wording.mjs';

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
  fr: {
    'commettre-suicide': ['il a commis un suicide', 'commettre un suicide', 'commettent le suicide', 'Commettre\u00a0un  Suicide'],
    'reussi-rate': ['un suicide réussi', 'une tentative ratée', 'tentatives de suicide manquées', 'une tentative échouée'],
    epidemie: ['une épidémie de suicides', 'l’epidemie'],
    methode: ['par pendaison', 'une surdose', 'une overdose', 'des cachets', 'une arme à feu'],
  },
  de: {
    selbstmord: ['Selbstmord', 'selbstmordgefährdet', 'Selbstmörder', 'Kinderselbstmorde', 'SELBSTMORD'],
    freitod: ['Freitod', 'den Freitod wählen', 'des Freitodes'],
    'suizid-begehen': ['Suizid begehen', 'Suizid zu begehen', 'beging Suizid', 'einen Suizidversuch begangen', 'begeht  einen Suizid'],
    'erfolgreich-gescheitert': ['ein erfolgreicher Suizid', 'ein gescheiterter Suizidversuch', 'ein missglückter Versuch', 'ein misslungener Suizid'],
    epidemie: ['eine Suizidepidemie', 'Epidemie'],
    methode: ['erhängt', 'eine Überdosis', 'Tabletten', 'eine Schusswaffe', 'vergiftet'],
  },
  pt: {
    'cometer-suicidio': ['cometeu suicídio', 'cometer suicidio', 'cometeram o suicídio', 'Cometer\u00a0Suicídio'],
    'sucesso-fracasso': ['um suicídio bem-sucedido', 'uma tentativa fracassada', 'tentativas de suicídio frustradas', 'suicídio consumado'],
    epidemia: ['uma epidemia de suicídios', 'epidemias'],
    metodo: ['enforcamento', 'uma overdose', 'comprimidos', 'arma de fogo', 'envenenamento'],
  },
  ja: {
    'seiko-shippai': ['自殺に成功', '自殺が失敗', '成功した自殺'],
    ryuko: ['自殺の流行', '自殺が蔓延', '自殺ブーム'],
    meisho: ['自殺の名所'],
    shudan: ['首つり', '首吊り', '飛び降り', '練炭', '服毒', '過量服薬', '硫化水素'],
  },
};
/** Texts no rule of the language may fire on. */
const FINE = {
  en: ['died by suicide', 'Call or text 988', 'suicidal thoughts', 'epidemiology', 'completely', 'a commitment to suicide prevention'],
  es: ['murió por suicidio', 'pensamientos suicidas', 'prevención del suicidio', 'epidemiología'],
  fr: ['mourir par suicide', 'des idées de suicide', 'prévention du suicide', 'épidémiologie', 'suspendu', 'il a commis une erreur', 'une tentative'],
  de: ['durch Suizid gestorben', 'Suizidgedanken', 'Suizidprävention', 'sich das Leben nehmen', 'ein erfolgreicher Tag', 'Medikamente nach Plan'],
  pt: ['morreu por suicídio', 'pensamentos suicidas', 'prevenção do suicídio', 'epidemiologia', 'cometeu um erro'],
  ja: ['自殺を考えている', '自殺予防', 'いのちを守る', '相談してください'],
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
  assert.ok(hasRules('es-MX') && hasRules('en') && hasRules('fr-BE') && hasRules('pt-PT') && !hasRules('it') && !hasRules('every'));
});

// The issues' unsafe wordings, each put into a real content file of its language.
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
  ['fr', 'a commis un suicide'],
  ['fr', 'commettre\u00a0un suicide'],
  ['fr', 'suicide réussi'],
  ['fr', 'tentative ratée'],
  ['fr', 'épidémie de suicides'],
  ['de', 'Selbstmord'],
  ['de', 'Freitod'],
  ['de', 'Suizid begehen'],
  ['de', 'gescheiterter Suizidversuch'],
  ['de', 'Suizidepidemie'],
  ['pt', 'cometeu suicídio'],
  ['pt', 'cometer  suicidio'],
  ['pt', 'suicídio bem-sucedido'],
  ['pt', 'tentativa fracassada'],
  ['pt', 'epidemia de suicídios'],
  ['ja', '自殺に成功'],
  ['ja', '自殺の流行'],
  ['ja', '自殺の名所'],
  ['ja', '飛び降り'],
];
for (const [lang, phrase] of VARIANTS) {
  test(`content with "${phrase.replace(/\s/g, (c) => (c === ' ' ? ' ' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))}" (${lang}) fails the check`, () => {
    const errors = errorsFor(`${lang}/guide.yaml`, (s) => s.replace(/^heading: .*$/m, `heading: "Nobody ${phrase}"`));
    assertOneError(errors, `${lang}/guide.yaml`, 'item "heading"', normalize(phrase).split(' ')[0].slice(0, 8));
  });
}

test('a language without its own safe-messaging list fails the check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ally-content-'));
  cpSync(CONTENT, dir, { recursive: true });
  cpSync(join(CONTENT, 'es'), join(dir, 'it'), { recursive: true });
  const { errors } = loadContent(dir);
  assertOneError(errors, 'it', 'no safe-messaging rules for this language');
});

// Reading level: each formula tells plain words from hard ones, and the check rejects an item that is hard
// to read in its language, naming the file, the item and the formula.
const HARD = {
  en: 'Notwithstanding considerable organizational heterogeneity, comprehensive interdisciplinary collaboration necessitates institutionalized accountability mechanisms.',
  fr: 'Nonobstant une hétérogénéité organisationnelle considérable, la collaboration interdisciplinaire nécessite impérativement des mécanismes institutionnels de responsabilisation particulièrement sophistiqués.',
  de: 'Ungeachtet erheblicher organisatorischer Heterogenität erfordert interdisziplinäre Zusammenarbeit institutionalisierte Verantwortlichkeitsmechanismen sowie kontinuierliche Qualitätssicherungsmaßnahmen.',
  pt: 'Não obstante a considerável heterogeneidade organizacional, a colaboração interdisciplinar necessita imprescindivelmente de mecanismos institucionalizados de responsabilização extraordinariamente sofisticados.',
};
const EASY = {
  en: 'Call or text 988. Someone will listen.',
  fr: 'Appelez le 3114. Quelqu’un vous écoute.',
  de: 'Rufen Sie an. Jemand hört Ihnen zu.',
  pt: 'Ligue para o 188. Alguém vai ouvir você.',
};
for (const lang of Object.keys(HARD)) {
  test(`reading level in ${lang}: plain words pass, hard ones fail`, () => {
    const formula = readabilityFor(lang);
    assert.ok(formula.passes(formula.score(EASY[lang])), `${lang}: ${formula.score(EASY[lang])}`);
    assert.ok(!formula.passes(formula.score(HARD[lang])), `${lang}: ${formula.score(HARD[lang])}`);
    const errors = errorsFor(`${lang}/resources.yaml`, (s) => s.replace(/^(shout:\n  name: .*\n  summary: ).*$/m, `$1${HARD[lang]}`));
    assertOneError(errors, `${lang}/resources.yaml`, 'item "shout"', `reads at ${formula.name}`);
  });
}

test('Japanese has no reading-level formula (none fits without a morphological analyser)', () => {
  assert.equal(readabilityFor('ja'), undefined);
  assert.equal(readabilityFor('fr-CA'), READABILITY.fr);
});

test('syllables are counted as runs of vowels, with French mute endings', () => {
  assert.deepEqual(['parlent', 'téléphone', 'gratuitement', 'suicide'].map((w) => syllables(w, 'fr')), [1, 3, 4, 2]);
  assert.deepEqual(['Seelsorge', 'anonym', 'Überdosis'].map((w) => syllables(w, 'de')), [3, 3, 4]);
  assert.deepEqual(['saúde', 'ligue', 'você'].map((w) => syllables(w, 'pt')), [2, 2, 2]);
});
