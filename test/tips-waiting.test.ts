// While the tips' text and view load (parts of their own: in a page of its own, since a part loads once
// per page), <ally-tips> keeps about the height it will have, so the page below does not jump when they
// come: at phone and desktop widths, as a list and as cards.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/ally-widgets.js';
import { delayParts, frame, type Widget } from './loading-helpers.js';

describe('the tips while their text loads', () => {
  let restore: () => void;
  before(() => (restore = delayParts(['tips-en', 'prose'], 600)));
  after(() => restore());

  it('keep about the height they will have, at each width and layout', async () => {
    const widths = [320, 400, 560, 800, 1200];
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en">
      ${['list', 'cards'].map((layout) =>
        widths.map((w) => html`<div style="width:${w}px"><ally-tips country="US" layout=${layout}></ally-tips></div>`),
      )}
    </div>`);
    const widgets = [...wrap.querySelectorAll<Widget>('ally-tips')];
    await frame();
    const waiting = widgets.map((el) => el.getBoundingClientRect().height);
    for (const el of widgets) expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), 'a list that waits').to.exist;
    await Promise.all(widgets.map((el) => el.updateComplete));
    widgets.forEach((el, i) => {
      const done = el.getBoundingClientRect().height;
      const label = `${el.getAttribute('layout')} at ${widths[i % widths.length]}px: ${waiting[i]} then ${done}`;
      expect(el.shadowRoot!.querySelectorAll('[part="tip"]'), label).to.have.length(4);
      expect(Math.abs(done - waiting[i]!), label).to.be.at.most(Math.max(80, done * 0.12));
    });
  });
});
