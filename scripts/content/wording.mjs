// Checks on the words themselves: reading level (English) and safe-messaging rules (every language).
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export const MAX_GRADE = 8;

/**
 * Words that safe-messaging guidance rules out (Action Alliance framework, ReportingOnSuicide.org), in
 * every language we ship. Each entry says why, for the error message.
 */
export const BANNED = [
  { pattern: /\bcommit(s|ted|ting)? suicide\b/i, why: 'say "died by suicide" or "suicide"' },
  { pattern: /\b(successful|failed|unsuccessful) (suicide|attempt)/i, why: 'no "successful" or "failed" attempts' },
  { pattern: /\bepidemic\b|\bepidemia\b/i, why: 'no "epidemic" framing' },
  { pattern: /\bcomete[rn]?\b.{0,10}\bsuicidio\b|\bcometió\b/i, why: 'di "morir por suicidio", no "cometer suicidio"' },
  { pattern: /\b(hang(ed|ing)?|overdos(e|ed|ing)|firearm|gun|pills|jump(ed|ing)? (off|from)|poison(ed|ing)?)\b/i, why: 'no method detail' },
  { pattern: /\b1-?800-?273-?(8255|TALK)\b/i, why: 'the old Lifeline number: use 988' },
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
