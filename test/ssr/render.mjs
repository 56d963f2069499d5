// Renders widgets on the server, as an app would: `ally-widgets/ssr` (every element, every content part)
// and @lit-labs/ssr, to declarative shadow DOM. Used by the Node test (scripts/ssr.test.mjs) and, as a
// command, by the browser test's server (web-test-runner.config.mjs):
//   node test/ssr/render.mjs <page>    prints the HTML page of PAGES[page] (see pages.mjs)
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import 'ally-widgets/ssr';
import { PAGES, RESOURCES } from './pages.mjs';

const escape = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * One widget's server HTML: `<tag attrs…>` with its shadow root as a declarative one, and its
 * `resources` property (RESOURCES when `resources` is true, or the array given).
 */
export function renderWidget({ tag, attrs = {}, resources, children = '' }) {
  const open = Object.entries(attrs).map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escape(value)}"`));
  // The browser page sets the same property before the widgets hydrate (hydrate-page.js).
  if (resources) open.push(' data-resources');
  const property = resources === true ? RESOURCES : resources;
  return collectResult(
    render(html`<${unsafeStatic(tag + open.join(''))} .resources=${property}>${unsafeStatic(children)}</${unsafeStatic(tag)}>`),
  );
}

/**
 * A whole page of server-rendered widgets, for the browser test: it records the console and, before
 * any module runs, every node the server rendered (watch.js); then hydrate-page.js hydrates it.
 */
export async function renderPage(name) {
  const widgets = PAGES[name];
  if (!widgets) throw new Error(`no page "${name}": one of ${Object.keys(PAGES).join(', ')}`);
  const body = (await Promise.all(widgets.map(renderWidget))).join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Server-rendered: ${name}</title><script src="/test/ssr/watch.js"></script></head>
<body>
<main>
${body}
</main>
<script>watchServerMarkup();</script>
<script type="module" src="/test/ssr/hydrate-page.js"></script>
</body>
</html>
`;
}

if (import.meta.url === new URL(process.argv[1], 'file:').href) {
  process.stdout.write(await renderPage(process.argv[2]));
}
