import { html, nothing, type TemplateResult } from 'lit';
import { AllyElement } from '../../internal/ally-element.js';
import { ChildrenController } from '../../internal/children-controller.js';
import { codeOf, isLoaded, isPending, resourcesFor } from '../../internal/content.js';
import { crisisCallout } from '../../internal/crisis-callout.js';
import { crisisStyles } from '../../internal/crisis-callout.styles.js';
import { deeper, heading } from '../../internal/heading.js';
import type { OwnResource } from '../../internal/own-resources.js';
import { baseStyles } from '../../internal/styles.js';
import { resourcesStyles } from './resources.styles.js';

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
  static override styles = [baseStyles, crisisStyles, resourcesStyles];
  // The cards' styles come with their code (see AllyElement.styledBy).
  static override readonly styledBy = ['cards'] as const;

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

  protected override updated(): void {
    codeOf('cards')?.keepCopy(this, this.renderRoot);
  }

  protected override renderWidget(): TemplateResult {
    const lang = this.language;
    const { ui } = this.text;
    const view = resourcesFor(this.countryCode, lang);
    // The cards' code is a part: until it is here, the lists wait (their space kept); should it fail,
    // the crisis callout above still gives the line.
    const cards = codeOf('cards');
    // The organization's own resources: <ally-resource> children first, then the `resources` property;
    // none until the code that reads them is here (it upgrades the widget when it comes). By the server's
    // rules without the children and the page's address, which a server cannot see.
    const page = this.serverRules ? undefined : this;
    const own = (cards && codeOf('own')?.cards(page, this.resources, ui, (m) => this.warnOnce(m))) || [];
    const sub = deeper(this.level, 1);
    // What the callout and the organizations show: the lines (the directory's while a country's part
    // loads, with the country's own emergency number), and whether the lines' words in this language and
    // a bundled country's organizations are here (a copy made before holds English, or no organizations).
    const key = `${lang} ${view.country} ${view.emergency} ${sub} ${this.noCrisis} ${isLoaded(`words-${lang}-${view.country}`)} ${isLoaded(`orgs-${view.country}`)}`;
    const callout = () => crisisCallout({ view, ui, lang, level: sub, variant: 'inline' });
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
        ${this.noCrisis ? nothing : cards ? cards.copied(this, '.crisis', key, this.serverRules, callout) : callout()}
        ${own.length ? cards!.ownList(own, ui, lang, sub) : nothing}
        ${
          this.noNational || !(cards || isPending('cards'))
            ? nothing
            : isPending(`orgs-${this.countryCode}`) || !cards
              ? // Their space is kept while they load, so the page below does not jump when they come.
                html`<div class="waiting"><ul class="resources national" role="list" aria-busy="true"></ul></div>`
              : cards.copied(this, '.national', key, this.serverRules, () => cards.nationalList(view, this.noCrisis, ui, lang, sub))
        }
      </section>
    `;
  }
}
