// Tests the built script-tag bundle (dist/cdn/ally-widgets.js) exactly as it ships: it catches what
// source-level tests cannot, such as syntax a build left unlowered or registrations a build dropped.
import { expect, fixture, html } from '@open-wc/testing';
import { captureConsole, all, text } from '../helpers.js';

const BUNDLE = '/dist/cdn/ally-widgets.js';
const NPM_BUILD = '/dist/ally-widgets.js';
const load = (url: string) => import(/* @vite-ignore */ new URL(url, location.href).href);

describe('script-tag bundle', () => {
  let log: ReturnType<typeof captureConsole>;
  before(() => (log = captureConsole()));
  after(() => log.restore());

  it('registers every element when loaded', async () => {
    expect(customElements.get('ally-tips')).to.be.undefined;
    await load(BUNDLE);
    expect(customElements.get('ally-tips')).to.exist;
    expect(customElements.get('ally-resources')).to.exist;
  });

  it('renders the four tips and the three organizations with tel: links', async () => {
    const wrap = await fixture(html`<div><ally-tips></ally-tips><ally-resources></ally-resources></div>`);
    const [tips, resources] = [...wrap.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    // The organizations come in a file beside the bundle: updateComplete waits for it.
    for (const el of [tips!, resources!]) await el.updateComplete;
    expect(all(tips!, '[part="toggle"]').map(text)).to.deep.equal([
      'Listen actively',
      'Educate yourself',
      'Encourage self-care',
      'Be patient and keep showing up',
    ]);
    expect(all(resources!, '[part="resource-name"]')).to.have.length(3);
    const tel = all<HTMLAnchorElement>(resources!, 'a[href^="tel:"]').map((a) => a.getAttribute('href'));
    expect(tel).to.include.members(['tel:988', 'tel:911', 'tel:+18009506264', 'tel:+18006624357']);
    await expect(resources!).to.be.accessible();
  });

  it('registers <ally-crisis>, <ally-guide> and <ally-resource> too', () => {
    for (const tag of ['ally-crisis', 'ally-guide', 'ally-resource']) expect(customElements.get(tag), tag).to.exist;
  });

  it('loads another language and another country’s lines from files beside it', async () => {
    const wrap = await fixture(html`<div>
      <ally-tips lang="es"></ally-tips><ally-crisis country="GB"></ally-crisis><ally-crisis lang="es-MX"></ally-crisis>
    </div>`);
    const [tips, gb, mx] = [...wrap.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    for (const el of [tips, gb, mx]) await el!.updateComplete;
    expect(text(tips!.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Cómo apoyar a alguien');
    const actions = (el: Element) => all<HTMLAnchorElement>(el, '[part="action"]').map((a) => a.getAttribute('href'));
    expect(actions(gb!)).to.deep.equal(['tel:116123']);
    expect(actions(mx!)).to.deep.equal(['tel:+528009112000']);
    expect(text(mx!.shadowRoot!.querySelector('[part="crisis-heading"]'))).to.equal('Si tú o alguien que conoces están en crisis');
  });

  it('renders the whole guide', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<ally-guide></ally-guide>`);
    await el.updateComplete;
    for (const tag of ['ally-crisis', 'ally-tips', 'ally-resources']) {
      const part = el.shadowRoot!.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      await part.updateComplete;
      expect(part.shadowRoot!.textContent!.trim(), tag).to.not.equal('');
    }
  });

  it('can be loaded a second time without throwing or warning', async () => {
    const first = customElements.get('ally-tips');
    await load(`${BUNDLE}?second-copy`);
    expect(customElements.get('ally-tips')).to.equal(first);
    expect(log.warnings).to.be.empty;
  });

  it('can be loaded next to the npm build without throwing or warning', async () => {
    const npm = await load(NPM_BUILD);
    expect(npm.AllyTips).to.be.a('function');
    expect(customElements.get('ally-tips')).to.not.equal(npm.AllyTips);
    expect(log.warnings).to.be.empty;
  });

  it('ships Lit’s production build, with no console errors on the way', async () => {
    const source = await (await fetch(BUNDLE)).text();
    expect(source).to.not.contain('Lit is in dev mode');
    expect(log.errors).to.be.empty;
  });
});
