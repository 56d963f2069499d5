// The consumer apps as built by Vite (see consumers.test.mjs, which runs this file alone): each loads in
// an iframe from /__consumers/<app>/ and must show the tips, the crisis line (988) and the resources the
// app passed as a property, and hear a tip being opened through the framework's event binding.
import { expect } from '@open-wc/testing';
import { openFrame, settle } from '../helpers.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until `check` holds, for at most `ms`: frameworks render after the page's load event. */
async function until(check: () => unknown, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** What each app shows of its own: the tips it asked for, and its own resources. */
const APPS: Record<string, { tips: number; resources: string[] }> = {
  react19: { tips: 1, resources: ['Acme EAP'] },
  'react18-wrappers': { tips: 2, resources: ['Beta Peer Line', 'Acme EAP'] },
  vue: { tips: 1, resources: ['Acme EAP'] },
  svelte: { tips: 1, resources: ['Acme EAP'] },
};

const built: string[] = await (await fetch('/__consumers/index.json')).json();

describe('consumer apps, as built', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const app of built) {
    it(`${app}: the tips, the crisis line and the resources passed as a property; a tip's toggle reaches the app`, async () => {
      const want = APPS[app];
      expect(want, `APPS names what ${app} shows`).to.exist;
      const frame = await openFrame((f) => (f.src = `/__consumers/${app}/index.html`), 'width: 900px; height: 800px; border: 0');
      const doc = frame.contentDocument!;
      await until(() => doc.querySelector('ally-resources'), 'the app to render');
      for (const tag of ['ally-tips', 'ally-crisis', 'ally-resources']) await frame.contentWindow!.customElements.whenDefined(tag);
      await settle(doc);
      const shadow = (tag: string) => doc.querySelector(tag)!.shadowRoot!;

      const tips = shadow('ally-tips');
      expect(tips.querySelectorAll('[part="toggle"]')).to.have.length(want!.tips);
      expect(text(tips.querySelector('[part="tip-title"]'))).to.equal('Listen actively');
      expect(shadow('ally-crisis').querySelector('a[href="tel:988"]'), 'the crisis line').to.exist;
      expect(text(shadow('ally-crisis'))).to.include('988');
      const names = [...shadow('ally-resources').querySelectorAll('[part="resource-name"]')].map(text);
      expect(names).to.deep.equal(want!.resources);

      tips.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      await until(() => text(doc.querySelector('#toggled')) === 'listen:true', 'the app to hear ally-tip-toggle');
    });
  }
});
