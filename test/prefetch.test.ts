// The tips fetch their details, and the code that shows them, once the page is idle: in a page of its
// own, since that happens once per page. Another language has no details part of its own (its words
// hold the details): asking for one would report a file that does not exist.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/ally-widgets.js';
import { isLoaded } from '../src/internal/content.js';
import { captureConsole, until } from './helpers.js';

describe('the tips prefetch their details when the page is idle', () => {
  it('in Spanish: the code that shows them, and no warning about a details file', async () => {
    const log = captureConsole();
    try {
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<ally-tips lang="es"></ally-tips>`);
      await el.updateComplete;
      await until(() => isLoaded('prose'), 'the prose part, within the idle prefetch’s 2 s');
      await new Promise((r) => setTimeout(r, 100));
      expect(log.warnings).to.deep.equal([]);
      expect(isLoaded('details-en'), 'no English details for a Spanish page').to.equal(false);
    } finally {
      log.restore();
    }
  });
});
