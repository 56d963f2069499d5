// Every number pinned to the words of the page it was read on, sources that are pages rather than home
// pages, and no number in the words that is not one of the item's or its country's. Each check returns
// problems as { file, path, message }, for the loader to name the file, the item and the field.
import { formsOf, hostOf, quoteStates, strayNumbers } from './numbers.mjs';

/** At most this percentage of all source addresses may be a site's root (its home page). */
export const MAX_ROOT_PERCENT = 10;

/** A site's root: nothing after the host name. */
export function isRoot(url) {
  const { pathname, search, hash } = new URL(url);
  return pathname === '/' && !search && !hash;
}

/**
 * One number and where it was read: `source` must be one of the item's own sources, and `quote` words on
 * that page that state the number (see quoteStates in numbers.mjs).
 * @returns {{ field: 'source'|'quote', message: string }|undefined}
 */
function pinProblem(number, source, quote, sources) {
  if (!sources.some((s) => s.url === source)) {
    return { field: 'source', message: `${source} is not one of this item's sources: add it there, or name the page the number was read on` };
  }
  if (/…|\.\.\./.test(quote)) {
    return { field: 'quote', message: `the quote "${quote}" leaves words out: quote one run of words from the page, the one that states ${number}` };
  }
  if (!quoteStates(quote, number)) {
    return { field: 'quote', message: `the quote "${quote}" does not state the number ${number} (read on ${source}): check the number on the page` };
  }
  return undefined;
}

/**
 * Each contact's number, each number the words mention (`otherNumbers`) and each emergency number, pinned
 * to its source's words.
 */
export function pinProblems(resourceList, countries) {
  const out = [];
  for (const r of resourceList ?? []) {
    r.contacts.forEach((c, i) => {
      if (c.number === undefined) return;
      const p = pinProblem(c.number, c.source, c.quote, r.sources);
      if (p) out.push({ file: 'resources.yaml', path: [r.id, 'contacts', i, p.field], message: `contact "${c.id}": ${p.message}` });
    });
    (r.otherNumbers ?? []).forEach((n, i) => {
      const p = pinProblem(n.number, n.source, n.quote, r.sources);
      if (p) out.push({ file: 'resources.yaml', path: [r.id, 'otherNumbers', i, p.field], message: p.message });
    });
  }
  for (const [code, c] of Object.entries(countries ?? {})) {
    const given = ['emergencySource', 'emergencyQuote'].filter((f) => c[f] !== undefined);
    if (c.emergency === undefined) {
      for (const f of given) out.push({ file: 'countries.yaml', path: [code, f], message: 'belongs with an emergency number, and this country has none' });
      continue;
    }
    for (const f of ['emergencySource', 'emergencyQuote']) {
      if (!given.includes(f)) out.push({ file: 'countries.yaml', path: [code, f], message: `is missing: say where ${c.emergency} was read, in the page's own words` });
    }
    if (given.length < 2) continue;
    const p = pinProblem(c.emergency, c.emergencySource, c.emergencyQuote, c.sources);
    if (p) out.push({ file: 'countries.yaml', path: [code, p.field === 'source' ? 'emergencySource' : 'emergencyQuote'], message: p.message });
  }
  return out;
}

/**
 * Sources are the pages the facts were read on. An organization's or crisis line's own website is not a
 * source (an international directory's is: it is the directory), and at most
 * MAX_ROOT_PERCENT% of all source addresses may be a site's root, where no more specific page exists.
 * @param {{ file: string, items: { id: string, website?: string, sources: { url: string }[] }[] }[]} files
 */
export function sourceProblems(files) {
  const out = [];
  const roots = [];
  let total = 0;
  for (const { file, items } of files) {
    for (const item of items) {
      item.sources.forEach((s, i) => {
        total += 1;
        const path = [item.id, 'sources', i, 'url'];
        // A directory is its own website: that is where readers go, and what it says about itself.
        if (item.website && s.url === item.website && item.kind !== 'directory') {
          out.push({ file, path, message: `${s.url} is the item's own website, not a source: name the page the facts were read on` });
        } else if (isRoot(s.url)) roots.push({ file, path, url: s.url });
      });
    }
  }
  const allowed = Math.floor((total * MAX_ROOT_PERCENT) / 100);
  if (roots.length > allowed) {
    for (const { file, path, url } of roots) {
      out.push({
        file,
        path,
        message: `${url} is a site's home page; ${roots.length} of ${total} sources are, and at most ${allowed} may be (${MAX_ROOT_PERCENT}%): name the page the facts were read on`,
      });
    }
  }
  return out;
}

/** The digit forms of every number an item's words may state: its country's numbers and its own. */
export function allowedNumbers(item, resourceList, countries) {
  const numbers = [];
  for (const r of resourceList) {
    if (r === item || (item.country !== undefined && r.country === item.country)) {
      numbers.push(...r.contacts.filter((c) => c.number !== undefined).map((c) => c.number));
    }
  }
  numbers.push(...(item.otherNumbers ?? []).map((n) => n.number));
  const emergency = item.country !== undefined && countries?.[item.country]?.emergency;
  if (emergency) numbers.push(emergency);
  return new Set(numbers.flatMap((n) => [...formsOf(n)]));
}

/** The host names of an item's own web addresses, which its words may name (113.nl, 988lifeline.org). */
export const ownHosts = (item) =>
  new Set([item.website, ...item.contacts.map((c) => c.url)].filter(Boolean).map(hostOf));

/** Problems with the numbers in one text field: each written number of three digits or more not allowed. */
export const proseProblems = (text, allowed, hosts) =>
  strayNumbers(text, allowed, hosts).map(
    (written) => `"${written}" is not a number of this item or its country: check it, or add it to the item's otherNumbers with its source`,
  );
