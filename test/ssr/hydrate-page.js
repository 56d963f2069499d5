// The module of the server-rendered test pages (render.mjs): gives widgets the same `resources` property
// as the server did, loads Lit's hydration support before the npm build — the build the server rendered
// with — then waits until every widget, and every widget inside one, has settled. The page's address may say ?hydrate=off (no
// hydration support), ?cdn (the script-tag bundle, which cannot hydrate, instead of the npm build) or
// ?resources=off (the page does not give the widgets the server's resources).
import { RESOURCES } from './pages.mjs';

const query = new URLSearchParams(location.search);
if (query.get('resources') !== 'off') for (const el of document.querySelectorAll('[data-resources]')) el.resources = RESOURCES;
if (query.get('hydrate') !== 'off' && !query.has('cdn')) await import('@lit-labs/ssr-client/lit-element-hydrate-support.js');
await import(query.has('cdn') ? '/dist/cdn/ally-widgets.js' : '/dist/ally-widgets.js');
const widgets = [...document.querySelectorAll('main > *')];
await Promise.all(widgets.map((el) => customElements.whenDefined(el.localName).then(() => settle(el))));
ssr.done = true;

/** Waits for a widget and then for the widgets inside it (a guide's), which may ask for parts of their own. */
async function settle(el) {
  await el.updateComplete;
  for (const inner of el.shadowRoot?.querySelectorAll('*') ?? []) if (inner.updateComplete) await settle(inner);
}
