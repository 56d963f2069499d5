// The embed-code builder: the snippet it produces, pasted into a blank page, works — its integrity hash
// matches the built file (the browser refuses the script otherwise) and the chosen options take effect.
import { expect } from '@open-wc/testing';
import { openFrame } from './helpers.js';

async function until<T>(check: () => T | undefined | null | false, what: string, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Sets the builder's form controls as a person would, and returns the code it shows. */
async function build(doc: Document, set: Record<string, string | string[]>): Promise<string> {
  const form = doc.querySelector<HTMLFormElement>('#choices')!;
  for (const [name, value] of Object.entries(set)) {
    const controls = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)];
    for (const control of controls) {
      // Not instanceof: the controls belong to the iframe's window.
      if (control.type === 'checkbox' || control.type === 'radio') {
        (control as HTMLInputElement).checked = ([] as string[]).concat(value).includes(control.value);
      } else {
        control.value = String(value);
      }
    }
  }
  form.dispatchEvent(new Event('change', { bubbles: true }));
  return doc.querySelector<HTMLTextAreaElement>('#snippet')!.value;
}

describe('embed-code builder', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const script of ['module', 'classic']) {
    it(`produces a ${script} snippet that works on a blank page`, async () => {
      const builder = await openFrame((f) => (f.src = '/demo/builder.html'));
      const doc = builder.contentDocument!;
      await until(() => doc.documentElement.dataset.ready, 'the builder to load the integrity hashes');
      // By default the code names the exact version, on the CDN.
      const defaultCode = doc.querySelector<HTMLTextAreaElement>('#snippet')!.value;
      expect(defaultCode).to.match(/src="https:\/\/cdn\.jsdelivr\.net\/npm\/ally-widgets@\d+\.\d+\.\d+\/dist\/cdn\/ally-widgets\.js"/);
      const code = await build(doc, {
        widgets: ['ally-crisis', 'ally-tips'],
        lang: 'es',
        country: 'MX',
        theme: 'dark',
        layout: 'cards',
        script,
        base: `${location.origin}/dist/cdn/`,
      });
      expect(code).to.match(/integrity="sha384-[A-Za-z0-9+/=]{64}"/);
      expect(code).to.contain('crossorigin="anonymous"');
      expect(code).to.contain('<ally-crisis lang="es" country="MX" theme="dark"></ally-crisis>');
      expect(code).to.contain('<ally-tips lang="es" country="MX" theme="dark" layout="cards"></ally-tips>');


      const page = await openFrame((f) => (f.srcdoc = `<!doctype html><html><head><meta charset="utf-8"></head><body>\n${code}\n</body></html>`));
      const win = page.contentWindow as Window & typeof globalThis;
      const pageDoc = page.contentDocument!;
      await until(() => win.customElements.get('ally-crisis'), 'the snippet’s script to run (a wrong integrity hash blocks it)');
      const crisis = pageDoc.querySelector('ally-crisis') as HTMLElement & { updateComplete: Promise<unknown> };
      const tips = pageDoc.querySelector('ally-tips') as HTMLElement & { updateComplete: Promise<unknown> };
      await crisis.updateComplete;
      await tips.updateComplete;
      expect(crisis.shadowRoot!.querySelector('[part="action"]')!.getAttribute('href')).to.equal('tel:+528009112000');
      expect(tips.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('Cómo apoyar a alguien');
      expect(tips.shadowRoot!.querySelector('[part="root"]')!.getAttribute('data-theme')).to.equal('dark');
      expect(tips.shadowRoot!.querySelector('[part="root"]')!.classList.contains('cards')).to.be.true;
    });
  }

  it('a snippet whose file does not match its hash is refused by the browser', async () => {
    const builder = await openFrame((f) => (f.src = '/demo/builder.html'));
    const doc = builder.contentDocument!;
    await until(() => doc.documentElement.dataset.ready, 'the builder');
    const code = (await build(doc, { widgets: ['ally-tips'], base: `${location.origin}/dist/cdn/`, script: 'module' })).replace(
      /sha384-[^"]+/,
      'sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    );
    const page = await openFrame((f) => (f.srcdoc = `<!doctype html><html><body>${code}</body></html>`));
    await new Promise((r) => setTimeout(r, 500));
    expect((page.contentWindow as Window & typeof globalThis).customElements.get('ally-tips')).to.be.undefined;
  });
});
