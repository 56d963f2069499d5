// Reads the content folder, checks every file against the schema and the files against each other, and
// returns either the validated content or a list of messages that each name a file, an item and a field.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import * as schema from './schema.mjs';

const LOCALE_DIR = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/** Formats a problem as `file: item "x", field "a.b[2]": message`. */
export function describe(file, path, message) {
  const [item, ...rest] = path;
  const field = rest.reduce((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
  const where = [item !== undefined && `item ${JSON.stringify(item)}`, field && `field "${field}"`].filter(Boolean);
  return `${file}: ${where.join(', ') || 'the whole file'}: ${message}`;
}

// Letters on a phone keypad, so "1-800-950-NAMI" can be checked against the number it dials.
const KEYPAD = { a: 2, b: 2, c: 2, d: 3, e: 3, f: 3, g: 4, h: 4, i: 4, j: 5, k: 5, l: 5, m: 6, n: 6, o: 6, p: 7, q: 7, r: 7, s: 7, t: 8, u: 8, v: 8, w: 9, x: 9, y: 9, z: 9 };
/** The digits a reader would dial from a displayed number; a part in parentheses only repeats it. */
export function dialedDigits(display) {
  return display
    .replace(/\(.*?\)/g, '')
    .toLowerCase()
    .replace(/[a-z]/g, (c) => String(KEYPAD[c]))
    .replace(/\D/g, '');
}

const PLACEHOLDERS = {
  'resources.emergency': ['number'],
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
        const shown = dialedDigits(c.display);
        const dialed = c.number.replace(/\D/g, '');
        // A displayed national number may leave out the country code, never any other digit.
        if (!(shown === dialed || (c.number.startsWith('+') && dialed.endsWith(shown) && shown.length >= dialed.length - 3))) {
          errors.push(describe(rel('resources.yaml'), [r.id, 'contacts', i, 'display'], `"${c.display}" dials ${shown}, but number is ${c.number}`));
        }
      });
    }
  }

  const countries = countriesRaw && Object.fromEntries(Object.entries(countriesRaw).map(([k, v]) => [k, normalize(v)]));
  if (countries && resources) {
    for (const [code, c] of Object.entries(countries)) {
      if (resources[c.crisisLine]?.kind !== 'crisis-line') {
        errors.push(describe(rel('countries.yaml'), [code, 'crisisLine'], `"${c.crisisLine}" is not a crisis line in resources.yaml`));
      }
      c.resources.forEach((id, i) => {
        if (!resources[id]) errors.push(describe(rel('countries.yaml'), [code, 'resources', i], `"${id}" is not in resources.yaml`));
      });
    }
  }

  const localeNames = readdirSync(dir).filter((n) => LOCALE_DIR.test(n) && statSync(join(dir, n)).isDirectory());
  if (!localeNames.includes('en')) errors.push(`${rel('en')}: English is the fallback language and must exist`);
  const locales = {};
  for (const lang of localeNames.sort()) {
    const ui = read(`${lang}/ui.yaml`, schema.uiFile);
    const tipsText = read(`${lang}/tips.yaml`, schema.tipsTextFile);
    const resourcesText = read(`${lang}/resources.yaml`, schema.resourcesTextFile);
    if (ui) {
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
    if (ui && tipsText && resourcesText) locales[lang] = { ui, tips: tipsText, resources: resourcesText };
  }

  // Facts go stale: a reviewed date older than a year is worth a look before the next release.
  const yearAgo = Date.now() - 365 * 86400000;
  const stale = (file, itemId, d) => {
    if (Date.parse(d) < yearAgo) warnings.push(describe(rel(file), [itemId, 'reviewed'], `was last reviewed on ${d}, over 12 months ago`));
  };
  tips?.forEach((t) => stale('tips.yaml', t.id, t.reviewed));
  resourceList?.forEach((r) => stale('resources.yaml', r.id, r.reviewed));
  Object.entries(countries ?? {}).forEach(([k, c]) => stale('countries.yaml', k, c.reviewed));

  if (errors.length) return { errors, warnings };
  return { content: { tips, resources, countries, locales }, errors, warnings };
}
