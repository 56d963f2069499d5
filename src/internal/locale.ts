// Which language and country a widget renders for. Pure functions of strings, plus one DOM walk; the
// content layer decides what exists, so adding a language under content/ needs no change here.
import { ZONE_AREAS } from '../generated/content.js';

/**
 * The element whose `lang` applies to an element: itself, else the closest ancestor with one (across
 * shadow roots). Node types, not instanceof: a widget may live in another window's document (an iframe).
 */
export function langHolder(el: Element): Element | undefined {
  for (let node: Node | null = el; node;) {
    if (node.nodeType === 1 && (node as Element).hasAttribute('lang')) return node as Element;
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return undefined;
}

/** The `lang` that applies to an element: its own, else the closest ancestor's. */
export const inheritedLang = (el: Element): string => langHolder(el)?.getAttribute('lang')!.trim() ?? '';

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

// ---- The reader's device ----

let zones: { table: string; map: Map<string, string> } | undefined;
const AREAS = ZONE_AREAS.split(' ');

/**
 * The country of an IANA time zone (`Europe/London` → GB) in `table`, the build-time table of the
 * countries with lines of their own (see content.ts, zoneTable); '' for a place not in it (another
 * country, or one whose zones are not loaded yet); undefined when the zone names no place (UTC,
 * Etc/GMT+5) or is unknown, so that the next rule decides.
 */
export function zoneCountry(zone: string, table: string): string | undefined {
  if (zones?.table !== table) {
    zones = { table, map: new Map() };
    let code = '';
    for (const token of table.split(' ')) /^[A-Z]{2}$/.test(token) ? (code = token) : zones.map.set(token, code);
  }
  const slash = zone.indexOf('/');
  if (slash < 1 || !AREAS.includes(zone.slice(0, slash))) return undefined;
  const place = zone.slice(slash + 1);
  // A group of zones is named by its first part and a slash ("Indiana/": scripts/content/zones.mjs).
  return zones.map.get(place) ?? zones.map.get(place.slice(0, place.indexOf('/') + 1)) ?? '';
}

/** What the device says about where its reader is; replaceable, so tests can be any reader anywhere. */
export const device = {
  timeZone(): unknown {
    // Temporal answers at once; the first Intl.DateTimeFormat of a page loads the engine's date data
    // (35–90 ms in Chromium here, before any widget can render). Engines without Temporal use it.
    const temporal = (globalThis as { Temporal?: { Now?: { timeZoneId?: () => unknown } } }).Temporal;
    return temporal?.Now?.timeZoneId?.() ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  },
  languages(): readonly unknown[] {
    return navigator.languages ?? [navigator.language];
  },
};

/**
 * Where the reader is, as their device says: the country of its time zone, else the region of its
 * preferred languages (`en-GB` → GB); '' for a place without lines of its own, undefined when the device
 * says nothing. Reads nothing but the browser's own settings: no request, nothing stored.
 */
export function deviceCountry(table: string): string | undefined {
  const zone = deviceZone();
  const country = typeof zone === 'string' ? zoneCountry(zone, table) : undefined;
  if (country !== undefined) return country;
  for (const tag of read(() => [...device.languages()]) ?? []) {
    const region = typeof tag === 'string' ? regionOf(tag) : undefined;
    if (region) return region;
  }
  return undefined;
}

/**
 * Each device read on its own: an engine without time-zone support, or a page that broke Intl or
 * navigator, leaves the other rules.
 */
function read<T>(value: () => T): T | undefined {
  try {
    return value();
  } catch {
    return undefined;
  }
}

let zoneRead: { from: () => unknown; zone: unknown } | undefined;
/**
 * The device's time zone, read once per task: each read builds an Intl.DateTimeFormat (about 0.1 ms),
 * and a page renders all its widgets in one task. A replaced `device.timeZone` is read afresh.
 */
function deviceZone(): unknown {
  if (zoneRead?.from !== device.timeZone) {
    zoneRead = { from: device.timeZone, zone: read(device.timeZone) };
    setTimeout(() => (zoneRead = undefined));
  }
  return zoneRead.zone;
}
