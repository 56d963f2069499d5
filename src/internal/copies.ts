// Markup that many widgets on a page show alike, rendered by the first and copied by the others: on a page
// with many widgets a clone is much faster than a render. Used by the code parts that show such markup
// (the cards and the tips: resource-card.ts, prose.ts); in the script-tag build each of them carries its
// own copy of this module (vite.config.ts, ownCopies), so that neither needs the other's file.
import type { TemplateResult } from 'lit';

/** A widget's copy of one kind of markup, or the key of the markup it rendered itself. */
interface Copy {
  key?: string;
  node?: Node;
  /** The key of the markup the widget renders itself. */
  own?: string;
  /** The key of the markup it just rendered, to keep a copy of (see keepCopy). */
  keep?: string;
}
/** Each widget's copies, by the selector that finds the markup in its root. */
const copies = new WeakMap<object, Record<string, Copy>>();
const rendered = new Map<string, Node>();

/**
 * Markup that is the same in every widget with the same `key` (all it depends on: language, lines,
 * emergency number, heading level, which of its files are here), made of content only (no page data, no
 * listeners: clicks are handled on the root), and found in the widget's root by `selector`: the crisis
 * callout and the country's organizations of <ally-resources>, the closed tips of <ally-tips>. The first
 * widget renders it; the others show a copy. A widget keeps its copy while its key holds, and the first
 * its own markup (Lit updates it in place). A server, a widget hydrating what a server rendered, and a
 * widget whose markup is its own for now (a tip open) render theirs, and keep none (`fresh`); a widget
 * that rendered its own keeps rendering it while its key holds, so what a reader is on stays in place.
 */
export function copied(widget: object, selector: string, key: string, fresh: boolean, render: () => TemplateResult): unknown {
  let mine = copies.get(widget);
  if (!mine) copies.set(widget, (mine = {}));
  const copy = (mine[selector] ??= {});
  // Only what this render makes is kept: a render that failed, and was tried again in English, must not
  // leave its key behind for the markup of the retry.
  copy.keep = undefined;
  key = `${selector} ${key}`;
  if (fresh || copy.key !== key) {
    const made = fresh || copy.own === key ? undefined : rendered.get(key);
    if (!made) {
      if (!fresh && !rendered.has(key)) copy.keep = key;
      copy.key = undefined;
      return ((copy.own = key), render());
    }
    copy.key = key;
    copy.node = made.cloneNode(true);
  }
  return copy.node;
}

/**
 * After a widget rendered markup of its own (see copied): keeps a copy of it, detached and owned by the
 * main document (not the widget's, which may be an iframe's), for the next widget with the same key.
 */
export function keepCopy(widget: object, root: ParentNode): void {
  for (const [selector, copy] of Object.entries(copies.get(widget) ?? {})) {
    // Only just after rendering its own; and not from a widget that could not render and shows only its
    // crisis line (AllyElement.renderEssentials).
    const node = copy.keep && root.querySelector('section.root') && root.querySelector(selector);
    if (node) rendered.set(copy.keep!, document.importNode(node, true));
    copy.keep = undefined;
  }
}
