// Server-rendered widgets in the browser: pages of test/ssr/pages.mjs, rendered by @lit-labs/ssr from the
// npm build (test/ssr/render.mjs, served by web-test-runner.config.mjs), hydrated by the same build with
// Lit's hydration support. The page records, before any module runs, every node the server rendered
// and every node removed or text changed from then on (watch.js).
import { expect } from '@open-wc/testing';
import { openFrame } from '../helpers.js';
import { CONTENT } from '../../src/generated/content.js';
import localeEs from '../../src/generated/part-locale-es.js';
import countryGb from '../../src/generated/part-country-gb.js';
import wordsEsGb from '../../src/generated/part-words-es-gb.js';
import orgsUs from '../../src/generated/part-orgs-us.js';
import { ENGLISH as cardWords } from '../../src/generated/english-cards.js';
import type { LocaleContent } from '../../src/internal/content-types.js';

interface Recorded {
  logged: string[];
  nodes: Node[];
  before: string[];
  changes: string[];
  done: boolean;
  now(): { nodes: Node[]; text: string[] };
}
type PageWindow = Window & { ssr: Recorded };

const en = CONTENT.locales['en']!;
const es = localeEs.locales!['es'] as LocaleContent;
const call = (words: LocaleContent, number: string) => words.ui.common.call.replace('{number}', number);
const titles = (words: LocaleContent) => Object.values(words.tips).map((t) => t.title);
const name = (id: string, lang: string) =>
  (lang === 'es' ? (wordsEsGb.locales!['es']?.resources?.[id] ?? es.resources[id]) : undefined)?.name ??
  countryGb.locales!['en']?.resources?.[id]?.name ??
  orgsUs.locales!['en']?.resources?.[id]?.name ??
  en.resources[id]!.name;

/** What the widgets of a page (tips, crisis, resources, guide) must show, each in its language. */
function expected(words: LocaleContent, lang: string, line: string[], orgs: string[], emergency: string) {
  const shared = [...line, emergency];
  return [
    [words.ui.tips.heading, ...titles(words), ...shared],
    [words.ui.crisis.heading, ...shared],
    [
      words.ui.resources.heading,
      words.ui.resources.ownHeading ?? cardWords.ownHeading,
      'Acme EAP',
      'Acme HR',
      ...shared,
      ...orgs.map((id) => name(id, lang)),
    ],
    [...titles(words), 'Acme EAP', ...shared, ...orgs.map((id) => name(id, lang))],
  ];
}

/** Lit's development build says so on every page; everything else logged is a finding. */
const findings = (logged: string[]) => logged.filter((line) => !line.includes('Lit is in dev mode'));

async function open(page: string, query = ''): Promise<{ win: PageWindow; ssr: Recorded }> {
  const frame = await openFrame((f) => (f.src = `/test/ssr/page/${page}.html${query}`), 'width: 900px; height: 700px; border: 0');
  const win = frame.contentWindow as PageWindow;
  for (let waited = 0; !win.ssr.done; waited += 20) {
    if (waited > 8000) throw new Error(`${page}: the widgets did not settle; logged: ${win.ssr.logged.join(' | ')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return { win, ssr: win.ssr };
}

describe('server-rendered widgets', () => {
  const pages = {
    'es-GB': expected(es, 'es', [name('samaritans-gb', 'es'), '116 123'], ['shout', 'nhs-111'], call(es, '999')),
    'en-US': expected(en, 'en', [en.resources['lifeline-988']!.name, '988'], ['nami', 'mha', 'samhsa'], call(en, '911')),
    'en-AR': expected(en, 'en', [en.resources['find-a-helpline']!.name], [], en.ui.crisis.emergencyLocal),
  };

  for (const [page, shows] of Object.entries(pages)) {
    it(`${page}: show their content before any script, and hydrate keeping every node, with no error`, async () => {
      const { win, ssr } = await open(page);
      // Before any script ran: the content, as the server rendered it.
      ssr.before.forEach((text, i) => {
        for (const words of shows[i]!) expect(text, `widget ${i + 1} before hydration`).to.contain(words);
      });
      // Hydrated: the same nodes, nothing removed or changed on the way, the same text, nothing logged.
      // (The country picker then lists every country: nodes added inside its select.)
      const now = ssr.now();
      expect(ssr.changes, 'removed or changed').to.deep.equal([]);
      const server = new Set(ssr.nodes);
      const kept = now.nodes.filter((node) => server.has(node));
      expect(kept.length, 'the server’s nodes').to.equal(ssr.nodes.length);
      expect(
        kept.every((node, i) => node === ssr.nodes[i]),
        'the same nodes, in order',
      ).to.be.true;
      const added = now.nodes.filter((node) => !server.has(node));
      expect(
        added.filter((node) => !(node.parentElement ?? (node as Element)).closest('select')),
        'nodes added',
      ).to.deep.equal([]);
      expect(now.text).to.deep.equal(ssr.before);
      expect(findings(ssr.logged), 'logged').to.deep.equal([]);
      // And it is live: a tip opens or closes on a click, the country picker shows the widget's country.
      const tips = win.document.querySelector('ally-tips')!;
      const toggle = tips.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
      const wasOpen = toggle.getAttribute('aria-expanded');
      toggle.click();
      await (tips as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal(wasOpen === 'true' ? 'false' : 'true');
      const select = win.document.querySelector('ally-crisis')!.shadowRoot!.querySelector('select')!;
      expect(select.value).to.equal(page === 'en-AR' ? 'default' : page.slice(3));
    });
  }

  it('without country or lang: the directory until hydrated, then the reader’s country and the <ally-resource> children', async () => {
    const { win, ssr } = await open('unset');
    expect(ssr.before[0]).to.contain(en.ui.crisis.emergencyLocal).and.contain(en.resources['find-a-helpline']!.name);
    // The suite's reader is in the US (web-test-runner.config.mjs): the browser shows the 988 Lifeline.
    const [crisis, resources] = ssr.now().text;
    expect(crisis).to.contain(call(en, '911')).and.contain(en.resources['lifeline-988']!.name);
    expect(resources).to.contain('Acme Chaplain').and.contain(cardWords.ownHeading);
    expect(ssr.changes, 'the directory gave way').to.not.be.empty;
    // Updated in place, never twice.
    for (const el of win.document.querySelectorAll('main > *'))
      expect(el.shadowRoot!.querySelectorAll('[part="crisis"]')).to.have.length(1);
    expect(findings(ssr.logged), 'logged').to.deep.equal([]);
  });

  it('without the resources the server had: rendered again, with a warning, never twice', async () => {
    const { win, ssr } = await open('es-GB', '?resources=off');
    const resources = win.document.querySelector('ally-resources')!.shadowRoot!;
    expect(resources.querySelectorAll('.root')).to.have.length(1);
    expect(resources.textContent).to.contain(name('samaritans-gb', 'es')).and.not.contain('Acme EAP');
    const warnings = findings(ssr.logged);
    expect(warnings.length, warnings.join('\n')).to.be.at.least(1);
    for (const line of warnings) expect(line).to.match(/^warn: <ally-(resources|guide)>: could not hydrate the server's markup/);
  });

  for (const [query, what] of [
    ['?hydrate=off', 'without Lit’s hydration support: rendered again once the content is in'],
    ['?cdn', 'with the script-tag bundle, which cannot hydrate: rendered again'],
  ]) {
    it(`${what}, never twice`, async () => {
      const { win, ssr } = await open('es-GB', query);
      expect(ssr.now().text).to.deep.equal(ssr.before);
      for (const el of win.document.querySelectorAll('main > *')) {
        expect(el.shadowRoot!.querySelectorAll('.root'), el.localName).to.have.length(1);
        expect(el.shadowRoot!.querySelectorAll('style'), el.localName).to.have.length(0);
      }
      expect(findings(ssr.logged), 'logged').to.deep.equal([]);
    });
  }
});
