// The tips' text (in English a part of its own; in another language part of the language's) and the code
// that shows it are loaded with the first render: in a page of its own, since a part loads once per page.
// Another language has no details part of its own: asking for one would report a file that does not exist.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/ally-widgets.js';
import { isLoaded } from '../src/internal/content.js';
import { captureConsole } from './helpers.js';

describe('the tips load their text and its view', () => {
  it('in Spanish: the Spanish words and the view, no English details, and no warning about a details file', async () => {
    const log = captureConsole();
    try {
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<ally-tips lang="es"></ally-tips>`);
      await el.updateComplete;
      expect(isLoaded('prose')).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="toggle"]')!.textContent!.trim()).to.equal('Escucha con atención');
      // Past the idle fetch of the details (within two seconds): Spanish has no details file to fetch.
      await new Promise((r) => setTimeout(r, 2500));
      expect(log.warnings).to.deep.equal([]);
      expect(isLoaded('details-en'), 'no English details for a Spanish page').to.equal(false);
    } finally {
      log.restore();
    }
  });
});
