// Events for the host's own analytics: the widgets record nothing themselves.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/ally-widgets.js';
import type { AllyTips } from '../src/components/tips/tips.js';
import { one } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

describe('events', () => {
  // Following a tel: or https: link would leave the test page.
  const stop = (e: Event) => e.preventDefault();
  before(() => document.addEventListener('click', stop, true));
  after(() => document.removeEventListener('click', stop, true));

  it('ally-tip-toggle: a reader opens and closes a tip; it bubbles out of the shadow root', async () => {
    const el = await fixture<AllyTips>(html`<ally-tips></ally-tips>`);
    const button = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="toggle"]')[1]!;
    setTimeout(() => button.click());
    const opened = await oneEvent(document, 'ally-tip-toggle');
    expect(opened.detail).to.deep.equal({ id: 'educate', open: true });
    expect(opened.bubbles && opened.composed).to.be.true;
    setTimeout(() => button.click());
    expect((await oneEvent(el, 'ally-tip-toggle')).detail).to.deep.equal({ id: 'educate', open: false });
  });

  it('no event when code, not a reader, opens the tips', async () => {
    const el = await fixture<AllyTips>(html`<ally-tips></ally-tips>`);
    let fired = 0;
    el.addEventListener('ally-tip-toggle', () => fired++);
    el.open = true;
    await el.updateComplete;
    expect(fired).to.equal(0);
  });

  const cases: [string, string, string, { id: string; channel: string }][] = [
    ['<ally-resources>', '<ally-resources></ally-resources>', '[data-resource="nami"] a[href^="tel:"]', { id: 'nami', channel: 'phone' }],
    ['<ally-resources>', '<ally-resources></ally-resources>', '[data-resource="mha"] a[href^="sms:"]', { id: 'mha', channel: 'sms' }],
    ['<ally-resources>', '<ally-resources></ally-resources>', '[data-resource="samhsa"] .meta a', { id: 'samhsa', channel: 'web' }],
    ['<ally-crisis>', '<ally-crisis></ally-crisis>', '[part="action"][href^="https:"]', { id: 'lifeline-988', channel: 'chat' }],
    ['<ally-crisis>', '<ally-crisis></ally-crisis>', '[part="emergency-call"]', { id: 'emergency', channel: 'phone' }],
    ['<ally-tips>', '<ally-tips></ally-tips>', '[part="note"] a[href="tel:988"]', { id: 'lifeline-988', channel: 'phone' }],
    [
      '<ally-resources> (own)',
      '<ally-resources><ally-resource name="Acme" phone="555 0100"></ally-resource></ally-resources>',
      '.own a[href^="tel:"]',
      { id: 'own-1', channel: 'phone' },
    ],
  ];
  for (const [label, markup, selector, detail] of cases) {
    it(`ally-resource-activate from ${label}: ${detail.id} by ${detail.channel}`, async () => {
      const el = await fixture<Widget>(markup);
      await el.updateComplete;
      const link = one(el, selector);
      setTimeout(() => link.click());
      const event = await oneEvent(document, 'ally-resource-activate');
      expect(event.detail).to.deep.equal(detail);
    });
  }

  it('events from the guide’s parts reach the page', async () => {
    const el = await fixture<Widget>(html`<ally-guide></ally-guide>`);
    await el.updateComplete;
    const crisis = el.shadowRoot!.querySelector('ally-crisis') as Widget;
    await crisis.updateComplete;
    setTimeout(() => crisis.shadowRoot!.querySelector<HTMLAnchorElement>('[part="action"]')!.click());
    expect((await oneEvent(document, 'ally-resource-activate')).detail).to.deep.equal({ id: 'lifeline-988', channel: 'phone' });
  });

  it('sources and other links send no event', async () => {
    const el = await fixture<AllyTips>(html`<ally-tips open></ally-tips>`);
    let fired = 0;
    document.addEventListener('ally-resource-activate', () => fired++);
    one(el, '[part="tip-detail"] .meta a').click();
    await new Promise((r) => setTimeout(r, 20));
    expect(fired).to.equal(0);
  });
});
