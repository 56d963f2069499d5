import { html, nothing, type TemplateResult } from 'lit';
import { AllyElement } from '../../internal/ally-element.js';
import { ChildrenController } from '../../internal/children-controller.js';
import { codeOf, directory, isLoaded, isPending, resourcesFor, type CountryResources, type Resource } from '../../internal/content.js';
import { crisisCallout } from '../../internal/crisis-callout.js';
import { crisisStyles } from '../../internal/crisis-callout.styles.js';
import { deeper, heading } from '../../internal/heading.js';
import type { OwnResource } from '../../internal/own-resources.js';
import { resourceCardStyles } from '../../internal/resource-card.styles.js';
import type { ResourceView } from '../../internal/resource-view.js';
import { describe } from '../../internal/warn.js';
import { baseStyles } from '../../internal/styles.js';
import { resourcesStyles } from './resources.styles.js';

const nationalCopies = new Map<string, Node>();

/**
 * @summary Where to turn for help: the crisis line first, with the emergency number; then the host
 * organization's own resources; then the country's organizations, with what each offers, tap-to-call
 * and text links, hours, and whether each line handles crises.
 *
 * @slot - `<ally-resource>` elements: the organization's own resources, shown first under "From your organization".
 *
 * @csspart heading - The widget's title.
 * @csspart country-picker - "Help in:" and the country picker.
 * @csspart crisis - The crisis-line callout.
 * @csspart crisis-heading - Its heading.
 * @csspart emergency - The sentence with the emergency number.
 * @csspart emergency-call - The button that calls the emergency number.
 * @csspart action - A call, text or chat button in the crisis callout.
 * @csspart expect - What to expect when you reach out.
 * @csspart own-heading - The "From your organization" heading.
 * @csspart resource - One organization.
 * @csspart resource-name - An organization's heading.
 * @csspart contact - One phone number, text number or link of an organization.
 * @csspart link - An organization's phone, text or web link.
 */
export class AllyResources extends AllyElement {
  static override styles = [baseStyles, crisisStyles, resourceCardStyles, resourcesStyles];

  static override properties = {
    ...AllyElement.properties,
    noCrisis: { type: Boolean, attribute: 'no-crisis' },
    noNational: { type: Boolean, attribute: 'no-national' },
    resources: { attribute: false },
  };

  /**
   * Hides the crisis callout. Only for pages that show `<ally-crisis>` elsewhere on the same screen.
   * @attr no-crisis
   */
  declare noCrisis: boolean;
  /**
   * Hides the country's built-in organizations, leaving the crisis line and your own resources.
   * @attr no-national
   */
  declare noNational: boolean;
  /**
   * Your organization's own resources, as data: an array of `{ name, href, phone, sms, hours,
   * description }` (the first 50), shown after any `<ally-resource>` children.
   */
  declare resources: readonly OwnResource[] | undefined;

  // <ally-resource> children are page content: re-render when they, their attributes or text change.
  protected readonly childrenWatch = new ChildrenController(this);

  constructor() {
    super();
    this.noCrisis = false;
    this.noNational = false;
  }

  /**
   * A bundled country's organizations (the US's) come in a part of their own (see content.ts), with the
   * code of their cards; and the code for the organization's own resources, loaded only where there are
   * some, which show as cards too.
   */
  protected override extraParts(_lang: string, country: string): string[] {
    const own = this.ownResourcesGiven(this.resources);
    return [...(this.noNational ? [] : [`orgs-${country}`]), ...(own ? ['own'] : []), ...(own || !this.noNational ? ['cards'] : [])];
  }

  /** The organization's own resources: <ally-resource> children first, then the `resources` property. */
  private ownResources(): ResourceView[] {
    const warn = (m: string) => this.warnOnce(m);
    // None given, or the code that reads them is still to come (it upgrades the widget when it does).
    const code = codeOf('own');
    if (!code) return [];
    // Page data: should reading it still fail, the rest of the widget shows without it.
    try {
      // By the server's rules, without the children and the page's address, which a server cannot see.
      const page = this.serverRules ? undefined : this;
      return code.views(code.data(page, this.resources, warn), this.text.ui, page?.ownerDocument.baseURI, warn);
    } catch (error) {
      warn(`your resources could not be shown (${describe(error)}).`);
      return [];
    }
  }

  /**
   * The country's organizations: the same markup in every widget with the same language, country and
   * heading level, made of content only (no page data, no listeners: clicks are handled on the root).
   * The first widget renders it; the others show a copy, which is much faster on pages with many
   * widgets. A widget keeps its copy while its key holds, and the first its own list (Lit updates it in
   * place). A server, and a widget hydrating what a server rendered, render it.
   */
  private national(key: string, render: () => TemplateResult): unknown {
    if (this.copy?.key !== key) {
      const rendered = this.serverRules || this.ownList === key ? undefined : nationalCopies.get(key);
      if (!rendered) {
        if (!nationalCopies.has(key)) this.copyKey = key;
        return ((this.ownList = key), render());
      }
      this.copy = { key, node: rendered.cloneNode(true) };
    }
    return this.copy.node;
  }

  private copy?: { key: string; node: Node };
  private copyKey?: string;
  /** The key of the list this widget renders itself. */
  declare private ownList?: string;

  protected override updated(): void {
    // Keep a copy of what Lit rendered, detached and owned by the main document (not this widget's,
    // which may be an iframe's), for the next widget with the same key.
    const list = this.copyKey && this.renderRoot.querySelector('.national');
    if (list) nationalCopies.set(this.copyKey!, document.importNode(list, true));
    this.copyKey = undefined;
  }

  /**
   * The country's organizations; where it has none, what helps instead, so that the widget never shows
   * a heading with nothing under it: the crisis line (unless the callout above shows it) and the
   * international directory of helplines.
   */
  private nationalCards(view: CountryResources): Resource[] {
    if (view.resources.length) return view.resources;
    const cards = this.noCrisis ? [view.crisisLine] : [];
    const more = directory(this.language);
    return more.id === view.crisisLine.id ? cards : [...cards, more];
  }

  protected override renderWidget(): TemplateResult {
    const lang = this.language;
    const { ui } = this.text;
    const view = resourcesFor(this.countryCode, lang);
    // The cards' code is a part: until it is here, the lists wait (their space kept); should it fail,
    // the crisis callout above still gives the line.
    const cards = codeOf('cards');
    const own = cards ? this.ownResources() : [];
    const sub = deeper(this.level, 1);
    return html`
      <section
        class="root"
        part="root"
        lang=${lang}
        dir=${ui.direction}
        data-theme=${this.shownTheme}
        data-appearance=${this.shownAppearance}
        aria-labelledby="heading"
        @click=${this.onActivate}
      >
        ${heading(this.level, this.headingText || ui.resources.heading, 'heading', 'heading')}
        ${this.picker()}
        ${this.noCrisis ? nothing : crisisCallout({ view, ui, lang, level: sub, variant: 'inline' })}
        ${
          own.length
            ? html`<div class="own">
              ${heading(sub, ui.resources.ownHeading, 'own-heading')}
              <ul class="resources" role="list">
                ${own.map((r) => cards!.card(r, ui, lang, deeper(this.level, 2)))}
              </ul>
            </div>`
            : nothing
        }
        ${
          this.noNational || !(cards || isPending('cards'))
            ? nothing
            : isPending(`orgs-${this.countryCode}`) || !cards
              ? // Their space is kept while they load, so the page below does not jump when they come.
                html`<div class="waiting"><ul class="resources national" role="list" aria-busy="true"></ul></div>`
              : this.national(
                  // Whether the country's words in this language are here yet: a copy made before holds English.
                  `${lang} ${view.country} ${sub} ${this.noCrisis} ${isLoaded(`words-${lang}-${view.country}`)}`,
                  () => html`<ul class="resources national" role="list">
                ${this.nationalCards(view).map((r) => cards.card(cards.view(r, ui), ui, lang, sub))}
              </ul>`,
                )
        }
      </section>
    `;
  }
}
