// The host organization's own resources (an Employee Assistance Program, say), from <ally-resource>
// children or a `resources` property. Everything here is untrusted page input: it is checked, shown as
// text, and linked only when the address is safe.
import type { UiText } from './content.js';
import { actionText, type ContactView, type ResourceView } from './resource-view.js';
import { shortUrl } from './format.js';

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

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** A web address that is safe to link, resolved against the page; undefined for anything else. */
export function safeHref(value: string, base: string): string | undefined {
  try {
    const url = new URL(value, base);
    return SAFE_SCHEMES.includes(url.protocol) ? url.href : undefined;
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

function contact(id: 'phone' | 'sms', value: string, ui: UiText, warn: Warn, name: string): ContactView {
  const target = dialable(value);
  if (!target) warn(`${id}="${value}" of "${name}" is not a phone number: shown as text, not linked.`);
  return {
    id,
    channel: id,
    href: target && `${id === 'phone' ? 'tel' : 'sms'}:${target}`,
    // Text that is not a number is shown as given, not as "Call call HR".
    text: target ? actionText({ channel: id, display: value }, ui) : value,
  };
}

/**
 * Reads the <ally-resource> elements inside a host element as data. Not only direct children: WordPress
 * and other editors wrap inline elements in <p>.
 */
function resourceChildren(host: Element): Record<string, string | null>[] {
  return [...host.querySelectorAll('ally-resource')].map((el) => ({
    name: el.getAttribute('name'),
    href: el.getAttribute('href'),
    phone: el.getAttribute('phone'),
    sms: el.getAttribute('sms'),
    hours: el.getAttribute('hours'),
    description: el.textContent?.replace(/\s+/g, ' ') ?? null,
  }));
}

/** A host's own resources as data: its <ally-resource> elements, then its `resources` property if an array. */
export function ownResourceData(host: Element, property: unknown): unknown[] {
  return [...resourceChildren(host), ...(Array.isArray(property) ? property : [])];
}

/** Checks host-given resources and turns them into views; skips (with a warning) those without a name. */
export function ownResourceViews(
  items: readonly unknown[],
  ui: UiText,
  base: string,
  warn: Warn,
): ResourceView[] {
  return items.flatMap((item, i): ResourceView[] => {
    const raw = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const name = str(raw.name);
    if (!name) {
      warn(`resource #${i + 1} has no name, so it is skipped.`);
      return [];
    }
    const contacts: ContactView[] = [];
    const phone = str(raw.phone);
    const sms = str(raw.sms);
    if (phone) contacts.push(contact('phone', phone, ui, warn, name));
    if (sms) contacts.push(contact('sms', sms, ui, warn, name));
    const given = str(raw.href);
    let website: ResourceView['website'];
    if (given) {
      const href = safeHref(given, base);
      if (!href) warn(`href="${given}" of "${name}" is not a safe web address: shown as text, not linked.`);
      website = { href, text: href?.startsWith('http') ? shortUrl(href) : given.replace(/^mailto:/i, '') };
    }
    return [{ id: `own-${i + 1}`, name, summary: str(raw.description), hours: str(raw.hours), contacts, website }];
  });
}
