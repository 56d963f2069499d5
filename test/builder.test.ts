// The embed-code builder: the snippet it produces, pasted into a blank page, works — its integrity hashes
// match the built files (the browser refuses a script or stylesheet otherwise), the chosen options take
// effect, and it loads exactly the content parts the widgets then need, each fetched once.
import { expect } from '@open-wc/testing';
import { openFrame, until } from './helpers.js';
import { build } from './builder-form.js';
import type { Integrity } from '../demo/snippet.js';

/** What the build wrote: the expected hashes and part files come from here, never from literals. */
const integrity: Promise<Integrity> = fetch('/dist/cdn/integrity.json').then((r) => r.json());

/** The href of every `<link rel="…">` in the code. */
const links = (code: string, rel: string) => [...code.matchAll(new RegExp(`<link rel="${rel}" href="([^"]+)"`, 'g'))].map((m) => m[1]!);

/** How many rules of the page's stylesheet apply: none when its bytes do not match its hash. */
const rules = (doc: Document) => doc.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')?.sheet?.cssRules.length ?? 0;

/** The src of every content part's `<script type="module">` in the code, in order. */
const partScripts = (code: string) => [...code.matchAll(/<script type="module" src="([^"]+\/part-[^"]+)"/g)].map((m) => m[1]!);

/** The tag the snippet should have for a file: pinned to it by its URL, hash and CORS mode. */
const pinnedLink = (rel: string, base: string, file: string, hashes: Integrity) =>
  `<link rel="${rel}" href="${base}${file}" integrity="${hashes.files[file]}" crossorigin="anonymous">`;

describe('embed-code builder', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const script of ['module', 'classic']) {
    it(`produces a ${script} snippet that works on a blank page`, async () => {
      const builder = await openFrame((f) => (f.src = '/demo/builder.html'));
      const doc = builder.contentDocument!;
      await until(() => doc.documentElement.dataset.ready, 'the builder to load the integrity hashes');
      // By default the code names the exact version, on the CDN.
      const defaultCode = doc.querySelector<HTMLTextAreaElement>('#snippet')!.value;
      expect(defaultCode).to.match(/src="https:\/\/cdn\.jsdelivr\.net\/npm\/ally-widgets@\d+\.\d+\.\d+\/dist\/cdn\/ally-widgets\.js"/);
      const code = await build(doc, {
        widgets: ['ally-crisis', 'ally-tips'],
        lang: 'es',
        country: 'MX',
        theme: 'dark',
        layout: 'cards',
        script,
        base: `${location.origin}/dist/cdn/`,
      });
      expect(code).to.match(/integrity="sha384-[A-Za-z0-9+/=]{64}"/);
      expect(code).to.contain('crossorigin="anonymous"');
      expect(code).to.contain('<ally-crisis lang="es" country="MX" theme="dark"></ally-crisis>');
      // The crisis callout comes first: the tips leave out their own copy of the crisis line.
      expect(code).to.contain('<ally-tips lang="es" country="MX" theme="dark" layout="cards" no-crisis></ally-tips>');
      // The stylesheet that keeps the widgets' space, for either script; for the module script only (the
      // classic script has everything), after it, a module script of each part: the Spanish words (the tips'
      // text among them), the Mexican lines and their Spanish words, and the tips' view.
      const hashes = await integrity;
      const base = `${location.origin}/dist/cdn/`;
      expect(code).to.contain(pinnedLink('stylesheet', base, 'ally-widgets.css', hashes));
      const parts = script === 'module' ? ['locale-es', 'country-MX', 'words-es-MX', 'prose'].map((name) => hashes.parts[name]!) : [];
      expect(partScripts(code)).to.deep.equal(parts.map((file) => base + file));
      for (const file of parts)
        expect(code).to.contain(
          `<script type="module" src="${base}${file}" integrity="${hashes.files[file]}" crossorigin="anonymous"></script>`,
        );
      if (parts.length) expect(code.indexOf('/part-'), 'the parts after the script').to.be.above(code.indexOf('ally-widgets.js'));

      const page = await openFrame(
        (f) => (f.srcdoc = `<!doctype html><html><head><meta charset="utf-8"></head><body>\n${code}\n</body></html>`),
      );
      const win = page.contentWindow as Window & typeof globalThis;
      const pageDoc = page.contentDocument!;
      await until(() => win.customElements.get('ally-crisis'), 'the snippet’s script to run (a wrong integrity hash blocks it)');
      expect(rules(pageDoc), 'the stylesheet’s rules').to.be.above(0);
      const crisis = pageDoc.querySelector('ally-crisis') as HTMLElement & { updateComplete: Promise<unknown> };
      const tips = pageDoc.querySelector('ally-tips') as HTMLElement & { updateComplete: Promise<unknown> };
      await crisis.updateComplete;
      await tips.updateComplete;
      expect(crisis.shadowRoot!.querySelector('[part="action"]')!.getAttribute('href')).to.equal('tel:+528009112000');
      expect(tips.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('Cómo apoyar a alguien');
      expect(tips.shadowRoot!.querySelector('[part="root"]')!.getAttribute('data-theme')).to.equal('dark');
      expect(tips.shadowRoot!.querySelector('[part="root"]')!.classList.contains('cards')).to.be.true;
      // The bundle was given the parts by exactly the URLs it would import them from: each was fetched once. (Spanish has no
      // details part to fetch when the page is idle: its words hold them.)
      const fetched = win.performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((url) => url.includes('/part-'));
      expect(new Set(fetched).size, `each part fetched once: ${fetched.map((u) => u.replace(/.*\//, '')).join(' ')}`).to.equal(
        fetched.length,
      );
      expect(fetched.sort(), 'content parts fetched').to.deep.equal(parts.map((file) => base + file).sort());
    });
  }

  it('loads the parts that the language, the country and the widgets need, and none for the classic script', async () => {
    const builder = await openFrame((f) => (f.src = '/demo/builder.html'));
    const doc = builder.contentDocument!;
    await until(() => doc.documentElement.dataset.ready, 'the builder');
    const { parts } = await integrity;
    const base = `${location.origin}/dist/cdn/`;
    // Which parts exist is the build's business (e.g. whether a language has guide words of its own):
    // each case names the parts the widgets would ask for, and expects those the build made.
    const cases: [Record<string, string | string[]>, string[]][] = [
      [{ widgets: ['ally-tips'], lang: '', country: '' }, ['zones', 'tips-en', 'prose']],
      [{ widgets: ['ally-tips', 'ally-resources'], lang: '', country: '' }, ['zones', 'orgs-US', 'cards', 'tips-en', 'prose']],
      [{ widgets: ['ally-tips'], lang: 'es', country: '' }, ['locale-es', 'zones', 'tips-es', 'prose']],
      [{ widgets: ['ally-resources'], lang: 'en', country: 'GB' }, ['country-GB', 'orgs-GB', 'cards']],
      [{ widgets: ['ally-crisis'], lang: 'es', country: 'SE' }, ['locale-es', 'country-SE']],
      [{ widgets: ['ally-guide'], lang: '', country: '' }, ['zones', 'orgs-US', 'cards', 'tips-en', 'prose', 'guide-en', 'details-en']],
      [
        { widgets: ['ally-guide'], lang: 'en', country: 'AU' },
        ['country-AU', 'orgs-AU', 'cards', 'tips-en', 'prose', 'guide-en', 'details-en'],
      ],
      [
        { widgets: ['ally-guide', 'ally-tips'], lang: 'es', country: 'ES' },
        ['locale-es', 'country-ES', 'words-es-ES', 'orgs-ES', 'cards', 'tips-es', 'prose', 'guide-es', 'details-es'],
      ],
      [{ widgets: ['ally-crisis'], lang: 'ja', country: 'GB' }, ['locale-ja', 'country-GB', 'words-ja-GB']],
    ];
    const named = ['locale-es', 'country-GB', 'words-ja-GB', 'guide-en', 'orgs-US', 'details-en'].map((name) => parts[name]);
    expect(
      named.every((file) => typeof file === 'string'),
      'the parts integrity.json names',
    ).to.be.true;
    for (const [choices, names] of cases) {
      const code = await build(doc, { ...choices, script: 'module', base });
      const expected = names.filter((name) => parts[name]).map((name) => base + parts[name]);
      expect(partScripts(code), JSON.stringify(choices)).to.deep.equal(expected);
      expect(links(code, 'stylesheet')).to.deep.equal([`${base}ally-widgets.css`]);
      const classic = await build(doc, { ...choices, script: 'classic', base });
      expect(partScripts(classic), `classic ${JSON.stringify(choices)}`).to.be.empty;
    }
  });

  it('a file that does not match its hash is refused by the browser', async () => {
    const builder = await openFrame((f) => (f.src = '/demo/builder.html'));
    const doc = builder.contentDocument!;
    await until(() => doc.documentElement.dataset.ready, 'the builder');
    const code = await build(doc, { widgets: ['ally-tips'], base: `${location.origin}/dist/cdn/`, script: 'module' });
    const tamper = (tag: string) =>
      code.replace(
        new RegExp(`(<${tag}[^>]*integrity=")sha384-[^"]+`),
        '$1sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      );
    const open = async (html: string) => {
      const page = await openFrame((f) => (f.srcdoc = `<!doctype html><html><body>${html}</body></html>`));
      await new Promise((r) => setTimeout(r, 500));
      return page.contentWindow as Window & typeof globalThis;
    };
    // The script: nothing runs. (Booleans and numbers only: a failed assertion that printed another
    // frame's objects could hang the browser.)
    expect(Boolean((await open(tamper('script'))).customElements.get('ally-tips')), 'the script ran').to.be.false;
    // The stylesheet: none of its rules apply; the widgets still work. (At an address not loaded before:
    // Firefox applies a stylesheet it has already loaded, from its cache, whatever the new hash says.)
    const win = await open(tamper('link rel="stylesheet"').replace('ally-widgets.css"', 'ally-widgets.css?again"'));
    expect(rules(win.document), 'the stylesheet’s rules').to.equal(0);
    expect(Boolean(win.customElements.get('ally-tips')), 'the script ran').to.be.true;
    // A part (the tips' view): its script does not run. Chromium and Firefox then refuse it to the
    // bundle's own import too, WebKit fetches it again; in every engine the note gives the crisis line.
    const tampered = tamper('script type="module" src="[^"]*/part-prose-');
    expect(tampered === code, 'the part’s hash changed').to.be.false;
    const part = await open(tampered);
    await until(() => part.customElements.get('ally-tips'), 'the script');
    const tips = part.document.querySelector('ally-tips') as HTMLElement & { updateComplete: Promise<unknown> };
    await tips.updateComplete;
    const note = tips.shadowRoot!.querySelector('[part="note"]');
    expect(note?.querySelector('a[href="tel:988"]') ? 'the crisis line' : 'none').to.equal('the crisis line');
  });
});
