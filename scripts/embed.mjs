// Builds dist/embed/, the iframe page (see embed/embed.ts): its HTML and stylesheet as written, its script
// bundled by esbuild, and fit-iframes.js, the classic script a host page may add to fit the iframe to its
// content. The page's script imports the script-tag bundle from ../cdn/ rather than carrying a copy: one
// copy of the widgets, whose language and country files load from beside it. Run after the cdn build.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const out = 'dist/embed';
mkdirSync(out, { recursive: true });
for (const file of ['index.html', 'embed.css']) copyFileSync(`embed/${file}`, `${out}/${file}`);

/** `../src/ally-widgets.js` (the source, for the type-checker) is the built bundle at run time. */
const bundleBeside = {
  name: 'ally-bundle-beside',
  setup(b) {
    b.onResolve({ filter: /\/src\/ally-widgets\.js$/ }, () => ({ path: '../cdn/ally-widgets.js', external: true }));
  },
};
const common = { bundle: true, minify: true, target: 'es2022', legalComments: 'none', logLevel: 'warning' };
await build({ ...common, entryPoints: ['embed/embed.ts'], outfile: `${out}/embed.js`, format: 'esm', plugins: [bundleBeside] });
await build({ ...common, entryPoints: ['embed/fit-iframes-script.ts'], outfile: `${out}/fit-iframes.js`, format: 'iife' });
console.log(`embed: ${out}/index.html, embed.js, embed.css, fit-iframes.js`);
