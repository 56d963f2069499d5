// Broken content parts: of the wrong shape, failing, or never answering (loaders replaced; this file
// runs in a page of its own). A usable widget, one warning per part, and `updateComplete` settles.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/ally-widgets.js';
import { captureConsole, deepAll, settle } from './helpers.js';
import { replaceLoaders, showsHelp, type Widget } from './loading-helpers.js';

describe('broken content parts', () => {
  it('a part of the wrong shape: reported once, a usable widget, and updateComplete resolves', async () => {
    const restore = replaceLoaders({
      'country-IE': () => () => Promise.resolve({ default: 42 as never }),
      'guide-en': () => () => Promise.resolve({ default: { locales: { en: { guide: 'not a guide' } } } as never }),
    });
    const log = captureConsole();
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <ally-crisis country="IE"></ally-crisis><ally-resources country="IE"></ally-resources><ally-guide country="IE"></ally-guide>
      </div>`);
      for (const el of wrap.children as HTMLCollectionOf<Widget>) expect(await el.updateComplete).to.be.a('boolean');
      await settle(wrap);
      for (const el of wrap.children) expect(showsHelp(el), el.localName).to.be.true;
      // Ireland's emergency number is bundled; its lines could not load: the directory stands in.
      const crisis = wrap.children[0]!.shadowRoot!;
      expect(deepAll(crisis, 'a[href^="tel:"]').map((a) => a.getAttribute('href'))).to.include('tel:112');
      // The guide without its own words still has its callout, tips and resources.
      const guide = wrap.children[2]!.shadowRoot!;
      expect(deepAll(guide, 'ally-crisis, ally-tips, ally-resources')).to.have.length(3);
      expect(log.warnings.filter((w) => w.includes('"country-IE"'))).to.have.length(1);
      expect(log.warnings.filter((w) => w.includes('"guide-en"'))).to.have.length(1);
      expect(log.errors).to.deep.equal([]);
    } finally {
      log.restore();
      restore();
    }
  });

  it('a part that never answers: timed out, reported once, and updateComplete settles', async () => {
    const restore = replaceLoaders({ 'country-AU': () => () => new Promise(() => {}) }, 300);
    const log = captureConsole();
    try {
      const el = await fixture<Widget>(html`<ally-resources country="AU"></ally-resources>`);
      const started = performance.now();
      await el.updateComplete;
      expect(performance.now() - started).to.be.below(2000);
      expect(showsHelp(el)).to.be.true;
      expect(log.warnings.filter((w) => w.includes('"country-AU"') && w.includes('did not arrive'))).to.have.length(1);
    } finally {
      log.restore();
      restore();
    }
  });

  it('a part whose request fails: reported once, not retried, and the widget stays usable', async () => {
    let calls = 0;
    const restore = replaceLoaders({
      'country-NZ': () => () => (calls++, Promise.reject(new TypeError('Failed to fetch dynamically imported module'))),
    });
    const log = captureConsole();
    try {
      const wrap = await fixture<HTMLDivElement>(
        html`<div><ally-crisis country="NZ"></ally-crisis><ally-tips country="NZ"></ally-tips></div>`,
      );
      await settle(wrap);
      (wrap.children[0] as Widget).setAttribute('lang', 'en-NZ');
      await settle(wrap);
      for (const el of wrap.children) expect(showsHelp(el)).to.be.true;
      expect(calls).to.equal(1);
      expect(log.warnings.filter((w) => w.includes('"country-NZ"'))).to.have.length(1);
    } finally {
      log.restore();
      restore();
    }
  });

  it('a late part upgrades every widget that lacks it, those made after it was late too', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const restore = replaceLoaders({ 'country-CA': (real) => () => gate.then(real) }, 100);
    const log = captureConsole();
    try {
      const first = await fixture<Widget>(html`<ally-crisis country="CA"></ally-crisis>`);
      await first.updateComplete; // settles once the part is late
      const second = await fixture<Widget>(html`<ally-crisis country="CA"></ally-crisis>`);
      await second.updateComplete;
      const lines = (el: Element) => deepAll(el.shadowRoot!, '[part="action"]').map((a) => a.getAttribute('href'));
      expect(lines(second)).to.not.include('tel:988');
      release();
      await waitUntil(() => lines(first).includes('tel:988') && lines(second).includes('tel:988'), 'both upgraded');
      expect(log.warnings.filter((w) => w.includes('"country-CA"'))).to.have.length(1);
    } finally {
      log.restore();
      restore();
    }
  });

  it('a language whose words lack what the widgets read: reported once, English instead', async () => {
    const restore = replaceLoaders({
      'locale-es': () => () =>
        Promise.resolve({ default: { locales: { es: { ui: { direction: 'ltr' }, tips: {}, resources: {} } } } as never }),
    });
    const log = captureConsole();
    try {
      const wrap = await fixture<HTMLDivElement>(
        html`<div><ally-tips lang="es"></ally-tips><ally-resources lang="es"></ally-resources></div>`,
      );
      await settle(wrap);
      const tips = wrap.children[0]!.shadowRoot!;
      expect(deepAll(tips, '[part="toggle"]').map((b) => b.textContent!.trim())).to.include('Listen actively');
      for (const el of wrap.children) expect(showsHelp(el)).to.be.true;
      expect(log.warnings.filter((w) => w.includes('"locale-es"'))).to.have.length(1);
      expect(log.warnings.filter((w) => w.includes('could not render'))).to.have.length(0);
    } finally {
      log.restore();
      restore();
    }
  });
});
