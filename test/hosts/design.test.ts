// The look on a host's page (issue 11): the built bundle on an intranet page in the style of Bootstrap, at
// desktop and phone widths and at 200% text. Each test measures what a reader sees.
import { expect } from '@open-wc/testing';
import { openWidgetPage } from '../helpers.js';

const open = (width: number, query = '') => openWidgetPage(`/test/hosts/pages/intranet.html${query}`, width);
const shadow = (doc: Document, selector: string) => doc.querySelector(selector)!.shadowRoot!;
const rects = (root: ShadowRoot, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.getBoundingClientRect());
const near = (a: number, b: number) => Math.abs(a - b) <= 1;

describe('the widgets on an intranet page', () => {
  it('four tip cards make 2 × 2 on a desktop, each row of equal height; an open card takes its own row', async () => {
    const { doc } = await open(1280);
    const tips = shadow(doc, 'ally-tips');
    const cards = rects(tips, '[part="tip"]');
    expect(cards).to.have.length(4);
    expect(near(cards[0]!.top, cards[1]!.top) && near(cards[2]!.top, cards[3]!.top), 'two rows').to.be.true;
    expect(cards[2]!.top).to.be.greaterThan(cards[0]!.bottom);
    expect(near(cards[0]!.left, cards[2]!.left), 'two columns').to.be.true;
    expect(near(cards[0]!.height, cards[1]!.height) && near(cards[2]!.height, cards[3]!.height), 'equal heights').to.be.true;
    tips.querySelector<HTMLButtonElement>('[data-tip="educate"] button')!.click();
    await doc.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('ally-tips')!.updateComplete;
    const list = tips.querySelector('.tips')!.getBoundingClientRect();
    const opened = tips.querySelector('[data-tip="educate"]')!.getBoundingClientRect();
    expect(opened.width).to.be.closeTo(list.width, 1);
  });

  it('one column of cards on a phone, and a title that wraps keeps space above and below it', async () => {
    const { doc } = await open(360);
    const tips = shadow(doc, 'ally-tips');
    const cards = rects(tips, '[part="tip"]');
    expect(cards.every((c) => near(c.left, cards[0]!.left))).to.be.true;
    const button = tips.querySelector('[data-tip="patience"] button')!.getBoundingClientRect();
    const title = tips.querySelector('[data-tip="patience"] .title')!.getBoundingClientRect();
    expect(title.height, 'the title wraps').to.be.greaterThan(30);
    expect(title.top - button.top).to.be.at.least(4);
    expect(button.bottom - title.bottom).to.be.at.least(4);
  });

  it('appearance="plain" drops the widget’s own border and padding; the default keeps them', async () => {
    const { doc, win } = await open(1280);
    const plain = win.getComputedStyle(shadow(doc, 'ally-tips').querySelector('[part="root"]')!);
    expect([plain.borderTopWidth, plain.paddingTop, plain.paddingLeft]).to.deep.equal(['0px', '0px', '0px']);
    const card = win.getComputedStyle(shadow(doc, 'ally-resources').querySelector('[part="root"]')!);
    expect(card.borderTopWidth).to.equal('1px');
    expect(parseFloat(card.paddingTop)).to.be.greaterThan(8);
  });

  it('inside another widget the crisis callout is a bar, not a box in a box', async () => {
    const { doc, win } = await open(1280);
    const inside = win.getComputedStyle(shadow(doc, 'ally-resources').querySelector('[part="crisis"]')!);
    expect([inside.borderTopWidth, inside.borderRightWidth]).to.deep.equal(['0px', '0px']);
    expect(inside.borderLeftWidth).to.equal('6px');
  });

  it('variant="inline" is a strip: the crisis line’s buttons on one line on a desktop, without its description', async () => {
    const { doc } = await open(1280);
    const strip = shadow(doc, 'ally-crisis[variant="inline"]');
    const actions = rects(strip, '[part="action"]');
    expect(actions.length).to.be.at.least(3);
    expect(actions.every((a) => near(a.top, actions[0]!.top))).to.be.true;
    expect(strip.querySelector('.summary, [part="expect"]')).to.equal(null);
    const banner = shadow(doc, 'ally-crisis:not([variant])');
    expect(strip.host.getBoundingClientRect().height).to.be.lessThan(banner.host.getBoundingClientRect().height / 2);
  });

  it('lines of text stay under about 70 characters on a wide page', async () => {
    const { doc, win } = await open(1280);
    const root = shadow(doc, 'ally-resources');
    for (const p of root.querySelectorAll('p')) {
      const size = parseFloat(win.getComputedStyle(p).fontSize);
      // 70ch is 70 widths of "0": about 0.6em in the usual sans-serif fonts.
      expect(p.getBoundingClientRect().width, p.textContent!).to.be.at.most(70 * size * 0.7);
    }
  });

  it('on a phone every call button in a callout is as wide as the others', async () => {
    const { doc } = await open(360);
    for (const selector of ['ally-crisis:not([variant])', 'ally-crisis[variant="inline"]', 'ally-resources']) {
      const widths = rects(shadow(doc, selector), '.crisis .action').map((r) => r.width);
      expect(widths.length, selector).to.be.at.least(3);
      expect(Math.max(...widths) - Math.min(...widths), selector).to.be.at.most(1);
    }
  });

  it('at 200% text in a 320 px window nothing scrolls sideways: long button and link text wraps', async () => {
    const { doc } = await open(320, '?text=32px');
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    // No box inside a widget reaches past the widget's own edges.
    for (const el of doc.querySelectorAll('ally-tips, ally-crisis, ally-resources')) {
      const box = el.getBoundingClientRect();
      for (const inner of el.shadowRoot!.querySelectorAll('*')) {
        const { left, right, width, height } = inner.getBoundingClientRect();
        if (!width && !height) continue; // not rendered (a closed tip's detail)
        expect(left, `${el.localName} ${inner.localName}.${inner.className}`).to.be.at.least(box.left - 1);
        expect(right, `${el.localName} ${inner.localName}.${inner.className}`).to.be.at.most(box.right + 1);
      }
    }
  });

  it('the organization’s own numbers are written like the national ones, and its hours are labelled', async () => {
    const { doc } = await open(1280);
    const root = shadow(doc, 'ally-resources');
    const calls = [...root.querySelectorAll('.own a[href^="tel:"]')].map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
    expect(calls).to.deep.equal(['Call 1-800-555-0199', 'Call +44 20 7946 0958']);
    expect(root.querySelector('.own .hours')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Hours: Mon–Fri, 8am–8pm');
  });
});
