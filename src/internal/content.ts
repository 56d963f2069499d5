// Typed access to the packaged content: the only module that knows how the generated data is laid out.
// Elements ask it for ready-to-render items; it never touches the DOM.
import { CONTENT, COUNTRIES, EMERGENCY, LANGUAGES as ALL_LANGUAGES, PART_LOADERS } from '../generated/content.js';
import type {
  ContentPart,
  ContactFacts,
  ContactText,
  CountryFacts,
  LocaleContent,
  ResourceFacts,
  ResourceText,
  Reviewed,
  TipFacts,
  TipText,
} from './content-types.js';

export type { Channel, GuideText, Source, UiText } from './content-types.js';

export const FALLBACK_LANGUAGE = 'en';
export const DEFAULT_COUNTRY = 'US';
/** The key of what readers in countries without their own lines see. */
export const OTHER_COUNTRIES = 'default';

/** Every language with content, e.g. ['en', 'es']. */
export const LANGUAGES: readonly string[] = ALL_LANGUAGES;

// ---- Parts loaded on demand ----
// The main module holds English, the US lines and the international directory. Another language, or
// another country's lines, is a part of its own: loaded the first time a widget needs it, then merged
// into CONTENT for every widget on the page.
const loaded = new Set<string>();
const loading = new Map<string, Promise<boolean>>();

/**
 * The parts a widget still needs for a language and a country, plus any of its own (`extra`); empty
 * when everything is loaded.
 */
export function partsFor(lang: string, country: string, extra: string[] = []): string[] {
  return [`locale-${lang}`, `country-${country}`, ...extra].filter((name) => name in PART_LOADERS && !loaded.has(name));
}

function merge(part: ContentPart): void {
  Object.assign(CONTENT.countries, part.countries);
  Object.assign(CONTENT.resources, part.resources);
  for (const [lang, words] of Object.entries(part.locales ?? {})) {
    const into = (CONTENT.locales[lang] ??= words as LocaleContent);
    const resources = { ...into.resources, ...words.resources };
    Object.assign(into, words, { resources });
  }
}

/** Loads a part; resolves to false if its module could not be loaded (a later call tries again). */
export function loadPart(name: string): Promise<boolean> {
  const loader = PART_LOADERS[name];
  if (!loader || loaded.has(name)) return Promise.resolve(Boolean(loader));
  let promise = loading.get(name);
  if (!promise) {
    promise = loader().then(
      (module) => (merge(module.default), loaded.add(name), loading.delete(name), true),
      () => (loading.delete(name), false),
    );
    loading.set(name, promise);
  }
  return promise;
}

/** The content for a language whose part is loaded, or English. */
export function locale(lang: string): LocaleContent {
  return CONTENT.locales[lang] ?? CONTENT.locales[FALLBACK_LANGUAGE]!;
}

/** Whether the content has lines of a country's own. */
export const hasCountry = (code: string): boolean => COUNTRIES.includes(code);

export const guideReview: Reviewed = CONTENT.guide;

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
  /** An ISO code, or OTHER_COUNTRIES. */
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

/**
 * The emergency number, crisis line and organizations for a country, in a language. A country without
 * lines of its own gets the international directory, never another country's lines.
 */
export function resourcesFor(country: string, lang: string): CountryResources {
  // A country whose part has not loaded (slow or failed) shows its emergency number, always bundled,
  // with the international directory.
  const code = hasCountry(country) && CONTENT.countries[country] ? country : OTHER_COUNTRIES;
  const facts = { ...CONTENT.countries[code]!, emergency: EMERGENCY[country] ?? CONTENT.countries[code]!.emergency };
  const text = locale(lang).resources;
  return {
    ...facts,
    country: code,
    crisisLine: resource(facts.crisisLine, text),
    resources: facts.resources.map((id) => resource(id, text)),
  };
}
