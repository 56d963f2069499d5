// Typed access to the packaged content: the only module that knows how the generated data is laid out.
// Elements ask it for ready-to-render items; it never touches the DOM.
import { CONTENT } from '../generated/content.js';
import type {
  ContactFacts,
  ContactText,
  CountryFacts,
  LocaleContent,
  ResourceFacts,
  ResourceText,
  TipFacts,
  TipText,
  UiText,
} from './content-types.js';

export type { Channel, Source } from './content-types.js';

export const FALLBACK_LANGUAGE = 'en';
export const DEFAULT_COUNTRY = 'US';

/** The content for a language, or English when the language has none. */
export function locale(lang: string): LocaleContent & { lang: string } {
  const found = CONTENT.locales[lang];
  return found ? { ...found, lang } : { ...CONTENT.locales[FALLBACK_LANGUAGE]!, lang: FALLBACK_LANGUAGE };
}

export function ui(lang: string): UiText {
  return locale(lang).ui;
}

// ---- Tips ----

export interface Tip extends TipFacts, TipText {}

/** Every tip id, in the default order. */
export const TIP_IDS: readonly string[] = CONTENT.tips.map((t) => t.id);

export function tips(ids: readonly string[], lang: string): Tip[] {
  const text = locale(lang).tips;
  return ids.flatMap((id) => {
    const facts = CONTENT.tips.find((t) => t.id === id);
    return facts ? [{ ...facts, ...text[id]! }] : [];
  });
}

// ---- Resources ----

export interface Contact extends ContactFacts, ContactText {
  /** The tel:, sms: or https: address the contact's link opens. */
  href: string;
}

export interface Resource extends Omit<ResourceFacts, 'contacts'>, Omit<ResourceText, 'contacts'> {
  contacts: Contact[];
}

export interface CountryResources extends Omit<CountryFacts, 'crisisLine' | 'resources'> {
  country: string;
  crisisLine: Resource;
  resources: Resource[];
}

/** The address a contact's link opens: tel: and sms: for phones, the web address otherwise. */
export function contactHref(c: ContactFacts): string {
  if (c.channel === 'phone') return `tel:${c.number}`;
  // RFC 5724: sms:<number>?body=<text>; both iOS and Android read the body this way.
  if (c.channel === 'sms') return `sms:${c.number}${c.keyword ? `?body=${encodeURIComponent(c.keyword)}` : ''}`;
  return c.url!;
}

function resource(id: string, text: Record<string, ResourceText>): Resource {
  const facts = CONTENT.resources[id]!;
  const words = text[id]!;
  return {
    ...facts,
    ...words,
    contacts: facts.contacts.map((c) => ({ ...c, ...words.contacts[c.id], href: contactHref(c) })),
  };
}

/** The crisis line and organizations for a country, in the reader's language. */
export function resourcesFor(country: string, lang: string): CountryResources {
  const code = CONTENT.countries[country] ? country : DEFAULT_COUNTRY;
  const facts = CONTENT.countries[code]!;
  const text = locale(lang).resources;
  return {
    ...facts,
    country: code,
    crisisLine: resource(facts.crisisLine, text),
    resources: facts.resources.map((id) => resource(id, text)),
  };
}
