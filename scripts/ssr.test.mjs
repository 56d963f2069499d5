// Server-side rendering: every element, rendered by @lit-labs/ssr in Node from the npm build (through
// `ally-widgets/ssr`, as an app would), shows its real content — in English and Spanish, for the US, the
// UK and a country without lines of its own, with the `resources` property — and touches nothing a
// server lacks. Needs the build (npm test builds first). Hydration in browsers: test/ssr/hydrate.test.ts.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { decodeHTML } from 'entities';

const skip = !existsSync('dist/ssr.js') && 'run npm run build first';
// The server's own time zone must not count: it says nothing about where a reader is.
process.env.TZ = 'Europe/London';

let renderWidget, RESOURCES, CONTENT, EMERGENCY, loadAllContent, cardWords;
/** Every console.warn while rendering: none is expected but where a test says so. */
const warnings = [];

before(async () => {
  if (skip) return;
  ({ renderWidget } = await import('../test/ssr/render.mjs'));
  ({ RESOURCES } = await import('../test/ssr/pages.mjs'));
  ({ loadAllContent } = await import('ally-widgets/ssr'));
  // The build's own content module, with every part merged by the import above.
  ({ CONTENT, EMERGENCY } = await import('../dist/generated/content.js'));
  // The English words only the cards show are in the cards' part (scripts/content.mjs, PART_WORDS).
  ({ ENGLISH: cardWords } = await import('../dist/generated/english-cards.js'));
  console.warn = (...args) => warnings.push(args.join(' '));
});

/** What a reader of the HTML sees: its text without tags, comments and styles, entities decoded. */
const textOf = (html) =>
  decodeHTML(
    html
      .replace(/<style>[^]*?<\/style>/g, ' ')
      .replace(/<!--[^]*?-->/g, '')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();

const words = (lang) => CONTENT.locales[lang];
const fill = (template, number) => template.replace('{number}', number);
const nameOf = (id, lang) => (words(lang).resources[id] ?? words('en').resources[id]).name;
const countryOf = (code) => CONTENT.countries[code] ?? CONTENT.countries.default;

/** The crisis line, the emergency call (or the local-number advice) and the organizations for a country. */
function lines(code, lang) {
  const ui = words(lang).ui;
  const country = countryOf(code);
  const line = CONTENT.resources[country.crisisLine];
  const numbers = line.contacts.filter((c) => c.channel === 'phone').map((c) => fill(ui.common.call, c.display));
  const emergency = EMERGENCY[code] ? fill(ui.common.call, EMERGENCY[code]) : ui.crisis.emergencyLocal;
  return { line: [nameOf(line.id, lang), ...numbers], emergency, orgs: country.resources.map((id) => nameOf(id, lang)) };
}

/** What each element must show, in `lang`, for `code`. */
function expected(tag, lang, code) {
  const { ui, tips } = words(lang);
  const titles = Object.values(tips).map((t) => t.title);
  const { line, emergency, orgs } = lines(code, lang);
  const own = [ui.resources.ownHeading ?? cardWords.ownHeading, ...RESOURCES.map((r) => r.name)];
  return {
    'ally-tips': [ui.tips.heading, ...titles, emergency, line[0]],
    'ally-crisis': [ui.crisis.heading, emergency, ...line],
    'ally-resources': [ui.resources.heading, emergency, ...line, ...own, ...orgs],
    'ally-guide': [words(lang).guide.heading, ui.crisis.heading, ...titles, emergency, ...line, ...own, ...orgs],
  }[tag];
}

const TAGS = ['ally-tips', 'ally-crisis', 'ally-resources', 'ally-guide'];

for (const lang of ['en', 'es']) {
  for (const code of ['US', 'GB', 'AR']) {
    test(`every element renders its content in ${lang}, ${code}`, { skip }, async () => {
      for (const tag of TAGS) {
        const html = await renderWidget({ tag, attrs: { lang, country: code }, resources: true });
        assert.match(html, new RegExp(`^(<!--[^>]*-->)*<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`), tag);
        assert.match(html, new RegExp(`class="?root[^"]*"? part="?root"? lang="${lang}"`), `${tag}: its content's language`);
        const text = textOf(html);
        for (const shown of expected(tag, lang, code))
          assert.ok(text.includes(shown), `<${tag} lang=${lang} country=${code}> shows ${JSON.stringify(shown)}`);
        // Never another country's lines.
        for (const other of ['US', 'GB'].filter((c) => c !== code)) {
          assert.ok(!text.includes(lines(other, lang).line[0]), `<${tag} country=${code}> does not show ${other}'s line`);
        }
      }
      assert.deepEqual(warnings.splice(0), []);
    });
  }
}

test('without country and region: the international directory, never a guessed country', { skip }, async () => {
  for (const tag of TAGS) {
    const text = textOf(await renderWidget({ tag }));
    const { line, emergency } = lines('AR', 'en');
    assert.ok(text.includes(line[0]) && text.includes(emergency), tag);
    for (const code of ['US', 'GB']) assert.ok(!text.includes(lines(code, 'en').line[0]), `${tag} guessed ${code}`);
  }
  assert.deepEqual(warnings.splice(0), []);
});

test('the region of the widget’s own lang picks the country: es-MX, Mexico', { skip }, async () => {
  const text = textOf(await renderWidget({ tag: 'ally-crisis', attrs: { lang: 'es-MX' } }));
  for (const shown of lines('MX', 'es').line) assert.ok(text.includes(shown), shown);
  assert.deepEqual(warnings.splice(0), []);
});

test('an unknown lang renders English, with one warning', { skip }, async () => {
  const html = await renderWidget({ tag: 'ally-guide', attrs: { lang: 'xx', country: 'GB' } });
  assert.ok(textOf(html).includes(words('en').guide.heading));
  assert.ok(textOf(html).includes(lines('GB', 'en').line[0]));
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(warnings.splice(0)[0], /^<ally-guide>: no content in lang="xx"; showing en/);
});

test('<ally-resource> children stay in the light DOM; the resources property is rendered, links as given', { skip }, async () => {
  const children = '<ally-resource name="Acme Chaplain" phone="+1 800 555 0199">Someone to talk to</ally-resource>';
  const resources = [
    { name: 'Acme HR', href: '/hr/wellbeing' },
    { name: 'Bad', href: 'javascript:alert(1)' },
  ];
  const html = await renderWidget({ tag: 'ally-resources', attrs: { country: 'US' }, resources, children });
  const [shadow, light] = html.replace(/<!--[^]*?-->/g, '').split('</template>');
  assert.ok(!shadow.includes('Acme Chaplain'), 'a server cannot read the children');
  assert.match(
    light,
    /<ally-resource\s+name="Acme Chaplain" phone="\+1 800 555 0199">Someone to talk to<\/ally-resource>/,
    'the children are kept, for the browser to read once hydrated',
  );
  // A relative address is linked as written (the browser resolves it); an unsafe one is not linked.
  assert.ok(/<a href="\/hr\/wellbeing"[^>]*>\/hr\/wellbeing<\/a>/.test(shadow), 'the relative address, linked');
  assert.ok(!shadow.includes('href="javascript:'));
  assert.deepEqual(
    warnings.splice(0).map((w) => w.replace(/"[^"]*"/g, '…')),
    ['<ally-resources>: href=… of … is not a safe web address: shown as text, not linked.'],
  );
});

test('the country picker lists the country shown, and the browser the others once hydrated', { skip }, async () => {
  const html = await renderWidget({ tag: 'ally-crisis', attrs: { lang: 'es', country: 'GB' } });
  const options = [...html.matchAll(/<option value="(\w+)"( selected)?[^>]*>(.*?)<\/option>/g)].map(([, value, selected, name]) => [
    value,
    Boolean(selected),
    textOf(name),
  ]);
  assert.deepEqual(options, [
    ['GB', true, 'Reino Unido'],
    ['default', false, words('es').ui.crisis.otherCountry],
  ]);
});

test('the guide’s parts are rendered inside it, to hydrate after it', { skip }, async () => {
  const html = await renderWidget({ tag: 'ally-guide', attrs: { lang: 'es', country: 'GB' } });
  for (const tag of ['ally-crisis', 'ally-tips', 'ally-resources']) {
    assert.match(html, new RegExp(`<${tag}[^>]* lang="es" country="GB"[^>]* defer-hydration><template shadowroot="open"`), tag);
  }
});

test('loadAllContent: every part is loaded, none failed', { skip }, async () => {
  assert.deepEqual(await loadAllContent(), []);
});

// Each in a Node process of its own, as an app would start.
const node = (args, options = {}) => spawnSync(process.execPath, args, { encoding: 'utf8', ...options });

test('every module export imports in Node without an error or a word', { skip }, () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  // The exports of JavaScript modules (not types only, not JSON).
  // What Node loads: through nested conditions (`./cdn`'s `node` one has its own `types`).
  const inNode = (to) => (typeof to === 'string' ? to : inNode(to.node ?? to.default ?? ''));
  const modules = Object.entries(pkg.exports).filter(([, to]) => inNode(to).endsWith('.js'));
  assert.ok(modules.length >= 9, modules.map(([entry]) => entry).join());
  for (const [entry] of modules) {
    const name = `${pkg.name}${entry.slice(1)}`;
    const run = node(['--input-type=module', '-e', `await import(${JSON.stringify(name)});`]);
    assert.equal(run.status, 0, `${name}: ${run.stderr}`);
    assert.equal(run.stderr, '', name);
  }
  // The script-tag bundle's entry gives Node the server entry (a `node` export condition).
  const run = node(['--input-type=module', '-e', `const m = await import('ally-widgets/cdn'); console.log(typeof m.loadAllContent);`]);
  assert.equal(run.stdout.trim(), 'function', run.stderr);
});

test('without the server entry: what is bundled, and one warning for each file not loaded', { skip }, () => {
  const script = `
    import { render } from '@lit-labs/ssr';
    import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
    import { html } from 'lit';
    import 'ally-widgets/ally-resources';
    process.stdout.write(await collectResult(render(html\`<ally-resources lang="es" country="GB"></ally-resources>\`)));`;
  const run = node(['--input-type=module', '-e', script]);
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(
    run.stderr
      .trim()
      .split('\n')
      .map((line) => line.replace(/^<ally-resources>: the content "([\w-]+)" is not loaded.*/, '$1')),
    ['locale-es', 'country-GB', 'cards'],
  );
  // English, the UK's emergency number (bundled) and the international directory until then.
  const text = textOf(run.stdout);
  for (const shown of [words('en').ui.resources.heading, fill(words('en').ui.common.call, '999'), nameOf('find-a-helpline', 'en')])
    assert.ok(text.includes(shown), shown);
});

test('with Lit’s global DOM shim and connectedCallback on the server, every page renders just the same', { skip }, () => {
  // The shim gives the server a `document`, `window` and HTMLElement; calling connectedCallback runs the
  // elements' controllers. Neither may make a widget reach for the page or the device.
  const script = `
    import { LitElementRenderer } from '@lit-labs/ssr';
    LitElementRenderer.renderOptions.push(() => ({ connectedCallback: true }));
    const { renderPage } = await import('./test/ssr/render.mjs');
    for (const page of ['es-GB', 'en-US', 'en-AR', 'unset']) process.stdout.write(await renderPage(page));`;
  const run = node(['--import', '@lit-labs/ssr/lib/install-global-dom-shim.js', '--input-type=module', '-e', script], {
    maxBuffer: 64 << 20,
  });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, '');
  const text = textOf(run.stdout);
  for (const shown of [...lines('GB', 'es').line, ...lines('US', 'en').orgs, lines('AR', 'en').emergency])
    assert.ok(text.includes(shown), shown);
});

test('a second copy of the elements on the server registers nothing and says nothing', { skip }, () => {
  // Another copy of the npm build, as two packages' dependencies would bring: same tags, same version.
  const copy = mkdtempSync(join(tmpdir(), 'ally-ssr-copy-'));
  try {
    cpSync('dist', join(copy, 'dist'), { recursive: true, filter: (f) => !f.includes('/cdn') });
    symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
    const script = `
      const first = await import('ally-widgets/ssr');
      const second = await import(${JSON.stringify(join(copy, 'dist/ssr.js'))});
      await import(${JSON.stringify(join(copy, 'dist/components/tips/ally-tips.js'))});
      console.log(first.AllyTips !== second.AllyTips, customElements.get('ally-tips') === first.AllyTips);`;
    const run = node(['--input-type=module', '-e', script]);
    assert.equal(run.stderr, '');
    assert.equal(run.stdout.trim(), 'true true');
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
