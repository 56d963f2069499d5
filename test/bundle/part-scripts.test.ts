// The built script-tag bundle embedded as the README and the builder write it: the content parts a page
// needs as module scripts after the bundle's. Each part gives itself over when it runs, so the widgets
// are defined and show it in the first frame after those scripts — where the bundle's own import() of
// the same file would, as a rule, answer only after that frame.
import { expect } from '@open-wc/testing';
import type { Integrity } from '../../demo/snippet.js';

const integrity: Promise<Integrity> = fetch('/dist/cdn/integrity.json').then((r) => r.json());

/** What a page showed in its first frame after the embed ran: as plain data (never another frame's nodes). */
interface AtOnce {
  defined: boolean;
  titles: string[];
  organizations: string[];
  errors: string[];
}

/**
 * A page with the embed in its <head> (`parts` as module scripts after the bundle's, or `before` it; the
 * bundle from `bundleFrom`/dist/cdn/), that looks at its first frame.
 */
async function pageWith(parts: string[], { before = false, bundleFrom = '' } = {}) {
  const { parts: files } = await integrity;
  const partTags = parts.map((name) => `<script type="module" src="/dist/cdn/${files[name]}"></script>`).join('\n');
  const bundle = `<script type="module" src="${bundleFrom}/dist/cdn/ally-widgets.js"></script>`;
  // Not waiting for the frame's load event: Firefox holds it while the bundle's own requests are out.
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <script>
    window.errors = [];
    addEventListener('error', (e) => errors.push(String(e.message)));
    const warn = console.warn;
    console.warn = (...args) => (errors.push(args.join(' ')), warn(...args));
  </script>
  ${before ? partTags + bundle : bundle + partTags}
  <script>
    // The first frame after the embed's scripts ran: the first the page could show the widgets in.
    document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => {
      const names = (el, part) => [...(el.shadowRoot?.querySelectorAll('[part="' + part + '"]') ?? [])].map((n) => n.textContent.trim());
      window.atOnce = {
        defined: Boolean(customElements.get('ally-tips')),
        titles: names(document.querySelector('ally-tips'), 'toggle'),
        organizations: names(document.querySelector('ally-resources'), 'resource-name'),
        errors: [...errors],
      };
    }));
  </script></head><body><ally-tips></ally-tips><ally-resources></ally-resources></body></html>`;
  document.body.append(frame);
  const page = () => frame.contentWindow as Window & typeof globalThis & { atOnce?: AtOnce; errors: string[] };
  const started = performance.now();
  while (!page().atOnce && performance.now() - started < 5000) await new Promise((r) => setTimeout(r, 20));
  return { win: page(), atOnce: page().atOnce };
}

describe('script-tag bundle with its parts as module scripts', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('shows the parts in the first frame after its scripts ran, without asking for them', async () => {
    // The bundle from the folder whose parts answer after 10 s (web-test-runner.config.mjs): what shows
    // at once can only be what the page's scripts gave it.
    const { atOnce } = await pageWith(['tips-en', 'prose', 'orgs-US', 'cards'], { bundleFrom: '/slow' });
    expect(atOnce?.defined, 'defined').to.equal(true);
    expect(atOnce?.titles).to.deep.equal(['Listen actively', 'Educate yourself', 'Encourage self-care', 'Be patient and keep showing up']);
    expect(atOnce?.organizations).to.deep.equal([
      'NAMI, the National Alliance on Mental Illness',
      'Mental Health America',
      'SAMHSA National Helpline',
    ]);
    expect(atOnce?.errors).to.deep.equal([]);
  });

  it('loads each part once: its script, no second request from the bundle', async () => {
    const { win } = await pageWith(['tips-en', 'prose', 'orgs-US', 'cards']);
    const el = win.document.querySelector('ally-resources') as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    const fetched = win.performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((url) => url.includes('/part-') && !url.includes('/part-details-'));
    expect(fetched.length).to.equal(4);
    expect(new Set(fetched).size, 'each part fetched once').to.equal(4);
  });

  it('a content part put before the bundle still shows, once the bundle asks for it', async () => {
    // Out of order, a part of content finds no bundle to give itself to; the bundle then imports it.
    const { win } = await pageWith(['tips-en'], { before: true });
    await win.customElements.whenDefined('ally-tips');
    const tips = win.document.querySelector('ally-tips') as HTMLElement & { updateComplete: Promise<unknown> };
    await tips.updateComplete;
    const titles = [...tips.shadowRoot!.querySelectorAll('[part="toggle"]')].map((n) => n.textContent!.trim());
    expect(titles).to.have.length(4);
    expect(win.errors).to.deep.equal([]);
  });
});
