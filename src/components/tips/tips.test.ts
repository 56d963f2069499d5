import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { all, captureConsole, expectPrivateWebLinks, one, text } from '../../../test/helpers.js';
import './ally-tips.js';
import type { AllyTips } from './tips.js';

const TITLES = ['Listen actively', 'Educate yourself', 'Encourage self-care', 'Be patient and keep showing up'];

const titles = (el: AllyTips) => all(el, '[part="toggle"] .title').map(text);
const toggles = (el: AllyTips) => all<HTMLButtonElement>(el, 'button[part="toggle"]');
const detailOf = (el: AllyTips, button: HTMLButtonElement) => one(el, `#${button.getAttribute('aria-controls')}`);

describe('<ally-tips>', () => {
  describe('rendering', () => {
    it('shows the localized heading, the four tips in order, and the disclaimer', async () => {
      const el = await fixture<AllyTips>(html`<ally-tips></ally-tips>`);
      expect(text(one(el, 'h2[part="heading"]'))).to.equal('How to support someone');
      expect(titles(el)).to.deep.equal(TITLES);
      expect(all(el, '[part="tip-summary"]')).to.have.length(4);
      expect(text(one(el, '[part="tip-summary"]'))).to.equal(
        'Give them your full attention and let them talk, without rushing to fix things.',
      );
      expect(text(one(el, '[part="note"]'))).to.contain('do not replace professional help');
    });

    it('gives the emergency number, then the reader’s crisis line, in its note, tap to call', async () => {
      const el = await fixture<AllyTips>(html`<ally-tips></ally-tips>`);
      const note = one(el, '[part="note"]');
      expect(text(note)).to.contain('988 Suicide & Crisis Lifeline');
      const hrefs = [...note.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['tel:911', 'tel:988', 'sms:988', 'https://988lifeline.org/']);
      expect(text(one(el, '[part="emergency-call"]'))).to.equal('Call 911');
    });

    it('no-crisis leaves the crisis line out of the note, keeping the disclaimer', async () => {
      const el = await fixture<AllyTips>(html`<ally-tips no-crisis></ally-tips>`);
      const note = one(el, '[part="note"]');
      expect(note.querySelectorAll('a')).to.have.length(0);
      expect(text(note)).to.equal('These tips are not a diagnosis and do not replace professional help.');
    });

    it('follows the country for that note: country="GB" gives 999, then Samaritans', async () => {
      const el = await fixture<AllyTips>(html`<ally-tips country="GB"></ally-tips>`);
      const hrefs = [...one(el, '[part="note"]').querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['tel:999', 'tel:116123']);
    });

    it('marks its content as English so screen readers use the right voice', async () => {
      const el = await fixture<AllyTips>(html`<ally-tips></ally-tips>`);
      expect(one(el, '[part="root"]').getAttribute('lang')).to.equal('en');
    });

    it('starts collapsed, and renders what to do, avoid and say in a detail when it opens', async () => {
      const el = await fixture<AllyTips>(html`<ally-tips></ally-tips>`);
      for (const button of toggles(el)) {
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        const detail = detailOf(el, button);
        expect(detail.hidden).to.be.true;
        expect(detail.getBoundingClientRect().height).to.equal(0);
        // A closed detail is not rendered at all: a page of tips renders faster.
        expect(detail.children.length).to.equal(0);
        button.click();
        await el.updateComplete;
        expect(detail.hidden).to.be.false;
        const headings = [...detail.querySelectorAll('[part="detail-heading"]')].map(text);
        expect(headings).to.include.members(['What to do', 'What to avoid', 'What you might say']);
        expect(detail.querySelectorAll('li').length).to.be.greaterThan(3);
        expect(text(detail.querySelector('blockquote'))).to.have.length.greaterThan(20);
      }
    });

    it('lists the signs of a crisis under "Educate yourself"', async () => {
      const el = await fixture<AllyTips>(html`<ally-tips tips="educate" open></ally-tips>`);
      const detail = one(el, '[part="tip-detail"]');
      expect(text(detail)).to.contain('Signs that someone may be in crisis');
      expect(text(detail)).to.contain('Talking about wanting to die');
    });

    it('shows each tip’s reviewed date and sources, linked without a referrer', async () => {
      const el = await fixture<AllyTips>(html`<ally-tips open></ally-tips>`);
      for (const detail of all(el, '[part="tip-detail"]')) {
        expect(text(detail.querySelector('.meta'))).to.match(/Reviewed \w+ \d{1,2}, \d{4}\. Sources:/);
        expectPrivateWebLinks([...detail.querySelectorAll<HTMLAnchorElement>('.meta a')]);
      }
    });
  });

  describe('attributes', () => {
    it('tips selects and orders tips', async () => {
      const el = await fixture<AllyTips>(html`<ally-tips tips="patience, listen"></ally-tips>`);
      expect(titles(el)).to.deep.equal(['Be patient and keep showing up', 'Listen actively']);
      el.tips = 'self-care';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Encourage self-care']);
    });

    it('heading replaces the title text; a blank one keeps the default', async () => {
      const el = await fixture<AllyTips>(html`<ally-tips heading="Helping a coworker"></ally-tips>`);
      expect(text(one(el, '[part="heading"]'))).to.equal('Helping a coworker');
      el.heading = '   ';
      await el.updateComplete;
      expect(text(one(el, '[part="heading"]'))).to.equal('How to support someone');
    });

    it('tips also takes an array from JavaScript, as frameworks pass it', async () => {
      const el = document.createElement('ally-tips');
      el.tips = ['patience', 'listen'];
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      wrap.append(el);
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Be patient and keep showing up', 'Listen actively']);
    });

    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`heading-level="${level}" sets the title's level and nests the tips below it`, async () => {
        const el = await fixture<AllyTips>(html`<ally-tips heading-level=${level} open></ally-tips>`);
        expect(one(el, '[part="heading"]').localName).to.equal(`h${level}`);
        expect(one(el, '[part="tip-title"]').localName).to.equal(`h${Math.min(6, level + 1)}`);
        expect(one(el, '[part="detail-heading"]').localName).to.equal(`h${Math.min(6, level + 2)}`);
      });
    }

    it('layout="cards" lays the tips out side by side; list stacks them', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px">
        <ally-tips layout="cards"></ally-tips><ally-tips layout="list"></ally-tips>
      </div>`);
      const [cards, list] = [...wrap.querySelectorAll<AllyTips>('ally-tips')] as [AllyTips, AllyTips];
      await cards.updateComplete;
      await list.updateComplete;
      const tops = (el: AllyTips) => all(el, '[part="tip"]').map((t) => Math.round(t.getBoundingClientRect().top));
      expect(new Set(tops(cards).slice(0, 2)).size).to.equal(1, 'the first two cards share a row');
      expect(new Set(tops(list)).size).to.equal(4, 'list items are stacked');
    });

    it('open starts every tip expanded, and toggling it collapses them', async () => {
      const el = await fixture<AllyTips>(html`<ally-tips open></ally-tips>`);
      expect(toggles(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true', 'true', 'true']);
      expect(all(el, '[part="tip-detail"]').every((d) => !d.hidden)).to.be.true;
      el.open = false;
      await el.updateComplete;
      expect(all(el, '[part="tip-detail"]').every((d) => d.hidden)).to.be.true;
    });
  });

  describe('mouse and keyboard', () => {
    it('a click expands and collapses a tip', async () => {
      const el = await fixture<AllyTips>(html`<ally-tips></ally-tips>`);
      const button = toggles(el)[1]!;
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(detailOf(el, button).hidden).to.be.false;
      expect(detailOf(el, button).getBoundingClientRect().height).to.be.greaterThan(0);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(detailOf(el, button).hidden).to.be.true;
    });

    it('Tab reaches each tip button in order, and Enter and Space toggle it', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><ally-tips></ally-tips></div>`);
      const el = wrap.querySelector<AllyTips>('ally-tips')!;
      await el.updateComplete;
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      const buttons = toggles(el);
      for (const button of buttons) {
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(button);
      }
      const last = buttons[3]!;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(last.getAttribute('aria-expanded')).to.equal('true');
      expect(detailOf(el, last).hidden).to.be.false;
      await sendKeys({ press: ' ' }); // Space: BiDi knows it only as ' '
      await el.updateComplete;
      expect(last.getAttribute('aria-expanded')).to.equal('false');
      expect(detailOf(el, last).hidden).to.be.true;
    });

    it('shows a visible focus ring on the focused tip button', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><ally-tips></ally-tips></div>`);
      const el = wrap.querySelector<AllyTips>('ally-tips')!;
      await el.updateComplete;
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const style = getComputedStyle(toggles(el)[0]!);
      expect(style.outlineStyle).to.not.equal('none');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it('an expanded tip’s sources open from the keyboard, then their links are reachable', async () => {
      const el = await fixture<AllyTips>(html`<ally-tips tips="listen" open></ally-tips>`);
      toggles(el)[0]!.focus();
      await sendKeys({ press: 'Tab' });
      const button = el.shadowRoot!.activeElement as HTMLButtonElement | null;
      expect(button?.localName).to.equal('button');
      expect(text(button)).to.equal('Sources');
      expect(button!.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ press: 'Enter' });
      expect(button!.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      const focused = el.shadowRoot!.activeElement as HTMLAnchorElement | null;
      expect(focused?.localName).to.equal('a');
      expect(focused?.closest('[part="tip-detail"]')).to.exist;
    });
  });

  describe('accessibility', () => {
    it('passes axe collapsed', async () => {
      const el = await fixture<AllyTips>(html`<ally-tips></ally-tips>`);
      await expect(el).to.be.accessible();
    });

    it('passes axe expanded, as cards, at heading level 4', async () => {
      const el = await fixture<AllyTips>(html`<ally-tips open layout="cards" heading-level="4"></ally-tips>`);
      await expect(el).to.be.accessible();
    });

    it('each button names its tip and controls its detail', async () => {
      const el = await fixture<AllyTips>(html`<ally-tips></ally-tips>`);
      toggles(el).forEach((button, i) => {
        expect(text(button)).to.equal(TITLES[i]);
        expect(button.type).to.equal('button');
        expect(detailOf(el, button)).to.exist;
      });
    });
  });

  describe('bad input', () => {
    let log: ReturnType<typeof captureConsole>;
    beforeEach(() => (log = captureConsole()));
    afterEach(() => log.restore());

    it('skips an unknown tip id with one warning that names it', async () => {
      const el = await fixture<AllyTips>(html`<ally-tips tips="listen,bogus,patience"></ally-tips>`);
      expect(titles(el)).to.deep.equal(['Listen actively', 'Be patient and keep showing up']);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('"bogus"').and.contain('ally-tips');
      el.requestUpdate();
      await el.updateComplete;
      expect(log.warnings, 'no repeat on re-render').to.have.length(1);
    });

    it('shows every tip, with a warning, when no id is known', async () => {
      const el = await fixture<AllyTips>(html`<ally-tips tips="nope"></ally-tips>`);
      expect(titles(el)).to.deep.equal(TITLES);
      // One problem, one warning: it names the value and the known ids.
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('tips="nope" names no known tip; showing all tips. Known ids: listen');
    });

    for (const [label, value] of [
      ['a number', 42],
      ['an object', { id: 'listen' }],
      ['null', null],
    ] as const) {
      it(`a tips property that is ${label} never throws or blanks the widget`, async () => {
        const el = document.createElement('ally-tips');
        (el as unknown as { tips: unknown }).tips = value;
        const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
        wrap.append(el);
        await el.updateComplete;
        expect(titles(el)).to.deep.equal(TITLES);
        expect(log.errors).to.be.empty;
      });
    }

    for (const bad of ['0', '7', '2.5', 'three', '']) {
      it(`heading-level="${bad}" falls back to 2 with a warning`, async () => {
        const el = await fixture<AllyTips>(html`<ally-tips heading-level=${bad}></ally-tips>`);
        expect(one(el, '[part="heading"]').localName).to.equal('h2');
        expect(log.warnings).to.have.length(1);
        expect(log.warnings[0]).to.contain('heading-level');
      });
    }

    it('an unknown layout falls back to list with a warning', async () => {
      const el = await fixture<AllyTips>(html`<ally-tips layout="grid"></ally-tips>`);
      expect(one(el, '[part="root"]').classList.contains('list')).to.be.true;
      expect(log.warnings[0]).to.contain('layout="grid"');
    });

    it('never parses HTML given as a heading', async () => {
      const el = await fixture<AllyTips>(html`<ally-tips heading="<img src=x onerror=alert(1)>Hi"></ally-tips>`);
      expect(one(el, '[part="heading"]').querySelector('img')).to.be.null;
      expect(text(one(el, '[part="heading"]'))).to.equal('<img src=x onerror=alert(1)>Hi');
    });
  });

  describe('many widgets', () => {
    const closedMarkup = (el: AllyTips) => one(el, 'ul.tips').outerHTML.replace(/<!--[^]*?-->/g, '');

    it('show the same closed tips (copied after the first), each its own list, opened and closed in place', async () => {
      // Counts the lists of tips cloned: the copies.
      const clone = Node.prototype.cloneNode;
      let copies = 0;
      Node.prototype.cloneNode = function (this: Node, deep?: boolean) {
        if ((this as Element).matches?.('ul.tips')) copies++;
        return clone.call(this, deep);
      };
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <ally-tips open></ally-tips><ally-tips></ally-tips><ally-tips></ally-tips><ally-tips tips="patience"></ally-tips>
      </div>`);
      const widgets = [...wrap.children] as AllyTips[];
      for (const el of widgets) await el.updateComplete;
      Node.prototype.cloneNode = clone;
      expect(copies, 'lists copied').to.be.at.least(1);
      const [opened, a, b, one_] = widgets as [AllyTips, AllyTips, AllyTips, AllyTips];
      // The first is open: a copy is made of closed tips only.
      expect(toggles(opened).map((t) => t.getAttribute('aria-expanded'))).to.deep.equal(['true', 'true', 'true', 'true']);
      expect(toggles(a).map((t) => t.getAttribute('aria-expanded'))).to.deep.equal(['false', 'false', 'false', 'false']);
      expect(closedMarkup(a), 'the same markup').to.equal(closedMarkup(b));
      expect(one(a, 'ul.tips') === one(b, 'ul.tips'), 'one list shown twice').to.be.false;
      expect(titles(one_)).to.deep.equal(['Be patient and keep showing up']);
      // A reader opens a tip in a copy: that tip opens there, in place, with its detail; the page hears it.
      const seen: string[] = [];
      wrap.addEventListener('ally-tip-toggle', (e) => seen.push(`${(e as CustomEvent).detail.id} ${(e as CustomEvent).detail.open}`));
      const button = toggles(b)[1]!;
      button.click();
      await b.updateComplete;
      expect(toggles(b)[1] === button, 'the same button').to.be.true;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const detail = detailOf(b, button);
      expect(detail.hidden).to.be.false;
      expect(text(detail)).to.contain('What to do').and.contain('Signs that someone may be in crisis');
      expect(one(b, '[data-tip="educate"]').classList.contains('open')).to.be.true;
      expect(toggles(a)[1]!.getAttribute('aria-expanded'), 'the other copy').to.equal('false');
      expect(seen).to.deep.equal(['educate true']);
      // And closes it again.
      button.click();
      await b.updateComplete;
      expect([button.getAttribute('aria-expanded'), String(detail.hidden), String(detail.querySelectorAll('li').length)]).to.deep.equal([
        'false',
        'true',
        '0',
      ]);
      // A language change gives the tips in that language, still closed.
      b.setAttribute('lang', 'es');
      await b.updateComplete;
      expect(titles(b)[0]).to.equal('Escucha con atención');
      expect(titles(a)[0]).to.equal('Listen actively');
    });

    it('a copied list keeps focus on the button a reader toggles by keyboard', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div><ally-tips></ally-tips><ally-tips></ally-tips></div>`);
      const [, second] = [...wrap.children] as AllyTips[];
      await second!.updateComplete;
      const button = toggles(second!)[0]!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await second!.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(second!.shadowRoot!.activeElement === button, 'focus stays on the button').to.be.true;
    });
  });
});
