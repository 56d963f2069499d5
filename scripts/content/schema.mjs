// A small declarative schema for the content files. Each check returns a list of problems, each with the
// path of the field it concerns, so that messages can name the file, the item and the field.
import { isValidPhoneNumber } from 'libphonenumber-js/max';

/** @typedef {{ path: (string|number)[], message: string }} Problem */
/** @typedef {(value: unknown, path: (string|number)[]) => Problem[]} Check */

const problem = (path, message) => [{ path, message }];
const typeName = (v) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v);

/** @returns {Check} */
export const text = ({ max = 400 } = {}) => (v, path) => {
  if (typeof v !== 'string' || !v.trim()) return problem(path, `must be non-empty text (found ${typeName(v)})`);
  if (v.length > max) return problem(path, `is ${v.length} characters; keep it under ${max}`);
  if (/[<>]/.test(v)) return problem(path, 'must be plain text, without < or > (no HTML)');
  return [];
};

export const bool = () => (v, path) => (typeof v === 'boolean' ? [] : problem(path, `must be true or false (found ${typeName(v)})`));

export const oneOf = (...allowed) => (v, path) =>
  allowed.includes(v) ? [] : problem(path, `must be one of ${allowed.join(', ')} (found ${JSON.stringify(v)})`);

export const id = () => (v, path) =>
  typeof v === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v)
    ? []
    : problem(path, `must be a lowercase id like "self-care" (found ${JSON.stringify(v)})`);

export const date = () => (v, path) => {
  // YAML reads an unquoted 2026-11-25 as a date; accept both forms, store the ISO day.
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : v;
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(s))) {
    return problem(path, `must be a date written YYYY-MM-DD (found ${JSON.stringify(v)})`);
  }
  if (Date.parse(s) > Date.now() + 86400000) return problem(path, `is in the future (${s})`);
  return [];
};

export const httpsUrl = () => (v, path) => {
  let url;
  try {
    url = new URL(String(v));
  } catch {
    return problem(path, `must be a full web address starting with https:// (found ${JSON.stringify(v)})`);
  }
  if (url.protocol !== 'https:') return problem(path, `must start with https:// (found ${JSON.stringify(v)})`);
  if (url.username || url.password) return problem(path, 'must not contain a user name or password');
  return [];
};

/**
 * What a phone dials: an international number (+ and digits) valid for its country, a national short
 * code (3 to 6 digits, such as 988 or 741741), or the national digits of a number that cannot be dialed
 * from abroad (such as 1300224636). The loader checks the last two against the item's country.
 */
export const dialNumber = () => (v, path) => {
  if (typeof v !== 'string') return problem(path, `must be quoted text such as "+18009506264" or "988" (found ${typeName(v)})`);
  if (/^\d{3,15}$/.test(v)) return [];
  if (!/^\+\d{7,15}$/.test(v)) {
    return problem(
      path,
      `must be + and digits in international form (e.g. "+18009506264"), a 3–6 digit short code, or national digits (e.g. "1300224636") (found "${v}")`,
    );
  }
  return isValidPhoneNumber(v) ? [] : problem(path, `"${v}" is not a valid phone number for its country code`);
};

/** @returns {Check} */
export const list = (of, { min = 1 } = {}) => (v, path) => {
  if (!Array.isArray(v)) return problem(path, `must be a list (found ${typeName(v)})`);
  if (v.length < min) return problem(path, `must have at least ${min} entr${min === 1 ? 'y' : 'ies'}`);
  return v.flatMap((item, i) => of(item, [...path, i]));
};

/**
 * An object with known fields. `required` and `optional` map field names to checks; any other field is
 * reported, which catches typos such as `reviwed`.
 */
export const object = (required, optional = {}) => (v, path) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return problem(path, `must be a set of fields (found ${typeName(v)})`);
  const out = [];
  for (const [key, check] of Object.entries(required)) {
    if (!(key in v) || v[key] === null) out.push(...problem([...path, key], 'is missing'));
    else out.push(...check(v[key], [...path, key]));
  }
  for (const [key, check] of Object.entries(optional)) {
    if (key in v && v[key] !== null) out.push(...check(v[key], [...path, key]));
  }
  for (const key of Object.keys(v)) {
    if (!(key in required) && !(key in optional)) out.push(...problem([...path, key], 'is not a known field (check the spelling)'));
  }
  return out;
};

/** A map from ids (or codes) to values of one shape. */
export const record = (of, key = id()) => (v, path) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return problem(path, `must be a set of fields (found ${typeName(v)})`);
  return Object.entries(v).flatMap(([k, item]) => [...key(k, [...path, k]), ...of(item, [...path, k])]);
};

/** Checks one field only when another field has a given value. */
export const when = (field, value, then, otherwise) => (v, path) =>
  (v?.[field] === value ? then : otherwise)(v, path);

// ---- The shapes of the content files ----

const source = object({ title: text({ max: 120 }), url: httpsUrl() });
const reviewedAndSources = { reviewed: date(), sources: list(source) };

export const tipsFile = list(object({ id: id(), ...reviewedAndSources }));

// The word a text message sends: in the facts, or in a language's words where that language's readers send
// another (Spanish readers text AYUDA to 988). The loader allows it on text-message contacts only.
const keyword = text({ max: 30 });

const lineFlags = { crisis: bool(), open247: bool(), free: bool(), confidential: bool() };
// Where a number was read, for reviewers only (the widgets never receive it): `source` is one of the
// item's sources' addresses, `quote` the words on that page that state the number (scripts/content/pins.mjs).
const quote = text({ max: 300 });
const pinned = { source: httpsUrl(), quote };
const contact = (v, path) => {
  const channel = oneOf('phone', 'sms', 'chat', 'web')(v?.channel, [...path, 'channel']);
  if (channel.length) return channel;
  const base = { id: id(), channel: oneOf(v.channel) };
  const dialed = { ...base, number: dialNumber(), display: text({ max: 40 }), ...pinned };
  if (v.channel === 'phone') return object(dialed, lineFlags)(v, path);
  if (v.channel === 'sms') return object(dialed, { keyword, ...lineFlags })(v, path);
  if (v.channel === 'chat') return object({ ...base, url: httpsUrl() }, lineFlags)(v, path);
  return object({ ...base, url: httpsUrl() })(v, path);
};

const countryCode = () => (v, path) =>
  typeof v === 'string' && /^[A-Z]{2}$/.test(v) ? [] : problem(path, `must be a two-letter country code like US (found ${JSON.stringify(v)})`);

// A number the words state that is not a contact's (a year, a count, a WhatsApp number), with where it
// was read; digits only, + first for a phone number in international form. For reviewers only.
const otherNumber = object({
  number: (v, path) =>
    typeof v === 'string' && /^\+?\d{3,15}$/.test(v) ? [] : problem(path, `must be quoted digits such as "1979" (found ${JSON.stringify(v)})`),
  ...pinned,
});
const otherNumbers = list(otherNumber);

export const resourcesFile = list(
  when(
    'kind',
    'directory',
    // An international directory serves readers of every country.
    object({ id: id(), kind: oneOf('directory'), website: httpsUrl(), contacts: list(contact), ...reviewedAndSources }, { otherNumbers }),
    object(
      { id: id(), kind: oneOf('crisis-line', 'organization'), country: countryCode(), contacts: list(contact), ...reviewedAndSources },
      { website: httpsUrl(), otherNumbers },
    ),
  ),
);

export const countriesFile = record(
  object(
    { crisisLine: id(), resources: list(id(), { min: 0 }), ...reviewedAndSources },
    // Where the emergency number was read, for reviewers only: one of the sources, and its words. Where the
    // national line depends on the reader's language, `crisisLineFor` gives another line for a language.
    { emergency: dialNumber(), emergencySource: httpsUrl(), emergencyQuote: quote, crisisLineFor: record(id()) },
  ),
  (k, path) => (k === 'default' ? [] : countryCode()(k, path)),
);

const strings = (...names) => object(Object.fromEntries(names.map((n) => [n, text()])));

// Who checked a language's words, so that an organization knows what it shows (content/README.md,
// "Review of each language"): the language the content is written in (`original`), words checked by a
// native speaker (`reviewed`, who and when), or words that still need that check (`needs review`).
const review = when(
  'status',
  'reviewed',
  object({ status: oneOf('reviewed'), by: text({ max: 120 }), date: date() }, { note: text({ max: 300 }) }),
  object({ status: oneOf('original', 'needs review'), date: date() }, { by: text({ max: 120 }), note: text({ max: 300 }) }),
);

export const uiFile = object({
  language: text({ max: 40 }),
  direction: oneOf('ltr', 'rtl'),
  review,
  tips: strings('heading', 'intro', 'doHeading', 'avoidHeading', 'sayHeading', 'signsHeading', 'disclaimer', 'crisisPrompt'),
  crisis: strings('heading', 'emergency', 'emergencyLocal', 'expect', 'crisisBadge', 'notCrisisBadge', 'open247Badge', 'freeBadge', 'confidentialBadge', 'stepsHeading', 'countryLabel', 'otherCountry'),
  resources: strings('heading', 'ownHeading', 'websiteLabel', 'hoursLabel'),
  common: strings('call', 'text', 'textKeyword', 'chat', 'reviewed', 'sources'),
});

const sentences = list(text({ max: 200 }));
export const tipsTextFile = record(
  object(
    { title: text({ max: 60 }), summary: text({ max: 160 }), do: sentences, avoid: sentences, say: text({ max: 240 }) },
    { signs: sentences, signsNote: text({ max: 200 }) },
  ),
);

const contactText = object(
  {},
  { label: text({ max: 60 }), action: text({ max: 80 }), hours: text({ max: 100 }), note: text({ max: 200 }), keyword },
);

export const resourcesTextFile = record(
  object(
    { name: text({ max: 80 }), summary: text({ max: 320 }), contacts: record(contactText) },
    {
      // What to expect when you reach out, shown in the crisis callout; a general sentence stands in when left out.
      expect: text({ max: 300 }),
      // What happens, step by step, when you call: short sentences, only where a source describes them.
      steps: list(text({ max: 160 })),
    },
  ),
);

export const guideFile = object({ ...reviewedAndSources });

const paragraphs = list(text({ max: 500 }));
export const guideTextFile = object({
  heading: text({ max: 80 }),
  allyHeading: text({ max: 80 }),
  ally: paragraphs,
  signsHeading: text({ max: 80 }),
  signsIntro: text({ max: 300 }),
  closingHeading: text({ max: 80 }),
  closing: paragraphs,
});
