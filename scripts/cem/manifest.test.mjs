// The Custom Elements Manifest as built (dist/custom-elements.json): every element with its tag name, the
// public API only, the shared attributes inherited by each widget, both events with their detail types,
// every --ally-* custom property the styles read; and the README's element reference equal to what the
// manifest says (scripts/cem/readme.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST, classes, elements, events, inputs, readManifest } from './manifest.mjs';
import { README, blocks, differing, update } from './readme.mjs';

const built = existsSync(MANIFEST);
const skip = !built && 'run npm run build first';
const manifest = built ? readManifest() : undefined;
const byTag = (tag) => elements(manifest).find((e) => e.tagName === tag);
const WIDGETS = ['ally-tips', 'ally-resources', 'ally-crisis', 'ally-guide'];

/** The TypeScript sources of the elements (no tests, no generated content). */
function sources(dir = 'src') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}
const code = () =>
  sources()
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');

test('the package names its manifest, and the manifest the five elements with their tag names', { skip }, () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(pkg.customElements, MANIFEST);
  assert.equal(pkg.exports['./custom-elements.json'], `./${MANIFEST}`);
  assert.deepEqual(
    elements(manifest)
      .map((e) => e.tagName)
      .sort(),
    ['ally-crisis', 'ally-guide', 'ally-resource', 'ally-resources', 'ally-tips'],
  );
  // Each registering module (src/components/*/ally-*.ts, through define()) defines its element.
  const definitions = manifest.modules.flatMap((m) =>
    (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => [m.path, e.name, e.declaration.name]),
  );
  assert.deepEqual(definitions.map(([, tag]) => tag).sort(), ['ally-crisis', 'ally-guide', 'ally-resource', 'ally-resources', 'ally-tips']);
  for (const [path, tag, name] of definitions) {
    assert.match(path, /^dist\/components\/\w+\/ally-[\w-]+\.js$/);
    assert.equal(byTag(tag).name, name);
  }
});

test('only the public API: no private, protected or internal members, no state as attributes', { skip }, () => {
  for (const klass of classes(manifest).values()) {
    for (const member of klass.members ?? []) {
      assert.ok(!['private', 'protected'].includes(member.privacy), `${klass.name}.${member.name} is ${member.privacy}`);
    }
    const names = [...(klass.members ?? []), ...(klass.attributes ?? [])].map((m) => m.name);
    for (const internal of ['expanded', 'locale', 'warnOnce', 'beforeDefine', 'renderWidget', 'readInputs', 'onActivate']) {
      assert.ok(!names.includes(internal), `${klass.name} lists ${internal}`);
    }
  }
  // Modules: the entries, the elements and their base class, nothing internal.
  for (const module of manifest.modules)
    assert.match(module.path, /^dist\/(index|ally-widgets|components\/\w+\/[\w-]+|internal\/ally-element)\.js$/);
});

test('every widget lists the shared attributes, inherited from AllyElement, with their types', { skip }, () => {
  const shared = ['heading', 'heading-level', 'country', 'no-country-picker', 'theme', 'lang'];
  for (const tag of WIDGETS) {
    const list = inputs(byTag(tag));
    for (const name of shared) {
      const input = list.find((i) => i.attribute === name);
      assert.ok(input, `<${tag}> lacks ${name}`);
      assert.equal(input.inheritedFrom, 'AllyElement', `<${tag}> ${name}`);
    }
    const type = (name) => list.find((i) => i.attribute === name).type;
    assert.equal(type('theme'), "'light' | 'dark' | 'auto'");
    assert.equal(type('heading-level'), "1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6'");
    assert.equal(type('no-country-picker'), 'boolean');
  }
  assert.equal(inputs(byTag('ally-crisis')).find((i) => i.attribute === 'variant').type, "'banner' | 'inline'");
  assert.equal(inputs(byTag('ally-tips')).find((i) => i.attribute === 'layout').type, "'list' | 'cards'");
  for (const tag of ['ally-resources', 'ally-guide']) {
    const resources = inputs(byTag(tag)).find((i) => i.property === 'resources');
    assert.equal(resources.attribute, undefined, `<${tag}> resources is a property only`);
    assert.equal(resources.type, 'readonly OwnResource[]');
  }
  assert.deepEqual(
    inputs(byTag('ally-resource')).map((i) => i.attribute),
    ['name', 'href', 'phone', 'sms', 'hours'],
  );
});

test('both events, with their detail types, on the widgets that fire them', { skip }, () => {
  const fired = (tag) => Object.fromEntries(events(byTag(tag)).map((e) => [e.name, e.type]));
  for (const tag of WIDGETS) assert.equal(fired(tag)['ally-resource-activate'], 'CustomEvent<ResourceActivateDetail>', tag);
  for (const tag of ['ally-tips', 'ally-guide']) assert.equal(fired(tag)['ally-tip-toggle'], 'CustomEvent<TipToggleDetail>', tag);
  assert.equal(fired('ally-crisis')['ally-tip-toggle'], undefined);
  // The detail types are the package's own exports, and what the code dispatches.
  const index = manifest.modules.find((m) => m.path === 'dist/index.js');
  for (const name of ['ResourceActivateDetail', 'TipToggleDetail'])
    assert.ok(
      index.exports.some((e) => e.name === name),
      name,
    );
  const src = code();
  for (const name of ['ally-tip-toggle', 'ally-resource-activate']) assert.ok(src.includes(`new CustomEvent('${name}'`), name);
});

test('every --ally-* custom property the styles read is documented on every widget, and no other', { skip }, () => {
  const used = [...new Set([...code().matchAll(/var\((--ally-[\w-]+)/g)].map((m) => m[1]))].sort();
  assert.ok(used.length >= 10, `found ${used.length} tokens`);
  for (const tag of WIDGETS) {
    const documented = (byTag(tag).cssProperties ?? []).map((p) => p.name).sort();
    assert.deepEqual(documented, used, `<${tag}>`);
  }
});

test('every documented CSS part is a part the code renders or exports', { skip }, () => {
  const src = code();
  const rendered = new Set([
    ...[...src.matchAll(/part=["']([\w-]+)["']/g)].map((m) => m[1]),
    ...[...src.matchAll(/heading\([^;]*?,\s*'([\w-]+)'(?:,\s*'[\w-]+')?\)/g)].map((m) => m[1]),
  ]);
  for (const element of elements(manifest)) {
    for (const part of element.cssParts ?? [])
      assert.ok(rendered.has(part.name), `<${element.tagName}> documents a part ${part.name} that nothing renders`);
  }
});

test('the README’s element reference is the manifest’s (npm run readme rewrites it)', { skip }, () => {
  const readme = readFileSync(README, 'utf8');
  const names = differing(readme, update(readme, manifest));
  assert.deepEqual(names, [], `README.md differs from ${MANIFEST} in ${names.join(', ')}: run npm run build && npm run readme`);
  assert.equal(update(readme, manifest), readme);
});

test('the README check notices a change in the manifest, and missing markers', { skip }, () => {
  const readme = readFileSync(README, 'utf8');
  const changed = structuredClone(manifest);
  const crisis = changed.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'ally-crisis');
  crisis.attributes = crisis.attributes.filter((a) => a.name !== 'variant');
  assert.deepEqual(differing(readme, update(readme, changed)), ['ally-crisis']);
  assert.ok(blocks(manifest).has('css-properties'));
  assert.throws(() => update(readme.replace('<!-- /cem:events -->', ''), manifest), /no <!-- cem:NAME --> markers for: events/);
});
