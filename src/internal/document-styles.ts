import { adoptStyles, type CSSResult, type CSSResultOrNative } from 'lit';

// A constructed style sheet belongs to the document that made it: a shadow root in another document (a
// same-origin iframe, document picture-in-picture) cannot adopt it (NotAllowedError), and a moved root
// keeps sheets that no longer apply. So each other document gets its own copies, made once and kept in a
// WeakMap keyed by that document: they go away with it.
const copies = new WeakMap<Document, WeakMap<CSSResultOrNative, CSSStyleSheet>>();

// The widgets' styles are all css`` results (the script-tag build's Lit supports no other kind).
const cssText = (style: CSSResultOrNative): string => (style as CSSResult).cssText;

/** Styles a widget's shadow root for the document it is in now. */
export function adoptInto(root: ShadowRoot, styles: CSSResultOrNative[]): void {
  const doc = root.ownerDocument;
  const Sheet = doc.defaultView?.CSSStyleSheet;
  // In the document that loaded the widgets, and where sheets cannot be adopted at all (Lit then uses
  // <style> elements, which move with the root), Lit's own adoption is right.
  if (doc === globalThis.document || !('adoptedStyleSheets' in root)) return adoptStyles(root, styles);
  // A document without a window (made by DOMParser, say) shows nothing: it needs no styles.
  if (!Sheet) return;
  let own = copies.get(doc);
  if (!own) copies.set(doc, (own = new WeakMap()));
  root.adoptedStyleSheets = styles.map((style) => {
    let sheet = own!.get(style);
    if (!sheet) {
      sheet = new Sheet();
      sheet.replaceSync(cssText(style));
      own!.set(style, sheet);
    }
    return sheet;
  });
}
