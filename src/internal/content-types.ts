// The shape of the validated content that scripts/content.mjs generates from content/.
// scripts/content/schema.mjs checks the files; these types let the compiler check the generated module.
import type { ownResourceCards, ownResourceData } from './own-resources.js';
import type { nationalList, ownList } from './resource-card.js';
import type { copied, keepCopy } from './copies.js';
import type { guideSections, tipList } from './prose.js';
import type { tipIds } from './tip-ids.js';
import type { CSSResult } from 'lit';

export interface Source {
  title: string;
  url: string;
}

/** Every item says when a person last checked it, and where its facts come from. */
export interface Reviewed {
  /** ISO day, YYYY-MM-DD. */
  reviewed: string;
  sources: Source[];
}

export interface TipFacts {
  id: string;
}

export type Channel = 'phone' | 'sms' | 'chat' | 'web';

export interface ContactFacts {
  id: string;
  channel: Channel;
  /** What a phone dials: +E.164 or a short code. */
  number?: string;
  display?: string;
  /** A word to send in a text message. */
  keyword?: string;
  url?: string;
  /** True: the line handles crises; false: it says it does not; absent: no source says either. */
  crisis?: boolean;
  open247?: boolean;
  free?: boolean;
  confidential?: boolean;
}

export interface ResourceFacts extends Reviewed {
  id: string;
  /** A directory (of helplines worldwide) serves readers in countries without lines of their own. */
  kind: 'crisis-line' | 'organization' | 'directory';
  /** The country whose readers it serves; absent for a directory. */
  country?: string;
  website?: string;
  contacts: ContactFacts[];
}

/** Checked in content/countries.yaml with its sources and review date; those stay out of the bundle. */
export interface CountryFacts {
  /** Absent where no official source confirms the number: readers are told to call their local one. */
  emergency?: string;
  crisisLine: string;
  /** Where the national line depends on the reader's language: another line for a language (BE: fr). */
  crisisLineFor?: Record<string, string>;
  resources: string[];
}

export interface UiText {
  language: string;
  direction: 'ltr' | 'rtl';
  tips: {
    heading: string;
    intro: string;
    // The words marked optional are in every language's part, but the English ones are in the code part
    // that shows them, not in the bundle (scripts/content.mjs, PART_WORDS).
    doHeading?: string;
    avoidHeading?: string;
    sayHeading?: string;
    signsHeading?: string;
    disclaimer: string;
    crisisPrompt: string;
  };
  crisis: {
    heading: string;
    emergency: string;
    emergencyLocal: string;
    expect: string;
    crisisBadge: string;
    notCrisisBadge: string;
    open247Badge: string;
    freeBadge: string;
    confidentialBadge: string;
    stepsHeading: string;
    countryLabel: string;
    otherCountry: string;
  };
  resources: {
    heading: string;
    ownHeading?: string;
    websiteLabel?: string;
    /** Labels an organization's opening hours: "Hours". */
    hoursLabel?: string;
  };
  common: { call: string; text: string; textKeyword: string; chat: string; reviewed: string; sources: string };
}

/** What a tip says: its title and summary always; its detail once loaded (see content.ts, "Parts"). */
export interface TipText extends Partial<TipDetail> {
  title: string;
  summary: string;
}

/** Loaded with the detail: its review date and sources show only there. */
export interface TipDetail extends Reviewed {
  do: string[];
  avoid: string[];
  say: string;
  signs?: string[];
  signsNote?: string;
}

export interface ContactText {
  /** The word to text in this language, where it differs from the facts' (988: AYUDA in Spanish). */
  keyword?: string;
  label?: string;
  action?: string;
  hours?: string;
  note?: string;
}

export interface ResourceText {
  name: string;
  summary: string;
  /** What to expect when you reach out (crisis lines). */
  expect?: string;
  /** What happens when you call, step by step, where a source states it. */
  steps?: string[];
  contacts: Record<string, ContactText>;
}

/** The guide's own words, with its review date and sources (shown at its end). */
export interface GuideText extends Reviewed {
  heading: string;
  allyHeading: string;
  ally: string[];
  signsHeading: string;
  signsIntro: string;
  closingHeading: string;
  closing: string[];
}

export interface LocaleContent {
  ui: UiText;
  tips: Record<string, TipText>;
  resources: Record<string, ResourceText>;
  /** Loaded on demand: only <ally-guide> needs it (see partsFor). */
  guide?: GuideText;
  /** Every review date (YYYY-MM-DD) in the content, as this language writes it. */
  days?: Record<string, string>;
  /** The countries with lines of their own (ISO codes), named in this language, in its alphabetical order. */
  countries?: Record<string, string>;
}

export interface Content {
  tips: TipFacts[];
  resources: Record<string, ResourceFacts>;
  /** Keyed by ISO 3166-1 alpha-2 code, plus `default` for every other country. */
  countries: Record<string, CountryFacts>;
  locales: Record<string, LocaleContent>;
}

/** A piece of content loaded on demand (another language, another country's lines), merged in. */
export interface ContentPart {
  /** More time zones, in the form of ZONES (generated content.ts). */
  zones?: string;
  countries?: Record<string, CountryFacts>;
  resources?: Record<string, ResourceFacts>;
  /** A whole language, or pieces of one (English resources' words, tips' details, the guide's words). */
  locales?: Record<string, Partial<Omit<LocaleContent, 'tips'>> & { tips?: Record<string, Partial<TipText>> }>;
  /** A country's part: the loaders of its lines' words in each other language (`words-fr-GB`). */
  parts?: Record<string, () => Promise<{ default: ContentPart }>>;
  /** A part made of code, not content, under its own name (scripts/content.mjs, CODE_PARTS). */
  code?: Partial<CodeParts>;
}

/** What every code part may bring besides its functions. */
export interface CodePart {
  /** Styles for what it renders, adopted by the widgets that use it (AllyElement.styledBy). */
  styles?: CSSResult;
}

/**
 * The code that only some widgets need, each loaded as a part of its own the first time one does: it
 * comes like content, with its wait budget, its preload and one warning should it fail.
 */
export interface CodeParts {
  /** Reading and checking a host's own resources (own-resources.ts). */
  own: CodePart & { data: typeof ownResourceData; cards: typeof ownResourceCards };
  /** The organizations' cards of <ally-resources> (resource-card.ts). */
  cards: CodePart & {
    ownList: typeof ownList;
    nationalList: typeof nationalList;
    copied: typeof copied;
    keepCopy: typeof keepCopy;
    styles: CSSResult;
  };
  /** The tips and the guide's own sections, whose text is a part too (prose.ts), and the tips' styles. */
  prose: CodePart & {
    tipIds: typeof tipIds;
    tipList: typeof tipList;
    guideSections: typeof guideSections;
    styles: CSSResult;
  };
}
