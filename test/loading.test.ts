// The loading model on slow and broken networks (content parts replaced by slow, broken or silent
// loaders; this file runs in a page of its own, so the replacements reach no other test). Widgets render
// at once with what is bundled, never blank again, and `updateComplete` always settles.
import { expect, fixture, html } from '@open-wc/testing';
import { AllyElement } from '../src/internal/ally-element.js';
import '../src/ally-widgets.js';
import { captureConsole, deepAll, settle, text } from './helpers.js';
import { delayParts, frame, showsHelp, sleep, type Widget } from './loading-helpers.js';

describe('slow content parts (10 s)', () => {
  let restore: () => void;
  before(
    () =>
      (restore = delayParts(
        ['locale-es', 'country-MX', 'country-GB', 'guide-en', 'orgs-US', 'tips-en', 'details-en', 'cards', 'prose'],
        10_000,
      )),
  );
  after(() => restore());

  it('every widget, the guide included, shows its crisis line at once and never blanks while parts load', async () => {
    const started = performance.now();
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <ally-guide lang="es-MX"></ally-guide>
      <ally-guide></ally-guide>
      <ally-tips lang="es"></ally-tips>
      <ally-resources country="GB"></ally-resources>
      <ally-crisis lang="es-MX"></ally-crisis>
      <ally-resources></ally-resources>
    </div>`);
    const widgets = [...wrap.children] as Widget[];
    await frame();
    for (const el of widgets) expect(showsHelp(el), `<${el.localName} lang=${el.lang}> at once`).to.be.true;
    expect(performance.now() - started).to.be.below(3500);
    // The guide shows its callout at once, and its tips' frame, whose list keeps its space while the
    // tips' text and view load; it does not wait for its own words.
    const guide = widgets[1]!.shadowRoot!;
    expect(deepAll(guide, '[part="crisis-heading"]').map(text)).to.include('If you or someone you know is in crisis');
    const tips = deepAll(guide, 'ally-tips')[0]!.shadowRoot!;
    expect(text(tips.querySelector('[part="heading"]')!)).to.equal('How to support someone');
    expect(tips.querySelector('.tips[aria-busy="true"]')!.getBoundingClientRect().height).to.be.above(200);
    // The US organizations keep their space while they load, so the page below does not jump.
    const waiting = widgets[5]!.shadowRoot!.querySelector('.national[aria-busy="true"]')!;
    expect(waiting.getBoundingClientRect().height).to.be.above(300);
    // While the parts are on their way, nothing blanks.
    for (let i = 0; i < 15; i++) {
      await sleep(100);
      for (const el of widgets) expect(showsHelp(el), `<${el.localName}> after ${i * 100} ms`).to.be.true;
    }
  });

  it('a widget already on screen keeps its crisis line through lang and country changes', async () => {
    const el = await fixture<Widget>(html`<ally-crisis></ally-crisis>`);
    expect(showsHelp(el)).to.be.true;
    for (const change of [
      () => el.setAttribute('lang', 'es-MX'),
      () => el.setAttribute('country', 'GB'),
      () => el.removeAttribute('lang'),
    ]) {
      change();
      await el.updateComplete.catch(() => undefined);
      for (let i = 0; i < 3; i++) {
        await frame();
        expect(showsHelp(el)).to.be.true;
      }
    }
  });

  it('updateComplete settles within the wait budget, with one warning per late part', async () => {
    const log = captureConsole();
    try {
      const started = performance.now();
      const el = await fixture<Widget>(html`<ally-tips lang="es"></ally-tips>`);
      await settle(el);
      expect(performance.now() - started).to.be.below(AllyElement.loadWait + 500);
      expect(showsHelp(el)).to.be.true;
      // The late part was requested earlier in this file; it is reported once for the page, not per widget.
      expect(log.warnings.filter((w) => w.includes('"locale-es"')).length).to.be.at.most(1);
    } finally {
      log.restore();
    }
  });
});
