// `await guide.updateComplete` finds the whole guide rendered, the files its inner widgets wait for
// included (in a page of its own: a part loads once per page, and here the tips' text is made slow).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/ally-widgets.js';
import { deepAll, text } from './helpers.js';
import { delayParts, type Widget } from './loading-helpers.js';

describe('the guide’s updateComplete', () => {
  let restore: () => void;
  before(() => (restore = delayParts(['tips-en'], 400)));
  after(() => restore());

  it('waits for the widgets it is made of, and the files they wait for', async () => {
    const guide = await fixture<Widget>(html`<ally-guide country="US"></ally-guide>`);
    await guide.updateComplete;
    expect(deepAll(guide.shadowRoot!, '[part="toggle"]').map(text)).to.include('Listen actively');
    expect(deepAll(guide.shadowRoot!, '[part="resource-name"]')).to.have.length(3);
  });
});
