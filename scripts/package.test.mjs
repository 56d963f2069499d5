// The package as published: the README's snippet names a version range this package satisfies, and
// every entry in the exports map points at a file the build makes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { SourceMap } from 'node:module';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');

test('the README snippet’s version range matches package.json', () => {
  const ranges = [...readme.matchAll(/cdn\.jsdelivr\.net\/npm\/ally-widgets@(\d+)/g)].map((m) => m[1]);
  assert.ok(ranges.length > 0, 'the README shows the CDN snippet');
  for (const major of ranges) assert.equal(major, pkg.version.split('.')[0]);
});

test('unpkg and jsdelivr name the self-contained bundle', () => {
  assert.equal(pkg.unpkg, './dist/cdn/ally-widgets.js');
  assert.equal(pkg.jsdelivr, pkg.unpkg);
});

test('every export points at a file the build makes', { skip: !existsSync('dist/cdn') && 'run npm run build first' }, () => {
  for (const [entry, target] of Object.entries(pkg.exports)) {
    for (const file of targets(target)) {
      assert.ok(existsSync(file), `${entry} → ${file} is missing`);
    }
  }
});

/** The files an export's target names, through nested conditions (`./cdn` has a `node` one). */
function targets(target) {
  return typeof target === 'string' ? [target] : Object.values(target).flatMap(targets);
}

test(
  "every script-tag file starts with V8's compile hint, and its source map still points at the source",
  { skip: !existsSync('dist/cdn') && 'run npm run build first' },
  () => {
    const files = readdirSync('dist/cdn').filter((f) => f.endsWith('.js'));
    assert.ok(files.length > 10);
    for (const file of files) assert.ok(readFileSync(`dist/cdn/${file}`, 'utf8').startsWith('//# allFunctionsCalledOnLoad\n'), file);
    // The bundle's map: a position on line 2, below the hint, still names its source file (0-based lines).
    const code = readFileSync('dist/cdn/ally-widgets.js', 'utf8').split('\n');
    const map = new SourceMap(JSON.parse(readFileSync('dist/cdn/ally-widgets.js.map', 'utf8')));
    const entry = map.findEntry(1, code[1].indexOf('globalThis.customElements'));
    assert.match(entry.originalSource ?? '', /define\.ts$/);
  },
);
