// The built script-tag bundle on a page in another language than English that preloads nothing (the
// README's shortest snippet): the script fetches the page's language itself before it defines the
// widgets, so their first render is already in that language — no switch from English, no jump.
import { expect } from '@open-wc/testing';
import { openFrame } from '../helpers.js';

// Records, at every frame from the page's start, the crisis callout's heading as shown.
const SRCDOC = `<!doctype html><html lang="es-MX"><head><meta charset="utf-8">
  <script>
    window.seen = [];
    (function look() {
      const h = document.querySelector('ally-crisis')?.shadowRoot?.querySelector('[part="crisis-heading"]');
      if (h) seen.push(h.textContent.trim());
      if (seen.length < 20) requestAnimationFrame(look);
    })();
  </script>
  <script type="module" src="/dist/cdn/ally-widgets.js"></script></head><body><ally-crisis></ally-crisis></body></html>`;

describe('script-tag bundle on a Spanish page without preloads', () => {
  it('renders in Spanish from the first frame', async () => {
    const frame = await openFrame((f) => (f.srcdoc = SRCDOC));
    const win = frame.contentWindow as Window & { seen: string[] };
    await win.customElements.whenDefined('ally-crisis');
    await (frame.contentDocument!.querySelector('ally-crisis') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const started = performance.now();
    while (win.seen.length < 5 && performance.now() - started < 3000) await new Promise((r) => setTimeout(r, 20));
    expect(win.seen.length).to.be.above(0);
    expect([...new Set(win.seen)]).to.deep.equal(['Si tú o alguien que conoces están en crisis']);
    frame.remove();
  });
});
