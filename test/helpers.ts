import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { device } from '../src/internal/locale.js';
import { CONTENT } from '../src/generated/content.js';
import localeEs from '../src/generated/part-locale-es.js';

// Small helpers shared by the browser tests: read what a reader sees, and record console warnings.

/** The element's shadow root, which every ally widget renders into. */
export function root(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root: is it registered?`);
  return el.shadowRoot;
}

export function all<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...root(el).querySelectorAll<T>(selector)];
}

export function one<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`<${el.localName}> renders no ${selector}`);
  return found;
}

/** Every text node a reader would meet in a widget, through nested shadow roots. */
export function allText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(el.shadowRoot!);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Visible text with whitespace collapsed, as a reader would read it. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Records console.warn and console.error calls until `restore()`. */
export function captureConsole() {
  const warnings: string[] = [];
  const errors: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  return {
    warnings,
    errors,
    restore() {
      console.warn = warn;
      console.error = error;
    },
  };
}

/** A web link must be https and must not tell the destination which page sent the reader. */
export function expectPrivateWebLinks(links: HTMLAnchorElement[]): void {
  expect(links, 'web links').to.not.be.empty;
  for (const a of links) {
    expect(a.protocol, a.href).to.equal('https:');
    expect(a.rel, a.href).to.equal('noopener noreferrer');
  }
}

type MaybeWidget = Node & { updateComplete?: Promise<unknown>; shadowRoot?: ShadowRoot | null };

/** Waits until every widget in `root` (itself included) has rendered, through nested shadow roots. */
export async function settle(root: ParentNode): Promise<void> {
  for (const node of [root, ...root.querySelectorAll('*')] as MaybeWidget[]) {
    if (!node.updateComplete) continue;
    await node.updateComplete;
    if (node.shadowRoot) await settle(node.shadowRoot);
  }
}

/** Every element matching `selector` inside `root` and the shadow roots nested in it, in document order. */
export function deepAll(root: ShadowRoot | Element, selector: string, out: Element[] = []): Element[] {
  for (const node of root.children) {
    if (node.matches(selector)) out.push(node);
    if (node.shadowRoot) deepAll(node.shadowRoot, selector, out);
    deepAll(node, selector, out);
  }
  return out;
}

/** Checks every 50 ms until `check` gives something truthy, and returns it; fails after `ms` naming `what`. */
export async function until<T>(check: () => T | undefined | null | false, what: string, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Adds an iframe (set up by `setup`: its src or srcdoc) and waits for it to load. */
export async function openFrame(
  setup: (frame: HTMLIFrameElement) => void,
  css = 'width: 900px; height: 700px',
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = css;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  setup(frame);
  document.body.append(frame);
  await loaded;
  return frame;
}

export const WIDGET_TAGS = ['ally-tips', 'ally-resources', 'ally-crisis', 'ally-guide'] as const;

/** Opens a page with widgets in an iframe and waits until every widget on it has rendered. */
export async function openWidgetPage<W extends Window>(src: string, width = 900) {
  const frame = await openFrame((f) => (f.src = src), `width: ${width}px; height: 800px; border: 0`);
  const win = frame.contentWindow as W & typeof globalThis;
  const doc = frame.contentDocument!;
  for (const tag of WIDGET_TAGS) await win.customElements.whenDefined(tag);
  await settle(doc);
  return { win, doc, frame };
}

/**
 * Makes the reader's device say it is in `timeZone` with `languages` (see locale.ts) until the returned
 * function is called. Engines that cannot emulate a device get it this way; Chromium is also driven for
 * real in test/device.test.ts.
 */
export function pretendDevice(timeZone: unknown, languages: readonly unknown[] = []): () => void {
  const saved = { ...device };
  device.timeZone = () => timeZone;
  device.languages = () => languages;
  return () => Object.assign(device, saved);
}

/** Media emulation exists for Chromium and Firefox; WebKit's WebDriver has none, so those checks skip there. */
const webdriverWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);
export async function emulate(media: Parameters<typeof emulateMedia>[0]): Promise<boolean> {
  if (webdriverWebKit) return false;
  try {
    await emulateMedia(media);
    return true;
  } catch {
    return false;
  }
}

/**
 * "Reviewed November 25, 2026. Sources: A, B" as a reader sees an item's line (the sources once opened),
 * made from the content itself, so that re-reviewing an item (a new date, a new source) breaks no test.
 * The date is written independently of the widgets, with Intl, as each language writes long dates.
 */
export function reviewedText(item: { reviewed?: string; sources?: { title: string }[] }, lang = 'en'): string {
  // Spanish is at hand; any other language once a widget has loaded it.
  const ui = lang === 'es' ? localeEs.locales!.es!.ui! : CONTENT.locales[lang]!.ui;
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(item.reviewed!));
  const titles = (item.sources ?? []).map((s) => s.title).join(', ');
  return `${ui.common.reviewed.replace('{date}', date)} ${ui.common.sources}: ${titles}`;
}
