// The package as npm would publish it: `npm pack` into a folder, without lifecycle scripts (the tests
// that use it run after `npm run build`). Used by package-lint.test.mjs and the consumer apps' test.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Packs this package into `dir`; returns the tarball's path. */
export function pack(dir) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm pack failed:\n${run.stderr}`);
  return join(dir, JSON.parse(run.stdout)[0].filename);
}
