import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  FALLBACK_LANGUAGE,
  LANGUAGES,
  OTHER_COUNTRIES,
  hasCountry,
  hasLocale,
  arrival,
  isLoaded,
  isPending,
  partsFor,
  settleParts,
  zoneTable,
} from './content.js';
import { deviceCountry, inheritedLang, isRegionCode, langHolder, matchLanguage, regionOf } from './locale.js';

/** What the controller needs of the element it serves. */
export interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  warnOnce(message: string): void;
}

/** UK is not an ISO code, but people write it for GB. */
const alias = (code: string) => (code === 'UK' ? 'GB' : code);

/** A region's lines: its own where it has them, else the international directory, never another's. */
const linesOf = (region: string) => (hasCountry(alias(region)) ? alias(region) : OTHER_COUNTRIES);

/**
 * Which language and country a widget renders for, and the content parts that brings in.
 *
 * The loading model: a widget never waits to render. It renders at once with what is here — English,
 * every confirmed emergency number, the US lines and the international directory are bundled — and
 * upgrades in place when a part arrives; it never goes back to an empty render, not on a second part
 * and not on a `lang` or `country` change. `pending` lets `updateComplete` wait for the parts, within
 * the wait budget shared by every widget that needs them (content.ts), so it always settles.
 */
export class LocaleController implements ReactiveController {
  /** The language tag that applies (own, inherited or the page's), e.g. `es-MX`. */
  tag = '';
  /** The content language rendered now, e.g. `es` (English while its part loads). */
  language = FALLBACK_LANGUAGE;
  /** Whether the tag names a language with content (itself or its base language). */
  known = true;
  /** The country whose lines are shown: an ISO code with lines of its own, or OTHER_COUNTRIES. */
  country = OTHER_COUNTRIES;
  /** Settles when the parts this widget asked for have arrived, failed or timed out. */
  pending?: Promise<unknown>;
  /** Whether every part the last resolve named is here (none failed or late). */
  complete = true;
  private asked = '';
  /** Whether the reader's device is in a time zone the loaded table does not know (see resolveCountry). */
  private needsZones = false;
  private readonly subscribed = new Set<string>();
  private watched?: Document;

  constructor(
    private readonly host: LocaleHost,
    /** How long (ms) parts may take before they count as late. */
    private readonly wait: () => number,
    /** Parts this kind of widget needs besides its language and country. */
    private readonly extra: (lang: string, country: string) => string[] = () => [],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A server has no page to watch (Lit's SSR calls no connectedCallback, unless told to).
    if (isServer) return;
    // Remember the document: when a widget moves to another one, it is disconnected after the move.
    this.watched = watchLang(this.host, this);
  }

  hostDisconnected(): void {
    const widgets = this.watched && watches.get(this.watched)?.widgets;
    if (widgets?.get(this.host) === this) widgets.delete(this.host);
    this.watched = undefined;
  }

  /** Whether the `lang` that applies to the host differs from the one it rendered. */
  langChanged(): boolean {
    return inheritedLang(this.host) !== this.tag;
  }

  /**
   * Resolves language and country for the next render, and asks for any part they need. By the server's
   * rules (`asServer`: on a server, and while a server-rendered widget hydrates) only the widget's own
   * attributes count: see resolveCountry.
   */
  resolve(country: string | undefined, asServer = isServer): void {
    // (The script-tag builds never render by the server's rules: see env.d.ts.)
    const server = __ALLY_SSR__ && asServer;
    this.tag = server ? (this.host.getAttribute('lang')?.trim() ?? '') : inheritedLang(this.host);
    const match = this.tag ? matchLanguage(this.tag, LANGUAGES) : FALLBACK_LANGUAGE;
    if (!match) {
      this.host.warnOnce(`no content in lang="${this.tag}"; showing ${FALLBACK_LANGUAGE}. Languages: ${LANGUAGES.join(', ')}.`);
    }
    this.known = Boolean(match);
    const lang = match ?? FALLBACK_LANGUAGE;
    this.needsZones = false;
    this.country = this.resolveCountry(country, server);
    const extra = [...this.extra(lang, this.country), ...(this.needsZones ? ['zones'] : [])];
    if (__ALLY_SSR__) this.complete = [`locale-${lang}`, `country-${this.country}`, ...extra].every(isLoaded);
    this.request(partsFor(lang, this.country, extra));
    this.language = hasLocale(lang) ? lang : FALLBACK_LANGUAGE;
  }

  private request(parts: string[]): void {
    // A server renders at once, from what is loaded: 'ally-widgets/ssr' loads every part first.
    if (isServer) {
      for (const name of parts)
        this.host.warnOnce(`the content "${name}" is not loaded; on a server, import 'ally-widgets/ssr' before rendering.`);
      return;
    }
    // Every part the widget lacks upgrades it when it comes, even after its wait budget: subscribed once,
    // through a weak reference, so a widget that is gone (its iframe closed) is not kept alive by a
    // request that never answers.
    const ref = new WeakRef(this.host);
    for (const name of parts) {
      if (this.subscribed.has(name)) continue;
      this.subscribed.add(name);
      void arrival(name).then((ok) => ok && ref.deref()?.requestUpdate());
    }
    // `updateComplete` waits for those still within their budget.
    const waiting = parts.filter(isPending);
    const asked = waiting.join();
    if (!waiting.length) {
      // Nothing to wait for (a lang change back to one that is here): updateComplete need not wait either.
      this.pending = undefined;
      this.asked = '';
      return;
    }
    if (asked === this.asked) return;
    this.asked = asked;
    const pending = settleParts(waiting, this.wait()).then(() => {
      if (this.pending === pending) {
        this.pending = undefined;
        this.asked = '';
      }
      this.host.requestUpdate();
    });
    this.pending = pending;
  }

  /**
   * Whose lines to show, in this order (README, "Which country"): the reader's choice in a country
   * picker on this page; the `country` attribute; the region of a `lang` the author set on the widget or
   * an ancestor below <html> (`es-MX` → MX); the reader's device (its time zone, then its languages);
   * the region of <html lang>, often a CMS default; else the international directory. A country without
   * lines of its own, or a code that is not a country, gets OTHER_COUNTRIES, never another's lines.
   * A server knows no reader, no page and no choice: it goes from the attribute to the region of the
   * widget's own `lang`, then to the directory (README, "Server-side rendering").
   */
  private resolveCountry(attribute: string | undefined, asServer: boolean): string {
    const server = __ALLY_SSR__ && asServer;
    const chosen = !server && this.watched && watches.get(this.watched)?.chosen;
    if (chosen) return chosen;
    const given = attribute?.trim();
    // What a guide passes its parts when its own country has no lines of its own (checked by the guide).
    if (given === OTHER_COUNTRIES) return OTHER_COUNTRIES;
    if (given) {
      const code = alias(given.toUpperCase());
      // A covered country needs no check, which costs a page its first Intl.DisplayNames (20–50 ms).
      if (!hasCountry(code) && !isRegionCode(code)) {
        this.host.warnOnce(`country="${given}" is no country code; showing international help.`);
        return OTHER_COUNTRIES;
      }
      return linesOf(code);
    }
    // A region that is no single country (es-419, Latin America) gets the directory too.
    const region = regionOf(this.tag);
    if (server) return region ? linesOf(region) : OTHER_COUNTRIES;
    const holder = langHolder(this.host);
    if (region && holder !== holder?.ownerDocument.documentElement) return linesOf(region);
    const device = deviceCountry(zoneTable());
    // A zone outside the bundled country's: the other countries' zones may know it, once they are here.
    if (device === '' && isPending('zones')) this.needsZones = true;
    if (device !== undefined) return device ? linesOf(device) : OTHER_COUNTRIES;
    return region ? linesOf(region) : OTHER_COUNTRIES;
  }
}

/**
 * Shows `country` (a code with lines of its own, or OTHER_COUNTRIES) in every widget of `doc`, over
 * anything else, until the page is left: the reader's choice in a country picker. Nothing is stored.
 * An empty string forgets the choice.
 */
export function chooseCountry(doc: Document, country: string): void {
  const watch = watches.get(doc);
  if (!watch) return;
  watch.chosen = country;
  watch.widgets.forEach((_, el) => el.requestUpdate());
}

// ---- Watching `lang` ----
// One MutationObserver per document sees `lang` changes on <html>, any ancestor, and ancestors inside
// other components' shadow roots (each observed when a widget connects below it), and re-renders only
// the widgets whose language tag actually changed. Its state hangs off the document in a WeakMap, with
// no module-level list of elements, so a closed iframe's widgets are released with their document.
interface Watch {
  observer: MutationObserver;
  widgets: Map<LocaleHost, LocaleController>;
  roots: WeakSet<Node>;
  /** The reader's choice of country on this page, if they made one (see chooseCountry). */
  chosen?: string;
}
const watches = new WeakMap<Document, Watch>();
const LANG = { attributes: true, attributeFilter: ['lang'], subtree: true };

function watchLang(host: LocaleHost, controller: LocaleController): Document | undefined {
  const doc = host.ownerDocument;
  if (typeof MutationObserver === 'undefined') return undefined;
  let watch = watches.get(doc);
  if (!watch) {
    const widgets = new Map<LocaleHost, LocaleController>();
    const observer = new MutationObserver(() => widgets.forEach((c, el) => c.langChanged() && el.requestUpdate()));
    observer.observe(doc.documentElement, LANG);
    watches.set(doc, (watch = { observer, widgets, roots: new WeakSet() }));
  }
  watch.widgets.set(host, controller);
  // Shadow roots between the widget and the document: a `lang` there is the widget's ancestor too. Our own
  // widgets' roots are skipped: they set their children's `lang` themselves.
  for (let root = host.getRootNode() as ShadowRoot; root.host; root = root.host.getRootNode() as ShadowRoot) {
    if (watch.roots.has(root) || watch.widgets.has(root.host as LocaleHost)) continue;
    watch.roots.add(root);
    watch.observer.observe(root, LANG);
  }
  return doc;
}
