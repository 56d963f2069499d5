import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { all, captureConsole, expectPrivateWebLinks, one, reviewedText, text } from '../../../test/helpers.js';
import { CONTENT } from '../../generated/content.js';
import countryMX from '../../generated/part-country-mx.js';
import { replaceLoaders } from '../../../test/loading-helpers.js';
import './ally-crisis.js';
import type { AllyCrisis } from './crisis.js';

const EMERGENCY_LOCAL = 'If someone is in immediate danger, call your local emergency number now.';
const EXPECT =
  'When you reach out, a person will listen and help you think about what to do next. ' +
  'You can reach out for yourself or for someone you are worried about.';

/** Renders a template and waits until its language and country parts have loaded. */
async function render(template: TemplateResult): Promise<AllyCrisis> {
  const el = await fixture<AllyCrisis>(template);
  await el.updateComplete;
  return el;
}

/** The call, text and chat buttons as a reader sees them: [link text, href]. */
const actions = (el: AllyCrisis) => all<HTMLAnchorElement>(el, '[part="action"]').map((a) => [text(a), a.getAttribute('href')]);
/** Every link address in the widget. */
const hrefs = (el: AllyCrisis) => all<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href') ?? '');
const dialLinks = (el: AllyCrisis) => hrefs(el).filter((h) => /^(tel|sms):/.test(h));
const emergency = (el: AllyCrisis) => one(el, '[part="emergency"]');
const emergencyHref = (el: AllyCrisis) => el.shadowRoot!.querySelector('[part="emergency-call"]')?.getAttribute('href') ?? null;
/** The crisis line's name, without its badges. */
function lineName(el: AllyCrisis): string {
  const name = one(el, '.crisis-name').cloneNode(true) as HTMLElement;
  name.querySelector('.badges')?.remove();
  return text(name);
}
const badges = (el: AllyCrisis) => all(el, '.crisis-name .badge').map(text);

/** What every reader outside the listed countries sees: the local-number advice and a directory. */
function expectInternationalHelp(el: AllyCrisis) {
  expect(text(emergency(el))).to.equal(EMERGENCY_LOCAL);
  expect(emergency(el).querySelector('a'), 'no number to tap: none is known').to.be.null;
  expect(lineName(el)).to.equal('Find A Helpline');
  expect(actions(el)).to.deep.equal([['Find a helpline in your country', 'https://findahelpline.com/']]);
  expect(dialLinks(el), 'no tel: or sms: link at all').to.deep.equal([]);
  expect(text(one(el, '[part="crisis"]'))).to.not.match(/988|911|116 123/);
}

describe('<ally-crisis>', () => {
  describe('rendering', () => {
    it('shows the localized heading as an h2', async () => {
      const el = await render(html`<ally-crisis></ally-crisis>`);
      const heading = one(el, '[part="crisis-heading"]');
      expect(heading.localName).to.equal('h2');
      expect(text(heading)).to.equal('If you or someone you know is in crisis');
    });

    it('tells what happens on a call to 988, behind a closed “What happens when I call?” disclosure', async () => {
      const el = await render(html`<ally-crisis></ally-crisis>`);
      const steps = one<HTMLDetailsElement>(el, '[part="steps"]');
      expect(steps.localName).to.equal('details');
      expect(steps.open).to.be.false;
      expect(text(steps.querySelector('summary'))).to.equal('What happens when I call?');
      const items = [...steps.querySelectorAll('li')].map(text);
      expect(items.length).to.be.at.least(3);
      expect(items.join(' '))
        .to.match(/press 1/i)
        .and.to.match(/safe/);
      expect(steps.querySelector('summary')!.getBoundingClientRect().height).to.be.at.least(43.5);
      // Not in the small inline callout.
      const inline = await render(html`<ally-crisis variant="inline"></ally-crisis>`);
      expect(inline.shadowRoot!.querySelector('[part="steps"]')).to.be.null;
    });

    it('says to call 911 in immediate danger, with a call button before the crisis line', async () => {
      const el = await render(html`<ally-crisis></ally-crisis>`);
      expect(text(emergency(el))).to.equal('If someone is in immediate danger, call emergency services now:');
      const link = one<HTMLAnchorElement>(el, '[part="emergency-call"]');
      expect(link.getAttribute('href')).to.equal('tel:911');
      // Named with a verb, as big as the crisis line's buttons, and before them.
      expect(text(link)).to.equal('Call 911');
      expect(link.getBoundingClientRect().height).to.be.at.least(44);
      const first = one(el, '[part="action"]');
      expect(link.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
    });

    it('names the 988 Lifeline with call, text and chat buttons, in that order', async () => {
      const el = await render(html`<ally-crisis></ally-crisis>`);
      expect(lineName(el)).to.equal('988 Suicide & Crisis Lifeline');
      expect(actions(el)).to.deep.equal([
        ['Call 988', 'tel:988'],
        ['Text 988', 'sms:988'],
        ['Chat online at 988lifeline.org', 'https://988lifeline.org/'],
      ]);
    });

    it('says the line is open 24/7, free and confidential', async () => {
      const el = await render(html`<ally-crisis></ally-crisis>`);
      expect(badges(el)).to.deep.equal(['Open 24/7', 'Free', 'Confidential']);
      expect(text(one(el, '.crisis-name'))).to.equal('988 Suicide & Crisis Lifeline Open 24/7 Free Confidential');
    });

    it('says what to expect when you reach out, and gives the line’s own notes', async () => {
      const el = await render(html`<ally-crisis></ally-crisis>`);
      expect(text(one(el, '[part="expect"]'))).to.equal(EXPECT);
      expect(text(one(el, '.summary'))).to.contain('Free, private support at any hour.');
      expect(all(el, '.note').map(text)).to.deep.equal(['Press 1 for the Veterans Crisis Line. Press 2 for Spanish.']);
    });

    it('shows when the line was reviewed and its sources, linked without a referrer', async () => {
      const el = await render(html`<ally-crisis></ally-crisis>`);
      const meta = one(el, '.meta');
      expect(text(meta)).to.equal(reviewedText(CONTENT.resources['lifeline-988']!));
      expect([...meta.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(
        CONTENT.resources['lifeline-988']!.sources!.map((s) => s.url),
      );
      expectPrivateWebLinks(all<HTMLAnchorElement>(el, 'a').filter((a) => !/^(tel|sms):/.test(a.href)));
    });

    it('marks its content as English', async () => {
      const el = await render(html`<ally-crisis></ally-crisis>`);
      expect(one(el, '[part="root"]').getAttribute('lang')).to.equal('en');
    });
  });

  describe('attributes', () => {
    describe('country', () => {
      it('country="GB" shows 999 first, then Samaritans', async () => {
        const el = await render(html`<ally-crisis country="GB"></ally-crisis>`);
        expect(lineName(el)).to.equal('Samaritans');
        expect(actions(el)).to.deep.equal([['Call 116 123', 'tel:116123']]);
        expect(badges(el)).to.deep.equal(['Open 24/7', 'Free']);
        expect(emergencyHref(el)).to.equal('tel:999');
        expect(dialLinks(el)).to.deep.equal(['tel:999', 'tel:116123']);
        for (const us of ['tel:988', 'tel:911', 'sms:988']) expect(hrefs(el)).to.not.include(us);
        expect(text(one(el, '.meta'))).to.match(/^Reviewed .* Sources: Samaritans/);
      });

      it('a country without a sourced emergency number gets the local-number advice, no button', async () => {
        const el = await render(html`<ally-crisis country="IT"></ally-crisis>`);
        expect(text(emergency(el))).to.equal(EMERGENCY_LOCAL);
        expect(el.shadowRoot!.querySelector('[part="emergency-call"]')).to.be.null;
      });

      it('country="AU" shows 000 and Lifeline', async () => {
        const el = await render(html`<ally-crisis country="AU"></ally-crisis>`);
        expect(text(one(el, '[part="emergency-call"]'))).to.equal('Call 000');
        expect(emergencyHref(el)).to.equal('tel:000');
        expect(lineName(el)).to.equal('Lifeline');
        expect(actions(el)).to.deep.equal([
          ['Call 13 11 14', 'tel:131114'],
          ['Text 0477 13 11 14', 'sms:+61477131114'],
        ]);
      });

      it('country="JP" shows 119 and the Yorisoi Hotline', async () => {
        const el = await render(html`<ally-crisis country="JP"></ally-crisis>`);
        expect(emergencyHref(el)).to.equal('tel:119');
        expect(lineName(el)).to.equal('Yorisoi Hotline (よりそいホットライン)');
        expect(actions(el)).to.deep.equal([['Call 0120-279-338', 'tel:+81120279338']]);
      });

      it('a lowercase code works: country="de" shows TelefonSeelsorge and 112', async () => {
        const log = captureConsole();
        try {
          const el = await render(html`<ally-crisis country="de"></ally-crisis>`);
          expect(lineName(el)).to.equal('TelefonSeelsorge');
          expect(emergencyHref(el)).to.equal('tel:112');
          expect(actions(el)).to.deep.equal([
            ['Call 0800 111 0 111', 'tel:+498001110111'],
            ['Call 0800 111 0 222', 'tel:+498001110222'],
            ['Chat online at telefonseelsorge.de', 'https://telefonseelsorge.de/'],
          ]);
          expect(log.warnings).to.deep.equal([]);
        } finally {
          log.restore();
        }
      });

      it('a country without lines of its own (SE) gets the international directory, with no warning', async () => {
        const log = captureConsole();
        try {
          const el = await render(html`<ally-crisis country="SE"></ally-crisis>`);
          expectInternationalHelp(el);
          expect(badges(el), 'a directory is not itself a line').to.deep.equal([]);
          expect(text(one(el, '.meta'))).to.equal(reviewedText(CONTENT.resources['find-a-helpline']!));
          expect(log.warnings).to.deep.equal([]);
        } finally {
          log.restore();
        }
      });

      it('the country attribute wins over the language’s region', async () => {
        const el = await render(html`<ally-crisis lang="en-GB" country="US"></ally-crisis>`);
        expect(lineName(el)).to.equal('988 Suicide & Crisis Lifeline');
        expect(actions(el)[0]).to.deep.equal(['Call 988', 'tel:988']);
        expect(emergencyHref(el)).to.equal('tel:911');
      });

      it('changing the country property re-renders: GB, then FR', async () => {
        const el = await render(html`<ally-crisis country="GB"></ally-crisis>`);
        expect(lineName(el)).to.equal('Samaritans');
        el.country = 'FR';
        await el.updateComplete;
        expect(lineName(el)).to.equal('3114');
        expect(actions(el)).to.deep.equal([['Call 3114', 'tel:3114']]);
        expect(emergencyHref(el)).to.equal('tel:112');
        expect(hrefs(el)).to.not.include('tel:116123');
      });
    });

    describe('lang', () => {
      it('lang="es-MX" shows Spanish text and Mexico’s Línea de la Vida', async () => {
        const el = await render(html`<ally-crisis lang="es-MX"></ally-crisis>`);
        expect(one(el, '[part="root"]').getAttribute('lang')).to.equal('es');
        expect(text(one(el, '[part="crisis-heading"]'))).to.equal('Si tú o alguien que conoces están en crisis');
        expect(text(emergency(el))).to.equal('Si alguien está en peligro inmediato, llama ya a emergencias:');
        expect(text(one(el, '[part="emergency-call"]'))).to.equal('Llama al 911');
        expect(emergencyHref(el)).to.equal('tel:911');
        expect(lineName(el)).to.equal('Línea de la Vida');
        expect(actions(el)).to.deep.equal([['Llama al 800 911 2000', 'tel:+528009112000']]);
        expect(badges(el)).to.deep.equal(['Disponible 24/7', 'Gratis']);
        expect(text(one(el, '[part="expect"]'))).to.match(/^Cuando pides ayuda, una persona te escucha/);
        expect(text(one(el, '.meta'))).to.equal(reviewedText(countryMX.resources!['linea-de-la-vida']!, 'es'));
        expect(hrefs(el)).to.not.include('tel:988');
      });

      it('lang="en-GB" shows Samaritans in English', async () => {
        const el = await render(html`<ally-crisis lang="en-GB"></ally-crisis>`);
        expect(text(one(el, '[part="crisis-heading"]'))).to.equal('If you or someone you know is in crisis');
        expect(lineName(el)).to.equal('Samaritans');
        expect(actions(el)).to.deep.equal([['Call 116 123', 'tel:116123']]);
      });

      it('follows the lang of an ancestor, and a change to it', async () => {
        const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><ally-crisis></ally-crisis></div>`);
        const el = wrap.querySelector<AllyCrisis>('ally-crisis')!;
        await el.updateComplete;
        expect(text(one(el, '[part="crisis-heading"]'))).to.equal('If you or someone you know is in crisis');
        wrap.setAttribute('lang', 'es');
        await new Promise((r) => setTimeout(r)); // the lang observer reacts after a task
        await el.updateComplete;
        expect(text(one(el, '[part="crisis-heading"]'))).to.equal('Si tú o alguien que conoces están en crisis');
        expect(actions(el)[0]).to.deep.equal(['Llama al 988', 'tel:988']);
      });
    });

    describe('variant', () => {
      it('is a banner by default', async () => {
        const el = await render(html`<ally-crisis></ally-crisis>`);
        const box = one(el, '[part="crisis"]');
        expect(box.classList.contains('banner')).to.be.true;
        expect(box.classList.contains('inline')).to.be.false;
      });

      it('variant="inline" makes the smaller callout', async () => {
        const el = await render(html`<ally-crisis variant="inline"></ally-crisis>`);
        const box = one(el, '[part="crisis"]');
        expect(box.classList.contains('inline')).to.be.true;
        expect(box.classList.contains('banner')).to.be.false;
        expect(actions(el)).to.have.length(3);
      });

      it('changing variant at run time switches the callout', async () => {
        const el = await render(html`<ally-crisis variant="inline"></ally-crisis>`);
        el.variant = 'banner';
        await el.updateComplete;
        expect(one(el, '[part="crisis"]').classList.contains('banner')).to.be.true;
        expect(one(el, '[part="crisis"]').classList.contains('inline')).to.be.false;
      });
    });

    describe('heading', () => {
      it('heading replaces the title text', async () => {
        const el = await render(html`<ally-crisis heading="Need help now?"></ally-crisis>`);
        expect(text(one(el, '[part="crisis-heading"]'))).to.equal('Need help now?');
      });

      it('a blank heading keeps the localized title', async () => {
        const el = await render(html`<ally-crisis heading="   "></ally-crisis>`);
        expect(text(one(el, '[part="crisis-heading"]'))).to.equal('If you or someone you know is in crisis');
      });

      it('heading-level="4" makes the title an h4', async () => {
        const el = await render(html`<ally-crisis heading-level="4"></ally-crisis>`);
        expect(one(el, '[part="crisis-heading"]').localName).to.equal('h4');
        expect(all(el, 'h1, h2, h3, h5, h6')).to.have.length(0);
      });

      for (const level of [1, 2, 3, 5, 6]) {
        it(`heading-level="${level}" makes the title an h${level}`, async () => {
          const el = await render(html`<ally-crisis heading-level=${level}></ally-crisis>`);
          expect(one(el, '[part="crisis-heading"]').localName).to.equal(`h${level}`);
        });
      }
    });
  });

  describe('accessibility', () => {
    const variants: [string, ReturnType<typeof html>][] = [
      ['as a banner', html`<ally-crisis></ally-crisis>`],
      ['inline', html`<ally-crisis variant="inline"></ally-crisis>`],
      ['for GB', html`<ally-crisis country="GB"></ally-crisis>`],
      ['in Spanish for Mexico', html`<ally-crisis lang="es-MX"></ally-crisis>`],
      ['with the international directory (SE)', html`<ally-crisis country="SE"></ally-crisis>`],
    ];
    for (const [label, template] of variants) {
      it(`passes axe ${label}`, async () => {
        const el = await render(template);
        await expect(el).to.be.accessible();
      });
    }

    it('the callout is a region named by its heading', async () => {
      const el = await render(html`<ally-crisis heading="Need help now?"></ally-crisis>`);
      const box = one(el, '[part="crisis"]');
      expect(box.localName).to.equal('section');
      const label = el.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!);
      expect(label).to.equal(one(el, '[part="crisis-heading"]'));
      expect(text(label)).to.equal('Need help now?');
    });

    for (const variant of ['banner', 'inline']) {
      it(`tap targets are at least 44 px high (${variant})`, async () => {
        const el = await render(html`<ally-crisis variant=${variant}></ally-crisis>`);
        const links = all<HTMLAnchorElement>(el, '[part="action"]');
        expect(links).to.have.length(3);
        for (const a of links) expect(a.getBoundingClientRect().height, text(a)).to.be.at.least(43.5);
      });
    }
  });

  describe('bad input', () => {
    let log: ReturnType<typeof captureConsole>;
    beforeEach(() => (log = captureConsole()));
    afterEach(() => log.restore());

    for (const bad of ['ZZ', 'usa']) {
      it(`country="${bad}" shows international help, never another country’s lines, with one warning`, async () => {
        const el = await render(html`<ally-crisis country=${bad}></ally-crisis>`);
        expectInternationalHelp(el);
        expect(log.warnings).to.have.length(1);
        expect(log.warnings[0]).to.contain('ally-crisis').and.contain(`country="${bad}"`);
        el.requestUpdate();
        await el.updateComplete;
        expect(log.warnings, 'no repeat on re-render').to.have.length(1);
      });
    }

    it('variant="huge" falls back to a banner with one warning', async () => {
      const el = await render(html`<ally-crisis variant="huge"></ally-crisis>`);
      const box = one(el, '[part="crisis"]');
      expect(box.classList.contains('banner')).to.be.true;
      expect(box.classList.contains('huge')).to.be.false;
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('ally-crisis').and.contain('variant="huge"');
      el.requestUpdate();
      await el.updateComplete;
      expect(log.warnings, 'no repeat on re-render').to.have.length(1);
    });

    it('heading-level="9" falls back to an h2 with a warning', async () => {
      const el = await render(html`<ally-crisis heading-level="9"></ally-crisis>`);
      expect(one(el, '[part="crisis-heading"]').localName).to.equal('h2');
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('ally-crisis').and.contain('heading-level="9"');
    });

    it('a language without content falls back to English with a warning', async () => {
      const el = await render(html`<ally-crisis lang="xx"></ally-crisis>`);
      expect(text(one(el, '[part="crisis-heading"]'))).to.equal('If you or someone you know is in crisis');
      expect(lineName(el)).to.equal('988 Suicide & Crisis Lifeline');
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('lang="xx"');
    });

    it('never parses HTML given as a heading', async () => {
      const el = await render(html`<ally-crisis heading="<img src=x onerror=alert(1)>Hi"></ally-crisis>`);
      const heading = one(el, '[part="crisis-heading"]');
      expect(heading.querySelector('img')).to.be.null;
      expect(text(heading)).to.equal('<img src=x onerror=alert(1)>Hi');
    });
  });
});

describe('<ally-crisis> edge cases', () => {
  let log: ReturnType<typeof captureConsole>;
  beforeEach(() => (log = captureConsole()));
  afterEach(() => log.restore());
  const dial = (el: Element) =>
    all<HTMLAnchorElement>(el, 'a')
      .map((a) => a.getAttribute('href')!)
      .filter((h) => /^(tel|sms):/.test(h));

  it('a region that is no single country (es-419) gets international help, never US lines', async () => {
    const el = await render(html`<ally-crisis lang="es-419"></ally-crisis>`);
    expect(dial(el)).to.deep.equal([]);
    expect(text(one(el, '[part="crisis-heading"]'))).to.equal('Si tú o alguien que conoces están en crisis');
  });

  it('country="UK" is read as GB, and " gb " and "EN-gb" work too', async () => {
    for (const template of [
      html`<ally-crisis country="UK"></ally-crisis>`,
      html`<ally-crisis country=" gb "></ally-crisis>`,
      html`<ally-crisis lang="EN-gb"></ally-crisis>`,
    ]) {
      const el = await render(template);
      expect(dial(el)).to.deep.equal(['tel:999', 'tel:116123']);
    }
    expect(log.warnings).to.deep.equal([]);
  });

  it('a country whose file fails to load still shows its emergency number, with one warning', async () => {
    const restore = replaceLoaders({ 'country-NZ': () => () => Promise.reject(new Error('offline')) });
    try {
      const el = await render(html`<ally-crisis country="NZ"></ally-crisis>`);
      expect(all<HTMLAnchorElement>(el, '[part="emergency-call"]').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:111']);
      expect(all<HTMLAnchorElement>(el, '[part="action"]').map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://findahelpline.com/',
      ]);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('country-NZ');
    } finally {
      restore();
    }
  });

  it('a slow file: the callout shows what it has at once, then upgrades in place when the file comes', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const restore = replaceLoaders({ 'country-IN': (real) => () => gate.then(real) }, 50);
    try {
      const el = document.createElement('ally-crisis');
      el.setAttribute('country', 'IN');
      document.body.append(el);
      await new Promise((r) => requestAnimationFrame(r));
      expect(dial(el), 'the emergency number, before the file arrives').to.deep.equal(['tel:112']);
      // updateComplete settles after the wait budget, without the file.
      await el.updateComplete;
      expect(dial(el)).to.deep.equal(['tel:112']);
      release();
      await waitUntil(() => dial(el).length === 3, 'the late file upgrades the callout');
      expect(dial(el)).to.deep.equal(['tel:112', 'tel:14416', 'tel:18008914416']);
      el.remove();
    } finally {
      restore();
    }
  });
});

describe('<ally-crisis> language of parts', () => {
  it('marks a Japanese line name lang="ja" inside English text', async () => {
    const el = await render(html`<ally-crisis country="JP"></ally-crisis>`);
    const name = one(el, '.crisis-name');
    expect(name.querySelector('span[lang="ja"]')!.textContent).to.equal('よりそいホットライン');
    expect(text(name)).to.contain('Yorisoi Hotline (よりそいホットライン)');
  });
});
