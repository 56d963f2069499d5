// French, German, Portuguese and Japanese across every widget: no English left in what a reader sees,
// each language's own dates and country names, the lines of the reader's country in their language, and
// the fallbacks a language tag asks for (pt-PT → Portuguese with Portugal's lines, fr-BE → French with
// Belgium's, de-XX → German with the international directory).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/ally-widgets.js';
import { CONTENT } from '../src/generated/content.js';
import { arrival } from '../src/internal/content.js';
import type { LocaleContent } from '../src/internal/content-types.js';
import { WIDGET_TAGS, all, allText, captureConsole, deepAll, one, pretendDevice, settle, text } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const NEW_LANGUAGES = ['fr', 'de', 'pt', 'ja'] as const;

/** Every string in a value, with its path ("ui.crisis.heading"). */
function* strings(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
}

/**
 * The English a reader of `lang` must not meet: the interface, the tips, the guide and the words of the
 * lines shown, where the language says it otherwise (French "Sources" is also English "Sources"), without
 * placeholders, and long enough to mean something.
 */
function englishNotIn(lang: string, ids: string[]): string[] {
  const en = CONTENT.locales.en! as LocaleContent;
  const xx = CONTENT.locales[lang]! as LocaleContent;
  const pick = (words: LocaleContent) => ({
    ui: { ...words.ui, language: '', direction: '' },
    tips: words.tips,
    guide: words.guide,
    resources: Object.fromEntries(ids.map((id) => [id, { summary: words.resources[id]?.summary, steps: words.resources[id]?.steps }])),
  });
  const theirs = new Map(strings(pick(xx)));
  return [...strings(pick(en))]
    .filter(([path, english]) => english.length > 3 && theirs.get(path) !== english)
    .flatMap(([, english]) => english.split(/\{\w+\}/))
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 8);
}

async function show(template: ReturnType<typeof html>): Promise<Widget> {
  const el = await fixture<Widget>(template);
  await settle(el);
  return el;
}
const lineName = (el: Element) => text(deepAll(el.shadowRoot!, '.crisis-name')[0]);
const hrefs = (el: Element) => deepAll(el.shadowRoot!, 'a[href^="tel:"]').map((a) => a.getAttribute('href'));

describe('French, German, Portuguese and Japanese', () => {
  // The English they are compared with: the guide's words, the tips and the US organizations' words come
  // as parts of their own.
  before(() => Promise.all(['guide-en', 'tips-en', 'details-en', 'orgs-US', 'cards', 'prose'].map(arrival)));
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  for (const lang of NEW_LANGUAGES) {
    describe(`lang="${lang}"`, () => {
      for (const tag of WIDGET_TAGS) {
        it(`<${tag}> shows no English`, async () => {
          // Open: every tip's detail is rendered too. The suite's reader is in the US: 988 and NAMI.
          const wrap = await fixture<HTMLDivElement>(`<div lang="${lang}"><${tag} open></${tag}></div>`);
          const el = wrap.firstElementChild as Widget;
          await settle(el);
          const shown = allText(el);
          expect(one(el, '[part="root"]').getAttribute('lang')).to.equal(lang);
          for (const english of englishNotIn(lang, ['lifeline-988', 'nami', 'mha', 'samhsa'])) {
            expect(shown, `<${tag}> in ${lang}`).to.not.contain(english);
          }
          // Review dates as this language writes them ("Vérifié le 25 novembre 2026", "2026年11月25日確認").
          const { ui, days = {} } = CONTENT.locales[lang]!;
          expect(
            Object.values(days).some((day) => shown.includes(ui.common.reviewed.replace('{date}', day))),
            shown,
          ).to.be.true;
          await expect(el).to.be.accessible();
        });
      }

      it('names the countries in the picker in this language', async () => {
        const el = await show(html`<ally-crisis lang=${lang} country="DE"></ally-crisis>`);
        const picker = one(el, '[part="country-picker"]');
        expect(text(picker.querySelector('label'))).to.equal(CONTENT.locales[lang]!.ui.crisis.countryLabel.replace(/\s+/g, ' '));
        // Named by the build (scripts/content.mjs), so the same in every browser.
        expect(text(picker.querySelector('option:checked'))).to.equal(CONTENT.locales[lang]!.countries!['DE']);
      });
    });
  }

  it('lang="fr" for a reader in France: 3114, in French', async () => {
    const el = await show(html`<ally-crisis lang="fr" country="FR"></ally-crisis>`);
    expect(lineName(el)).to.contain('3114, numéro national de prévention du suicide');
    expect(hrefs(el)).to.include('tel:3114');
    expect(text(all(el, '[part="action"]')[0])).to.equal('Appeler le 3114');
    expect(text(one(el, '[part="emergency"]'))).to.contain('appelez les secours');
  });

  it('lang="fr" on a device in Paris: 3114 without a country attribute', async () => {
    restore = pretendDevice('Europe/Paris', ['fr-FR', 'fr']);
    const el = await show(html`<ally-tips lang="fr"></ally-tips>`);
    expect(hrefs(el)).to.include('tel:3114');
    expect(text(one(el, '[part="heading"]'))).to.equal('Comment soutenir une personne');
  });

  it('lang="fr-CA": 9-8-8 in French', async () => {
    const el = await show(html`<ally-crisis lang="fr-CA"></ally-crisis>`);
    expect(one(el, '[part="root"]').getAttribute('lang')).to.equal('fr');
    expect(lineName(el)).to.contain('ligne d’aide en cas de crise de suicide');
    expect(text(all(el, '[part="action"]')[0])).to.equal('Appeler le 9-8-8');
    expect(hrefs(el)).to.include('tel:988');
  });

  it('lang="ja" on a device in Tokyo: よりそいホットライン, in Japanese', async () => {
    restore = pretendDevice('Asia/Tokyo', ['ja-JP', 'ja']);
    const el = await show(html`<ally-resources lang="ja"></ally-resources>`);
    expect(lineName(el)).to.contain('よりそいホットライン');
    expect(hrefs(el)).to.include.members(['tel:+81120279338', 'tel:119']);
    expect(allText(el)).to.contain('こころの健康相談統一ダイヤル');
    expect(text(one(el, '[part="heading"]'))).to.equal('相談できるところ');
  });

  it('lang="pt-PT": Portuguese with Portugal’s lines', async () => {
    const el = await show(html`<ally-crisis lang="pt-PT"></ally-crisis>`);
    expect(one(el, '[part="root"]').getAttribute('lang')).to.equal('pt');
    expect(lineName(el)).to.contain('SNS 24, aconselhamento psicológico');
    expect(hrefs(el)).to.include.members(['tel:+351808242424', 'tel:112']);
    expect(text(one(el, '[part="emergency"]'))).to.contain('ligue já para a emergência');
  });

  it('lang="pt-BR": CVV 188 and SAMU 192, in Portuguese', async () => {
    const el = await show(html`<ally-crisis lang="pt-BR"></ally-crisis>`);
    expect(lineName(el)).to.contain('CVV – Centro de Valorização da Vida');
    expect(hrefs(el)).to.include.members(['tel:188', 'tel:192']);
  });

  it('lang="fr-BE": French with Belgium’s lines, the French-speaking line among them', async () => {
    const el = await show(html`<ally-resources lang="fr-BE"></ally-resources>`);
    expect(one(el, '[part="root"]').getAttribute('lang')).to.equal('fr');
    const shown = allText(el);
    expect(shown).to.contain('Une ligne belge de prévention du suicide, en néerlandais');
    expect(shown).to.contain('Une ligne de crise belge, en français');
    expect(hrefs(el)).to.include.members(['tel:1813', 'tel:+3280032123', 'tel:112']);
  });

  it('Belgium’s crisis line is the one in the reader’s language: French readers get 0800 32 123 first, others 1813', async () => {
    const french = await show(html`<ally-crisis lang="fr-BE"></ally-crisis>`);
    expect(lineName(french)).to.contain('Centre de Prévention du Suicide');
    expect(one(french, '[part="action"]').getAttribute('href')).to.equal('tel:+3280032123');
    // The Dutch-speaking line is still there for French readers, among the country's lines.
    const list = await show(html`<ally-resources lang="fr-BE" no-crisis></ally-resources>`);
    expect(hrefs(list)).to.include('tel:1813');
    const english = await show(html`<ally-crisis lang="en" country="BE"></ally-crisis>`);
    expect(one(english, '[part="action"]').getAttribute('href')).to.equal('tel:1813');
  });

  it('lang="de-AT": German with Austria’s Telefonseelsorge 142; de-CH: Die Dargebotene Hand 143', async () => {
    const at = await show(html`<ally-crisis lang="de-AT"></ally-crisis>`);
    expect(lineName(at)).to.contain('Telefonseelsorge Österreich');
    expect(hrefs(at)).to.include('tel:142');
    const ch = await show(html`<ally-crisis lang="de-CH"></ally-crisis>`);
    expect(lineName(ch)).to.contain('Die Dargebotene Hand');
    const chFr = await show(html`<ally-crisis lang="fr-CH"></ally-crisis>`);
    expect(lineName(chFr)).to.contain('La Main Tendue');
  });

  it('lang="de-XX" (a region that is no country): German, the international directory, no warning', async () => {
    const log = captureConsole();
    try {
      const el = await show(html`<ally-crisis lang="de-XX"></ally-crisis>`);
      expect(one(el, '[part="root"]').getAttribute('lang')).to.equal('de');
      expect(all<HTMLAnchorElement>(el, '[part="action"]').map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://findahelpline.com/',
      ]);
      expect(text(one(el, '[part="emergency"]'))).to.contain('Notruf in Ihrem Land');
      expect(log.warnings).to.deep.equal([]);
    } finally {
      log.restore();
    }
  });

  it('another country’s lines in Japanese: the United Kingdom’s words come as a part of their own', async () => {
    const el = await show(html`<ally-resources lang="ja" country="GB"></ally-resources>`);
    const shown = allText(el);
    expect(shown).to.contain('電話料金の明細に通話は載りません');
    expect(shown).to.not.contain('The call does not show on your phone bill');
    expect(hrefs(el)).to.include.members(['tel:116123', 'tel:999']);
  });

  it('every widget with the same lines shows their words, once they come (no copy made before is reused)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="pt">
      <ally-resources country="BE"></ally-resources>
      <ally-guide country="BE"></ally-guide>
    </div>`);
    await settle(wrap);
    const [resources, guide] = [...wrap.children] as Widget[];
    for (const el of [resources!, guide!]) expect(allText(el), el.localName).to.contain('Uma linha de crise belga, em francês');
  });

  it('switches language at run time, lines and all', async () => {
    const el = await show(html`<ally-crisis lang="de" country="GB"></ally-crisis>`);
    expect(allText(el)).to.contain('Der Anruf steht nicht auf Ihrer Rechnung');
    el.setAttribute('lang', 'pt');
    await new Promise((r) => setTimeout(r));
    await settle(el);
    expect(allText(el)).to.contain('A ligação não aparece na sua conta');
    expect(one(el, '[part="root"]').getAttribute('lang')).to.equal('pt');
  });
});
