import { LitElement, html, isServer, nothing, type CSSResult, type CSSResultOrNative, type PropertyValues } from 'lit';
import { VERSION } from '../generated/content.js';
import { FALLBACK_LANGUAGE, OTHER_COUNTRIES, codeOf, locale, preloadedParts, resourcesFor } from './content.js';
import type { Channel, CodeParts, LocaleContent } from './content-types.js';

/** What Lit's hydration support (@lit-labs/ssr-client) sets on an element whose shadow root a server rendered. */
type Hydratable = { _$needsHydration?: boolean };
/**
 * Whether this build hydrates what a server rendered: the npm build does; the script-tag builds, whose Lit
 * has no hydration support, leave that code out and render such a widget afresh (vite.config.ts).
 */
const HYDRATION = __ALLY_SSR__;

export type Theme = 'light' | 'dark' | 'auto';
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
export type Appearance = 'card' | 'plain';
const APPEARANCES: readonly Appearance[] = ['card', 'plain'];

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
import { LocaleController } from './locale-controller.js';
import { adoptInto } from './document-styles.js';
import { crisisCallout } from './crisis-callout.js';
import { countryPicker } from './country-picker.js';
import { toggleSources } from './reviewed.js';
import { describe, toText, warn } from './warn.js';

/**
 * What every ally-widgets element shares: its version (for safe registration), the `heading`,
 * `heading-level`, `country` and `theme` inputs, the language and country it renders for (with the
 * content parts they need: see LocaleController), and warnings that fire once per bad value.
 *
 * Every input may be any JavaScript value a page or framework passes: it is converted or rejected with
 * one warning, and rendering is isolated, so no input can take the crisis line down with the widget.
 *
 * Reactive properties are declared with `static properties` and `declare` fields, not decorators: the
 * output is smaller and no build step has to lower decorator syntax (see README, "Contributing").
 *
 * The tags below document what every widget shares, for the Custom Elements Manifest (README, "In
 * frameworks"); each widget inherits them.
 *
 * @attr {string} lang - A language tag such as `es` or `es-MX`. Default: the closest ancestor's `lang`, else `<html lang>`, else `en`.
 * @attr {1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6'} heading-level - The level of the widget's title, so it fits the page's outline; everything inside nests below it. Default `2`.
 *
 * @fires {CustomEvent<ResourceActivateDetail>} ally-resource-activate - A reader follows a phone, text, chat or web link. `detail`: `{ id, channel }`, channel `web` | `phone` | `sms` | `chat`. Bubbles out of the widget.
 *
 * @csspart root - The widget's box.
 *
 * @cssprop --ally-font-family - The font. Default: your page's font.
 * @cssprop [--ally-font-size=medium] - The base text size. Default: the reader's own browser setting.
 * @cssprop [--ally-color-text=light-dark(#1f2328, #e6edf3)] - Text color.
 * @cssprop [--ally-color-muted=light-dark(#57606a, #9da7b3)] - Secondary text color (review dates, notes).
 * @cssprop [--ally-color-surface=light-dark(#ffffff, #0d1117)] - Background.
 * @cssprop [--ally-color-border=light-dark(#d0d7de, #3d444d)] - Borders.
 * @cssprop [--ally-color-accent=light-dark(#1a5fb4, #79b8ff)] - Links, buttons and focus rings.
 * @cssprop [--ally-color-crisis=light-dark(#a4262c, #ff9e97)] - The crisis callout's border, heading and buttons.
 * @cssprop [--ally-color-on-crisis=light-dark(#ffffff, #1c0505)] - Text on the crisis buttons.
 * @cssprop [--ally-color-crisis-surface=light-dark(#fdf3f3, #2a1215)] - The crisis callout's background.
 * @cssprop [--ally-radius=0.5em] - Corner radius.
 * @cssprop [--ally-space=1em] - Spacing.
 */
export abstract class AllyElement extends LitElement {
  static readonly version: string = VERSION;

  static override properties = {
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    country: {},
    theme: {},
    appearance: {},
    noCountryPicker: { type: Boolean, attribute: 'no-country-picker' },
  };

  // The element's own `lang` is a native attribute, not a Lit property: observe it to re-render.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * The widget's title; by default a localized one.
   * @attr heading
   */
  declare heading: string | undefined;
  /**
   * The level (1–6) of the widget's title, so it fits the host page's heading outline. Default 2.
   * @attr heading-level
   */
  declare headingLevel: number | string | undefined;
  /**
   * An ISO 3166-1 alpha-2 code such as `GB`: the country whose emergency number and lines to show.
   * Default: where the reader is (the README's "Which country": the region of a `lang` on the widget or
   * its container, `es-MX` → MX, else the reader's device, else the page's `lang`). A country without
   * lines of its own gets an international directory of helplines, never another country's lines.
   * @attr country
   */
  declare country: string | undefined;
  /**
   * Hides the "Help in:" country picker of `<ally-resources>`, `<ally-crisis>` and `<ally-guide>`, for
   * sites whose readers are all in one country.
   * @attr no-country-picker
   */
  declare noCountryPicker: boolean;
  /**
   * `light` (default), `dark`, or `auto` to follow the reader's color-scheme preference.
   * @attr theme
   */
  declare theme: Theme | undefined;
  /**
   * `card` (default): the widget draws its own border and padding. `plain`: neither, for a page that
   * already frames it (an intranet card, a sidebar panel), so there is no box inside a box.
   * @attr appearance
   */
  declare appearance: Appearance | undefined;

  /**
   * Registration waits for the content parts the page loads with the script (module scripts of our own
   * part files after it, as the embed builder writes them, or preloads of them), and for the words of
   * the page's language (`<html lang>`) whether the page names them or not, at most a second: the
   * widgets' first render is then in the page's language and country, and the optional stylesheet holds
   * their space until then, so the reader sees no switch from English and the page does not move. A
   * slow file waits no longer: the crisis line must not.
   * @internal
   */
  static beforeDefine(): Promise<unknown> | undefined {
    return preloadedParts(AllyElement.loadWait);
  }

  /**
   * How long (ms) widgets let a content part (another language or country) load before they report it
   * late and `updateComplete` settles without it. They render at once either way.
   */
  static loadWait = 3000;

  /** The validated heading level used for rendering. */
  protected level: HeadingLevel = 2;
  /** The validated theme, set on the root as data-theme. */
  protected shownTheme: Theme = 'light';
  /** The validated appearance, set on the root as data-appearance. */
  protected shownAppearance: Appearance = 'card';
  /** The `heading` given, as trimmed text; undefined for the localized default. */
  protected headingText?: string;
  /** The `country` given, as text. */
  protected countryText?: string;
  protected readonly locale = new LocaleController(
    this,
    () => AllyElement.loadWait,
    (lang, country) => this.extraParts(lang, country),
  );
  private warned = new Set<string>();
  /**
   * A widget whose shadow root a server rendered (declarative shadow DOM): the server's nodes until it
   * hydrates, then true until it has rendered by the browser's rules (see update).
   */
  declare private server?: ChildNode[] | true;
  /** Settles when a hydrated widget has rendered by the browser's rules. */
  declare private settling?: Promise<unknown>;
  /** Whether the widget adopted a server's markup: its picker then keeps the server's options (see picker). */
  declare private hydrated?: boolean;

  /**
   * Whether this render follows the server's rules: on a server, and in the browser until a widget the
   * server rendered has hydrated. Only the widget's own attributes and properties count then — no
   * ancestor's `lang`, no device, no `<ally-resource>` children — so both render the same.
   */
  protected get serverRules(): boolean {
    return isServer || (HYDRATION && this.server !== undefined);
  }

  /** The language tag that applies (own, inherited or the page's), e.g. `es-MX`. */
  protected get langTag(): string {
    return this.locale.tag;
  }
  /** The content language rendered, e.g. `es`. */
  protected get language(): string {
    return this.locale.language;
  }
  /** Whether the language tag has content (a known language or its base language). */
  protected get langKnown(): boolean {
    return this.locale.known;
  }
  /** The country whose lines are shown: an ISO code with lines of its own, or OTHER_COUNTRIES. */
  protected get countryCode(): string {
    return this.locale.country;
  }

  /** The element's tag name, for warnings. */
  protected get tag(): string {
    return this.localName;
  }

  /** "Help in: <country>", to show another country's help on the whole page; nothing if hidden. */
  protected picker(): unknown {
    if (this.noCountryPicker) return nothing;
    // A widget that adopted a server's markup updates the server's options in place (as a template).
    return countryPicker(this, this.countryCode, this.language, this.text.ui, !this.serverRules, !(HYDRATION && this.hydrated));
  }

  /** The content in the rendered language. */
  protected get text(): LocaleContent {
    return locale(this.language);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /**
   * Warns once per element for each distinct problem, however often the element re-renders.
   * @internal
   */
  warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    warn(this.tag, message);
  }

  // Styles are adopted for the document the widget lives in, and again when it moves to another one
  // (a same-origin iframe, document picture-in-picture): constructed sheets belong to one document.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A server has no document to adopt styles in (Lit's SSR renders them as a <style>).
    if (isServer) return super.createRenderRoot();
    const ctor = this.constructor as typeof LitElement;
    let root = this.shadowRoot;
    if (root?.firstChild) {
      if (HYDRATION) {
        // Rendered by a server: what it shows stays until the widget hydrates (see update). With Lit's
        // hydration support loaded, LitElement's own createRenderRoot marks the widget for hydration.
        this.server = [...root.childNodes];
        super.createRenderRoot();
        this.renderOptions.renderBefore = null;
      } else root.replaceChildren();
    }
    root ??= this.attachShadow(ctor.shadowRootOptions);
    adoptInto(root, this.allStyles());
    if (!(HYDRATION && this.server)) this.renderOptions.renderBefore ??= root.firstChild;
    return root;
  }

  /**
   * A widget the server rendered keeps the server's nodes: it waits, showing them, for the content parts
   * they were rendered with (within their wait budget), then hydrates by the server's rules, so that
   * Lit adopts the nodes as they are. Without Lit's hydration support, with a part that failed, or
   * should hydration find other markup, it renders afresh instead. Then, once the widgets inside it
   * have hydrated too, it renders by the browser's rules, which updates in place whatever they change
   * (the reader's country, an ancestor's `lang`, `<ally-resource>` children).
   */
  protected override update(changed: PropertyValues<this>): void {
    // A code part with styles of its own has come: the widget adopts them before it renders what they style.
    // (Where sheets cannot be adopted, Lit appends <style> elements: never twice.)
    const root = this.shadowRoot;
    if (!isServer && root && 'adoptedStyleSheets' in root && this.partStyles().length !== this.styled) adoptInto(root, this.allStyles());
    if (!HYDRATION) return super.update(changed);
    const server = this.server;
    if (!Array.isArray(server)) return super.update(changed);
    // ReactiveElement's own update, which only marks the update done: the server's nodes stay.
    if (this.locale.pending) return Object.getPrototypeOf(LitElement.prototype).update.call(this, changed);
    this.server = true;
    const self = this as Hydratable;
    let hydrated = false;
    if (self._$needsHydration && this.locale.complete) {
      try {
        super.update(changed);
        hydrated = this.hydrated = true;
      } catch (error) {
        this.warnOnce(`could not hydrate the server's markup (${describe(error)}); rendering it again.`);
      }
    }
    if (!hydrated) {
      for (const node of server) node.remove();
      self._$needsHydration = false;
      super.update(changed);
    }
    const inner = [...this.renderRoot.querySelectorAll('*')].filter((el): el is AllyElement => el instanceof AllyElement);
    this.settling = Promise.all(inner.map((el) => el.updateComplete)).then(() => {
      this.server = this.settling = undefined;
      this.requestUpdate();
    });
  }

  adoptedCallback(): void {
    // Without adoptable sheets, Lit's <style> elements moved with the root: nothing to do.
    if (this.shadowRoot && 'adoptedStyleSheets' in this.shadowRoot) adoptInto(this.shadowRoot, this.allStyles());
  }

  /**
   * The code parts whose styles this kind of widget adopts once they are here, for what those parts
   * render: the bundle does not carry them (see prose.ts). A server renders every part's styles as static
   * ones (src/ssr.ts).
   * @internal
   */
  static readonly styledBy: readonly (keyof CodeParts)[] = [];

  /**
   * The styles of the code parts in styledBy that are here (a server adds them to its static styles).
   * @internal
   */
  static partStyles(): CSSResult[] {
    return this.styledBy.flatMap((name) => codeOf(name)?.styles ?? []);
  }

  private partStyles(): CSSResult[] {
    return (this.constructor as typeof AllyElement).partStyles();
  }
  /** How many of partStyles the widget's root has adopted. */
  private styled = 0;

  private allStyles(): CSSResultOrNative[] {
    const extra = this.partStyles();
    this.styled = extra.length;
    return [...(this.constructor as typeof LitElement).elementStyles, ...extra];
  }

  /**
   * Reads the inputs (see readInputs). Whatever a page passes, this never throws: an update that threw
   * would render nothing at all.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    try {
      this.readInputs(changed);
    } catch (error) {
      this.warnOnce(`bad settings (${describe(error)}); using defaults.`);
      // Language and country still apply, so the reader gets their crisis line.
      try {
        this.locale.resolve(this.countryText, this.serverRules);
      } catch {
        // The bundled defaults (English, the US) stay.
      }
    }
  }

  /** Validates the inputs that changed; subclasses add their own, calling this first. */
  protected readInputs(changed: PropertyValues<this>): void {
    // The on/off properties (no-crisis, open…) as any framework may set them: a value other than true or
    // false counts by its truth, but the text "false" (as a template may pass it) as false, with one
    // warning. Reading a value's truth never throws, not even for a revoked Proxy.
    const props = this as unknown as Record<string, unknown>;
    for (const name of changed.keys() as IterableIterator<string>) {
      const value = props[name];
      if ((this.constructor as typeof AllyElement).elementProperties.get(name)?.type !== Boolean || typeof value === 'boolean') continue;
      const on = typeof value === 'string' ? !/^\s*false\s*$/i.test(value) : Boolean(value);
      if (value != null) this.warnOnce(`${name}=${describe(value)} is not true or false; taken as ${on}.`);
      props[name] = on;
    }
    if (changed.has('headingLevel')) this.level = parseHeadingLevel(this.headingLevel, (m) => this.warnOnce(m));
    if (changed.has('theme')) this.shownTheme = this.oneOf('theme', this.theme, THEMES, 'light', 'auto');
    if (changed.has('appearance')) this.shownAppearance = this.oneOf('appearance', this.appearance, APPEARANCES, 'card');
    if (changed.has('heading')) this.headingText = toText(this.heading, 'heading', (m) => this.warnOnce(m))?.trim() || undefined;
    if (changed.has('country')) this.countryText = toText(this.country, 'country', (m) => this.warnOnce(m));
    this.locale.resolve(this.countryText, this.serverRules);
  }

  /**
   * Reads an attribute with a fixed set of values: unset gives `unset`, an unknown value gives
   * `fallback` with one warning.
   */
  protected oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], unset: T, fallback = unset): T {
    if (value === undefined || value === null) return unset;
    if ((allowed as readonly unknown[]).includes(value)) return value as T;
    this.warnOnce(`${name}=${describe(value)} is not one of ${allowed.join(', ')}; using ${fallback}.`);
    return fallback;
  }

  /**
   * Clicks anywhere in the widget, handled once on its root (so copied markup works too): a "Sources"
   * button opens its sources (see reviewed.ts); and the host page is told that the reader used a
   * resource, for the host's own analytics (the widgets
   * record nothing). Links carry data-resource and data-channel; other clicks are ignored.
   */
  protected onActivate = (event: Event): void => {
    if (toggleSources(event.target as Element | null)) return;
    const link = (event.target as Element | null)?.closest?.('a[data-channel]');
    if (!link) return;
    const detail = { id: link.getAttribute('data-resource')!, channel: link.getAttribute('data-channel') as Channel };
    this.dispatchEvent(new CustomEvent('ally-resource-activate', { detail, bubbles: true, composed: true }));
  };

  /**
   * `updateComplete` also waits for content parts being loaded (never past their wait budget), and for a
   * hydrated widget's first render by the browser's rules.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.locale.pending || (HYDRATION && this.settling)) {
      await this.locale.pending;
      if (HYDRATION) await this.settling;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * The widget, or — should anything in it fail to render (content of the wrong shape, say) — its
   * crisis callout from the bundled content, so the emergency number and crisis line always show.
   */
  protected override render(): unknown {
    try {
      return this.renderWidget();
    } catch (error) {
      this.warnOnce(
        `could not render (${describe(error)}); showing ${this.language === FALLBACK_LANGUAGE ? 'the crisis line only' : 'English'}.`,
      );
    }
    // Another language's words of the wrong shape: English, which is in the script.
    if (this.language !== FALLBACK_LANGUAGE) {
      this.locale.language = FALLBACK_LANGUAGE;
      try {
        return this.renderWidget();
      } catch {
        // Then the crisis line only.
      }
    }
    try {
      return this.renderEssentials(this.countryCode);
    } catch {
      return this.renderEssentials(OTHER_COUNTRIES);
    }
  }

  private renderEssentials(country: string): unknown {
    const ui = locale(FALLBACK_LANGUAGE).ui;
    const view = resourcesFor(country, FALLBACK_LANGUAGE);
    return html`<div class="root" part="root" lang=${FALLBACK_LANGUAGE} data-theme=${this.shownTheme} data-appearance=${this.shownAppearance} @click=${this.onActivate}>
      ${crisisCallout({ view, ui, lang: FALLBACK_LANGUAGE, level: this.level, variant: 'inline' })}
    </div>`;
  }

  /**
   * Whether the host gives resources of its own (<ally-resource> elements inside, or a non-empty
   * `resources` property): the widget then needs the "own" part, the code that reads them. A server
   * sees only the property.
   */
  protected ownResourcesGiven(property: unknown): boolean {
    try {
      if (Array.isArray(property) ? property.length > 0 : property != null) return true;
    } catch {
      return true; // unreadable (a revoked Proxy): the code that reads it says so, and the rest shows
    }
    return !this.serverRules && this.querySelector('ally-resource') !== null;
  }

  /** Content parts this kind of widget needs besides its language and country (see content.ts). */
  protected extraParts(_lang: string, _country: string): string[] {
    return [];
  }

  /** The widget's content in `language` for `countryCode`. */
  protected abstract renderWidget(): unknown;
}
