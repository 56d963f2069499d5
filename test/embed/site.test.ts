// The static site (npm run build:site → dist/site/), as an HR admin gets it: served by a plain static
// host, byte for byte, under its own strict policy (see built-files.mjs), with no dev server. The admin
// picks options in the builder, copies the code with the keyboard, and pastes it into a blank page served
// the same way, where it works. Also: the crisis line is never repeated (or the builder says why), every
// field is labelled and reachable by keyboard, axe finds nothing, and at 1280×800 the code and the
// preview show without scrolling.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { deepAll, openFrame, settle, text, until } from '../helpers.js';
import { build } from '../builder-form.js';

interface Probe {
  warnings: string[];
  errors: string[];
  violations: string[];
}
interface AxeResult {
  violations: { id: string; nodes: { target: unknown[] }[] }[];
}
type SiteWindow = Window & typeof globalThis & { __probe: Probe; axe: { run(context: Node, options?: object): Promise<AxeResult> } };

const SITE = '/probe/dist/site/';

async function openBuilder(width = 1280, height = 800) {
  const frame = await openFrame((f) => (f.src = `${SITE}builder.html`), `width: ${width}px; height: ${height}px; border: 0`);
  const win = frame.contentWindow as SiteWindow;
  const doc = frame.contentDocument!;
  await until(() => doc.documentElement.dataset.ready, 'the builder to load the integrity hashes');
  return { frame, win, doc };
}

/** Focuses a control of a frame, and waits until it has the focus (WebKit moves it into a frame a moment later). */
async function focusOn(control: HTMLElement) {
  control.ownerDocument.defaultView!.focus();
  control.focus();
  await until(() => control.ownerDocument.activeElement === control && document.activeElement?.localName === 'iframe', 'the focus');
  await new Promise((r) => requestAnimationFrame(r));
}

/** Presses a control with the keyboard, as a person without a mouse would. */
async function press(control: HTMLElement, key = 'Enter') {
  await focusOn(control);
  await sendKeys({ press: key });
}

/**
 * Types text into a field, one key at a time: WebKit's WebDriver drops a key that repeats the
 * one just before it within one `type` ("800" arrives as "80").
 */
async function typeInto(field: HTMLElement, value: string) {
  await focusOn(field);
  for (const key of value) await sendKeys({ type: key });
}

/** Adds one of the organization's resources with the keyboard, typing each field. */
async function addResource(doc: Document, fields: Record<string, string>, keys = true) {
  await press(doc.querySelector<HTMLButtonElement>('#add-resource')!);
  const set = [...doc.querySelectorAll('#resource-list fieldset')].at(-1)!;
  // The new resource's Name field has the focus.
  expect(doc.activeElement).to.equal(set.querySelector('[data-field="name"]'));
  for (const [field, value] of Object.entries(fields)) {
    const input = set.querySelector<HTMLInputElement>(`[data-field="${field}"]`)!;
    if (keys) await typeInto(input, value);
    else setValue(input, value);
  }
}

/** Sets a field's value as a paste would, for text no keyboard types the same in every engine (quotes, brackets). */
function setValue(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Copies the code with the Copy button, and returns what the button gave the clipboard. */
async function copy(win: SiteWindow, doc: Document): Promise<string> {
  const written: string[] = [];
  const clipboard = win.navigator.clipboard;
  const writeText = clipboard.writeText.bind(clipboard);
  // Recorded on its way to the real clipboard (reading it back needs a permission prompt in Firefox and WebKit).
  clipboard.writeText = (data: string) => (written.push(data), writeText(data));
  await press(doc.querySelector<HTMLButtonElement>('#copy')!);
  const status = await until(() => text(doc.querySelector('#copied')), 'the copy button’s status');
  // Where the browser refuses the clipboard, the code is selected for Ctrl+C instead.
  expect(status).to.be.oneOf(['Copied.', 'Press Ctrl+C (or ⌘C) to copy the selected code.']);
  expect(written).to.deep.equal([doc.querySelector<HTMLTextAreaElement>('#snippet')!.value]);
  return written[0]!;
}

/** Pastes code into a blank page on the same static host (with a strict host's policy), and opens it. */
async function paste(code: string) {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Our intranet</title></head><body>\n<h1>Support</h1>\n${code}\n</body></html>`;
  const { url } = await (await fetch('/pasted', { method: 'POST', body: page })).json();
  const frame = await openFrame((f) => (f.src = url), 'width: 900px; height: 700px; border: 0');
  return { win: frame.contentWindow as SiteWindow, doc: frame.contentDocument! };
}

const clean = { warnings: [], errors: [], violations: [] };

describe('the static site’s builder', function () {
  // Each test opens several pages (and types key by key): more than the suite's 10 s on a busy machine.
  this.timeout(40_000);

  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('a script-tag snippet, with the organization’s own resource, works pasted into a blank page', async () => {
    const { win, doc } = await openBuilder();
    await build(doc, {
      target: 'script',
      widgets: ['ally-crisis', 'ally-tips', 'ally-resources'],
      lang: 'es',
      country: 'MX',
      'heading-level': '3',
      // The page's own copy of the files, as an organization that hosts them itself would give.
      base: new URL('cdn/', doc.baseURI).href,
    });
    await addResource(doc, {
      name: 'Acme EAP',
      phone: '+52 55 1234 5678',
      hours: 'Lunes a viernes',
      description: 'Apoyo <gratuito> y confidencial.',
    });
    await typeInto(doc.querySelector('#heading-resources')!, 'Ayuda en Acme');
    const code = await copy(win, doc);
    expect(code).to.contain('<ally-tips lang="es" country="MX" heading-level="3" no-crisis></ally-tips>');
    expect(code).to.contain(
      '<ally-resource name="Acme EAP" phone="+52 55 1234 5678" hours="Lunes a viernes">Apoyo &lt;gratuito&gt; y confidencial.</ally-resource>',
    );

    const pasted = await paste(code);
    await until(() => pasted.win.customElements.get('ally-resources'), 'the pasted script to run');
    await settle(pasted.doc);
    const [crisis, tips, resources] = ['ally-crisis', 'ally-tips', 'ally-resources'].map((tag) => pasted.doc.querySelector(tag)!);
    expect(deepAll(crisis!.shadowRoot!, '[part="action"]')[0]!.getAttribute('href')).to.equal('tel:+528009112000');
    // The crisis line shows once: in the callout, not again in the tips or the resources.
    expect(deepAll(tips!.shadowRoot!, '[part="action"], [part="emergency-call"]')).to.have.length(0);
    expect(deepAll(resources!.shadowRoot!, '[part="crisis"]')).to.have.length(0);
    expect(text(resources!.shadowRoot!.querySelector('h3[part="heading"]'))).to.equal('Ayuda en Acme');
    expect(text(deepAll(resources!.shadowRoot!, '[part="resource-name"]')[0])).to.equal('Acme EAP');
    expect(text(resources!.shadowRoot!)).to.contain('Apoyo <gratuito> y confidencial.');
    expect(pasted.win.__probe).to.deep.equal(clean);
    expect(win.__probe).to.deep.equal(clean);
  });

  it('an iframe snippet works pasted into a blank page, and fits each iframe to its content', async () => {
    const { win, doc } = await openBuilder();
    await build(doc, { target: 'iframe', widgets: ['ally-tips', 'ally-resources'], country: 'GB', 'fit-script': 'on' });
    await addResource(doc, { name: 'Acme EAP', phone: '0800 123 4567' });
    const code = await copy(win, doc);
    // The iframe page is this site's own copy; the script that fits the iframes sits beside it.
    const page = new URL('embed/index.html', doc.baseURI).href;
    expect(code).to.contain(`<iframe src="${page}?widget=tips&amp;country=GB&amp;no-crisis="`);
    expect(code).to.contain('referrerpolicy="no-referrer"');
    expect(code).to.contain(`<script src="${new URL('embed/fit-iframes.js', doc.baseURI).href}"></script>`);
    expect(text(doc.querySelector('#notes'))).to.contain('Each widget gets an iframe of its own.');

    const pasted = await paste(code);
    const frames = [...pasted.doc.querySelectorAll('iframe')];
    expect(frames).to.have.length(2);
    for (const frame of frames) {
      const inner = frame.contentDocument!;
      const fitted = () => {
        const height = Math.ceil(inner.documentElement.getBoundingClientRect().height);
        return height > 200 && frame.style.height === `${height}px`;
      };
      await until(fitted, `the iframe ${frame.src} to take its page's height`, 20_000);
    }
    const resources = frames[1]!.contentDocument!.querySelector('ally-resources')!;
    await settle(frames[1]!.contentDocument!);
    expect(text(deepAll(resources.shadowRoot!, '[part="resource-name"]')[0])).to.equal('Acme EAP');
    expect(deepAll(resources.shadowRoot!, 'a').map((a) => a.getAttribute('href'))).to.include('tel:08001234567');
    expect(pasted.win.__probe).to.deep.equal(clean);
  });

  it('WordPress: shortcodes that carry the resources, and blocks that say where resources go', async () => {
    const { doc } = await openBuilder();
    await build(doc, { target: 'shortcode', widgets: ['ally-tips', 'ally-resources'], 'heading-level': '3' });
    await addResource(
      doc,
      {
        name: 'Acme EAP',
        phone: '800-555-0100',
        href: 'https://eap.example',
        hours: 'Any time',
        description: 'Call us [free] <b>',
      },
      false,
    );
    setValue(doc.querySelector('#heading-resources')!, 'Get help "now"');
    expect(doc.querySelector<HTMLTextAreaElement>('#snippet')!.value).to.equal(
      [
        '[ally_tips heading_level="3" no_crisis="true"]',
        '[ally_resources heading="Get help &quot;now&quot;" heading_level="3"]',
        '[ally_resource name="Acme EAP" phone="800-555-0100" href="https://eap.example" hours="Any time"]Call us &#91;free&#93; &lt;b>[/ally_resource]',
        '[/ally_resources]',
      ].join('\n'),
    );
    const blocks = await build(doc, { target: 'block' });
    expect(blocks).to.equal(
      [
        '<!-- wp:ally-widgets/tips {"headingLevel":3,"noCrisis":true} /-->',
        '<!-- wp:ally-widgets/resources {"heading":"Get help \\u0022now\\u0022","headingLevel":3} /-->',
      ].join('\n'),
    );
    expect(text(doc.querySelector('#notes'))).to.contain(
      'Blocks do not carry your own resources: add them once in WordPress under Settings → Ally Widgets',
    );
    // The how-to for this kind of code, and only it, shows.
    const howTo = [...doc.querySelectorAll<HTMLElement>('#how-to [data-target]')].filter((p) => !p.hidden).map((p) => p.dataset.target);
    expect(howTo).to.deep.equal(['block']);
  });

  it('never repeats the crisis line, and says why in words', async () => {
    const { doc } = await openBuilder();
    const notes = () => text(doc.querySelector('#notes'));
    let code = await build(doc, { target: 'script', widgets: ['ally-crisis', 'ally-tips', 'ally-resources'] });
    expect(code).to.match(
      /<ally-crisis><\/ally-crisis>\n<ally-tips no-crisis><\/ally-tips>\n<ally-resources no-crisis><\/ally-resources>$/,
    );
    expect(notes()).to.contain('The crisis callout comes first, so the tips and “Where to turn for help” leave out their own copy');
    code = await build(doc, { widgets: ['ally-tips', 'ally-resources'] });
    expect(code).to.match(/<ally-tips no-crisis><\/ally-tips>\n<ally-resources><\/ally-resources>$/);
    expect(notes()).to.contain('“Where to turn for help” comes right after the tips and starts with the crisis line');
    code = await build(doc, { widgets: ['ally-guide', 'ally-tips', 'ally-crisis'] });
    expect(code).to.match(/<\/script>\n<ally-guide><\/ally-guide>$/);
    expect(notes()).to.contain(
      'The whole guide already has the crisis line, the tips and where to turn for help, so the code shows only the guide',
    );
    // The preview shows what the code does.
    expect([...doc.querySelector('#preview')!.children].map((el) => el.localName)).to.deep.equal(['ally-guide']);
  });

  it('at 1280×800 the code and the preview show without scrolling; at 360 px nothing scrolls sideways', async () => {
    let { doc } = await openBuilder(1280, 800);
    expect(doc.querySelector('#snippet')!.getBoundingClientRect().bottom).to.be.below(800);
    const first = await until(() => doc.querySelector('#preview')!.firstElementChild, 'the preview');
    expect(first.getBoundingClientRect().top).to.be.below(700);
    expect(doc.querySelector('#copy')!.getBoundingClientRect().bottom).to.be.below(800);
    document.querySelector('iframe')!.remove();
    ({ doc } = await openBuilder(360, 740));
    await settle(doc);
    expect(doc.documentElement.scrollWidth).to.be.at.most(360);
  });

  it('every field is labelled and reachable by keyboard, and axe finds nothing, in light and dark', async () => {
    const { win, doc } = await openBuilder();
    // The page's strict policy, in the page and (as a careful host sends it) as a header.
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(policy).to.contain("script-src 'self'").and.contain("style-src 'self'").and.not.contain('unsafe');
    expect((await fetch('/dist/site/builder.html')).headers.get('Content-Security-Policy')).to.equal(policy);
    await addResource(doc, { name: 'Acme EAP' });
    for (const target of ['script', 'shortcode', 'block', 'iframe']) {
      await build(doc, { target, widgets: ['ally-tips', 'ally-resources'] });
      const controls = [...doc.querySelectorAll<HTMLInputElement>('input, select, textarea, button')].filter((c) => c.checkVisibility());
      for (const control of controls) {
        const name = control.labels?.length || control.getAttribute('aria-labelledby') || text(control);
        expect(name, `${target}: ${control.outerHTML.slice(0, 80)}`).to.be.ok;
        expect(control.tabIndex, control.outerHTML.slice(0, 80)).to.equal(0);
      }
      await settle(doc);
      const { violations } = await win.axe.run(doc);
      expect(
        violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`),
        target,
      ).to.deep.equal([]);
    }
    // Removing a resource by keyboard leaves the focus on Add.
    await press(doc.querySelector<HTMLButtonElement>('#resource-list .remove')!);
    expect(doc.querySelectorAll('#resource-list fieldset')).to.have.length(0);
    expect(doc.activeElement).to.equal(doc.querySelector('#add-resource'));
    // Dark, where the test runner can emulate it (Chromium's DevTools protocol): the page follows the reader's setting.
    if (!/Chrome\//.test(navigator.userAgent)) return;
    await emulateMedia({ colorScheme: 'dark' });
    try {
      expect(win.matchMedia('(prefers-color-scheme: dark)').matches).to.be.true;
      const { violations } = await win.axe.run(doc);
      expect(
        violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`),
        'dark',
      ).to.deep.equal([]);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
