// Themes, forced colors, reduced motion and print, across every widget.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/ally-widgets.js';
import type { AllyTips } from '../src/components/tips/tips.js';
import { WIDGET_TAGS, all, captureConsole, emulate, one } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const rootStyle = (el: Element) => getComputedStyle(one(el, '[part="root"]'));

async function fixtureAll(template: (tag: string) => string): Promise<Widget[]> {
  const wrap = await fixture<HTMLDivElement>(`<div>${WIDGET_TAGS.map(template).join('')}</div>`);
  const els = [...wrap.children] as Widget[];
  for (const el of els) await el.updateComplete;
  return els;
}

describe('themes', () => {
  it('light by default: dark text on a light surface', async () => {
    const el = await fixture<AllyTips>(html`<ally-tips></ally-tips>`);
    expect(rootStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(rootStyle(el).color).to.equal('rgb(31, 35, 40)');
  });

  it('theme="dark": light text on a dark surface, and every widget passes axe (contrast included)', async () => {
    for (const el of await fixtureAll((t) => `<${t} theme="dark"></${t}>`)) {
      if (el.localName !== 'ally-crisis') expect(rootStyle(el).backgroundColor, el.localName).to.equal('rgb(13, 17, 23)');
      expect(rootStyle(el).color, el.localName).to.equal('rgb(230, 237, 243)');
      await expect(el).to.be.accessible();
    }
  });

  it('theme="auto" follows the reader’s color-scheme preference', async () => {
    const el = await fixture<AllyTips>(html`<ally-tips theme="auto"></ally-tips>`);
    expect(rootStyle(el).colorScheme).to.match(/light dark/);
    if (await emulate({ colorScheme: 'dark' })) {
      expect(rootStyle(el).backgroundColor).to.equal('rgb(13, 17, 23)');
      await expect(el).to.be.accessible();
      await emulate({ colorScheme: 'light' });
      expect(rootStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
    }
  });

  it('an unknown theme falls back to auto with one warning', async () => {
    const log = captureConsole();
    try {
      const el = await fixture<AllyTips>(html`<ally-tips theme="purple"></ally-tips>`);
      expect(one(el, '[part="root"]').dataset.theme).to.equal('auto');
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('theme="purple"');
    } finally {
      log.restore();
    }
  });

  it('--ally-* custom properties set once at :root restyle every widget', async () => {
    const style = document.createElement('style');
    style.textContent = ':root { --ally-color-accent: rgb(0, 90, 0); --ally-radius: 0px; --ally-font-family: monospace; }';
    document.head.append(style);
    try {
      const el = await fixture<AllyTips>(html`<ally-tips></ally-tips>`);
      expect(getComputedStyle(one(el, '[part="toggle"]')).color).to.equal('rgb(0, 90, 0)');
      expect(rootStyle(el).borderTopLeftRadius).to.equal('0px');
      expect(rootStyle(el).fontFamily).to.equal('monospace');
    } finally {
      style.remove();
    }
  });

  it('::part() lets a host restyle the main pieces', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <style>
        .host-styled::part(heading) { text-transform: uppercase; }
      </style>
      <ally-tips class="host-styled"></ally-tips>
    </div>`);
    const el = wrap.querySelector<AllyTips>('ally-tips')!;
    await el.updateComplete;
    expect(getComputedStyle(one(el, '[part="heading"]')).textTransform).to.equal('uppercase');
  });
});

describe('parts of the guide', () => {
  it('::part() reaches the pieces of the guide’s parts (exportparts)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <style>
        .host-styled::part(action) { text-transform: uppercase; }
        .host-styled::part(toggle) { text-decoration: line-through; }
      </style>
      <ally-guide class="host-styled"></ally-guide>
    </div>`);
    const guide = wrap.querySelector('ally-guide') as Widget;
    await guide.updateComplete;
    const crisis = guide.shadowRoot!.querySelector('ally-crisis') as Widget;
    const tips = guide.shadowRoot!.querySelector('ally-tips') as Widget;
    await crisis.updateComplete;
    await tips.updateComplete;
    expect(getComputedStyle(one(crisis, '[part="action"]')).textTransform).to.equal('uppercase');
    expect(getComputedStyle(one(tips, '[part="toggle"]')).textDecorationLine).to.equal('line-through');
  });
});

describe('forced colors and reduced motion', () => {
  it('in forced-colors mode the crisis buttons and badges keep visible outlines, and axe passes', async function () {
    if (!(await executeServerCommand('emulate-forced-colors', { value: 'active' }))) this.skip();
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colors are really on').to.be.true;
      for (const el of await fixtureAll((t) => `<${t}></${t}>`)) {
        for (const piece of all(el, '[part="action"], .badge')) {
          const style = getComputedStyle(piece);
          expect(style.borderTopStyle, el.localName).to.equal('solid');
          expect(style.borderTopColor, el.localName).to.not.equal('rgba(0, 0, 0, 0)');
        }
        await expect(el).to.be.accessible();
      }
    } finally {
      await executeServerCommand('emulate-forced-colors', { value: 'none' });
    }
  });

  it('with reduced motion the tip chevron does not animate', async function () {
    if (!(await emulate({ reducedMotion: 'reduce' }))) this.skip();
    try {
      const el = await fixture<AllyTips>(html`<ally-tips></ally-tips>`);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.chevron')!).transitionDuration).to.equal('0s');
    } finally {
      await emulate({ reducedMotion: 'no-preference' });
    }
  });
});

describe('print', () => {
  afterEach(() => emulate({ media: 'screen' }));

  it('prints a dark-theme widget in the light palette, readable on white paper', async function () {
    const [tips, resources] = await fixtureAll((t) => `<${t} theme="dark"></${t}>`);
    if (!(await emulate({ media: 'print' }))) this.skip();
    for (const el of [tips!, resources!]) {
      expect(rootStyle(el).color, el.localName).to.equal('rgb(0, 0, 0)');
      expect(rootStyle(el).colorScheme, el.localName).to.equal('light');
    }
    const crisis = resources!.shadowRoot!.querySelector('[part="crisis"]')!;
    expect(getComputedStyle(crisis).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(resources!.shadowRoot!.querySelector('[part="crisis-heading"]')!).color).to.equal('rgb(164, 38, 44)');
  });

  it('prints tips expanded, without the toggle chrome, and web addresses in full', async function () {
    const [tips, resources] = await fixtureAll((t) => `<${t}></${t}>`);
    if (!(await emulate({ media: 'print' }))) this.skip();
    // Media-query listeners hear of the change at the next rendering step.
    await waitUntil(() => all(tips!, '[part="detail-heading"]').length > 0, 'details rendered for print');
    for (const detail of all(tips!, '[part="tip-detail"]')) {
      expect(getComputedStyle(detail).display).to.equal('block');
      // Closed details are rendered only on demand: printing renders them all.
      expect(detail.querySelectorAll('[part="detail-heading"]').length, 'detail rendered for print').to.be.greaterThan(2);
    }
    expect(getComputedStyle(tips!.shadowRoot!.querySelector('.chevron')!).display).to.equal('none');
    const site = resources!.shadowRoot!.querySelector<HTMLAnchorElement>('.meta a[href^="https://www.nami.org"]')!;
    expect(getComputedStyle(site, '::after').content).to.contain('https://www.nami.org/');
    // Phone numbers are in the link text itself.
    expect(resources!.shadowRoot!.textContent).to.contain('1-800-950-NAMI (6264)');
    const action = all(resources!, '[part="action"]')[0]!;
    expect(getComputedStyle(action).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });
});
