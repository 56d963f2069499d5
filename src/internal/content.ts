// Typed access to the packaged content: the only module that knows how the generated data is laid out.
// Elements ask it for ready-to-render items; it never touches the DOM.
import { CSSResult, isServer } from 'lit';
import {
  CONTENT,
  COUNTRIES as ALL_COUNTRIES,
  EMERGENCY,
  LANGUAGES as ALL_LANGUAGES,
  PART_LOADERS,
  VERSION,
  ZONES,
} from '../generated/content.js';
import { describe, warn } from './warn.js';
import type {
  ContentPart,
  ContactFacts,
  ContactText,
  CountryFacts,
  LocaleContent,
  CodeParts,
  ResourceFacts,
  ResourceText,
  TipFacts,
  TipText,
} from './content-types.js';

export type { Channel, GuideText, Source, UiText } from './content-types.js';

export const FALLBACK_LANGUAGE = 'en';
/** The key of what readers in countries without their own lines see. */
export const OTHER_COUNTRIES = 'default';

/** Every language with content, e.g. ['en', 'es']. */
export const LANGUAGES: readonly string[] = ALL_LANGUAGES;

// ---- Parts loaded on demand ----
// The main module holds English (but for the tips and the guide's own words), the US lines, every
// confirmed emergency number and the international directory. Another language, another country's
// lines, the English tips (their titles and summaries; their details) and guide words are parts of their
// own: loaded the first time a widget needs one, then merged into CONTENT for every widget on the page.
// Widgets never wait for a part to render: they show what is here and upgrade when it arrives (see
// locale-controller.ts).
//
// Each part is requested once per page, never retried, and judged once: it arrives, fails (network,
// wrong shape) or is late (past its wait budget; it still upgrades the widgets if it comes). The budget
// starts with the first request, so a widget and the widgets inside it share it.
type PartState = 'loaded' | 'failed' | 'late';
const states = new Map<string, PartState>();
const arrivals = new Map<string, Promise<boolean>>();
const waits = new Map<string, Promise<unknown>>();

/**
 * The parts a widget still lacks, for a language and a country, plus any of its own (`extra`): those
 * neither loaded nor failed. A late one is among them: it still upgrades the widget when it comes.
 */
export function partsFor(lang: string, country: string, extra: string[] = []): string[] {
  // A country's words in a language are known once the country's part is here (see merge).
  return [`locale-${lang}`, `country-${country}`, `words-${lang}-${country}`, ...extra].filter((name) => {
    const state = states.get(name);
    return name in PART_LOADERS && (state === undefined || state === 'late');
  });
}

/** Whether a part is here: bundled (not a part at all) or loaded. */
export const isLoaded = (name: string): boolean => !(name in PART_LOADERS) || states.get(name) === 'loaded';

/** Whether a part exists and is still to come: not loaded, failed or late. */
export const isPending = (name: string): boolean => name in PART_LOADERS && !states.has(name);

/**
 * The language whose text parts (tips, details, guide) a widget in `lang` asks for: its own while its
 * language's file is coming or here, English once that file failed or is late (the widget shows English
 * then, and needs English text).
 */
export const textLanguage = (lang: string): string =>
  isPending(`locale-${lang}`) || isLoaded(`locale-${lang}`) ? lang : FALLBACK_LANGUAGE;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a guard for JSON read field by field
const isObject = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether a part holds what its name promises, in the shape the widgets read. A stale or corrupted file
 * on a CDN must not reach the renderer; anything deeper the widgets render defensively.
 */
function validPart(name: string, part: unknown): part is ContentPart {
  if (!isObject(part)) return false;
  const [kind, key = ''] = name.split('-');
  const words = part.locales?.[kind === 'country' || kind === 'orgs' ? FALLBACK_LANGUAGE : key];
  if (kind === 'locale') {
    const ui = words?.ui;
    return (
      isObject(words?.tips) && isObject(words.resources) && ['tips', 'crisis', 'resources', 'common'].every((key) => isObject(ui?.[key]))
    );
  }
  if (kind === 'details' || kind === 'tips') return isObject(words?.tips);
  if (kind === 'words') return isObject(words?.resources);
  if (kind === 'orgs')
    return (
      isObject(part.resources) &&
      Object.keys(part.resources).every((id) => Array.isArray(part.resources[id]?.contacts) && isObject(words?.resources?.[id]))
    );
  if (kind === 'guide') return isObject(words?.guide);
  if (kind === 'zones') return typeof part.zones === 'string';
  // Code: its functions, under the part's name, and any styles it brings (see AllyElement.styledBy).
  if (part.code) {
    const fns = part.code[name as keyof CodeParts];
    // Styles must be a css`` result: anything else would make adopting them throw, outside render's guard.
    return (
      isObject(fns) && Object.entries(fns).every(([key, fn]) => typeof fn === 'function' || (key === 'styles' && fn instanceof CSSResult))
    );
  }
  // A country: its facts, and its crisis line's facts and English words (the rest renders defensively).
  const facts = part.countries?.[key];
  const line = facts?.crisisLine;
  return (
    Array.isArray(facts?.resources) &&
    Array.isArray((part.resources?.[line] ?? CONTENT.resources[line])?.contacts) &&
    isObject(words?.resources?.[line] ?? locale(FALLBACK_LANGUAGE).resources[line])
  );
}

/**
 * Words for a language whose own part is not here yet (a country's part carries its lines' words in
 * every language): kept aside, and merged when that language arrives.
 */
const waitingWords = new Map<string, NonNullable<ContentPart['locales']>[string][]>();

/** Adds a part to CONTENT without ever replacing what is there: the bundled content stays intact. */
function merge(part: ContentPart): void {
  if (part.zones) zones += ` ${part.zones}`;
  for (const [name, fns] of Object.entries(part.code ?? {})) (code as Record<string, unknown>)[name] ??= fns;
  Object.assign(PART_LOADERS, part.parts);
  for (const [code, facts] of Object.entries(part.countries ?? {})) CONTENT.countries[code] ??= facts;
  for (const [id, facts] of Object.entries(part.resources ?? {})) CONTENT.resources[id] ??= facts;
  for (const [lang, words] of Object.entries(part.locales ?? {})) {
    const into = CONTENT.locales[lang];
    if (!into) {
      // Only a whole language (its interface text) makes the language known.
      if (!words.ui) {
        waitingWords.set(lang, [...(waitingWords.get(lang) ?? []), words]);
        continue;
      }
      CONTENT.locales[lang] = words as LocaleContent;
      for (const early of waitingWords.get(lang) ?? []) merge({ locales: { [lang]: early } });
      waitingWords.delete(lang);
      continue;
    }
    for (const [id, text] of Object.entries(words.resources ?? {})) into.resources[id] ??= text;
    // A tip's text joins whatever of it is here, which stays as it is.
    for (const [id, text] of Object.entries(words.tips ?? {})) into.tips[id] = { ...text, ...into.tips[id] } as TipText;
    into.guide ??= words.guide;
  }
}

function report(name: string, problem: string): void {
  // By the part's kind; any other part is code (scripts/content.mjs, CODE_PARTS), without which the rest shows.
  const instead = /^(country|zones)/.test(name)
    ? 'international help'
    : /^(locale|tips|details|words|orgs|guide)-/.test(name)
      ? 'English'
      : 'the rest';
  warn('ally-widgets', `the content "${name}" ${problem}; showing ${instead} meanwhile.`);
}

/** How a part that runs as a module script of the page gives itself over, by the part's name (see handOver). */
const handOvers = new Map<string, (part: unknown) => void>();

/** Requests a part once; resolves true when it is merged, false when it failed. Never rejects. */
export function arrival(name: string): Promise<boolean> {
  let promise = arrivals.get(name);
  if (!promise) {
    promise = Promise.race([
      new Promise((resolve) => handOvers.set(name, resolve)),
      Promise.resolve()
        .then(PART_LOADERS[name])
        .then((module) => module?.default),
    ])
      .then((part) => {
        if (!validPart(name, part)) throw new Error('has the wrong shape');
        merge(part);
        states.set(name, 'loaded');
        return true;
      })
      .catch((error: unknown) => {
        // A late part was reported already; say nothing more when it finally fails.
        if (states.get(name) !== 'late') report(name, `could not be loaded (${describe(error)})`);
        states.set(name, 'failed');
        return false;
      });
    arrivals.set(name, promise);
  }
  return promise;
}

/**
 * Resolves when every part has arrived, failed or passed its wait budget (`wait` ms from its first
 * request), whichever comes first. Never rejects, never hangs.
 */
export function settleParts(names: string[], wait: number): Promise<unknown> {
  return Promise.all(
    names.map((name) => {
      let settled = waits.get(name);
      if (!settled) {
        let timer: ReturnType<typeof setTimeout>;
        const late = new Promise((resolve) => (timer = setTimeout(resolve, wait)));
        settled = Promise.race([arrival(name), late]).then(() => {
          clearTimeout(timer);
          if (states.has(name)) return;
          states.set(name, 'late');
          report(name, `did not arrive within ${wait / 1000} s`);
        });
        waits.set(name, settled);
      }
      return settled;
    }),
  );
}

/**
 * A part whose file the page loads as a module script, after the bundle's (README, "With a script tag"),
 * gives itself over when it runs (the build ends every part file so): the widgets have it before the
 * page's next frame, where the bundle's import() of that same file resolves only after it (some 10 ms
 * while a page loads, measured in Chromium).
 */
if (!__ALLY_SSR__)
  (globalThis as Record<symbol, unknown>)[Symbol.for(`ally-widgets@${VERSION}:part`)] = (name: string, part: unknown) => {
    void arrival(name);
    handOvers.get(name)!(part);
  };

let preloads: Promise<unknown> | null | undefined;

/**
 * The parts a page preloads (see AllyElement.beforeDefine), and the words of the page's own language
 * (`<html lang>`) when they are a part, preloaded or not: given at most a second; undefined when there
 * are none, or once that second or the parts are over. The parts keep their whole wait budget (`wait`).
 */
export function preloadedParts(wait: number): Promise<unknown> | undefined {
  // A server has no page to scan: it loads every part before rendering (src/ssr.ts).
  if (isServer) return undefined;
  if (preloads === undefined) {
    const doc = globalThis.document;
    // Our files among the page's module scripts (README) and preloads (what earlier READMEs advised):
    // part-<name>-<release>.js, where no part's name followed by "-" begins another's.
    const tags = doc?.querySelectorAll<HTMLScriptElement & HTMLLinkElement>('script[src],link[rel=modulepreload]') ?? [];
    const files = [...tags].map((tag) => tag.src || tag.href).join(' ');
    // A page in Spanish that did not preload Spanish still gets its first render in Spanish, so that it
    // does not switch (and grow) a moment later.
    const page = `locale-${(doc?.documentElement?.getAttribute('lang') ?? '').toLowerCase().split(/[-_]/)[0]}`;
    const names = Object.keys(PART_LOADERS).filter((name) => name === page || files.includes(`/part-${name.toLowerCase()}-`));
    preloads = names.length
      ? Promise.race([settleParts(names, wait), new Promise((r) => setTimeout(r, 1000))]).then(() => (preloads = null))
      : null;
  }
  return preloads ?? undefined;
}

let zones = ZONES;
const code: Partial<CodeParts> = {};

/** A part's code, once the part is here (see scripts/content.mjs, CODE_PARTS). */
export const codeOf = <K extends keyof CodeParts>(name: K): CodeParts[K] | undefined => code[name];
/** The time zones of the countries with lines of their own, as far as loaded (see locale.ts, zoneCountry). */
export const zoneTable = (): string => zones;

/** Whether a language's words are loaded (English always is). */
export const hasLocale = (lang: string): boolean => Boolean(CONTENT.locales[lang]);

/** The content for a language whose part is loaded, or English. */
export function locale(lang: string): LocaleContent {
  return CONTENT.locales[lang] ?? CONTENT.locales[FALLBACK_LANGUAGE]!;
}

/** Whether the content has lines of a country's own. */
// A country with lines of its own is bundled (the US) or has a part of its own.
export const hasCountry = (code: string): boolean => COUNTRIES.includes(code);

/** Every country with lines of its own (ISO codes), bundled or in a part. */
export const COUNTRIES: readonly string[] = ALL_COUNTRIES;

// ---- Tips ----

export interface Tip extends TipFacts, TipText {}

/** Every tip id, in the default order. */
export const TIP_IDS: readonly string[] = CONTENT.tips.map((t) => t.id);

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
  const words = text[id] ?? locale(FALLBACK_LANGUAGE).resources[id]!;
  return {
    ...facts,
    ...words,
    // The words may give the keyword to text in their language (988: AYUDA), so the link is made after.
    contacts: facts.contacts.map((c) => {
      const contact = { ...c, ...words.contacts[c.id] };
      return { ...contact, href: contactHref(contact) };
    }),
  };
}

/** The international directory of helplines, in a language: help for a reader in any country. */
export const directory = (lang: string): Resource => resource(CONTENT.countries[OTHER_COUNTRIES]!.crisisLine, locale(lang).resources);

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
  // The line for the reader's language where the country has one (BE: French), the other then listed.
  const line = facts.crisisLineFor?.[lang] ?? facts.crisisLine;
  const others = line === facts.crisisLine ? facts.resources : [facts.crisisLine, ...facts.resources.filter((id) => id !== line)];
  return {
    ...facts,
    country: code,
    crisisLine: resource(line, text),
    // A bundled country's organizations show once their part is here (see partsFor).
    resources: others.filter((id) => CONTENT.resources[id]).map((id) => resource(id, text)),
  };
}
