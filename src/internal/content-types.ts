// The shape of the validated content that scripts/content.mjs generates from content/.
// scripts/content/schema.mjs checks the files; these types let the compiler check the generated module.

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

export interface TipFacts extends Reviewed {
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
  crisis?: boolean;
  open247?: boolean;
  free?: boolean;
}

export interface ResourceFacts extends Reviewed {
  id: string;
  kind: 'crisis-line' | 'organization';
  website: string;
  contacts: ContactFacts[];
}

export interface CountryFacts extends Reviewed {
  emergency: string;
  crisisLine: string;
  resources: string[];
}

export interface UiText {
  language: string;
  direction: 'ltr' | 'rtl';
  tips: {
    heading: string;
    intro: string;
    doHeading: string;
    avoidHeading: string;
    sayHeading: string;
    signsHeading: string;
    disclaimer: string;
  };
  resources: {
    heading: string;
    crisisHeading: string;
    emergency: string;
    websiteLabel: string;
    crisisBadge: string;
    notCrisisBadge: string;
    open247Badge: string;
    freeBadge: string;
  };
  common: { call: string; text: string; textKeyword: string; chat: string; reviewed: string; sources: string };
}

export interface TipText {
  title: string;
  summary: string;
  do: string[];
  avoid: string[];
  say: string;
  signs?: string[];
  signsNote?: string;
}

export interface ContactText {
  label?: string;
  action?: string;
  hours?: string;
  note?: string;
}

export interface ResourceText {
  name: string;
  summary: string;
  contacts: Record<string, ContactText>;
}

export interface LocaleContent {
  ui: UiText;
  tips: Record<string, TipText>;
  resources: Record<string, ResourceText>;
}

export interface Content {
  tips: TipFacts[];
  resources: Record<string, ResourceFacts>;
  countries: Record<string, CountryFacts>;
  locales: Record<string, LocaleContent>;
}
