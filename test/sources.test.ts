// Citations one click away, not in the way: each reviewed date stays visible, and its source links sit
// behind one "Sources" button until a reader asks for them; printed, they show.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/ally-widgets.js';
import { WIDGET_TAGS, deepAll, emulate, text } from './helpers.js';
import type { Widget } from './loading-helpers.js';

const shown = (el: Element) => el.getClientRects().length > 0;
const sourceLinks = (el: Widget) => deepAll(el.shadowRoot!, '.sources a');
const toggles = (el: Widget) => deepAll(el.shadowRoot!, '.sources-toggle') as HTMLButtonElement[];
/** What a keyboard reaches: links, buttons, selects and disclosures that are shown. */
const tabStops = (el: Widget) => deepAll(el.shadowRoot!, 'a[href], button, select, summary').filter(shown);

async function render(tag: string, country: string): Promise<Widget> {
  const el = await fixture<Widget>(staticHtml`<${unsafeStatic(tag)} country=${country} open></${unsafeStatic(tag)}>`);
  await el.updateComplete;
  return el;
}

describe('sources behind a disclosure', () => {
  for (const country of ['US', 'GB']) {
    for (const tag of WIDGET_TAGS) {
      it(`<${tag} country="${country}">: no citation link shows or takes focus until “Sources” is opened`, async () => {
        const el = await render(tag, country);
        expect(toggles(el).length, 'a Sources button per reviewed item').to.be.at.least(1);
        expect(sourceLinks(el).length).to.be.at.least(1);
        expect(sourceLinks(el).filter(shown), 'citation links shown').to.deep.equal([]);
        expect(tabStops(el).filter((t) => t.closest('.sources'))).to.deep.equal([]);
        for (const meta of deepAll(el.shadowRoot!, '.meta').filter(shown)) expect(text(meta)).to.match(/Reviewed|Website/);
        // One click opens one item's sources, and says so; another closes them.
        const [first] = toggles(el);
        first!.click();
        expect(first!.getAttribute('aria-expanded')).to.equal('true');
        const opened = first!.nextElementSibling!;
        expect([...opened.querySelectorAll('a')].every(shown)).to.be.true;
        first!.click();
        expect(first!.getAttribute('aria-expanded')).to.equal('false');
        expect([...opened.querySelectorAll('a')].some(shown)).to.be.false;
      });
    }
  }

  it('opens with the keyboard, and a re-render keeps it open', async () => {
    const el = await render('ally-crisis', 'US');
    const [button] = toggles(el);
    button!.focus();
    await sendKeys({ press: 'Enter' });
    expect(button!.getAttribute('aria-expanded')).to.equal('true');
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect(toggles(el)[0]!.getAttribute('aria-expanded')).to.equal('true');
    expect(sourceLinks(el).every(shown)).to.be.true;
  });

  it('printed, every source shows', async function () {
    const el = await render('ally-guide', 'US');
    if (!(await emulate({ media: 'print' }))) this.skip();
    try {
      expect(sourceLinks(el).length).to.be.at.least(1);
      expect(sourceLinks(el).every(shown)).to.be.true;
      for (const w of deepAll(el.shadowRoot!, 'ally-crisis, ally-resources, ally-tips') as Widget[]) {
        expect(sourceLinks(w).every(shown), w.localName).to.be.true;
      }
    } finally {
      await emulate({ media: 'screen' });
    }
  });

  it('the US guide has fewer tab stops than its 31 with every citation linked', async () => {
    const el = await fixture<Widget>(html`<ally-guide></ally-guide>`);
    await el.updateComplete;
    const inner = deepAll(el.shadowRoot!, 'ally-crisis, ally-resources, ally-tips') as Widget[];
    await Promise.all(inner.map((w) => w.updateComplete));
    // deepAll reaches into the guide's own widgets too.
    const stops = tabStops(el);
    const citations = sourceLinks(el);
    expect(citations.length).to.be.at.least(10); // all still there, one click away
    expect(stops.filter((s) => s.closest('.sources'))).to.deep.equal([]);
    // Each citation list is one stop now (its button) instead of one per link.
    expect(stops.length).to.equal(deepAll(el.shadowRoot!, 'a[href], button, select, summary').length - citations.length);
    expect(stops.length).to.be.below(31);
  });
});
