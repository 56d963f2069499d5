// The README's element reference, written from the Custom Elements Manifest (dist/custom-elements.json,
// made by `npm run build` from the classes' JSDoc): each block between `<!-- cem:NAME … -->` and
// `<!-- /cem:NAME -->` in README.md. The prose around the blocks is the README's own.
//
//   npm run build && npm run readme   rewrites the blocks
//   node scripts/cem/readme.mjs --check   exits 1, naming the blocks, when README.md differs
//
// scripts/cem/readme.test.mjs (part of npm test) runs the same check. To change a table, change the
// JSDoc in src/ and run the two commands above.
import { readFileSync, writeFileSync } from 'node:fs';
import { elements, events, inputs, oneLine, readManifest, sharedBase } from './manifest.mjs';

export const README = 'README.md';

const code = (text) => `\`${text}\``;
/** A table cell: one line, pipes escaped (also inside code spans, as GitHub's tables need). */
const cell = (text) => oneLine(text).replace(/\|/g, '\\|');
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

function inputsTable(list) {
  return table(
    ['attribute', 'property', 'values', 'description'],
    list.map((i) => [
      i.attribute ? code(i.attribute) : '— (property only)',
      i.property ? code(i.property) : '—',
      code(i.type),
      i.description,
    ]),
  );
}

function elementBlock(element) {
  const own = inputs(element).filter((i) => !i.inheritedFrom);
  const shared = element.superclass?.name === 'AllyElement';
  const lines = [];
  if (own.length) lines.push(inputsTable(own), '');
  if (shared) lines.push(`And the attributes [every element takes](#elements).`, '');
  const fired = events(element);
  if (fired.length) lines.push(`**Events:** ${fired.map((e) => code(e.name)).join(', ')} (see [Privacy](#privacy)).`, '');
  for (const slot of element.slots ?? [])
    lines.push(`**${slot.name ? `Slot ${code(slot.name)}` : 'Children'}:** ${oneLine(slot.description)}`, '');
  // The shared parts (`root`) first.
  const parts = [...(element.cssParts ?? [])].sort((a, b) => Number(!a.inheritedFrom) - Number(!b.inheritedFrom));
  if (parts.length) {
    lines.push(
      `**CSS parts** (\`::part()\`): ${parts.map((p) => `${code(p.name)} ${lowerFirst(oneLine(p.description).replace(/\.$/, ''))}`).join('; ')}.`,
      '',
    );
  }
  return lines.join('\n').trim();
}

const lowerFirst = (text) => (/^[A-Z](?![A-Z])/.test(text) ? text[0].toLowerCase() + text.slice(1) : text);

/** Every block the README holds, by marker name. */
export function blocks(manifest) {
  const base = sharedBase(manifest);
  const list = elements(manifest);
  const result = new Map();
  result.set('shared-attributes', inputsTable(inputs(base)));
  for (const element of list) result.set(element.tagName, elementBlock(element));

  const byEvent = new Map();
  for (const element of list) {
    for (const e of events(element)) {
      const entry = byEvent.get(e.name) ?? { ...e, tags: [] };
      entry.tags.push(element.tagName);
      if (!e.inheritedFrom && element.name !== 'AllyGuide') entry.description = e.description;
      byEvent.set(e.name, entry);
    }
  }
  result.set(
    'events',
    table(
      ['event', 'fired by', 'type', 'when'],
      [...byEvent.values()].map((e) => [code(e.name), e.tags.map((t) => code(`<${t}>`)).join(', '), code(e.type), e.description]),
    ),
  );
  result.set(
    'css-properties',
    table(
      ['property', 'what it sets', 'default'],
      (base.cssProperties ?? []).map((p) => [code(p.name), p.description, p.default ? code(p.default) : '—']),
    ),
  );
  return result;
}

const MARKER = /(<!-- cem:([\w-]+)(?: [^>]*)? -->)\n([\s\S]*?)\n?(<!-- \/cem:\2 -->)/g;

/** README.md with every block rewritten; throws if a block has no markers or markers name no block. */
export function update(readme, manifest) {
  const wanted = blocks(manifest);
  const seen = new Set();
  const text = readme.replace(MARKER, (_, open, name, _old, close) => {
    if (!wanted.has(name)) throw new Error(`README.md has markers for "${name}", which the manifest has no block for`);
    seen.add(name);
    return `${open}\n${wanted.get(name)}\n${close}`;
  });
  const missing = [...wanted.keys()].filter((name) => !seen.has(name));
  if (missing.length) throw new Error(`README.md has no <!-- cem:NAME --> markers for: ${missing.join(', ')}`);
  return text;
}

/** The names of the blocks whose text differs between two READMEs. */
export function differing(before, after) {
  const read = (text) => new Map([...text.matchAll(MARKER)].map((m) => [m[2], m[3]]));
  const a = read(before);
  return [...read(after)].filter(([name, body]) => a.get(name) !== body).map(([name]) => name);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync(README, 'utf8');
  const next = update(readme, readManifest());
  if (process.argv.includes('--check')) {
    const names = differing(readme, next);
    if (names.length) {
      console.error(`README.md differs from the manifest in: ${names.join(', ')}. Run npm run build && npm run readme.`);
      process.exit(1);
    }
  } else if (next !== readme) {
    writeFileSync(README, next);
    console.log(`README.md: ${differing(readme, next).join(', ')} rewritten from the manifest.`);
  }
}
