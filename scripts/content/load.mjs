// Reads the content folder, checks every file against the schema and the files against each other, and
// returns either the validated content or a list of messages that each name a file, an item and a field.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { getCountryCallingCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import libphonenumber from 'google-libphonenumber';

// libphonenumber-js has no short-number metadata; Google's libphonenumber does (ShortNumberInfo).
const shortNumbers = libphonenumber.ShortNumberInfo.getInstance();
const phoneUtil = libphonenumber.PhoneNumberUtil.getInstance();
/**
 * Short codes that official sources give but libphonenumber's metadata does not yet list. Each was read
 * in the source named beside it; keep this list short and sourced.
 */
const SHORT_CODES_BEYOND_METADATA = {
  BR: ['188'], // CVV 188 (cvv.org.br)
  EE: ['116123'], // emotional support line 116 123 (sotsiaalkindlustusamet.ee, 16.01.2023)
  HK: ['18111'], // Mental Health Support Hotline 18111 (news.gov.hk, 2023-12-27)
  IN: ['14416'], // Tele-MANAS 14416 (telemanas.mohfw.gov.in)
  LV: ['116123'], // unified crisis line 116123 (vmnvd.gov.lv)
  NL: ['113'], // 113 Zelfmoordpreventie (113.nl)
};
const isShortNumber = (number, country) =>
  SHORT_CODES_BEYOND_METADATA[country]?.includes(number) ||
  shortNumbers.isValidShortNumberForRegion(phoneUtil.parse(number, country), country);
import * as schema from './schema.mjs';
import { keypadDigits } from './numbers.mjs';
import { allowedNumbers, ownHosts, pinProblems, proseProblems, sourceProblems } from './pins.mjs';
import { hasRules, readabilityFor, wordingProblems } from './wording.mjs';

/** Every string in a value, with the path to it. */
function* strings(value, path = []) {
  if (typeof value === 'string') yield [path, value];
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, Array.isArray(value) ? Number(k) : k]);
}
/** Text of an item for a reading-level score: each field ends a sentence, as a heading or list item does. */
const prose = (value) => [...strings(value)].map(([, s]) => (/[.!?:]$/.test(s) ? s : `${s}.`)).join(' ');

const LOCALE_DIR = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/** Formats a problem as `file: item "x", field "a.b[2]": message`. */
export function describe(file, path, message) {
  const [item, ...rest] = path;
  const field = rest.reduce((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
  const where = [item !== undefined && `item ${JSON.stringify(item)}`, field && `field "${field}"`].filter(Boolean);
  return `${file}: ${where.join(', ') || 'the whole file'}: ${message}`;
}

/** The digits a reader would dial from a displayed number ("1-800-950-NAMI"); a part in parentheses only repeats it. */
export function dialedDigits(display) {
  return keypadDigits(display.replace(/\(.*?\)/g, '')).replace(/\D/g, '');
}

/** The number's national digits, as a phone in its own country dials them (1300 22 4636 → 1300224636). */
const nationalDigits = (parsed) => phoneUtil.format(parsed, libphonenumber.PhoneNumberFormat.NATIONAL).replace(/\D/g, '');

/**
 * A number must be valid where it is dialed, and its displayed form must dial the same digits.
 * - A full number is written in international form (+ and digits), so that it dials from anywhere, unless
 *   libphonenumber says it cannot be dialed from abroad (Australian 13/1300 numbers, Indian 1800 numbers):
 *   then only its national digits work, and a tel: link to the + form would fail. Either form is checked
 *   with libphonenumber's metadata for the item's country.
 * - Short codes (988, 116 123) have no such metadata, so they are checked digit for digit against their
 *   display.
 */
export function checkNumber(contact, country) {
  const { number, display } = contact;
  const shown = dialedDigits(display);
  if (!number.startsWith('+')) {
    const national = country ? phoneUtil.parse(number, country) : undefined;
    if (national && phoneUtil.isValidNumberForRegion(national, country)) {
      if (phoneUtil.canBeInternationallyDialled(national)) {
        const international = phoneUtil.format(national, libphonenumber.PhoneNumberFormat.E164);
        return { field: 'number', message: `${number} can be dialed from abroad: write it in international form, ${international}` };
      }
    } else if (country && number.length > 6) {
      return { field: 'number', message: `${number} is not a valid phone number in ${country}` };
    } else if (country && !isShortNumber(number, country)) {
      return { field: 'number', message: `${number} is not a valid short number in ${country}` };
    }
    return shown === number ? undefined : { field: 'display', message: `"${display}" dials ${shown}, but number is ${number}` };
  }
  // A number in international form carries its own calling code: it must be the item's country's. Where
  // countries share a code (+1 for the US and Canada), a geographic number must be the item's country's own;
  // a toll-free one may serve all of them.
  const own = parsePhoneNumberFromString(number);
  const geographic = ['FIXED_LINE', 'MOBILE', 'FIXED_LINE_OR_MOBILE'].includes(own?.getType() ?? '');
  const belongs =
    own?.isValid() && own.countryCallingCode === getCountryCallingCode(country) && (own.country === country || !geographic);
  if (country && !belongs) {
    return { field: 'number', message: `${number} is not a valid phone number in ${country}` };
  }
  const parsed = phoneUtil.parse(number);
  if (!phoneUtil.canBeInternationallyDialled(parsed)) {
    return {
      field: 'number',
      message: `${number} cannot be dialed from outside ${country}, so a tel: link to it fails: write it in national form, ${nationalDigits(parsed)}`,
    };
  }
  const fromDisplay = parsePhoneNumberFromString(shown, country);
  if (fromDisplay?.number !== number && `+${shown}` !== number) {
    return { field: 'display', message: `"${display}" dials ${fromDisplay?.number ?? shown}, but number is ${number}` };
  }
  return undefined;
}

const PLACEHOLDERS = {
  'crisis.emergency': [], // the call button after it gives the number
  'tips.crisisPrompt': ['line'],
  'common.call': ['number'],
  'common.text': ['number'],
  'common.textKeyword': ['keyword', 'number'],
  'common.reviewed': ['date'],
};
const placeholdersIn = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

/**
 * @param {string} dir the content folder
 * @returns {{ content?: object, errors: string[], warnings: string[] }}
 */
export function loadContent(dir) {
  const errors = [];
  const warnings = [];
  const rel = (f) => relative(process.cwd(), join(dir, f)) || f;

  function read(file, check) {
    const full = join(dir, file);
    if (!existsSync(full)) {
      errors.push(`${rel(file)}: the file is missing`);
      return undefined;
    }
    let data;
    try {
      data = parse(readFileSync(full, 'utf8'));
    } catch (e) {
      errors.push(`${rel(file)}: not valid YAML: ${e.message.split('\n')[0]}`);
      return undefined;
    }
    // Name list items by their id, not their position, so a reviewer can find them.
    const problems = check(data, []);
    for (const p of problems) {
      const [first, ...rest] = p.path;
      const named = Array.isArray(data) && typeof first === 'number' && data[first]?.id ? [data[first].id, ...rest] : p.path;
      errors.push(describe(rel(file), named, p.message));
    }
    return problems.length ? undefined : data;
  }

  const isoDay = (d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
  const normalize = (item) => ({ ...item, reviewed: isoDay(item.reviewed) });

  const tips = read('tips.yaml', schema.tipsFile)?.map(normalize);
  const resourceList = read('resources.yaml', schema.resourcesFile)?.map(normalize);
  const countriesRaw = read('countries.yaml', schema.countriesFile);
  const guideRaw = read('guide.yaml', schema.guideFile);
  const guide = guideRaw && normalize(guideRaw);

  const unique = (file, ids) => {
    const seen = new Set();
    for (const i of ids) {
      if (seen.has(i)) errors.push(describe(rel(file), [i], 'this id is used twice'));
      seen.add(i);
    }
  };
  if (tips) unique('tips.yaml', tips.map((t) => t.id));
  const resources = resourceList && Object.fromEntries(resourceList.map((r) => [r.id, r]));
  if (resourceList) {
    unique('resources.yaml', resourceList.map((r) => r.id));
    for (const r of resourceList) {
      unique('resources.yaml', r.contacts.map((c) => `${r.id}.contacts.${c.id}`));
      r.contacts.forEach((c, i) => {
        if (c.number === undefined) return;
        const problem = checkNumber(c, r.country);
        if (problem) errors.push(describe(rel('resources.yaml'), [r.id, 'contacts', i, problem.field], `contact "${c.id}": ${problem.message}`));
      });
    }
  }

  // The languages: a folder of content/ each (en, es, …).
  const localeNames = readdirSync(dir).filter((n) => LOCALE_DIR.test(n) && statSync(join(dir, n)).isDirectory());
  const countries = countriesRaw && Object.fromEntries(Object.entries(countriesRaw).map(([k, v]) => [k, normalize(v)]));
  if (countries && resources) {
    for (const [code, c] of Object.entries(countries)) {
      if (c.emergency && !shortNumbers.isEmergencyNumber(c.emergency, code)) {
        errors.push(describe(rel('countries.yaml'), [code, 'emergency'], `${c.emergency} is not an emergency number in ${code}`));
      }
      const wantedKind = code === 'default' ? 'directory' : 'crisis-line';
      if (resources[c.crisisLine]?.kind !== wantedKind) {
        errors.push(describe(rel('countries.yaml'), [code, 'crisisLine'], `"${c.crisisLine}" is not a ${wantedKind} in resources.yaml`));
      }
      // A line for one language is a crisis line of the country's own, listed among its resources (so that
      // it comes in the country's part, and readers in other languages find it there).
      for (const [lang, line] of Object.entries(c.crisisLineFor ?? {})) {
        const at = [code, 'crisisLineFor', lang];
        if (!localeNames.includes(lang)) errors.push(describe(rel('countries.yaml'), at, `"${lang}" is not a language in content/`));
        if (resources[line]?.kind !== 'crisis-line') errors.push(describe(rel('countries.yaml'), at, `"${line}" is not a crisis-line in resources.yaml`));
        if (!c.resources.includes(line)) errors.push(describe(rel('countries.yaml'), at, `"${line}" is not in ${code}'s resources`));
      }
      [c.crisisLine, ...c.resources].forEach((id, i) => {
        const field = i === 0 ? ['crisisLine'] : ['resources', i - 1];
        if (!resources[id]) errors.push(describe(rel('countries.yaml'), [code, ...field], `"${id}" is not in resources.yaml`));
        // Never another country's line: a country lists only its own items.
        else if (code !== 'default' && resources[id].country !== code) {
          errors.push(describe(rel('countries.yaml'), [code, ...field], `"${id}" serves ${resources[id].country}, not ${code}`));
        }
      });
      if (!countries.default) errors.push(describe(rel('countries.yaml'), ['default'], 'is missing: readers in other countries need it'));
    }
  }

  // Every number pinned to its source's words; sources that are the pages the facts were read on.
  const report = (p) => errors.push(describe(rel(p.file), p.path, p.message));
  if (resourceList && countries) pinProblems(resourceList, countries).forEach(report);
  if (tips && resourceList && countries && guide) {
    sourceProblems([
      { file: 'tips.yaml', items: tips },
      { file: 'resources.yaml', items: resourceList },
      { file: 'countries.yaml', items: Object.entries(countries).map(([code, c]) => ({ ...c, id: code })) },
      { file: 'guide.yaml', items: [{ ...guide, id: 'guide' }] },
    ]).forEach(report);
  }

  if (!localeNames.includes('en')) errors.push(`${rel('en')}: English is the fallback language and must exist`);
  const locales = {};
  const reviews = {};
  for (const lang of localeNames.sort()) {
    // Who reviewed the language is about the words, not among them: kept apart (see content.mjs).
    const { review, ...ui } = read(`${lang}/ui.yaml`, schema.uiFile) ?? {};
    if (review) reviews[lang] = { ...review, date: isoDay(review.date) };
    const tipsText = read(`${lang}/tips.yaml`, schema.tipsTextFile);
    const resourcesText = read(`${lang}/resources.yaml`, schema.resourcesTextFile);
    const guideText = read(`${lang}/guide.yaml`, schema.guideTextFile);
    if (review) {
      for (const [key, names] of Object.entries(PLACEHOLDERS)) {
        const [group, name] = key.split('.');
        const found = placeholdersIn(ui[group][name]);
        for (const n of names) if (!found.includes(n)) errors.push(describe(rel(`${lang}/ui.yaml`), [group, name], `must contain {${n}}`));
        for (const f of found) if (!names.includes(f)) errors.push(describe(rel(`${lang}/ui.yaml`), [group, name], `has unknown placeholder {${f}}`));
      }
    }
    // Every language holds every item, and no item that the facts do not know.
    const match = (file, textIds, factIds) => {
      for (const i of factIds) if (!textIds.includes(i)) errors.push(describe(rel(file), [i], 'is missing in this language'));
      for (const i of textIds) if (!factIds.includes(i)) errors.push(describe(rel(file), [i], 'has no matching item in the facts'));
    };
    if (tipsText && tips) {
      match(`${lang}/tips.yaml`, Object.keys(tipsText), tips.map((t) => t.id));
      for (const [tid, t] of Object.entries(tipsText)) {
        if (t.signsNote && !t.signs) errors.push(describe(rel(`${lang}/tips.yaml`), [tid, 'signsNote'], 'needs a signs list'));
      }
    }
    if (resourcesText && resources) {
      match(`${lang}/resources.yaml`, Object.keys(resourcesText), Object.keys(resources));
      for (const [rid, r] of Object.entries(resourcesText)) {
        const facts = resources[rid];
        if (!facts) continue;
        const factContacts = facts.contacts.map((c) => c.id);
        for (const cid of factContacts) {
          if (!(cid in r.contacts)) errors.push(describe(rel(`${lang}/resources.yaml`), [rid, 'contacts', cid], 'is missing in this language'));
        }
        for (const [cid, ct] of Object.entries(r.contacts)) {
          const fc = facts.contacts.find((c) => c.id === cid);
          if (!fc) {
            errors.push(describe(rel(`${lang}/resources.yaml`), [rid, 'contacts', cid], 'has no matching contact in resources.yaml'));
            continue;
          }
          // A language may send another word by text (Spanish readers text AYUDA to 988): only a text message sends one.
          if (ct.keyword !== undefined && fc.channel !== 'sms') {
            errors.push(describe(rel(`${lang}/resources.yaml`), [rid, 'contacts', cid, 'keyword'], `is only for text-message contacts; "${cid}" is ${fc.channel}`));
          }
          if (fc.channel === 'web' && !ct.action) {
            errors.push(describe(rel(`${lang}/resources.yaml`), [rid, 'contacts', cid, 'action'], 'is missing: a web link needs its link text'));
          }
          for (const f of ct.action ? placeholdersIn(ct.action) : []) {
            if (f !== 'number' || fc.number === undefined) {
              errors.push(describe(rel(`${lang}/resources.yaml`), [rid, 'contacts', cid, 'action'], `has unknown placeholder {${f}}`));
            }
          }
        }
      }
    }
    // Safe-messaging wording, with each language's own list.
    if (!hasRules(lang)) errors.push(`${rel(lang)}: no safe-messaging rules for this language: add its list to scripts/content/wording.mjs`);
    for (const [file, data] of [['ui', ui], ['tips', tipsText], ['resources', resourcesText], ['guide', guideText]]) {
      for (const [path, value] of strings(data)) {
        for (const p of wordingProblems(value, lang)) errors.push(describe(rel(`${lang}/${file}.yaml`), path, p));
      }
    }
    // Numbers in the words: an item's words state only its own and its country's numbers; the interface,
    // tips and guide serve every country, so they state none.
    const none = new Set();
    for (const [file, data] of [['ui', ui], ['tips', tipsText], ['guide', guideText]]) {
      for (const [path, value] of strings(data)) {
        for (const p of proseProblems(value, none, none)) errors.push(describe(rel(`${lang}/${file}.yaml`), path, p));
      }
    }
    for (const [rid, words] of Object.entries(resourcesText ?? {})) {
      const item = resources?.[rid];
      if (!item || !countries) continue;
      const allowed = allowedNumbers(item, resourceList, countries);
      const hosts = ownHosts(item);
      for (const [path, value] of strings(words, [rid])) {
        for (const p of proseProblems(value, allowed, hosts)) errors.push(describe(rel(`${lang}/resources.yaml`), path, p));
      }
    }
    // Reading level, per item, with the formula made for the language (scripts/content/wording.mjs); a
    // language without one (Japanese) is not scored.
    const formula = readabilityFor(lang);
    if (formula) {
      const items = [
        ...Object.entries(tipsText ?? {}).map(([k, v]) => ['tips', k, v]),
        ...Object.entries(resourcesText ?? {}).map(([k, v]) => ['resources', k, v]),
        ...Object.entries(ui ?? {}).filter(([k]) => typeof ui[k] === 'object').map(([k, v]) => ['ui', k, v]),
        ...(guideText ? [['guide', 'guide', guideText]] : []),
      ];
      for (const [file, id, value] of items) {
        const score = formula.score(prose(value));
        if (!formula.passes(score)) {
          errors.push(
            describe(rel(`${lang}/${file}.yaml`), [id], `reads at ${formula.name} ${score.toFixed(1)}; keep it at ${formula.limit} (shorter sentences, shorter words)`),
          );
        }
      }
    }
    if (review && tipsText && resourcesText && guideText) locales[lang] = { ui, tips: tipsText, resources: resourcesText, guide: guideText };
  }

  // Facts go stale: a reviewed date older than a year is worth a look before the next release.
  const yearAgo = Date.now() - 365 * 86400000;
  const stale = (file, itemId, d) => {
    if (Date.parse(d) < yearAgo) warnings.push(describe(rel(file), [itemId, 'reviewed'], `was last reviewed on ${d}, over 12 months ago`));
  };
  tips?.forEach((t) => stale('tips.yaml', t.id, t.reviewed));
  resourceList?.forEach((r) => stale('resources.yaml', r.id, r.reviewed));
  Object.entries(countries ?? {}).forEach(([k, c]) => stale('countries.yaml', k, c.reviewed));
  if (guide) stale('guide.yaml', 'guide', guide.reviewed);

  if (errors.length) return { errors, warnings };
  return { content: { tips, resources, countries, guide, locales, reviews }, errors, warnings };
}
