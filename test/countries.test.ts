// Every widget in every country: no heading without content under it, the emergency number as a call
// button a thumb can hit, dialable links; and the country picker, which shows another country's help in
// every widget on the page at once.
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { COUNTRIES, OTHER_COUNTRIES } from '../src/internal/content.js';
import { CONTENT } from '../src/generated/content.js';
import '../src/ally-widgets.js';
import { chooseCountry } from '../src/internal/locale-controller.js';
import { WIDGET_TAGS, deepAll, one, text } from './helpers.js';
import type { Widget } from './loading-helpers.js';

/** A heading with nothing after it in its box but other headings is an empty section. */
function emptyHeadings(el: Element): string[] {
  return deepAll(el.shadowRoot!, 'h1, h2, h3, h4, h5, h6').flatMap((h) => {
    const after: Element[] = [];
    for (let next = h.nextElementSibling; next; next = next.nextElementSibling) after.push(next);
    const content = after.some((n) => !/^H\d$/.test(n.tagName) && (text(n) !== '' || n.localName.startsWith('ally-')));
    return content ? [] : [text(h)];
  });
}

describe('every widget in every country', () => {
  for (const country of [...COUNTRIES, OTHER_COUNTRIES === 'default' ? 'ZZ' : OTHER_COUNTRIES]) {
    it(`country="${country}": every heading has content; the emergency number is a call button`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 360px">
        ${WIDGET_TAGS.map((tag) => staticHtml`<${unsafeStatic(tag)} country=${country}></${unsafeStatic(tag)}>`)}
      </div>`);
      const widgets = [...wrap.children] as Widget[];
      await Promise.all(widgets.map((w) => w.updateComplete));
      for (const el of widgets) {
        expect(emptyHeadings(el), `<${el.localName} country=${country}>`).to.deep.equal([]);
        for (const call of deepAll(el.shadowRoot!, '[part="emergency-call"]')) {
          expect(text(call), `<${el.localName}> ${country}`).to.match(/^Call \d+$/);
          expect(call.getBoundingClientRect().height, `<${el.localName}> ${country}`).to.be.at.least(43.5);
        }
        for (const a of deepAll(el.shadowRoot!, 'a[href^="tel:"], a[href^="sms:"]')) {
          expect(a.getAttribute('href'), `<${el.localName}> ${country}`).to.match(/^(tel|sms):\+?\d+(\?body=[\w%]+)?$/);
        }
      }
      // Every covered country has a confirmed emergency number: a call button in every widget; and its own
      // crisis line, not the international directory.
      if (country !== 'ZZ') {
        for (const el of widgets) expect(deepAll(el.shadowRoot!, '[part="emergency-call"]').length, el.localName).to.be.at.least(1);
        const lines = deepAll(widgets[2]!.shadowRoot!, '[part="action"]').map((a) => a.getAttribute('href'));
        expect(lines.length, country).to.be.at.least(1);
        expect(lines, country).to.not.include('https://findahelpline.com/');
      }
    });
  }
});

describe('the country picker', () => {
  // The choice holds for the page, as for a reader: forget it after each test.
  afterEach(() => chooseCountry(document, ''));

  it('says whose help a widget shows, in a labelled native select of the covered countries and “Another country”', async () => {
    const el = await fixture<Widget>(html`<ally-resources country="GB"></ally-resources>`);
    await el.updateComplete;
    const select = one<HTMLSelectElement>(el, '[part="country-picker"] select');
    expect(select.labels![0]!.textContent!.trim()).to.equal('Help in:');
    expect(select.selectedOptions[0]!.textContent).to.equal('United Kingdom');
    const names = [...select.options].map((o) => o.textContent);
    expect(names).to.include.members(['United States', 'Mexico', 'Japan', 'Germany']);
    expect(names.at(-1)).to.equal('Another country');
    expect(select.options).to.have.length(COUNTRIES.length + 1);
  });

  it('names the countries from the content, in the language’s alphabetical order, without Intl.DisplayNames', async () => {
    // The names are the same in every browser; and a page's first Intl.DisplayNames costs it 20–50 ms.
    const real = Intl.DisplayNames;
    const intl = Intl as { DisplayNames: typeof real };
    let made = 0;
    intl.DisplayNames = class extends real {
      constructor(...args: ConstructorParameters<typeof real>) {
        super(...args);
        made++;
      }
    };
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <ally-resources country="JP"></ally-resources><ally-crisis lang="fr" country="BE"></ally-crisis>
      </div>`);
      const [resources, crisis] = [...wrap.children] as Widget[];
      await Promise.all([resources!.updateComplete, crisis!.updateComplete]);
      const options = (w: Widget) => [...one<HTMLSelectElement>(w, 'select').options].map((o) => [o.value, o.textContent]);
      for (const [w, lang] of [
        [resources!, 'en'],
        [crisis!, 'fr'],
      ] as const) {
        const names = Object.entries(CONTENT.locales[lang]!.countries!);
        expect(names.map(([code]) => code).sort(), lang).to.deep.equal([...COUNTRIES].sort());
        const sorted = names.map(([, name]) => name);
        expect(sorted, `${lang}, in its order`).to.deep.equal([...sorted].sort(new Intl.Collator(lang).compare));
        expect(options(w).slice(0, -1), lang).to.deep.equal(names);
      }
      expect(options(crisis!).find(([code]) => code === 'BE')).to.deep.equal(['BE', 'Belgique']);
      expect(made, 'Intl.DisplayNames made').to.equal(0);
    } finally {
      intl.DisplayNames = real;
    }
  });

  it('each widget has options of its own, in its language, the country shown selected, after a lang change too', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <ally-resources country="MX"></ally-resources><ally-crisis country="MX"></ally-crisis>
    </div>`);
    const [first, second] = [...wrap.children] as Widget[];
    await Promise.all([first!.updateComplete, second!.updateComplete]);
    const selects = () => [first!, second!].map((w) => one<HTMLSelectElement>(w, 'select'));
    const [a, b] = selects();
    expect(a!.options[0], 'not one node shown twice').to.not.equal(b!.options[0]);
    for (const s of selects())
      expect([s.value, s.selectedOptions[0]!.textContent, s.options.length]).to.deep.equal(['MX', 'Mexico', COUNTRIES.length + 1]);
    first!.lang = second!.lang = 'es';
    await Promise.all([first!.updateComplete, second!.updateComplete]);
    for (const s of selects()) {
      expect([s.value, s.selectedOptions[0]!.textContent, s.options.length]).to.deep.equal(['MX', 'México', COUNTRIES.length + 1]);
      expect(s.options[s.options.length - 1]!.textContent).to.equal('Otro país');
      expect(s.selectedOptions[0]!.hasAttribute('selected'), 'selected in the markup too').to.equal(true);
    }
  });

  it('a choice applies at once to every widget on the page, and is not stored', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <ally-crisis country="US"></ally-crisis><ally-tips></ally-tips><ally-resources></ally-resources><ally-guide></ally-guide>
    </div>`);
    const widgets = [...wrap.children] as Widget[];
    await Promise.all(widgets.map((w) => w.updateComplete));
    const select = one<HTMLSelectElement>(widgets[0]!, 'select');
    select.focus();
    select.value = 'NZ';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 50));
    await Promise.all(widgets.map((w) => w.updateComplete));
    for (const el of widgets) {
      expect(deepAll(el.shadowRoot!, 'a[href="tel:1737"]').length, el.localName).to.be.at.least(1);
      expect(deepAll(el.shadowRoot!, 'a[href="tel:988"]'), el.localName).to.have.length(0);
    }
    // Every picker says so; the one used keeps the focus.
    for (const s of widgets.flatMap((w) => deepAll(w.shadowRoot!, 'select') as HTMLSelectElement[])) expect(s.value).to.equal('NZ');
    expect(widgets[0]!.shadowRoot!.activeElement).to.equal(select);
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');

    // "Another country": the international directory.
    select.value = OTHER_COUNTRIES;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 50));
    await widgets[0]!.updateComplete;
    expect(deepAll(widgets[0]!.shadowRoot!, '[part="action"]').map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://findahelpline.com/',
    ]);
  });

  it('no-country-picker hides it; the guide shows one picker, not one per section', async () => {
    const el = await fixture<Widget>(html`<ally-crisis no-country-picker></ally-crisis>`);
    expect(deepAll(el.shadowRoot!, 'select')).to.have.length(0);
    const guide = await fixture<Widget>(html`<ally-guide></ally-guide>`);
    await guide.updateComplete;
    expect(deepAll(guide.shadowRoot!, 'select')).to.have.length(1);
  });
});

describe('988 for Spanish readers', () => {
  it('the text button fills in AYUDA, in its words and in the message', async () => {
    const el = await fixture<Widget>(html`<ally-crisis lang="es" country="US"></ally-crisis>`);
    await el.updateComplete;
    const text988 = deepAll(el.shadowRoot!, '[part="action"]').find((a) => a.getAttribute('href')!.startsWith('sms:'))!;
    expect(text988.getAttribute('href')).to.equal('sms:988?body=AYUDA');
    expect(text(text988)).to.contain('AYUDA');
  });
});
