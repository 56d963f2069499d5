// The reader's country without configuration: where the device is (its time zone, then its languages)
// picks the lines, after the country attribute and a lang the author set on the widget. Chromium is driven
// for real (the DevTools protocol sets the time zone and navigator.languages for the page); engines that
// cannot emulate a device get the same devices pretended in the page (see pretendDevice).
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/ally-widgets.js';
import { all, deepAll, one, pretendDevice, text } from './helpers.js';
import type { Widget } from './loading-helpers.js';

let restore: (() => void) | undefined;
let real = false;

/** The device is in `timeZone`, with these languages, until the test ends. */
async function beDevice(timeZone: string, languages: string[]): Promise<void> {
  real = Boolean(await executeServerCommand('emulate-device', { timeZone, languages }));
  if (real) {
    // The emulation is in force in this very page.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(timeZone);
    expect(navigator.languages[0]).to.equal(languages[0]);
  } else {
    restore = pretendDevice(timeZone, languages);
  }
}

afterEach(async () => {
  restore?.();
  restore = undefined;
  if (real) await executeServerCommand('emulate-device', null);
});

async function show(template: ReturnType<typeof html>): Promise<Widget> {
  const el = await fixture<Widget>(template);
  await el.updateComplete;
  return el;
}
const lineName = (el: Element) => text(deepAll(el.shadowRoot!, '.crisis-name')[0]);
const emergencyHref = (el: Element) => deepAll(el.shadowRoot!, '[part="emergency-call"]')[0]?.getAttribute('href');

describe('the reader’s country from their device', () => {
  before(() => {
    // A CMS default that must not decide for a reader whose device says where they are.
    document.documentElement.lang = 'en-US';
  });

  it('en-GB in London: Samaritans and 999', async () => {
    await beDevice('Europe/London', ['en-GB', 'en']);
    const el = await show(html`<ally-crisis></ally-crisis>`);
    expect(lineName(el)).to.contain('Samaritans');
    expect(emergencyHref(el)).to.equal('tel:999');
    expect(text(one(el, '[part="country-picker"] select option:checked'))).to.equal('United Kingdom');
  });

  it('en-US in London: the United Kingdom (where the reader is, not the language they set)', async () => {
    await beDevice('Europe/London', ['en-US', 'en']);
    const el = await show(html`<ally-resources></ally-resources>`);
    expect(lineName(el)).to.contain('Samaritans');
    expect(deepAll(el.shadowRoot!, 'a[href="tel:988"]')).to.have.length(0);
  });

  it('de-DE in Berlin: TelefonSeelsorge', async () => {
    await beDevice('Europe/Berlin', ['de-DE', 'de']);
    const el = await show(html`<ally-crisis></ally-crisis>`);
    expect(lineName(el)).to.contain('TelefonSeelsorge');
    expect(emergencyHref(el)).to.equal('tel:112');
  });

  it('en-US in Chicago: 988 and 911', async () => {
    await beDevice('America/Chicago', ['en-US']);
    const el = await show(html`<ally-tips></ally-tips>`);
    expect(deepAll(el.shadowRoot!, 'a[href="tel:988"]')).to.have.length(1);
    expect(emergencyHref(el)).to.equal('tel:911');
  });

  it('country="US" on a device in the United Kingdom: 988 (the attribute wins)', async () => {
    await beDevice('Europe/London', ['en-GB']);
    const el = await show(html`<ally-crisis country="US"></ally-crisis>`);
    expect(lineName(el)).to.contain('988');
  });

  it('lang="es-MX" on the widget, on a device in the United Kingdom: Mexico', async () => {
    await beDevice('Europe/London', ['en-GB']);
    const el = await show(html`<ally-crisis lang="es-MX"></ally-crisis>`);
    expect(lineName(el)).to.contain('Línea de la Vida');
  });

  it('a lang on a container counts as the author’s choice too; <html lang> does not', async () => {
    await beDevice('Europe/Berlin', ['de-DE']);
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en-IE"><ally-crisis></ally-crisis></div>`);
    const el = wrap.firstElementChild as Widget;
    await el.updateComplete;
    expect(lineName(el)).to.contain('Samaritans');
    expect(emergencyHref(el)).to.equal('tel:112');
  });

  it('a device in a country without lines of its own: the directory and the local-emergency advice', async () => {
    await beDevice('Europe/Rome', ['it-IT']);
    const el = await show(html`<ally-crisis></ally-crisis>`);
    expect(all<HTMLAnchorElement>(el, '[part="action"]').map((a) => a.getAttribute('href'))).to.deep.equal(['https://findahelpline.com/']);
    expect(text(one(el, '[part="emergency"]'))).to.contain('local emergency number');
    expect(deepAll(el.shadowRoot!, 'a[href^="tel:"]')).to.have.length(0);
  });

  it('a time zone that names no place falls through to the languages, then to <html lang>', async () => {
    await beDevice('UTC', ['en-AU']);
    const el = await show(html`<ally-crisis></ally-crisis>`);
    expect(lineName(el)).to.equal('Lifeline');
    await beDevice('UTC', ['en']);
    const page = await show(html`<ally-crisis></ally-crisis>`);
    expect(lineName(page)).to.contain('988'); // <html lang="en-US">
  });
});
