// Reading the Custom Elements Manifest (dist/custom-elements.json, made by `npm run build`): its elements
// with their attributes, properties, events, slots, CSS parts and CSS properties, inherited ones included.
// The README's element reference (readme.mjs) and the framework types (types.mjs) are written from this.
import { existsSync, readFileSync } from 'node:fs';

export const MANIFEST = 'dist/custom-elements.json';

export function readManifest(file = MANIFEST) {
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first.`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Every class declaration in the manifest, by name. */
export function classes(manifest) {
  const all = new Map();
  for (const module of manifest.modules) {
    for (const d of module.declarations ?? []) if (d.kind === 'class') all.set(d.name, { ...d, module: module.path });
  }
  return all;
}

/** The elements (classes with a tag name), in the manifest's order. */
export function elements(manifest) {
  return [...classes(manifest).values()].filter((d) => d.tagName);
}

/** The base class every widget inherits from (AllyElement): what they all share. */
export function sharedBase(manifest) {
  const base = classes(manifest).get('AllyElement');
  if (!base) throw new Error('the manifest has no AllyElement');
  return base;
}

/** The type as an author writes it: aliases spelled out, `undefined` dropped (every input is optional). */
export function typeText(item) {
  const text = (item.parsedType ?? item.type)?.text;
  if (!text) return undefined;
  return text
    .split(' | ')
    .filter((t) => t !== 'undefined')
    .join(' | ');
}

/**
 * What an author sets on an element: each attribute (with its property name), then each public,
 * writable instance property that has no attribute (`resources`), set as a property.
 */
export function inputs(element) {
  const fields = (element.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && !m.readonly && m.privacy !== 'private' && m.privacy !== 'protected',
  );
  const attributes = (element.attributes ?? []).map((a) => ({
    attribute: a.name,
    property: a.fieldName,
    type: typeText(a) ?? 'string',
    description: a.description ?? '',
    inheritedFrom: a.inheritedFrom?.name,
  }));
  const withAttribute = new Set(attributes.map((a) => a.property));
  const properties = fields
    .filter((f) => !withAttribute.has(f.name))
    .map((f) => ({
      attribute: undefined,
      property: f.name,
      type: typeText(f) ?? 'unknown',
      description: f.description ?? '',
      inheritedFrom: f.inheritedFrom?.name,
    }));
  return [...attributes, ...properties];
}

/** Its events: name, the event's type (`CustomEvent<TipToggleDetail>`) and description. */
export function events(element) {
  return (element.events ?? []).map((e) => ({
    name: e.name,
    type: e.type?.text ?? 'Event',
    description: e.description ?? '',
    inheritedFrom: e.inheritedFrom?.name,
  }));
}

/** One line of text: JSDoc descriptions wrap. */
export const oneLine = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').trim();
