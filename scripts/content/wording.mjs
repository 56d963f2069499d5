// Checks on the words themselves: reading level (English) and safe-messaging rules (each language its list).
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export const MAX_GRADE = 8;

/**
 * Text as the safe-messaging rules read it: compatibility forms folded (full-width letters, ligatures),
 * accents dropped (so "cometio" is read as "cometió"), lower case, zero-width characters and soft hyphens
 * removed, and every run of white space, no-break spaces included, one plain space.
 */
export const normalize = (text) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u00ad\u200b-\u200d\u2060]/g, '')
    .replace(/[‘’ʼ]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ');

// Word boundaries that know letters beyond ASCII (\b does not). Patterns are written for normalized text:
// lower case, no accents, single spaces.
const word = (body) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'u');

/**
 * Words that safe-messaging guidance rules out (Action Alliance framework, ReportingOnSuicide.org), one
 * list a language: a new language brings its own list, and a test for each of its rules
 * (scripts/content/load.test.mjs). `every` applies to every language. Each rule says why, for the message.
 */
export const RULES = {
  every: [{ id: 'old-lifeline', pattern: /1[ .-]?\(?800\)?[ .-]?273[ .-]?(?:8255|talk)/, why: 'the old Lifeline number: use 988' }],
  en: [
    // commit, comit, committed, commited, comitted, commits, committing, commiting…
    { id: 'committed-suicide', pattern: word('comm?itt?(?:s|e?d|ing)? suicides?'), why: 'say "died by suicide" or "suicide"' },
    { id: 'completed-suicide', pattern: word('completed? suicides?'), why: 'say "died by suicide"' },
    {
      id: 'successful-failed',
      pattern: word('(?:successful|unsuccessful|failed) (?:suicides?|attempts?)'),
      why: 'no "successful" or "failed" suicides or attempts',
    },
    { id: 'epidemic', pattern: word('(?:suicide )?epidemics?'), why: 'no "epidemic" framing' },
    {
      id: 'method',
      pattern: word('hang(?:ed|ing)?|overdos(?:e|ed|es|ing)|firearms?|guns?|pills|jump(?:ed|ing)? (?:off|from)|poison(?:ed|ing)?'),
      why: 'no method detail',
    },
  ],
  es: [
    {
      id: 'cometer-suicidio',
      pattern: word('comet(?:er|[eo]|i|ia|ian|io|ieron|ido|en|era|eran|iendo) (?:(?:un|el) )?suicidios?'),
      why: 'di "morir por suicidio" o "suicidio", no "cometer suicidio"',
    },
    { id: 'suicidio-consumado', pattern: word('suicidios? consumados?'), why: 'di "morir por suicidio", no "suicidio consumado"' },
    {
      id: 'exitoso-fallido',
      pattern: word('(?:intentos? (?:de suicidio )?|suicidios? )(?:fallidos?|exitosos?|frustrados?)'),
      why: 'sin suicidios ni intentos "fallidos" ni "exitosos"',
    },
    { id: 'epidemia', pattern: word('epidemias?'), why: 'sin hablar de "epidemia"' },
    { id: 'metodo', pattern: word('ahorc\\p{L}*|sobredosis|pastillas|armas? de fuego|veneno|envenen\\p{L}*'), why: 'sin detalles de métodos' },
  ],
};

/** The language whose rules apply to a content folder's language ("es" for "es-MX"). */
const ruleLanguage = (lang) => lang.split('-')[0];

/** Whether a language has its own safe-messaging list. */
export const hasRules = (lang) => ruleLanguage(lang) !== 'every' && Object.hasOwn(RULES, ruleLanguage(lang));

/** Problems with one piece of text in a language: each rule of that language (and every language) it breaks. */
export function wordingProblems(text, lang) {
  const read = normalize(text);
  return [...RULES.every, ...(RULES[ruleLanguage(lang)] ?? [])]
    .filter((rule) => rule.pattern.test(read))
    .map((rule) => `"${read.match(rule.pattern)[0]}": ${rule.why}`);
}

const words = (text) => text.match(/[A-Za-z’'-]+/g) ?? [];
const sentences = (text) => Math.max(1, (text.match(/[.!?:]+(\s|$)/g) ?? []).length);

/** The Flesch–Kincaid grade of English text. */
export function grade(text) {
  const w = words(text);
  if (!w.length) return 0;
  return fleschKincaid({
    sentence: sentences(text),
    word: w.length,
    syllable: w.reduce((n, word) => n + syllable(word), 0),
  });
}
