// Numbers as people write them, and whether a piece of text states a given number. Used for two checks:
// each number in content/ is pinned to the words of the page it was read on (its quote), and no number
// shows in the words of an item unless it is a number of that item or its country.
import libphonenumber from 'google-libphonenumber';

const phoneUtil = libphonenumber.PhoneNumberUtil.getInstance();
const { NATIONAL } = libphonenumber.PhoneNumberFormat;

// Letters on a phone keypad, so "1-800-950-NAMI" can be read as the digits it dials.
const KEYPAD = { a: 2, b: 2, c: 2, d: 3, e: 3, f: 3, g: 4, h: 4, i: 4, j: 5, k: 5, l: 5, m: 6, n: 6, o: 6, p: 7, q: 7, r: 7, s: 7, t: 8, u: 8, v: 8, w: 9, x: 9, y: 9, z: 9 };
export const keypadDigits = (letters) => letters.toLowerCase().replace(/[a-z]/g, (c) => String(KEYPAD[c]));

/**
 * A written number: groups of digits joined by one space (of any width), a hyphen or dash, or a dot
 * ("116 123", "1-800-950-6264", "09 2525 0111"); a comma only before exactly three digits ("1,300"). A
 * group of capitals after a hyphen is a keypad word ("1-800-950-NAMI"). Anything else ends the number, so
 * "SNS 24 – 808242424" holds two and "Open 24/7" none of three digits. In a quote a slash joins too, as
 * German pages write "0800/111 0 111"; a quote is searched for runs of groups, so "24/7" does no harm there.
 */
const JOIN = String.raw`[\u0020\u00a0\u2007\u2009\u202f.\u2010\u2011\u2013-]|,(?=\d{3}(?!\d))`;
const written = (join) => new RegExp(String.raw`\+?\d+(?:(?:${join})\d+|[\u2010\u2011-][A-Z]{2,}(?![\p{L}\p{N}]))*`, 'gu');
const IN_WORDS = written(JOIN);
const IN_QUOTES = written(`${JOIN}|/`);

/** @returns {{ text: string, groups: string[], digits: string }[]} each written number in the text */
export function writtenNumbers(text, { quote = false } = {}) {
  return [...text.matchAll(quote ? IN_QUOTES : IN_WORDS)].map(([written]) => {
    const groups = written.split(/[^\dA-Za-z]+/).filter(Boolean).map(keypadDigits);
    return { text: written, groups, digits: groups.join('') };
  });
}

/**
 * The ways a number may be written, as digits: as it is dialed (988, 1300224636, +18009506264 without
 * its +), and for a number in international form also its national digits with and without the trunk
 * prefix (0800 111 0 111 and 800 111 0 111 for +498001110111; 800 950 6264 for +18009506264).
 */
export function formsOf(number) {
  const forms = new Set([number.replace(/^\+/, '')]);
  if (number.startsWith('+')) {
    const parsed = phoneUtil.parse(number);
    forms.add(phoneUtil.getNationalSignificantNumber(parsed));
    forms.add(phoneUtil.format(parsed, NATIONAL).replace(/\D/g, ''));
  }
  return forms;
}

/**
 * Whether a quote states the number: some run of whole digit groups of one number written in the quote
 * spells one of its forms. "call or text 988" states 988; "Call 1737 24/7" states 1737; "116 1234" does
 * not state 116123 (the groups 116 and 1234 spell 1161234).
 */
export function quoteStates(quote, number) {
  const forms = formsOf(number);
  for (const { groups } of writtenNumbers(quote, { quote: true })) {
    for (let start = 0; start < groups.length; start++) {
      for (let end = start + 1; end <= groups.length; end++) if (forms.has(groups.slice(start, end).join(''))) return true;
    }
  }
  return false;
}

/** Host names in a text (113.nl, www.988lifeline.org): a web address is not a number to dial. */
const HOST = /(?<![\p{L}\p{N}@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?![\p{L}\p{N}])/giu;
export const hostOf = (url) => new URL(url).hostname.replace(/^www\./, '');

/**
 * The written numbers of three digits or more in a text that are none of the allowed forms. Host names
 * that are among `hosts` (the item's own web addresses) are passed over first.
 * @param {string} text
 * @param {Set<string>} allowed digit forms (see formsOf)
 * @param {Set<string>} hosts host names without www.
 */
export function strayNumbers(text, allowed, hosts) {
  const bare = text.replace(HOST, (host) => (hosts.has(host.toLowerCase().replace(/^www\./, '')) ? ' ' : host));
  return writtenNumbers(bare)
    .filter(({ digits }) => digits.length >= 3 && !allowed.has(digits))
    .map(({ text: written }) => written);
}
