// The widgets on the pages that really embed them: each page in test/hosts/pages/ recreates one host
// condition (strict CSP with Trusted Types, global resets, a 62.5% root font size, a dark page, a 320 px
// column, a right-to-left page, an AMD loader, a hostile page). Each loads in an iframe, exactly as
// written, and must render every widget with no console error and no CSP violation.
import { expect } from '@open-wc/testing';
import { WIDGET_TAGS as TAGS, openWidgetPage } from '../helpers.js';

interface Report {
  errors: string[];
  violations: string[];
  defineCalls: number;
}
type HostWindow = Window & { __report: Report; AllyWidgets?: unknown };

/** Loads a host page, exactly as written, and waits until every widget has rendered. */
const openHost = (name: string, width = 1000) => openWidgetPage<HostWindow>(`/test/hosts/pages/${name}.html`, width);

const shadow = (doc: Document, tag: string) => doc.querySelector(tag)!.shadowRoot!;
const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every widget shows its content: headings, tips, the crisis line and organizations. */
function expectRendered(doc: Document) {
  expect(shadow(doc, 'ally-tips').querySelectorAll('[part="toggle"]')).to.have.length(4);
  expect(text(shadow(doc, 'ally-resources').querySelector('[part="heading"]'))).to.equal('Where to turn for help');
  expect(shadow(doc, 'ally-resources').querySelectorAll('[part="resource"]')).to.have.length(3);
  expect(shadow(doc, 'ally-crisis').querySelector('a[href="tel:988"]')).to.exist;
  expect(text(shadow(doc, 'ally-guide').querySelector('[part="heading"]'))).to.equal('Being a mental-health ally');
}

function expectClean(win: HostWindow) {
  expect(win.__report.violations, 'CSP violations').to.deep.equal([]);
  expect(win.__report.errors, 'errors').to.deep.equal([]);
}

const rootOf = (doc: Document, tag: string) => shadow(doc, tag).querySelector<HTMLElement>('[part="root"]')!;

describe('host pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('strict CSP (header) with Trusted Types: renders, no violation', async () => {
    const { win, doc } = await openHost('csp');
    expectRendered(doc);
    expectClean(win);
    // The policy is in force: eval is refused.
    expect(() => win.eval('1')).to.throw();
    win.__report.violations.length = 0;
  });

  it('strict CSP, Spanish page in Mexico: the content parts load under the policy', async () => {
    const { win, doc } = await openHost('csp-es');
    expectClean(win);
    expect(text(shadow(doc, 'ally-resources').querySelector('[part="heading"]'))).to.equal('Dónde buscar ayuda');
    expect(shadow(doc, 'ally-crisis').querySelector('[part="action"]')!.getAttribute('href')).to.equal('tel:+528009112000');
    expect(text(shadow(doc, 'ally-guide').querySelector('[part="heading"]'))).to.not.equal('');
  });

  it('strict CSP with the classic-script build', async () => {
    const { win, doc } = await openHost('csp-classic');
    expectRendered(doc);
    expectClean(win);
  });

  it('strict CSP on a page whose own Lit made the lit-html policy first (allow-duplicates)', async () => {
    const { win, doc } = await openHost('csp-lit-duplicate');
    expectRendered(doc);
    expectClean(win);
  });

  it('Trusted Types required with any policy name: renders, no violation', async () => {
    const { win, doc } = await openHost('trusted-types-any');
    expectRendered(doc);
    expectClean(win);
  });

  it('global resets and element styles do not restyle the widgets', async () => {
    const { win, doc } = await openHost('resets');
    expectRendered(doc);
    expectClean(win);
    const link = shadow(doc, 'ally-resources').querySelector('[part="resource"] a')!;
    const style = win.getComputedStyle(link);
    expect(style.color).to.not.equal('rgb(255, 105, 180)'); // hotpink
    expect(style.textTransform).to.equal('none');
    const root = win.getComputedStyle(rootOf(doc, 'ally-tips'));
    expect(root.color).to.not.equal('rgb(204, 0, 0)');
    expect(root.letterSpacing).to.equal('normal');
    expect(root.display).to.equal('block');
    const title = win.getComputedStyle(shadow(doc, 'ally-tips').querySelector('[part="heading"]')!);
    expect(parseFloat(title.fontSize)).to.be.below(30);
    const toggle = win.getComputedStyle(shadow(doc, 'ally-tips').querySelector('[part="toggle"]')!);
    expect(toggle.backgroundColor).to.not.equal('rgb(255, 255, 0)');
  });

  it('html { font-size: 62.5% } does not shrink the text', async () => {
    const { win, doc } = await openHost('root-font');
    expectRendered(doc);
    expectClean(win);
    for (const tag of TAGS) {
      const size = parseFloat(win.getComputedStyle(rootOf(doc, tag)).fontSize);
      expect(size, tag).to.equal(16);
    }
  });

  it('a dark page: the widgets keep their own readable colors', async () => {
    const { win, doc } = await openHost('dark');
    expectRendered(doc);
    expectClean(win);
    const root = win.getComputedStyle(rootOf(doc, 'ally-tips'));
    expect(root.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(root.color).to.equal('rgb(31, 35, 40)');
  });

  it('a 320 px column: nothing overflows sideways', async () => {
    const { win, doc } = await openHost('narrow', 320);
    expectRendered(doc);
    expectClean(win);
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    for (const tag of TAGS) {
      const root = rootOf(doc, tag);
      expect(root.scrollWidth, tag).to.be.at.most(root.clientWidth + 1);
    }
  });

  it('a right-to-left page: the widgets render, English reads left to right', async () => {
    const { win, doc } = await openHost('rtl');
    expectRendered(doc);
    expectClean(win);
    expect(rootOf(doc, 'ally-tips').getAttribute('dir')).to.equal('ltr');
  });

  it('an AMD loader page: the classic-script build runs and never calls define()', async () => {
    const { win, doc } = await openHost('amd');
    expectRendered(doc);
    expectClean(win);
    expect(win.__report.defineCalls).to.equal(0);
    // typeof, not chai's an(): chai's inspection of a cross-frame module namespace never returns.
    expect(typeof win.AllyWidgets).to.equal('object');
  });

  it('a hostile page (its own errors, redefined globals, odd root styles) does not break a widget', async () => {
    const { win, doc } = await openHost('hostile');
    expectRendered(doc);
    expect(win.__report.violations).to.deep.equal([]);
    // Only the page's own two errors, none from the widgets.
    expect(
      win.__report.errors.every((e) => e.includes('(expected)')),
      win.__report.errors.join('\n'),
    ).to.be.true;
    const root = win.getComputedStyle(rootOf(doc, 'ally-tips'));
    expect(parseFloat(root.fontSize)).to.equal(16);
    expect(root.fontStyle).to.equal('normal');
    expect(root.whiteSpace).to.equal('normal');
    expect(root.textIndent).to.equal('0px');
  });
});
