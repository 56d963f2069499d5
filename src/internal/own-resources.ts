// The host organization's own resources (an Employee Assistance Program, say), from <ally-resource>
// children or a `resources` property. Everything here is untrusted page input: it is checked, shown as
// text, and linked only when the address is safe.
import type { UiText } from './content.js';
import type { ContentPart } from './content-types.js';
import { actionText, type ContactView, type ResourceView } from './resource-view.js';
import { shortUrl } from './format.js';
import { describe } from './warn.js';

/** The fields a host may give for one resource. */
export interface OwnResource {
  name: string;
  href?: string;
  phone?: string;
  sms?: string;
  hours?: string;
  description?: string;
}

/**
 * Schemes a website link may open. Anything else (javascript:, data:, vbscript:, file:, tel:) is shown
 * as text: phone numbers belong in `phone`, where they are checked.
 */
const SAFE_SCHEMES = ['https:', 'http:', 'mailto:'];

type Warn = (message: string) => void;

/** At most this many resources are read from a page (README says so): a runaway array must not freeze the reader's tab. */
const MAX_RESOURCES = 50;
const FIELDS = ['name', 'href', 'phone', 'sms', 'hours', 'description'] as const;
type Fields = Partial<Record<(typeof FIELDS)[number], string>>;

/** A field as trimmed text: strings as given, numbers (a phone number typed as one) as their digits. */
const str = (v: unknown): string | undefined => {
  const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
  return text || undefined;
};

/** What a relative address is checked against where there is no page (a server render). */
const NO_PAGE = 'https://relative.invalid/';

/**
 * A web address that is safe to link, resolved against the page; undefined for anything else. Without a
 * page (`base` undefined: a server render), a relative address is linked as written, for the browser to
 * resolve.
 */
export function safeHref(value: string, base?: string): string | undefined {
  try {
    // (The script-tag builds always have a page: see env.d.ts.)
    const url = new URL(value, __ALLY_SSR__ ? (base ?? NO_PAGE) : base);
    if (!SAFE_SCHEMES.includes(url.protocol)) return undefined;
    return !__ALLY_SSR__ || base || !url.href.startsWith(NO_PAGE) ? url.href : value;
  } catch {
    return undefined;
  }
}

/**
 * A `tel:`/`sms:` target for a written phone number: digits with an optional leading +, and the usual
 * separators. Undefined when the text is not a phone number (3 to 15 digits, E.164's limit).
 */
export function dialable(value: string): string | undefined {
  if (!/^\+?[\d\s().\-/]+$/.test(value)) return undefined;
  const digits = value.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 15) return undefined;
  return (value.startsWith('+') ? '+' : '') + digits;
}

/**
 * A host's number written like the national lines beside it: a North American number given with its
 * country code (+1 800 555 0199, 1.800.555.0199) as 1-800-555-0199, as the US lines are written; any
 * other keeps the host's grouping, with single spaces.
 */
export function phoneText(value: string): string {
  const nanp = /^\+?1[\s.-]*\(?([2-9]\d\d)\)?[\s.-]*([2-9]\d\d)[\s.-]*(\d{4})$/.exec(value);
  return nanp ? `1-${nanp.slice(1).join('-')}` : value.replace(/\s+/g, ' ');
}

function contact(id: 'phone' | 'sms', value: string, ui: UiText, warn: Warn, name: string): ContactView {
  const target = dialable(value);
  if (!target) warn(`${id}="${value}" of "${name}" is not a phone number: shown as text, not linked.`);
  return {
    id,
    channel: id,
    href: target && `${id === 'phone' ? 'tel' : 'sms'}:${target}`,
    // Text that is not a number is shown as given, not as "Call call HR".
    text: target ? actionText({ channel: id, display: phoneText(value) }, ui) : value,
  };
}

/**
 * Reads the <ally-resource> elements inside a host element as data, each on its own: one that cannot be
 * read is skipped. Not only direct children: WordPress and other editors wrap inline elements in <p>.
 */
function resourceChildren(host: Element, warn: Warn): (Fields | undefined)[] {
  return [...host.querySelectorAll('ally-resource')].map((el, i) =>
    readItem(
      () =>
        Object.fromEntries(FIELDS.map((key) => [key, key === 'description' ? el.textContent?.replace(/\s+/g, ' ') : el.getAttribute(key)])),
      i,
      warn,
    ),
  );
}

/**
 * A host's own resources as plain text fields: its <ally-resource> elements (none without a `host`: a
 * server cannot see them), then its `resources` property if it is an array. The property may hold
 * anything a page or framework passes — getters that throw, revoked proxies, symbols — so every read is
 * guarded: an item that cannot be read is skipped with one warning, and nothing the page gave reaches
 * the renderer but strings.
 */
export function ownResourceData(host: Element | undefined, property: unknown, warn: Warn): Fields[] {
  const items = host || !__ALLY_SSR__ ? resourceChildren(host!, warn) : [];
  try {
    if (property != null && !Array.isArray(property)) {
      warn('resources must be an array of objects; ignored.');
    } else if (property) {
      const length = Math.min(property.length >>> 0, MAX_RESOURCES);
      const first = items.length;
      for (let i = 0; i < length; i++) items.push(readItem(() => property[i], first + i, warn));
    }
  } catch (error) {
    warn(`resources could not be read (${describe(error)}); ignored.`);
  }
  return items.filter((item): item is Fields => item !== undefined);
}

/** One item's fields, or undefined (with a warning) when reading it throws. */
function readItem(get: () => unknown, i: number, warn: Warn): Fields | undefined {
  try {
    const raw = get();
    const fields: Fields = {};
    if (typeof raw === 'object' && raw !== null) for (const key of FIELDS) fields[key] = str((raw as Record<string, unknown>)[key]);
    return fields;
  } catch (error) {
    warn(`resource #${i + 1} could not be read (${describe(error)}); skipped.`);
    return undefined;
  }
}

/** Checks host-given resources and turns them into views; skips (with a warning) those without a name. */
export function ownResourceViews(items: readonly Fields[], ui: UiText, base: string | undefined, warn: Warn): ResourceView[] {
  return items.flatMap((raw, i): ResourceView[] => {
    const name = raw.name;
    if (!name) {
      warn(`resource #${i + 1} has no name; skipped.`);
      return [];
    }
    const contacts: ContactView[] = [];
    const { phone, sms } = raw;
    if (phone) contacts.push(contact('phone', phone, ui, warn, name));
    if (sms) contacts.push(contact('sms', sms, ui, warn, name));
    const given = raw.href;
    let website: ResourceView['website'];
    if (given) {
      const href = safeHref(given, base);
      if (!href) warn(`href="${given}" of "${name}" is not a safe web address: shown as text, not linked.`);
      website = { href, text: href?.startsWith('http') ? shortUrl(href) : given.replace(/^mailto:/i, '') };
    }
    return [{ id: `own-${i + 1}`, name, summary: raw.description, hours: raw.hours, contacts, website }];
  });
}

/**
 * A host's own resources as <ally-resources> shows them: read (see ownResourceData), checked and turned
 * into views. Page data: should anything in it still fail, none show (with one warning) and the rest of
 * the widget does; this never throws.
 */
export function ownResourceCards(host: Element | undefined, property: unknown, ui: UiText, warn: Warn): ResourceView[] {
  try {
    return ownResourceViews(ownResourceData(host, property, warn), ui, host?.ownerDocument.baseURI, warn);
  } catch (error) {
    warn(`your resources could not be shown (${describe(error)}).`);
    return [];
  }
}

/** The "own" part (see scripts/content.mjs): loaded only by widgets whose host gives resources of its own. */
export default { code: { own: { data: ownResourceData, cards: ownResourceCards } } } satisfies ContentPart;
