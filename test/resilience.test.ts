// Bad host data, as frameworks and hostile pages pass it: wrong types, symbols, objects without a
// prototype, throwing getters, revoked proxies. Whatever comes in, each problem gets at most one warning
// and the widget still shows the emergency number and the crisis line.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/ally-widgets.js';
import { WIDGET_TAGS, all, captureConsole, deepAll, openFrame, settle, text } from './helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; [key: string]: unknown };
/** A widget, with any property a page may set. */
const make = (tag: string) => document.createElement(tag) as unknown as Widget;

/** What a reader in the US must always see: the emergency number and the 988 line, tap-to-call. */
function expectCrisisLine(el: Element): void {
  const dial = deepAll(el.shadowRoot!, 'a[href^="tel:"]').map((a) => a.getAttribute('href'));
  expect(dial, `<${el.localName}> dials`).to.include.members(['tel:911', 'tel:988']);
}

/** What a reader anywhere must always see: the emergency advice, and a crisis line or the directory. */
function expectHelp(el: Element): void {
  expect(text(deepAll(el.shadowRoot!, '[part="emergency"]')[0]), `<${el.localName}> emergency advice`).to.match(/emergency/);
  expect(deepAll(el.shadowRoot!, '[part="action"]'), `<${el.localName}> actions`).to.not.be.empty;
}

/** Uncaught errors and rejections in the page while `run` runs. */
async function uncaught(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => (seen.push(String(e.message)), e.preventDefault());
  const onRejection = (e: PromiseRejectionEvent) => (seen.push(String(e.reason)), e.preventDefault());
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((r) => setTimeout(r, 50));
  } finally {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
}

const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

const hostile = {
  'a number': () => 2024,
  'an array': () => [1, 2],
  'a symbol': () => Symbol('x'),
  'an object without a prototype': () => Object.create(null),
  'an object whose toString throws': () => ({
    toString() {
      throw new Error('no');
    },
  }),
  'a revoked proxy': revoked,
  'a function': () => () => 1,
  'a huge string': () => 'x'.repeat(1_000_000),
};

const PROPERTIES = ['heading', 'headingLevel', 'country', 'theme', 'tips', 'layout', 'variant', 'resources', 'open', 'noCrisis'];

describe('bad host data never takes the crisis line down', () => {
  for (const tag of WIDGET_TAGS) {
    for (const [kind, value] of Object.entries(hostile)) {
      it(`<${tag}> with ${kind} in every property`, async () => {
        const log = captureConsole();
        let el!: Widget;
        try {
          const errors = await uncaught(async () => {
            el = make(tag);
            for (const name of PROPERTIES) el[name] = value();
            el.noCrisis = false; // the callout is what this test looks for
            await fixture(html`<div>${el}</div>`);
            await settle(el);
          });
          expect(errors, 'uncaught errors').to.deep.equal([]);
          expect(log.errors).to.deep.equal([]);
        } finally {
          log.restore();
        }
        // A value that reads as text (2024, "xxx…") is a country code that names no country: the reader
        // gets the emergency advice and the directory. Any other value is ignored: the US lines.
        if (['a number', 'a huge string'].includes(kind)) expectHelp(el);
        else expectCrisisLine(el);
        // At most one warning per problem, and none longer than a line or two.
        expect(new Set(log.warnings).size).to.equal(log.warnings.length);
        for (const w of log.warnings) expect(w.length, w.slice(0, 80)).to.be.at.most(320);
      });
    }
  }

  // The on/off properties as frameworks set them: a symbol or an unreadable object as `noCrisis` once made
  // <ally-resources> fall back to its crisis line alone, and a revoked proxy as `resources` left its
  // organizations waiting for ever.
  for (const [kind, value] of Object.entries(hostile)) {
    it(`<ally-resources> with ${kind} in the on/off properties shows all of itself, with one warning each`, async () => {
      const log = captureConsole();
      try {
        const el = make('ally-resources');
        el.noCrisis = value();
        el.noCountryPicker = value();
        await fixture(html`<div>${el}</div>`);
        await settle(el);
        expect(log.warnings.filter((w) => w.includes('could not render'))).to.deep.equal([]);
        expect(log.warnings.filter((w) => /noCrisis|noCountryPicker/.test(w))).to.have.length(2);
        // By their truth: every hostile value is true, so no callout and no picker; the organizations show.
        expect(all(el, '[part="crisis"], [part="country-picker"]')).to.have.length(0);
        expect(all(el, '[part="resource-name"]').map(text)).to.include('NAMI, the National Alliance on Mental Illness');
      } finally {
        log.restore();
      }
    });
  }

  it('the text "false" in an on/off property is false: the crisis line shows', async () => {
    const log = captureConsole();
    try {
      const els = ['ally-resources', 'ally-tips'].map(make);
      for (const el of els) el.noCrisis = 'false';
      await fixture(html`<div>${els}</div>`);
      for (const el of els) {
        await settle(el);
        expectCrisisLine(el);
      }
      expect(log.warnings.filter((w) => w.includes('taken as false'))).to.have.length(2);
    } finally {
      log.restore();
    }
  });

  it('a revoked proxy as resources: one warning, the crisis line and the country’s organizations', async () => {
    const log = captureConsole();
    try {
      for (const tag of ['ally-resources', 'ally-guide']) {
        const el = make(tag);
        el.resources = revoked();
        const errors = await uncaught(async () => {
          await fixture(html`<div>${el}</div>`);
          await settle(el);
        });
        expect(errors).to.deep.equal([]);
        expectCrisisLine(el);
        expect(deepAll(el.shadowRoot!, '[aria-busy="true"]'), `<${tag}> waits for nothing`).to.have.length(0);
        expect(deepAll(el.shadowRoot!, '[part="resource-name"]').map(text), tag).to.include('Mental Health America');
      }
      expect(log.warnings.length).to.be.within(1, 2);
    } finally {
      log.restore();
    }
  });

  it('an array with methods of its own as tips, or a hostile <ally-resource>, leaves the rest', async () => {
    const log = captureConsole();
    try {
      const tips = make('ally-tips');
      const list = ['listen'];
      Object.assign(list, { map: () => ({ join: () => 42 }), join: () => 42 });
      tips.tips = list;
      const guide = make('ally-guide');
      guide.innerHTML = '<ally-resource name="Good EAP">ok</ally-resource><ally-resource name="Bad">x</ally-resource>';
      Object.defineProperty(guide.children[1]!, 'textContent', {
        get() {
          throw new Error('boom');
        },
      });
      const errors = await uncaught(async () => {
        await fixture(html`<div>${tips}${guide}</div>`);
        await settle(tips);
        await settle(guide);
      });
      expect(errors).to.deep.equal([]);
      expect(all(tips, '[part="toggle"]').map(text)).to.deep.equal(['Listen actively']);
      expectCrisisLine(tips);
      // The guide keeps its tips and resources; only the unreadable resource is skipped.
      const names = deepAll(guide.shadowRoot!, '.own [part="resource-name"]').map(text);
      expect(names).to.deep.equal(['Good EAP']);
      expect(deepAll(guide.shadowRoot!, '[part="toggle"]')).to.have.length(4);
      expect(log.warnings.filter((w) => w.includes('could not be read'))).to.have.length(1);
    } finally {
      log.restore();
    }
  });

  it('a guide with a country code that names no country warns once, not once per part', async () => {
    const log = captureConsole();
    try {
      const guide = await fixture<Widget>(html`<ally-guide country="ZZ"></ally-guide>`);
      await settle(guide);
      expect(log.warnings.filter((w) => w.includes('ZZ'))).to.have.length(1);
      expect(text(deepAll(guide.shadowRoot!, '[part="emergency"]')[0])).to.contain('local emergency number');
    } finally {
      log.restore();
    }
  });

  it('a number as heading is shown as text (heading={2024} in JSX)', async () => {
    const el = make('ally-resources');
    el.heading = 2024;
    await fixture(html`<div>${el}</div>`);
    expect(text(el.shadowRoot!.querySelector('[part="heading"]'))).to.equal('2024');
  });

  it('one unreadable resources item is skipped with one warning; the others and the crisis line stay', async () => {
    const log = captureConsole();
    const el = make('ally-resources');
    try {
      el.resources = [
        { name: 'Acme EAP', phone: '+1 800 555 0100' },
        {
          get name(): string {
            throw new Error('getter exploded');
          },
        },
        revoked(),
        { name: 'Second line', phone: 8005550199 },
      ];
      const errors = await uncaught(async () => {
        await fixture(html`<div>${el}</div>`);
        await el.updateComplete;
      });
      expect(errors).to.deep.equal([]);
    } finally {
      log.restore();
    }
    expect(all(el, '.own [part="resource-name"]').map(text)).to.deep.equal(['Acme EAP', 'Second line']);
    expect(all<HTMLAnchorElement>(el, '.own a[href^="tel:"]').map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:+18005550100',
      'tel:8005550199',
    ]);
    expect(log.warnings.filter((w) => w.includes('could not be read'))).to.have.length(2);
    expectCrisisLine(el);
  });

  it('a revoked proxy as the resources array is ignored with one warning', async () => {
    const log = captureConsole();
    const el = make('ally-guide');
    try {
      el.resources = revoked();
      await fixture(html`<div>${el}</div>`);
      await settle(el);
    } finally {
      log.restore();
    }
    expect(log.warnings.filter((w) => w.includes('resources'))).to.have.length(1);
    expectCrisisLine(el);
  });

  it('host text in Chinese is not marked as Japanese; the project’s own Japanese name is, in one span', async () => {
    const el = await fixture<Widget>(html`<ally-resources country="JP">
      <ally-resource name="北京心理危机研究与干预中心 热线" phone="010 8295 1332"></ally-resource>
    </ally-resources>`);
    await el.updateComplete;
    const own = el.shadowRoot!.querySelector('.own')!;
    expect(text(own)).to.contain('北京心理危机研究与干预中心 热线');
    expect(own.querySelectorAll('[lang="ja"]')).to.have.length(0);
    const marked = all(el, '[lang="ja"]').map(text);
    expect(marked).to.include('よりそいホットライン');
    expect(marked).to.include('こころの健康相談統一ダイヤル');
  });

  it('a long host name renders quickly (no span per character run)', async () => {
    const name = '漢字 '.repeat(5000);
    const el = await fixture<Widget>(html`<ally-resources><ally-resource name=${name}></ally-resource></ally-resources>`);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('span[lang]')).to.have.length(0);
  });
});

describe('language changes', () => {
  it('sees a lang change on an ancestor inside another component’s shadow root', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section lang="en"><ally-tips></ally-tips></section>';
    const tips = shadow.querySelector('ally-tips') as unknown as Widget;
    await tips.updateComplete;
    expect(text(tips.shadowRoot!.querySelector('[part="heading"]'))).to.equal('How to support someone');
    shadow.querySelector('section')!.setAttribute('lang', 'es');
    await new Promise((r) => setTimeout(r));
    await tips.updateComplete;
    expect(text(tips.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Cómo apoyar a alguien');
  });

  it('an unrelated lang change re-renders no widget; a relevant one re-renders only its widgets', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <div id="a" lang="en"><ally-tips></ally-tips><ally-crisis></ally-crisis></div>
      <div id="b" lang="en"><ally-resources></ally-resources></div>
      <p id="c" lang="fr">Bonjour</p>
    </div>`);
    const widgets = [...wrap.querySelectorAll<Widget>('ally-tips, ally-crisis, ally-resources')];
    await settle(wrap);
    const renders = new Map<Element, number>();
    for (const el of widgets) {
      const update = (el as unknown as { update: (c: unknown) => void }).update.bind(el);
      (el as unknown as { update: (c: unknown) => void }).update = (c) => (renders.set(el, (renders.get(el) ?? 0) + 1), update(c));
    }
    wrap.querySelector('#c')!.setAttribute('lang', 'de');
    wrap.querySelector('#b')!.setAttribute('lang', 'en-US'); // the same content language, but a new tag
    await new Promise((r) => setTimeout(r, 20));
    await settle(wrap);
    expect(renders.get(widgets[0]!) ?? 0, 'tips').to.equal(0);
    expect(renders.get(widgets[1]!) ?? 0, 'crisis').to.equal(0);
    expect(renders.get(widgets[2]!) ?? 0, 'resources').to.equal(1);
  });
});

describe('another document', () => {
  const styled = (el: Element) => {
    const action = deepAll(el.shadowRoot!, '[part="action"]')[0]!;
    return parseFloat(getComputedStyle(action).minHeight) >= 44;
  };

  it('a widget moved into a same-origin iframe keeps its styles', async () => {
    const frame = await openFrame((f) => (f.srcdoc = '<!doctype html><html lang="en"><body></body></html>'));
    const el = await fixture<Widget>(html`<ally-crisis></ally-crisis>`);
    expect(styled(el), 'styled in its first document').to.be.true;
    const errors = await uncaught(async () => {
      frame.contentDocument!.body.append(el);
      await el.updateComplete;
    });
    expect(errors).to.deep.equal([]);
    expect(styled(el), 'styled after the move').to.be.true;
    document.body.append(el);
    expect(styled(el), 'styled after moving back').to.be.true;
    el.remove();
    frame.remove();
  });

  it('tips moved into a same-origin iframe keep the styles that came with their view', async () => {
    const frame = await openFrame((f) => (f.srcdoc = '<!doctype html><html lang="en"><body></body></html>'));
    const el = await fixture<Widget>(html`<ally-tips></ally-tips>`);
    // The toggle's look (a flex row at least 2.75em high) is in the styles of the tips' part.
    const toggleStyled = () => {
      const toggle = el.shadowRoot!.querySelector('[part="toggle"]')!;
      return getComputedStyle(toggle).display === 'flex' && parseFloat(getComputedStyle(toggle).minHeight) >= 40;
    };
    expect(toggleStyled(), 'styled in its first document').to.be.true;
    frame.contentDocument!.body.append(el);
    await el.updateComplete;
    expect(toggleStyled(), 'styled after the move').to.be.true;
    expect(styled(el), 'and the rest').to.be.true;
    el.remove();
    frame.remove();
  });

  it('a widget first connected in an iframe renders, styled, without errors', async () => {
    const frame = await openFrame((f) => (f.srcdoc = '<!doctype html><html lang="es"><body></body></html>'));
    const el = make('ally-crisis');
    const errors = await uncaught(async () => {
      frame.contentDocument!.body.append(el);
      await el.updateComplete;
    });
    expect(errors).to.deep.equal([]);
    expect(styled(el)).to.be.true;
    // It reads the language of the document it is in.
    expect(el.shadowRoot!.querySelector('[part="root"]')!.getAttribute('lang')).to.equal('es');
    frame.remove();
  });

  it('widgets left in a closed iframe are released with its document (Chromium, which can force a collection)', async function () {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) this.skip();
    // Set up in a function of its own: a local variable left in this one would keep a widget alive.
    const refs = await widgetsInClosedFrame();
    for (let i = 0; i < 10 && refs.some((r) => r.deref()); i++) {
      await new Promise((r) => setTimeout(r, 100));
      gc!();
    }
    expect(refs.filter((r) => r.deref()).length, 'widgets or documents still alive').to.equal(0);
  });
});

/** Every widget, rendered in an iframe (some made there, some moved in), then the iframe removed. */
async function widgetsInClosedFrame(): Promise<WeakRef<object>[]> {
  const frame = await openFrame((f) => (f.srcdoc = '<!doctype html><html lang="es"><body></body></html>'));
  const doc = frame.contentDocument!;
  const widgets = WIDGET_TAGS.map((tag) => make(tag));
  doc.body.append(...widgets);
  await Promise.all(widgets.map((el) => settle(el)));
  frame.remove();
  return [new WeakRef(doc), ...widgets.map((el) => new WeakRef(el))];
}
