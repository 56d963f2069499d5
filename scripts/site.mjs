// npm run build:site → dist/site/: the demo pages and the embed-code builder as a static site, for an HR
// admin or an editor who will never run `npm start` (published to GitHub Pages by
// .github/workflows/pages.yml). Every address in it is relative, so it works from any folder of any
// static host; it needs no server of its own. Its pages use the built script-tag bundle (the files a
// snippet names), and carry a strict Content-Security-Policy, the one the widgets are documented under
// plus this site's own needs (the builder reads integrity.json and previews the iframe page).
//
//   dist/site/index.html, builder.html, embed.html, intranet.html   the demo pages (demo/), rewritten as below
//   dist/site/builder.js                             demo/builder.ts, bundled
//   dist/site/cdn/                                   the script-tag files (dist/cdn/, without source maps)
//   dist/site/embed/                                 the iframe page (dist/embed/)
//
// Run after `npm run build` (npm run build:site does both).
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

export const SITE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src data:; connect-src 'self'; frame-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

const out = 'dist/site';
const PAGES = ['index.html', 'builder.html', 'embed.html', 'intranet.html'];

/**
 * A demo page as the site serves it: the source's addresses (../src/ for Vite, ../dist/ for the built
 * files) become the site's own, and the policy goes in first.
 */
export function sitePage(html) {
  const page = html
    .replaceAll('../src/ally-widgets.ts', './cdn/ally-widgets.js')
    .replaceAll('./builder.ts', './builder.js')
    .replaceAll('../dist/', './')
    .replace(
      '<meta charset="utf-8" />',
      `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${SITE_CSP}" />`,
    );
  const outside = /(?:src|href|content)="\.\.\//.exec(page);
  if (outside) throw new Error(`site: a page still points outside the site (${outside[0]}…)`);
  if (!page.includes('Content-Security-Policy')) throw new Error('site: a page without <meta charset="utf-8" />');
  return page;
}

function main() {
  for (const dir of ['dist/cdn', 'dist/embed']) {
    if (!existsSync(dir)) throw new Error(`site: ${dir} is missing; run npm run build first`);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync('dist/cdn', `${out}/cdn`, { recursive: true, filter: (src) => !src.endsWith('.map') });
  cpSync('dist/embed', `${out}/embed`, { recursive: true });
  for (const file of readdirSync('demo').filter((f) => f.endsWith('.css'))) cpSync(`demo/${file}`, `${out}/${file}`);
  for (const file of PAGES) writeFileSync(`${out}/${file}`, sitePage(readFileSync(`demo/${file}`, 'utf8')));
  return build({
    entryPoints: ['demo/builder.ts'],
    outfile: `${out}/builder.js`,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
  }).then(() => console.log(`site: ${out}/ (${PAGES.join(', ')}, builder.js, cdn/, embed/)`));
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
