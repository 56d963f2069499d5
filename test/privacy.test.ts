// Privacy by construction: a page with every widget (in two languages and three countries, so the
// widgets load parts of their content), read and clicked, requests nothing but the widgets' own files,
// calls no network or storage API, and leaves no cookie or storage behind.
import { expect } from '@open-wc/testing';
import { WIDGET_TAGS, deepAll, openWidgetPage, settle } from './helpers.js';

type SpyWindow = Window & { __spy: { calls: string[] }; __report: { errors: string[] } };

describe('privacy', () => {
  it('the widgets request only their own files, and touch no storage, cookie or network API', async () => {
    const { win, doc } = await openWidgetPage<SpyWindow>('/test/hosts/pages/privacy.html');

    // Use the widgets as a reader would: expand every tip, and follow a link (navigation prevented).
    doc.addEventListener('click', (e) => e.preventDefault(), true);
    const tips = doc.querySelector('ally-tips')!.shadowRoot!;
    for (const button of tips.querySelectorAll<HTMLButtonElement>('[part="toggle"]')) button.click();
    doc.querySelector('ally-resources')!.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.click();
    await settle(doc);
    // Anything sent later (a timer, a beacon) would show up by now.
    await new Promise((r) => setTimeout(r, 2000));

    // Nothing in the widgets could make a request on its own: no ping attributes, links to preload, images.
    for (const widget of doc.querySelectorAll(WIDGET_TAGS.join(','))) {
      expect(deepAll(widget.shadowRoot!, '[ping], link, img, iframe, script, object, embed, video, audio')).to.have.length(0);
    }

    expect(win.__spy.calls, 'network and storage calls').to.deep.equal([]);
    expect(
      'cookieStore' in win ? await (win as unknown as { cookieStore: { getAll(): Promise<unknown[]> } }).cookieStore.getAll() : [],
    ).to.deep.equal([]);
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
    // The test page's own two helpers are the only other files.
    const ours = requested.filter((p) => !['/test/hosts/pages/report.js', '/test/hosts/pages/spy.js'].includes(p));
    expect(ours.length).to.be.at.least(3);
    for (const path of ours) expect(path, 'only the widgets’ own files').to.match(/^\/dist\/cdn\/(ally-widgets|part-[\w-]+)\.js$/);
    // The parts for Spanish, Mexico, the UK and the guide's words came from the same folder.
    expect(ours.filter((p) => p.includes('/part-')).length).to.be.at.least(3);
  });
});
