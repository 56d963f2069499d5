// Parts that arrive in any order: a country's part carries its lines' words in every language, so it may
// come before the language it is read in (this file runs in a page of its own: the replaced loader
// reaches no other test).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/ally-widgets.js';
import { deepAll, text } from './helpers.js';
import { delayParts, sleep, type Widget } from './loading-helpers.js';

describe('a country part before its language', () => {
  let restore: () => void;
  before(() => (restore = delayParts(['locale-es'], 400)));
  after(() => restore());

  it('shows the country line in English first, then in Spanish when the language comes', async () => {
    // Not awaited through fixture(), whose wait for updateComplete would let Spanish arrive first.
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('ally-crisis') as Widget;
    el.lang = 'es-MX';
    wrap.append(el);
    await sleep(150); // Mexico's part is here; Spanish is not
    const name = () => text(deepAll(el.shadowRoot!, '.crisis-name')[0]);
    expect(name()).to.contain('Línea de la Vida');
    const action = () => text(deepAll(el.shadowRoot!, '[part="action"]')[0]);
    expect(action()).to.match(/^Call/); // English meanwhile
    await sleep(400);
    await el.updateComplete;
    // The Spanish words for Mexico's line, which came first, are in place once Spanish is.
    expect(text(deepAll(el.shadowRoot!, '.summary')[0])).to.contain('Una línea gratis en México');
    expect(action()).to.match(/^Llama/);
  });
});
