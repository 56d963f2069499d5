// A tiny app in a temporary folder, offline, for the tests that check the package's types as an app gets
// them (types.test.mjs with tsc, lit-analyzer.test.mjs with lit-analyzer): its files, a tsconfig.json,
// and node_modules linking to this project's packages. Needs `npm run build` first.
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');

/**
 * A folder with `files` and node_modules linking to this project's (or to a copy of the package alone):
 * React, and with `others` Preact, Vue and Svelte. `tsconfig` adds to its tsconfig.json.
 */
export function consumer(files, { copy = false, react = true, others = false, libCheck = false, tsconfig = {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'ally-types-'));
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, '@types'), { recursive: true });
  if (copy) {
    // The package as published, alone: only what it depends on beside it, no React.
    mkdirSync(join(modules, 'ally-widgets'));
    cpSync('package.json', join(modules, 'ally-widgets/package.json'));
    cpSync('dist', join(modules, 'ally-widgets/dist'), { recursive: true, filter: (f) => !f.endsWith('.map') });
    for (const name of ['lit', 'lit-html', 'lit-element', '@lit', '@types/trusted-types'])
      symlinkSync(join(root, 'node_modules', name), join(modules, name));
  } else {
    symlinkSync(root, join(modules, 'ally-widgets'));
  }
  if (react) for (const name of ['react', '@types/react']) symlinkSync(join(root, 'node_modules', name), join(modules, name));
  if (others) for (const name of ['preact', 'vue', 'svelte']) symlinkSync(join(root, 'node_modules', name), join(modules, name));
  const compilerOptions = {
    strict: true,
    noEmit: true,
    jsx: 'react-jsx',
    module: 'esnext',
    moduleResolution: 'bundler',
    target: 'es2022',
    lib: ['es2022', 'dom'],
    types: [],
    // Type-checking React's own types takes seconds: only where the package's .d.ts files are the point.
    skipLibCheck: !libCheck,
    ...tsconfig.compilerOptions,
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ ...tsconfig, compilerOptions, files: Object.keys(files) }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
