// The server-side rendering entry (`ally-widgets/ssr`): registers every element, like the main entry,
// and loads every content part before it resolves, so that `@lit-labs/ssr` renders each widget with its
// real content in every language and country at once (see README, "Server-side rendering"). In a
// browser, import 'ally-widgets' instead: it loads only the parts a page needs.
import { PART_LOADERS } from './generated/content.js';
import { AllyElement } from './internal/ally-element.js';
import { arrival } from './internal/content.js';
import * as widgets from './ally-widgets.js';

export * from './ally-widgets.js';

let loading: Promise<string[]> | undefined;

/**
 * Loads every content part: every language, every country's lines, the guide's words and the tips'
 * details. Resolves, once they are in, to the names of any that failed (each also warned about once),
 * so an empty list means everything is there; never rejects. Importing this entry already waits for
 * it; calling it again costs nothing.
 */
export function loadAllContent(): Promise<string[]> {
  loading ??= loadAll();
  return loading;
}

/** Every part in PART_LOADERS, again until none is new: a country's part adds its words' loaders there. */
async function loadAll(done = new Set<string>()): Promise<string[]> {
  const names = Object.keys(PART_LOADERS).filter((name) => !done.has(name));
  names.forEach((name) => done.add(name));
  const failed = (await Promise.all(names.map(async (name) => ((await arrival(name)) ? [] : [name])))).flat();
  return names.length ? [...failed, ...(await loadAll(done))] : failed;
}

await loadAllContent();

// A server writes each widget's static styles into its shadow root, and a browser adopts a code part's
// styles only once the part is here (AllyElement.styledBy): on the server they are static styles too.
for (const widget of Object.values(widgets)) {
  if (typeof widget !== 'function' || !(widget.prototype instanceof AllyElement)) continue;
  const Widget = widget as unknown as typeof AllyElement;
  (Widget as unknown as { finalize(): void }).finalize(); // protected in Lit: makes elementStyles
  Widget.elementStyles = [...Widget.elementStyles, ...Widget.partStyles()];
}
