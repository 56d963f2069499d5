// Checks on the words themselves: reading level (English) and safe-messaging rules (every language).
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export const MAX_GRADE = 8;

/**
 * Words that safe-messaging guidance rules out (Action Alliance framework, ReportingOnSuicide.org), in
 * every language we ship. Each entry says why, for the error message.
 */
// Word boundaries that know accented letters (\b does not: "cometió" ends in a non-ASCII letter).
const word = (body) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'iu');

export const BANNED = [
  { pattern: word('commit(?:s|ted|ting)? suicide'), why: 'say "died by suicide" or "suicide"' },
  { pattern: word('(?:successful|failed|unsuccessful) (?:suicide|attempt)'), why: 'no "successful" or "failed" attempts' },
  { pattern: word('epidemic|epidemia'), why: 'no "epidemic" framing' },
  { pattern: word('comet(?:er|ió|ieron|ido|e|en)\\s+(?:un\\s+)?suicidio|suicidio consumado'), why: 'di "morir por suicidio", no "cometer suicidio"' },
  { pattern: word('intentos? (?:de suicidio )?(?:fallidos?|exitosos?|frustrados?)'), why: 'sin intentos "fallidos" ni "exitosos"' },
  {
    pattern: word('hang(?:ed|ing)?|overdos(?:e|ed|ing)|firearms?|guns?|pills|jump(?:ed|ing)? (?:off|from)|poison(?:ed|ing)?|ahorc\\p{L}*|sobredosis|pastillas|armas? de fuego|veneno'),
    why: 'no method detail',
  },
  { pattern: /1-?800-?273-?(?:8255|TALK)/i, why: 'the old Lifeline number: use 988' },
];

/** Problems with one piece of text: banned wording in any language. */
export function wordingProblems(text) {
  return BANNED.filter((b) => b.pattern.test(text)).map((b) => `"${text.match(b.pattern)[0]}": ${b.why}`);
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
