// Languages across every widget: the page's language, region fallback, run-time changes, unknown
// languages, and right-to-left layout (with a test-only locale, since no right-to-left language ships).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/ally-widgets.js';
import { CONTENT } from '../src/generated/content.js';
import { LANGUAGES, locale } from '../src/internal/content.js';
import type { AllyTips } from '../src/components/tips/tips.js';
import { WIDGET_TAGS, all, allText, captureConsole, one, pretendDevice, settle, text } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

describe('languages', () => {
  const html0 = document.documentElement.getAttribute('lang');
  afterEach(() =>
    html0 === null ? document.documentElement.removeAttribute('lang') : document.documentElement.setAttribute('lang', html0),
  );

  describe('<html lang="es">', () => {
    for (const tag of WIDGET_TAGS) {
      it(`<${tag}> renders fully in Spanish`, async () => {
        document.documentElement.lang = 'es';
        // Open: every tip's detail (with its reviewed date) is rendered.
        const el = await fixture<Widget>(`<${tag} open></${tag}>`);
        await settle(el);
        const shown = allText(el);
        const en = locale('en').ui;
        const es = locale('es').ui;
        expect(es.language).to.equal('Español');
        // No English interface text, and the Spanish is there.
        for (const english of [en.tips.heading, en.resources.heading, en.crisis.heading, en.crisis.expect, en.common.sources]) {
          expect(shown).to.not.contain(english);
        }
        expect(shown).to.match(/Revisado el \d+ de \w+ de \d{4}/);
        expect(one(el, '[part="root"]').getAttribute('lang')).to.equal('es');
        await expect(el).to.be.accessible();
      });
    }
  });

  it('lang="es-MX" falls back to Spanish and shows Mexico’s lines', async () => {
    const el = await fixture<Widget>(html`<ally-crisis lang="es-MX"></ally-crisis>`);
    expect(one(el, '[part="root"]').getAttribute('lang')).to.equal('es');
    expect(all<HTMLAnchorElement>(el, '[part="action"]').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+528009112000']);
  });

  it('takes the closest ancestor’s lang over the page’s', async () => {
    document.documentElement.lang = 'en';
    const wrap = await fixture<HTMLDivElement>(html`<div lang="es"><section><ally-tips></ally-tips></section></div>`);
    const el = wrap.querySelector<AllyTips>('ally-tips')!;
    await el.updateComplete;
    expect(text(one(el, '[part="heading"]'))).to.equal(locale('es').ui.tips.heading);
  });

  it('re-renders when its own lang changes at run time', async () => {
    const el = await fixture<AllyTips>(html`<ally-tips></ally-tips>`);
    expect(text(one(el, '[part="heading"]'))).to.equal('How to support someone');
    el.setAttribute('lang', 'es');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(one(el, '[part="heading"]'))).to.equal(locale('es').ui.tips.heading);
  });

  it('re-renders when <html lang> changes at run time (its region decides where the device says nothing)', async () => {
    const restore = pretendDevice('Etc/UTC', ['en']);
    try {
      document.documentElement.lang = 'en-US';
      const el = await fixture<Widget>(html`<ally-resources></ally-resources>`);
      expect(text(one(el, '[part="heading"]'))).to.equal('Where to turn for help');
      document.documentElement.lang = 'es-MX';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(text(one(el, '[part="heading"]'))).to.equal('Dónde buscar ayuda');
      expect(all<HTMLAnchorElement>(el, '[part="action"]').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+528009112000']);
    } finally {
      restore();
    }
  });

  it('an unknown language renders English with one warning', async () => {
    const log = captureConsole();
    try {
      const el = await fixture<AllyTips>(html`<ally-tips lang="xx"></ally-tips>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(text(one(el, '[part="heading"]'))).to.equal('How to support someone');
      expect(one(el, '[part="root"]').getAttribute('lang')).to.equal('en');
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('lang="xx"');
    } finally {
      log.restore();
    }
  });

  describe('right to left', () => {
    // A test-only locale: English words marked right-to-left, to prove layout follows the language.
    before(() => {
      (LANGUAGES as string[]).push('ar');
      CONTENT.locales.ar = { ...CONTENT.locales.en!, ui: { ...CONTENT.locales.en!.ui, direction: 'rtl' } };
    });
    after(() => {
      (LANGUAGES as string[]).splice(LANGUAGES.indexOf('ar'), 1);
      delete CONTENT.locales.ar;
    });

    it('lays a widget out from right to left', async () => {
      const el = await fixture<AllyTips>(html`<ally-tips lang="ar"></ally-tips>`);
      const root = one(el, '[part="root"]');
      expect(root.getAttribute('dir')).to.equal('rtl');
      const button = one(el, '[part="toggle"]');
      const title = button.querySelector('.title')!.getBoundingClientRect();
      const chevron = button.querySelector('.chevron')!.getBoundingClientRect();
      expect(chevron.right, 'the chevron sits at the left end').to.be.lessThan(title.left);
      const heading = one(el, '[part="heading"]').getBoundingClientRect();
      expect(Math.round(root.getBoundingClientRect().right - heading.right)).to.be.lessThan(40);
      await expect(el).to.be.accessible();
    });

    it('keeps phone numbers readable left to right inside right-to-left text', async () => {
      const el = await fixture<Widget>(html`<ally-crisis lang="ar"></ally-crisis>`);
      expect(one(el, '[part="root"]').getAttribute('dir')).to.equal('rtl');
      const call = all<HTMLAnchorElement>(el, '[part="action"]')[0]!;
      expect(call.getAttribute('href')).to.equal('tel:988');
      const number = call.querySelector('bdi')!;
      expect(number.getAttribute('dir')).to.equal('ltr');
      expect(text(number)).to.equal('988');
    });
  });
});
