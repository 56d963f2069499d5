// The package as npm would publish it, packed once into a temporary folder (no lifecycle scripts, no
// network; npm test builds first): publint finds nothing, not even a suggestion; Are the Types Wrong
// (the `esm-only` profile: CommonJS and node10 resolution are not ours to serve) finds types for every
// export, `./cdn` included; and every `.d.ts` imports only packages a consumer gets with ours, i.e. a
// dependency or a peer dependency (e.g. not `lit-html`, which only `lit` depends on).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { checkPackage, createPackageFromTarballData } from '@arethetypeswrong/core';
import { problemKindInfo } from '@arethetypeswrong/core/problems';
import { pack } from './pack.mjs';

const skip = !existsSync('dist/cdn') && 'run npm run build first';
/** What `attw --profile esm-only` ignores. */
const IGNORED_RESOLUTIONS = ['node10', 'node16-cjs'];

let dir, tarball;
before(() => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'ally-pack-'));
  tarball = readFileSync(pack(dir));
});
after(() => dir && rmSync(dir, { recursive: true, force: true }));

test('publint: no error, warning or suggestion', { skip }, async () => {
  const { messages, pkg } = await publint({ pkgDir: 'package', pack: { tarball: new Uint8Array(tarball).buffer }, level: 'suggestion' });
  assert.deepEqual(
    messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false })}`),
    [],
  );
});

test('Are the Types Wrong (esm-only): types for every export, no problem', { skip }, async () => {
  const analysis = await checkPackage(createPackageFromTarballData(new Uint8Array(tarball)));
  assert.ok(analysis.types, 'the package has types');
  const problems = analysis.problems
    .filter((p) => !('resolutionKind' in p) || !IGNORED_RESOLUTIONS.includes(p.resolutionKind))
    .map((p) => `${p.entrypoint ?? ''} ${p.resolutionKind ?? ''}: ${problemKindInfo[p.kind].title}`);
  assert.deepEqual(problems, []);
});

test('the .d.ts files import only declared dependencies', { skip }, () => {
  const pkg = createPackageFromTarballData(new Uint8Array(tarball));
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})]);
  const builtins = new Set(builtinModules);
  const files = pkg.listFiles().filter((f) => f.endsWith('.d.ts'));
  assert.ok(files.length > 10, 'the package has its .d.ts files');
  const undeclared = [];
  for (const file of files) {
    const text = pkg.readFile(file);
    // import … from 'x', export … from 'x', import 'x', import('x'), declare module 'x'
    for (const m of text.matchAll(/(?:\bfrom|\bimport|\bmodule)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const spec = m[1];
      if (spec.startsWith('.') || spec.startsWith('node:') || builtins.has(spec)) continue;
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      if (!declared.has(name)) undeclared.push(`${file.replace(/^\/node_modules\/[^/]+\//, '')} imports ${spec}`);
    }
  }
  assert.deepEqual(undeclared, []);
});

test('the WordPress plugin (dist/wordpress/) is not in the npm package', { skip }, () => {
  const files = createPackageFromTarballData(new Uint8Array(tarball)).listFiles();
  assert.deepEqual(
    files.filter((f) => f.includes('/dist/wordpress/')),
    [],
  );
  assert.ok(files.some((f) => f.endsWith('/dist/cdn/ally-widgets.js')));
});
