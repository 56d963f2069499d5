import { expect } from '@open-wc/testing';

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
