// Which language and country a widget renders for. Pure functions of strings, plus one DOM walk; the
// content layer decides what exists, so adding a language under content/ needs no change here.

/**
 * The `lang` that applies to an element: its own, else the closest ancestor's (across shadow roots).
 * Node types, not instanceof: a widget may live in another window's document (an iframe).
 */
export function inheritedLang(el: Element): string {
  for (let node: Node | null = el; node; ) {
    if (node.nodeType === 1 && (node as Element).hasAttribute('lang')) return (node as Element).getAttribute('lang')!.trim();
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return '';
}

/**
 * Picks the best available language for a BCP 47 tag: the tag itself, else its base language
 * (`es-MX` → `es`). Returns undefined when neither is available.
 */
export function matchLanguage(tag: string, available: readonly string[]): string | undefined {
  const wanted = tag.toLowerCase().replace(/_/g, '-');
  const exact = available.find((l) => l.toLowerCase() === wanted);
  return exact ?? available.find((l) => l.toLowerCase() === wanted.split('-')[0]);
}

/** The region of a language tag, if it has one: `en-GB` → GB, `zh-Hant-TW` → TW, `es-419` → 419. */
export function regionOf(tag: string): string | undefined {
  const match = /^[a-z]{2,3}(?:[-_][a-z]{4})?[-_]([a-z]{2}|\d{3})(?:$|[-_])/i.exec(tag.trim());
  return match?.[1]?.toUpperCase();
}

/**
 * Whether a two-letter code names a real region. Intl knows every assigned ISO 3166-1 code, so this
 * costs no bytes of country list: unassigned codes such as ZZ come back unnamed.
 */
let regionNames: Intl.DisplayNames | undefined;
export function isRegionCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const name = regionNames.of(code);
    return name !== undefined && name !== 'Unknown Region';
  } catch {
    return true; // an engine without DisplayNames: accept the code's shape
  }
}
