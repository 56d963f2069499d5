// The reviewed items of a content folder, each with its review date, its sources and the quotes that tie
// its facts to them: the input of `npm run verify-sources` and `npm run content:report`.
//
// It reads the four facts files itself rather than through scripts/content/load.mjs: the loader checks the
// whole folder (every language, reading level, phone numbers) and stops at the first wrong field, but a
// source's page can be checked, and a review planned, while a word elsewhere is being fixed. Only what is
// needed here is checked here; `npm run content` checks the rest.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * @typedef {{ title: string, url: string }} Source
 * @typedef {{ where: string, url?: string, text: string }} Quote  a quote from the page at `url` (or, with
 *   no url, from any of the item's sources) that must still be there; `where` names the fact it backs
 * @typedef {{ file: string, id: string, reviewed: string, sources: Source[], quotes: Quote[] }} Item
 */

const FILES = ['tips.yaml', 'resources.yaml', 'countries.yaml', 'guide.yaml'];

const isoDay = (d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
const texts = (q) => (q === undefined || q === null ? [] : [q].flat().map(String));

/** An item's sources and quotes, as written in its file (contacts carry `source` and `quote`). */
function item(file, id, data, quotes) {
  return {
    file,
    id: String(id),
    reviewed: isoDay(data?.reviewed),
    sources: Array.isArray(data?.sources) ? data.sources.map((s) => ({ title: String(s?.title ?? ''), url: String(s?.url ?? '') })) : [],
    quotes,
  };
}

const contactQuotes = (r) =>
  (Array.isArray(r?.contacts) ? r.contacts : []).flatMap((c) =>
    texts(c?.quote).map((text) => ({ where: `contact ${c.id}`, url: c.source ?? undefined, text })),
  );
const emergencyQuotes = (c) => texts(c?.emergencyQuote).map((text) => ({ where: 'emergency', url: c.emergencySource ?? undefined, text }));

/**
 * Reads the items of `dir`: tips, then resources, then countries, then the guide, each in file order.
 * @param {string} dir
 * @returns {{ items: Item[], errors: string[] }}
 */
export function readItems(dir) {
  if (!existsSync(dir)) return { items: [], errors: [`${dir}: no such content folder`] };
  const errors = [];
  const data = {};
  for (const file of FILES) {
    const path = join(dir, file);
    if (!existsSync(path)) {
      errors.push(`${path}: the file is missing`);
      continue;
    }
    try {
      data[file] = parse(readFileSync(path, 'utf8'));
    } catch (e) {
      errors.push(`${path}: not valid YAML: ${e.message.split('\n')[0]}`);
    }
  }
  const list = (file) => (Array.isArray(data[file]) ? data[file] : []);
  const items = [
    ...list('tips.yaml').map((t) => item('tips.yaml', t?.id, t, [])),
    ...list('resources.yaml').map((r) => item('resources.yaml', r?.id, r, contactQuotes(r))),
    ...Object.entries(data['countries.yaml'] ?? {}).map(([code, c]) => item('countries.yaml', code, c, emergencyQuotes(c))),
    ...(data['guide.yaml'] ? [item('guide.yaml', 'guide', data['guide.yaml'], [])] : []),
  ];
  for (const i of items) {
    const name = `${join(dir, i.file)}: item "${i.id}"`;
    if (!i.sources.length) errors.push(`${name}: has no sources`);
    for (const s of i.sources) if (!/^https?:\/\//.test(s.url)) errors.push(`${name}: source "${s.title}" has no web address`);
    for (const q of i.quotes)
      if (q.url !== undefined && !/^https?:\/\//.test(q.url))
        errors.push(`${name}: ${q.where}: source ${JSON.stringify(q.url)} is not a web address`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(i.reviewed ?? '')) errors.push(`${name}: reviewed must be a date written YYYY-MM-DD`);
  }
  return { items, errors };
}

/** The distinct pages an item cites: its sources, then any address a quote names that they do not. */
export const pagesOf = (i) => [...new Set([...i.sources.map((s) => s.url), ...i.quotes.flatMap((q) => (q.url ? [q.url] : []))])];
