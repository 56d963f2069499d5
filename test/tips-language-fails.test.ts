// When a language's file fails, the tips show in English, as the rest of the widget does: their English
// text is a file of its own, asked for once the language's has failed (in a page of its own, since a part
// loads once per page). And the English tips' details are fetched when the page is idle.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/ally-widgets.js';
import { isLoaded } from '../src/internal/content.js';
import { captureConsole, settle, text, until } from './helpers.js';
import { replaceLoaders, showsHelp, type Widget } from './loading-helpers.js';

describe('the tips when their language’s file fails', () => {
  it('show in English, with the crisis line, and one warning', async () => {
    const restore = replaceLoaders({ 'locale-es': () => () => Promise.reject(new TypeError('Failed to fetch')) });
    const log = captureConsole();
    try {
      const el = await fixture<Widget>(html`<ally-tips lang="es" country="US"></ally-tips>`);
      await settle(el);
      expect([...el.shadowRoot!.querySelectorAll('[part="toggle"]')].map(text)).to.deep.equal([
        'Listen actively',
        'Educate yourself',
        'Encourage self-care',
        'Be patient and keep showing up',
      ]);
      expect(showsHelp(el)).to.be.true;
      expect(log.warnings.filter((w) => w.includes('"locale-es"'))).to.have.length(1);
      // The details, in English too, come when the page is idle (within two seconds).
      await until(() => isLoaded('details-en'), 'the English details, fetched when the page is idle');
    } finally {
      log.restore();
      restore();
    }
  });
});
