import { LitElement, nothing, type PropertyValues } from 'lit';
import { VERSION } from '../generated/content.js';
import {
  DEFAULT_COUNTRY,
  FALLBACK_LANGUAGE,
  LANGUAGES,
  OTHER_COUNTRIES,
  hasCountry,
  loadPart,
  locale,
  partsFor,
} from './content.js';
import type { Channel, LocaleContent } from './content-types.js';

export type Theme = 'light' | 'dark' | 'auto';
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/** Detail of `ally-resource-activate`: which resource, and how the reader reached out. */
export interface ResourceActivateDetail {
  /** The resource's id (e.g. `lifeline-988`), `emergency`, or `own-1`… for your own resources. */
  id: string;
  channel: Channel;
}

/** Detail of `ally-tip-toggle`. */
export interface TipToggleDetail {
  id: string;
  open: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ally-tip-toggle': CustomEvent<TipToggleDetail>;
    'ally-resource-activate': CustomEvent<ResourceActivateDetail>;
  }
}
import { parseHeadingLevel, type HeadingLevel } from './heading.js';
import { inheritedLang, isRegionCode, matchLanguage, regionOf } from './locale.js';
import { warn } from './warn.js';

/** UK is not an ISO code, but people write it for GB. */
const alias = (code: string) => (code === 'UK' ? 'GB' : code);

// One observer per page re-renders every connected widget when a `lang` attribute changes on <html> or
// any light-DOM ancestor. It is made on first connection, never at import, so server rendering stays safe.
const connected = new Set<AllyElement>();
let langObserver: MutationObserver | undefined;

function watchLang(el: AllyElement): void {
  connected.add(el);
  if (!langObserver && typeof MutationObserver !== 'undefined') {
    langObserver = new MutationObserver(() => connected.forEach((e) => e.requestUpdate()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

/**
 * What every ally-widgets element shares: its version (for safe registration), the `heading` and
 * `heading-level` attributes, the language it renders in, and warnings that fire once per bad value.
 *
 * Reactive properties are declared with `static properties` and `declare` fields, not decorators: the
 * output is smaller and no build step has to lower decorator syntax (see README, "Contributing").
 */
export abstract class AllyElement extends LitElement {
  static readonly version: string = VERSION;

  static override properties = {
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    country: {},
    theme: {},
  };

  // The element's own `lang` is a native attribute, not a Lit property: observe it to re-render.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The widget's title; by default a localized one. */
  declare heading: string | undefined;
  /** The level (1–6) of the widget's title, so it fits the host page's heading outline. Default 2. */
  declare headingLevel: number | string | undefined;
  /**
   * ISO 3166-1 alpha-2 code of the reader's country, for its emergency number and lines. Default: the
   * region of the language (`en-GB` → GB), else US. Countries without lines of their own get an
   * international directory, never another country's lines.
   */
  declare country: string | undefined;
  /** `light` (default), `dark`, or `auto` to follow the reader's color-scheme preference. */
  declare theme: Theme | undefined;

  /** The validated heading level used for rendering. */
  protected level: HeadingLevel = 2;
  /** The validated theme, set on the root as data-theme. */
  protected shownTheme: Theme = 'light';
  /** The language tag that applies (own, inherited or the page's), e.g. `es-MX`. */
  protected langTag = '';
  /** The content language rendered, e.g. `es`. */
  protected language = FALLBACK_LANGUAGE;
  /** Whether the language tag has content (a known language or its base language). */
  protected langKnown = true;
  /** The country whose lines are shown: an ISO code with lines of its own, or OTHER_COUNTRIES. */
  protected countryCode = DEFAULT_COUNTRY;
  private warned = new Set<string>();
  /** While a content part loads, the widget waits for it rather than flash another language. */
  private pending?: Promise<unknown>;
  private ready = true;
  private failedParts = new Set<string>();
  private waitTimer?: ReturnType<typeof setTimeout>;
  private waited = false;

  /** How long (ms) a widget waits for a content part before it renders without it. */
  static loadWait = 3000;

  /** The element's tag name, for warnings. */
  protected get tag(): string {
    return this.localName;
  }

  /** The content in the rendered language. */
  protected get text(): LocaleContent {
    return locale(this.language);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  /** Warns once per element for each distinct problem, however often the element re-renders. */
  protected warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    warn(this.tag, message);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel')) this.level = parseHeadingLevel(this.headingLevel, this.tag);
    if (changed.has('theme')) this.shownTheme = this.oneOf('theme', this.theme, THEMES, 'light', 'auto');
    this.langTag = inheritedLang(this);
    let lang = this.langTag ? matchLanguage(this.langTag, LANGUAGES) : FALLBACK_LANGUAGE;
    if (!lang) {
      this.warnOnce(`no content in lang="${this.langTag}"; showing ${FALLBACK_LANGUAGE}. Languages: ${LANGUAGES.join(', ')}.`);
    }
    this.langKnown = Boolean(lang);
    lang ??= FALLBACK_LANGUAGE;
    const country = this.resolveCountry(this.country);
    const needed = partsFor(lang, country, this.extraParts(lang));
    // A part that failed to load is not retried by this widget: it renders without it.
    const missing = needed.filter((name) => !this.failedParts.has(name));
    if (missing.length) {
      this.pending ??= this.load(missing);
      // A slow network must not keep a crisis line off the screen: after a short wait, render what is
      // here (English; for a country not yet loaded, its emergency number and the directory) and
      // update when the rest arrives.
      this.waitTimer ??= setTimeout(() => ((this.waited = true), this.requestUpdate()), AllyElement.loadWait);
    }
    this.ready = missing.length === 0 || this.waited;
    if (needed.includes(`locale-${lang}`)) lang = FALLBACK_LANGUAGE;
    this.language = lang;
    this.countryCode = country;
  }

  /**
   * Reads an attribute with a fixed set of values: unset gives `unset`, an unknown value gives
   * `fallback` with one warning.
   */
  protected oneOf<T extends string>(name: string, value: string | null | undefined, allowed: readonly T[], unset: T, fallback = unset): T {
    if (value == null) return unset;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.warnOnce(`${name}="${value}" is not one of ${allowed.join(', ')}; using ${fallback}.`);
    return fallback;
  }

  /**
   * Tells the host page that the reader used a resource, for the host's own analytics (the widgets
   * record nothing). Links carry data-resource and data-channel; other clicks are ignored.
   */
  protected onActivate = (event: Event): void => {
    const link = (event.target as Element | null)?.closest?.('a[data-channel]');
    if (!link) return;
    const detail = { id: link.getAttribute('data-resource')!, channel: link.getAttribute('data-channel') as Channel };
    this.dispatchEvent(new CustomEvent('ally-resource-activate', { detail, bubbles: true, composed: true }));
  };

  private async load(parts: string[]): Promise<void> {
    const results = await Promise.all(parts.map(loadPart));
    parts.forEach((name, i) => {
      if (results[i]) return;
      this.failedParts.add(name);
      this.warnOnce(`could not load the content "${name}"; showing ${name.startsWith('locale') ? 'English' : 'international help'}.`);
    });
    this.pending = undefined;
    clearTimeout(this.waitTimer);
    this.waitTimer = undefined;
    this.waited = false;
    this.requestUpdate();
  }

  /** `updateComplete` also waits for a language that is loading, so callers see the finished widget. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pending) {
      await this.pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override render(): unknown {
    return this.ready ? this.renderWidget() : nothing;
  }

  /** Content parts this kind of widget needs besides its language and country (see content.ts). */
  protected extraParts(_lang: string): string[] {
    return [];
  }

  /** The widget's content, rendered once its language is loaded. */
  protected abstract renderWidget(): unknown;

  /**
   * The country whose lines to show: the `country` attribute, else the region of the language tag
   * (`en-GB` → GB), else the US. A country without lines of its own, or a code that is not a country,
   * gets OTHER_COUNTRIES (the international directory), never another country's lines.
   */
  private resolveCountry(attribute: string | undefined | null): string {
    const given = attribute?.trim();
    if (given) {
      const code = alias(given.toUpperCase());
      if (!isRegionCode(code)) {
        this.warnOnce(`country="${given}" is not an ISO 3166-1 alpha-2 country code; showing international help.`);
        return OTHER_COUNTRIES;
      }
      return hasCountry(code) ? code : OTHER_COUNTRIES;
    }
    // A language's region picks the country: es-MX → MX. A region that is no single country (es-419,
    // Latin America) or has no lines of its own gets the directory, never the US lines.
    const region = regionOf(this.langTag);
    if (region) return hasCountry(alias(region)) ? alias(region) : OTHER_COUNTRIES;
    return DEFAULT_COUNTRY;
  }
}
