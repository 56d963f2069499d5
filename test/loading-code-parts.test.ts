// Code parts that fail: the organizations' cards and the long text's views (loaders replaced; in a page
// of its own, since a part is requested once per page). Every widget keeps its help, waits for nothing,
// and each failure is reported once.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/ally-widgets.js';
import { captureConsole, deepAll, settle } from './helpers.js';
import { replaceLoaders, showsHelp, type Widget } from './loading-helpers.js';

describe('broken code parts', () => {
  it('code parts that fail (the cards, the long text): reported once each; every widget shows its help and waits for nothing', async () => {
    const restore = replaceLoaders({
      cards: () => () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      prose: () => () => Promise.resolve({ default: { code: { prose: 42 } } as never }),
    });
    const log = captureConsole();
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <ally-resources country="US"></ally-resources><ally-guide country="US"></ally-guide><ally-tips open country="US"></ally-tips>
      </div>`);
      for (const el of wrap.children as HTMLCollectionOf<Widget>) expect(await el.updateComplete).to.be.a('boolean');
      await settle(wrap);
      const [resources, guide, tips] = [...wrap.children];
      for (const el of [resources!, tips!]) expect(showsHelp(el), el.localName).to.be.true;
      expect(showsHelp(guide!.shadowRoot!.querySelector('ally-crisis')!)).to.be.true;
      for (const el of wrap.children) expect(deepAll(el.shadowRoot!, '[aria-busy="true"]'), el.localName).to.have.length(0);
      // Without the tips' view, the tips show their heading, introduction and note (with the crisis line);
      // the guide its callout, tips and resources.
      expect(deepAll(tips!.shadowRoot!, '[part="heading"], .intro, [part="note"]')).to.have.length(3);
      expect(deepAll(tips!.shadowRoot!, '[part="tip-summary"]')).to.have.length(0);
      expect(deepAll(guide!.shadowRoot!, 'ally-crisis, ally-tips, ally-resources')).to.have.length(3);
      expect(log.warnings.filter((w) => w.includes('"cards"') && w.includes('could not be loaded'))).to.have.length(1);
      expect(log.warnings.filter((w) => w.includes('"prose"') && w.includes('wrong shape'))).to.have.length(1);
      expect(log.errors).to.deep.equal([]);
    } finally {
      log.restore();
      restore();
    }
  });
});
