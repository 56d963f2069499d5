// The iframe page (dist/embed/index.html), as built and as a platform that takes only an iframe shows
// it: served byte for byte under its strict Content-Security-Policy (in the page and as a header), one
// widget chosen by the query, its height posted to the parent page, bad and hostile query values shown
// as text or ignored with a warning, and a missing country resolved as on any page. Pages under /probe/
// also record console warnings and policy violations (see built-files.mjs).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/ally-widgets.js';
import { deepAll, openFrame, settle, text, until } from '../helpers.js';

interface Probe {
  warnings: string[];
  errors: string[];
  violations: string[];
}
type FrameWindow = Window & typeof globalThis & { __probe: Probe };

const PAGE = '/dist/embed/index.html';

/** The heights the frame's page posted, in order, from the moment the frame is added. */
function heightsOf(frame: HTMLIFrameElement): number[] {
  const heights: number[] = [];
  addEventListener('message', (e) => {
    if (e.source === frame.contentWindow && e.data?.type === 'ally-widgets:height') heights.push(e.data.height);
  });
  return heights;
}

/** Opens the iframe page with this query (under /probe/ unless `raw`), and waits for its widget to render. */
async function open(query: string, { raw = false, width = 700 } = {}) {
  let heights: number[] = [];
  const frame = await openFrame((f) => {
    f.src = `${raw ? '' : '/probe'}${PAGE}?${query}`;
    heights = heightsOf(f);
  }, `width: ${width}px; height: 400px; border: 0`);
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  const widget = await until(() => doc.body.firstElementChild, 'the widget');
  await win.customElements.whenDefined(widget.localName);
  await settle(doc);
  return { frame, win, doc, widget, heights };
}

const emergencyHref = (el: Element) => deepAll(el.shadowRoot!, '[part="emergency-call"]')[0]?.getAttribute('href');
const lineName = (el: Element) => text(deepAll(el.shadowRoot!, '.crisis-name')[0]);

describe('the iframe page', function () {
  // Each test opens several pages (and types key by key): more than the suite's 10 s on a busy machine.
  this.timeout(40_000);

  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('shows the widget and attributes its query names, under the strict policy', async () => {
    const { win, doc, widget } = await open('widget=tips&lang=es&country=MX&theme=dark&layout=cards&heading-level=3&tips=listen,educate');
    expect(widget.localName).to.equal('ally-tips');
    const root = widget.shadowRoot!;
    expect(text(root.querySelector('h3[part="heading"]'))).to.equal('Cómo apoyar a alguien');
    expect(root.querySelectorAll('[part="tip"]')).to.have.length(2);
    expect(root.querySelector('[part="root"]')!.classList.contains('cards')).to.be.true;
    expect(root.querySelector('[part="root"]')!.getAttribute('data-theme')).to.equal('dark');
    expect(emergencyHref(widget)).to.equal('tel:911');
    expect(deepAll(root, 'a[part="action"]')[0]!.getAttribute('href')).to.equal('tel:+528009112000');
    expect(win.__probe).to.deep.equal({ warnings: [], errors: [], violations: [] });

    // The policy is in the page (and was sent as a header): no inline code, no eval, Lit's Trusted Types policy only.
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(policy).to.contain("script-src 'self'").and.contain("style-src 'self'").and.contain('trusted-types lit-html');
    expect(policy).not.to.contain('unsafe');
    expect((await fetch(PAGE)).headers.get('Content-Security-Policy'), 'the header').to.equal(policy);
    expect(() => win.eval('1'), 'eval').to.throw();
    const inline = doc.createElement('script');
    try {
      inline.textContent = 'window.__inlineRan = true';
      doc.head.append(inline);
    } catch {
      // Trusted Types refuse the text itself.
    }
    await new Promise((r) => setTimeout(r, 100));
    expect((win as unknown as { __inlineRan?: boolean }).__inlineRan, 'an inline script ran').to.be.undefined;
  });

  it('shows the organization’s own resources the query gives, first', async () => {
    const query = new URLSearchParams({
      widget: 'resources',
      country: 'US',
      'resource1-name': 'Acme Employee Assistance Program',
      'resource1-phone': '+1 800 555 0100',
      'resource1-hours': 'Mon–Fri, 8am–6pm',
      'resource1-description': 'Free, confidential counselling.',
      'resource2-name': 'People team',
      'resource2-href': 'https://intranet.example/people',
    });
    const { win, widget } = await open(String(query));
    const names = deepAll(widget.shadowRoot!, '[part="resource-name"]').map(text);
    expect(names.slice(0, 2)).to.deep.equal(['Acme Employee Assistance Program', 'People team']);
    const links = deepAll(widget.shadowRoot!, 'a').map((a) => a.getAttribute('href'));
    expect(links).to.include('tel:+18005550100').and.include('https://intranet.example/people');
    expect(text(widget.shadowRoot!)).to.contain('Free, confidential counselling.').and.contain('Mon–Fri, 8am–6pm');
    expect(win.__probe.warnings).to.deep.equal([]);
  });

  it('posts its height to the parent page when it first renders and whenever it changes', async () => {
    // The page exactly as served, without the probe.
    const { doc, widget, heights } = await open('widget=tips', { raw: true });
    const height = () => Math.ceil(doc.documentElement.getBoundingClientRect().height);
    await until(() => heights.at(-1) === height(), `a message with the page's height (${height()}), got ${heights.join(', ')}`);
    const closed = heights.at(-1)!;
    expect(closed).to.be.above(300);
    widget.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await until(() => heights.at(-1)! > closed && heights.at(-1) === height(), 'a taller height once a tip is open');
    // Only changes are posted: never the same height twice in a row.
    expect(
      heights.every((h, i) => i === 0 || h !== heights[i - 1]),
      heights.join(', '),
    ).to.be.true;
  });

  it('an unknown widget shows the guide, with one warning', async () => {
    const { win, widget } = await open('widget=marquee&country=GB');
    expect(widget.localName).to.equal('ally-guide');
    expect(emergencyHref(widget)).to.equal('tel:999');
    expect(win.__probe.warnings).to.have.length(1);
    expect(win.__probe.warnings[0]).to.match(/widget="marquee" is not one of tips, resources, crisis, guide; showing the guide/);
    expect(win.__probe.errors).to.deep.equal([]);
  });

  it('the issue’s own address works: the guide with its tips as cards, and no warning', async () => {
    const { win, widget } = await open('widget=guide&country=GB&lang=es&theme=auto&layout=cards');
    expect(widget.getAttribute('layout')).to.equal('cards');
    const tips = widget.shadowRoot!.querySelector('ally-tips')!;
    expect(tips.shadowRoot!.querySelector('[part="root"]')!.classList.contains('cards')).to.be.true;
    expect(win.__probe.warnings).to.deep.equal([]);
  });

  it('names the guide does not have (variant) are ignored, with one warning; a missing widget is the guide', async () => {
    const { win, widget } = await open('country=GB&lang=es&theme=auto&variant=inline');
    expect(widget.localName).to.equal('ally-guide');
    expect(widget.getAttribute('theme')).to.equal('auto');
    expect(widget.hasAttribute('variant')).to.be.false;
    expect(win.__probe.warnings).to.deep.equal(['ally-widgets iframe page: <ally-guide> has no "variant"; ignored.']);
  });

  it('without a country, shows the lines of where the reader is, as the same widget on a page does', async () => {
    const compare = async (query: string) => {
      const { widget } = await open(query);
      const here = document.createElement(widget.localName);
      for (const { name, value } of widget.attributes) here.setAttribute(name, value);
      document.body.append(here);
      await settle(document.body);
      const seen = { line: lineName(widget), emergency: emergencyHref(widget) };
      expect(seen, query).to.deep.equal({ line: lineName(here), emergency: emergencyHref(here) });
      here.remove();
      return seen;
    };
    // The suite's reader is in New York (web-test-runner.config.mjs).
    const us = await compare('widget=crisis');
    expect(us.line).to.contain('988 Suicide & Crisis Lifeline');
    expect(us.emergency).to.equal('tel:911');
    // A region in the widget's own lang counts, as on a page.
    expect((await compare('widget=crisis&lang=es-MX')).emergency).to.equal('tel:911');
    // Chromium can move the device for real: a reader in London; a device that says nothing of where it is.
    if (await executeServerCommand('emulate-device', { timeZone: 'Europe/London', languages: ['en-GB'] })) {
      try {
        expect((await compare('widget=crisis')).emergency).to.equal('tel:999');
        await executeServerCommand('emulate-device', { timeZone: 'UTC', languages: ['en'] });
        expect((await compare('widget=crisis')).line).to.contain('Find A Helpline');
      } finally {
        await executeServerCommand('emulate-device', null);
      }
    }
  });

  it('hostile query values are shown as text or ignored, never run', async () => {
    const query = new URLSearchParams({
      widget: 'resources',
      heading: '<img src=x onerror="parent.__pwned=1">',
      lang: '"><script>parent.__pwned=2</script>',
      country: 'javascript:parent.__pwned=3',
      theme: '<svg onload="parent.__pwned=4">',
      onclick: 'parent.__pwned=5',
      style: 'background:url(javascript:parent.__pwned=6)',
      'resource1-name': '<b onmouseover="parent.__pwned=7">EAP</b>',
      'resource1-href': 'javascript:parent.__pwned=8',
      'resource1-phone': '<script>parent.__pwned=9</script>',
      'resource1-__proto__': 'x',
    });
    const { win, doc, widget } = await open(String(query));
    await new Promise((r) => setTimeout(r, 300));
    expect((window as unknown as { __pwned?: number }).__pwned, 'hostile code ran').to.be.undefined;
    expect(deepAll(doc.body, 'img, svg, script, b, [onclick], [onerror], [onload], [onmouseover]')).to.deep.equal([]);
    expect(widget.hasAttribute('onclick') || widget.hasAttribute('style')).to.be.false;
    const root = widget.shadowRoot!;
    expect(text(root.querySelector('[part="heading"]'))).to.equal('<img src=x onerror="parent.__pwned=1">');
    expect(deepAll(root, '[part="resource-name"]').map(text)).to.include('<b onmouseover="parent.__pwned=7">EAP</b>');
    expect(
      deepAll(root, 'a').some((a) => /javascript|<script/i.test(a.getAttribute('href') ?? '')),
      'a hostile link',
    ).to.be.false;
    // The bad values fall back: English, the international directory.
    expect(root.querySelector('[part="root"]')!.getAttribute('lang')).to.equal('en');
    expect(lineName(widget)).to.contain('Find A Helpline');
    // Each problem is reported once, briefly; nothing fails.
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.__probe.violations).to.deep.equal([]);
    const warnings = win.__probe.warnings.join('\n');
    expect(warnings).to.contain('<ally-resources> has no "onclick", "style", "resource1-__proto__"; ignored.');
    expect(warnings)
      .to.match(/lang=/)
      .and.match(/country=/)
      .and.match(/theme=/);
    expect(win.__probe.warnings.every((w) => w.length < 400)).to.be.true;
  });
});
