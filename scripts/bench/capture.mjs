// The static and vanilla variants must show exactly what the library shows, or the comparison means
// nothing. So they are not written by hand: the library renders each widget once, in Chromium, and this
// reads back its shadow DOM and its styles.
//
// Element.getHTML({ serializableShadowRoots: true }) would do it in one call, but only for shadow roots
// created serializable, which Lit's are not; so each root's innerHTML is read instead, and its styles
// from adoptedStyleSheets (Lit adopts constructed sheets rather than adding <style> elements).

/**
 * Loads the capture page at `url` (every tag of `tags` once, with the script-tag bundle) and returns,
 * per tag:
 * { html, sheets: [cssText…], attributes: [[name, value]…], height }.
 * `height` is the rendered height in the benchmark's own column, for the iframes' fixed height.
 */
export async function captureWidgets(browser, url, tags, viewport) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(viewport);
    await page.goto(url, { waitUntil: 'load' });
    const captured = await page.evaluate(async (tags) => {
      const out = {};
      for (const tag of tags) {
        const el = document.querySelector(tag);
        await customElements.whenDefined(tag);
        await el.updateComplete;
        const root = el.shadowRoot;
        out[tag] = {
          html: root.innerHTML,
          sheets: root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')),
          attributes: el.getAttributeNames().map((n) => [n, el.getAttribute(n)]),
          height: el.getBoundingClientRect().height,
        };
        if (root.querySelector('style')) throw new Error(`${tag} renders <style> elements; the capture expects adopted sheets`);
      }
      return out;
    }, tags);
    for (const tag of tags) {
      if (!captured[tag].html.includes('href="tel:')) throw new Error(`${tag} rendered no tel: link; is the build broken?`);
    }
    return captured;
  } finally {
    await context.close();
  }
}
