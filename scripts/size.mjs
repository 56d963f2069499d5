// Measures what the build ships, as a CDN or a bundler would get it, and fails when a file grows past its
// budget. Sizes are bytes (gzip -9, as most CDNs serve; brotli for information), not timings, so the
// result does not depend on how busy the machine is. Run it after `npm run build`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const KB = 1024;
const CDN = 'dist/cdn';

// The script-tag bundle: every element, English, the emergency numbers and the US lines, Lit inside.
// It was brought to 16 KB to make room for the features after it (see README, "Builds"); the reader's
// country from their device (the US time zones and the rules), the country picker, the emergency call
// button, 28 countries' emergency numbers and file names, and the 988 Lifeline's steps then took 1.6 KB of
// that room (17.63 KB); later work brought it to 17.86 KB. Server-side rendering added 0.1 KB (17.96 KB):
// its server rules and hydration are left out of this build (`__ALLY_SSR__`, vite.config.ts), which only
// keeps what the browser needs. French, German, Portuguese and Japanese, with their CSS for line breaks,
// then took it to 17.93 KB: naming the files beside it for the release rather than each for its content
// (vite.config.ts) more than paid for their four entries in its table of files. Two trims followed: the
// host's own-resources code as a file of its own, loaded only by widgets that have some, and a more
// compact table of the content files; and the design of issue 11 took 0.36 KB of what they saved
// (`appearance`, two columns of tip cards, the compact inline callout, full-width buttons on phones,
// labelled hours, the host's North American numbers written like the national ones). Then code that
// shows text which comes in a part anyway became a part beside that text (the organizations' cards, a
// tip's detail and the guide's own sections), and the US time zones and the table of files were written
// shorter: 17.29 KB. The country picker's options made once as DOM and cloned for each widget, which
// takes a quarter off the main thread's work for fifty widgets, added 0.11 KB (17.40 KB); reading the
// on/off properties (no-crisis, open…) as any framework may set them another 0.11 KB (17.51 KB). Then
// the English tips' titles and summaries became a part (the "tips" part), with their view, their styles
// and the reading of `tips` in the "prose" part (pages that show tips preload both); the organizations'
// lists, their styles and their copies between widgets went to the "cards" part, the reading of the host's
// own resources to the "own" part; the bundle's exports for the parts stopped being module exports too;
// the list of countries is read from the emergency numbers'; Lit's code for values in css`` went: 15.86 KB.
// Waiting for the page's own language before the first render, the guide's updateComplete waiting for
// its widgets, English tips when a language's file fails, and a check of the styles a part brings took
// it to 15.98 KB; opening and closing a tip went to the "prose" part: 15.93 KB, under the 16 KB it was
// brought to. The country picker's names, written by the build instead of a page's first Intl.DisplayNames
// (20–50 ms), took 0.24 KB; the English words only the tips' details and the cards show went to their
// parts, and the countries' file names are read from the emergency numbers' table: 15.93 KB. Taking
// the parts a page loads as its own module scripts (README, "With a script tag"), which the widgets then
// have before the page's next frame (10 ms sooner), took 0.07 KB: 16.00 KB. Watching for print went to
// the tips' view, and the templates' static attribute values lost their quotes: 15.95 KB.
const BUNDLE = { file: `${CDN}/ally-widgets.js`, budget: 16 * KB };
// The files beside it, each loaded only by a page that needs it. A language is all of its text; a country
// its lines and organizations, in English; a words part those lines' words in another language (1 KB: the
// largest, the United Kingdom's three lines in Japanese, was 0.4 KB when the four languages came); the guide part the guide's own prose in one language; an orgs part a
// bundled country's organizations (the US's, 1.32 KB; 1.49 KB later, and 1.54 KB once each part ended
// by giving itself to the bundle); a tips part the English tips' titles and summaries
// (0.34 KB), a details part their details, with their review dates and sources (2.07 KB).
const PARTS = [
  { prefix: 'part-locale-', budget: 6 * KB },
  { prefix: 'part-country-', budget: 1.5 * KB },
  { prefix: 'part-words-', budget: 1 * KB },
  { prefix: 'part-orgs-', budget: 1.75 * KB },
  { prefix: 'part-guide-', budget: 1 * KB },
  { prefix: 'part-tips-', budget: 0.75 * KB },
  { prefix: 'part-details-', budget: 2.25 * KB },
  { prefix: 'part-zones-', budget: 1 * KB },
  // Code, not content: reading and checking the host's own resources (1.10 KB), for pages that give some.
  { prefix: 'part-own-', budget: 1.25 * KB },
  // Code: the organizations' lists and cards of <ally-resources>, with their styles, loaded with the
  // organizations (1.15 KB); and, since it copies the crisis callout between widgets as it copies the
  // organizations (fifty widgets' script 16 ms shorter), 1.26 KB.
  { prefix: 'part-cards-', budget: 1.5 * KB },
  // Code: the tips (their items, details, styles, the reading of `tips`, opening and closing, printing)
  // and the guide's own sections, loaded with their text (2.23 KB); and, since it copies the closed tips
  // between widgets as the cards copy the organizations (its own copy of copies.ts) and took over
  // watching for print from the bundle, 2.88 KB.
  { prefix: 'part-prose-', budget: 3.25 * KB },
];
// The npm build: each export's own code, that is every file in dist/ its entry reaches through relative
// imports, gzipped one by one and summed (the files as published: unminified, with their comments; an
// app's bundler minifies them, so these figures track growth, not what a reader downloads). `lit` is a
// dependency that an app shares, and dist/generated/ is the content, budgeted above as the parts: neither
// counts. Each budget is the figure when it was set (in the comment) plus about 10%, rounded up to a
// quarter KB: room for a small feature, while a change that grows an element's
// code by a tenth or more fails here and gets a second look.
const NPM_BUDGETS = {
  // Set again when server-side rendering (the server's rules, hydration of what a server rendered, the
  // guards that keep a server from reaching for a page or a device) added about 1.7 KB of commented
  // source to every element, with about 5% room. The figures before that: 35.35, 34.51, 25.71, 27.56,
  // 1.23, 22.53, 35.13 and 35.78 KB (after the Custom Elements Manifest's JSDoc tags, about 1.1 KB of
  // comments in every element's files; before those, 34.19, 33.36, 24.93, 26.84, 1.22, 21.78 and 33.98).
  '.': 39 * KB, // 37.02 KB: every element
  './classes': 38 * KB, // 36.18 KB: the same classes, registering none
  './ally-tips': 28.5 * KB, // 27.07 KB
  './ally-resources': 30.75 * KB, // 29.19 KB
  './ally-resource': 1.4 * KB, // 1.23 KB (rounded to a tenth: a quarter would be 26% here)
  './ally-crisis': 25.25 * KB, // 23.86 KB
  './ally-guide': 38.75 * KB, // 36.80 KB: the guide registers the elements it is built from
  // The React wrappers (@lit/react's createComponent, external like React) and every element they register.
  './react': 39.5 * KB, // 37.48 KB
  // The server entry: every element, and the loading of every content part.
  './ssr': 39.5 * KB, // 37.58 KB
};
const NOT_COUNTED = /^dist\/generated\//;

const kb = (n) => `${(n / KB).toFixed(2)} KB`;
const gzip = (code) => gzipSync(code, { level: 9 }).length;
const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const rows = [];
const problems = [];

const measured = new Map();
function sizeOf(file) {
  if (!measured.has(file)) {
    const code = readFileSync(file);
    measured.set(file, { raw: code.length, gzip: gzip(code), brotli: brotli(code) });
  }
  return measured.get(file);
}

/** One row of the table: `files` are measured one by one and summed. */
function measure(label, files, budget) {
  const sizes = files.map(sizeOf);
  const sum = (key) => sizes.reduce((total, s) => total + s[key], 0);
  const row = { label, files: files.length, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli'), budget };
  rows.push(row);
  if (row.gzip > budget) problems.push(`${label} is ${kb(row.gzip - budget)} over its ${kb(budget)} gzip budget`);
}

if (!existsSync(BUNDLE.file)) {
  console.error(`size: ${BUNDLE.file} is missing; run npm run build first.`);
  process.exit(1);
}
measure(BUNDLE.file, [BUNDLE.file], BUNDLE.budget);

const cdnFiles = readdirSync(CDN)
  .filter((f) => f.endsWith('.js'))
  .sort();
for (const { prefix, budget } of PARTS) {
  const files = cdnFiles.filter((f) => f.startsWith(prefix));
  if (!files.length) problems.push(`no ${CDN}/${prefix}*.js: the build no longer makes these parts; update scripts/size.mjs`);
  for (const f of files) measure(`${CDN}/${f}`, [join(CDN, f)], budget);
}

/** The files in dist/ that `entry` reaches through relative imports (static, re-exports and dynamic). */
function ownFiles(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || NOT_COUNTED.test(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport\s*\(?)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(normalize(join(dirname(file), spec)));
    }
  };
  visit(normalize(entry));
  return [...seen].sort();
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
for (const [name, target] of Object.entries(pkg.exports)) {
  const file = typeof target === 'string' ? target : target.default;
  // Types only (./types/*), the manifest and the bundle (measured above) have no npm code of their own.
  if (!file?.endsWith('.js') || file.startsWith(`./${CDN}/`)) continue;
  if (!(name in NPM_BUDGETS)) {
    problems.push(`the export ${name} has no budget: add one to NPM_BUDGETS in scripts/size.mjs`);
    continue;
  }
  if (!existsSync(file)) {
    problems.push(`the export ${name} → ${file} is missing; run npm run build`);
    continue;
  }
  measure(`npm ${pkg.name}${name.slice(1)}`, ownFiles(file), NPM_BUDGETS[name]);
}

const table = [
  ['what', 'files', 'raw', 'gzip', 'budget', 'left', 'brotli'],
  ...rows.map((r) => [
    r.label,
    String(r.files),
    kb(r.raw),
    kb(r.gzip),
    kb(r.budget),
    r.gzip > r.budget ? `OVER ${kb(r.gzip - r.budget)}` : kb(r.budget - r.gzip),
    kb(r.brotli),
  ]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
for (const row of table) {
  console.log(
    row
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd(),
  );
}

if (problems.length) {
  console.error(`\nsize: FAILED: ${problems.join('; ')}.`);
  console.error('Trim code or content, or raise a budget in scripts/size.mjs with a reason.');
  process.exit(1);
}
console.log(`\nsize: all ${rows.length} within budget.`);
