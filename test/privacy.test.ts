// Privacy by construction: a page with every widget (in two languages and three countries, so the
// widgets load parts of their content), read and clicked, requests nothing but the widgets' own files,
// calls no network or storage API, and leaves no cookie or storage behind.
import { expect } from '@open-wc/testing';

type SpyWindow = Window & typeof globalThis & { __spy: { calls: string[] }; __report: { errors: string[] } };

describe('privacy', () => {
  it('the widgets request only their own files, and touch no storage, cookie or network API', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 900px; height: 700px';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = '/test/hosts/pages/privacy.html';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as SpyWindow;
    const doc = frame.contentDocument!;
    for (const tag of ['ally-tips', 'ally-resources', 'ally-crisis', 'ally-guide']) await win.customElements.whenDefined(tag);
    const settle = async (root: ParentNode) => {
      for (const el of root.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')) {
        if (el.updateComplete) {
          await el.updateComplete;
          if (el.shadowRoot) await settle(el.shadowRoot);
        }
      }
    };
    await settle(doc);

    // Use the widgets as a reader would: expand every tip, and follow a link (navigation prevented).
    doc.addEventListener('click', (e) => e.preventDefault(), true);
    const tips = doc.querySelector('ally-tips')!.shadowRoot!;
    for (const button of tips.querySelectorAll<HTMLButtonElement>('[part="toggle"]')) button.click();
    doc.querySelector('ally-resources')!.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.click();
    await settle(doc);

    expect(win.__spy.calls, 'network and storage calls').to.deep.equal([]);
    expect(win.__report.errors).to.deep.equal([]);
    expect(doc.cookie).to.equal('');
    expect(win.localStorage.length).to.equal(0);
    expect(win.sessionStorage.length).to.equal(0);
    if (win.indexedDB?.databases) expect(await win.indexedDB.databases()).to.deep.equal([]);
    if (win.caches) expect(await win.caches.keys()).to.deep.equal([]);

    // Every request the page made: the page, its test helpers, and the widgets' own files.
    const requested = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name))
      .map((u) => (u.origin === location.origin ? u.pathname : u.href));
    const ours = requested.filter((p) => !p.startsWith('/test/hosts/pages/'));
    expect(ours.length).to.be.at.least(3);
    for (const path of ours) expect(path, 'only the widgets’ own files').to.match(/^\/dist\/cdn\/(ally-widgets|part-[\w-]+)\.js$/);
    // The parts for Spanish, Mexico, the UK and the guide's words came from the same folder.
    expect(ours.filter((p) => p.includes('/part-')).length).to.be.at.least(3);
  });
});
