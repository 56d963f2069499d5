import { html, nothing, type TemplateResult } from 'lit';
import { AllyElement } from '../../internal/ally-element.js';
import { ChildrenController } from '../../internal/children-controller.js';
import { codeOf, textLanguage } from '../../internal/content.js';
import { regionOf } from '../../internal/locale.js';
import { deeper, heading } from '../../internal/heading.js';
import type { OwnResource } from '../../internal/own-resources.js';
import type { TipsLayout } from '../tips/tips.js';
import { baseStyles } from '../../internal/styles.js';
import { guideStyles } from './guide.styles.js';

/**
 * @summary The whole guide to being a mental-health ally in one embed: the crisis callout, what an ally
 * is and why stigma matters, the tips, the warning signs of a crisis, where to turn, and a closing —
 * built from `<ally-crisis>`, `<ally-tips>` and `<ally-resources>` under one heading outline. Those three
 * must be registered under their own tag names (importing `ally-widgets/ally-guide` does that).
 *
 * @slot - `<ally-resource>` elements: the organization's own resources, passed to the resources section.
 *
 * @fires {CustomEvent<TipToggleDetail>} ally-tip-toggle - A reader opens or closes a tip (from the guide's tips). `detail`: `{ id, open }`.
 *
 * @csspart root - The guide's box.
 * @csspart heading - The guide's title.
 * @csspart country-picker - "Help in:" and the country picker.
 * @csspart section - Each section written by the guide itself (ally, signs, closing).
 * @csspart section-heading - The heading of such a section.
 * @csspart crisis - The crisis callout.
 * @csspart crisis-heading - Its heading.
 * @csspart emergency - The sentence with the emergency number.
 * @csspart action - A call, text or chat button of the crisis line.
 * @csspart expect - What to expect when you reach out.
 * @csspart tip - One tip.
 * @csspart tip-title - A tip's heading.
 * @csspart toggle - The button that expands and collapses a tip.
 * @csspart tip-summary - A tip's one-sentence summary.
 * @csspart tip-detail - A tip's expandable detail.
 * @csspart note - The tips' closing note.
 * @csspart own-heading - The "From your organization" heading.
 * @csspart resource - One organization.
 * @csspart resource-name - An organization's heading.
 * @csspart contact - One phone number, text number or link of an organization.
 */
export class AllyGuide extends AllyElement {
  static override styles = [baseStyles, guideStyles];

  static override properties = {
    ...AllyElement.properties,
    resources: { attribute: false },
    layout: {},
  };

  /**
   * The tips' layout: `list` (default) or `cards` (see `<ally-tips>`).
   * @attr layout
   */
  declare layout: TipsLayout | undefined;

  /**
   * Your organization's own resources, as data: an array of `{ name, href, phone, sms, hours,
   * description }` (the first 50), shown after any `<ally-resource>` children.
   */
  declare resources: readonly OwnResource[] | undefined;

  // Re-render when the <ally-resource> children it passes on change.
  protected readonly childrenWatch = new ChildrenController(this);

  protected override extraParts(lang: string): string[] {
    // The guide's own words, the tips' details for its warning signs, and the code that shows them (its
    // <ally-tips> asks for the tips themselves).
    // And the code for the organization's own resources, where it gives some.
    const text = textLanguage(lang);
    return [`guide-${text}`, `details-${text}`, 'prose', ...(this.ownResourcesGiven(this.resources) ? ['own'] : [])];
  }

  /**
   * The guide is complete when the widgets it is made of are, with the files they wait for (the tips', the
   * organizations'): `await guide.updateComplete` then finds the whole guide rendered.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    const inner = this.renderRoot?.querySelectorAll<AllyElement>('ally-crisis, ally-tips, ally-resources') ?? [];
    await Promise.all([...inner].map((el) => el.updateComplete));
    return result;
  }

  protected override renderWidget(): TemplateResult {
    const lang = this.language;
    const { ui, tips } = this.text;
    const sub = deeper(this.level, 1);
    // Its words and their view are parts (see extraParts): until they come, or should one fail, the guide
    // shows the crisis callout, the tips and the resources, without its own sections.
    const guide = this.text.guide;
    const prose = codeOf('prose');
    const sections = guide && prose?.guideSections(guide, tips['educate'], ui, lang, sub);
    // The parts inherit the guide's language tag (with its region) and country explicitly: they live in
    // the guide's shadow root, where the page's lang changes do not reach them.
    // A tag without content (lang="xx") is warned about once, here; the parts get the language shown.
    const region = regionOf(this.langTag);
    const langTag = this.langTag && this.langKnown ? this.langTag : region ? `${lang}-${region}` : lang;
    // The country the guide resolved (checked and warned about once, here): the parts' own `lang`, set
    // above, would otherwise count as the author's choice of country (see LocaleController).
    const country = this.countryCode;
    // Its <ally-resource> children once hydrated: a server cannot see them (see AllyElement.serverRules).
    // Passed on as read, a nameless item included: <ally-resources> checks each item (it skips that one
    // with a warning), as it does a page's.
    const own = (codeOf('own')?.data(this.serverRules ? undefined : this, this.resources, (m) => this.warnOnce(m)) ??
      []) as readonly OwnResource[];
    return html`
      <article
        class="root"
        part="root"
        lang=${lang}
        dir=${ui.direction}
        data-theme=${this.shownTheme}
        data-appearance=${this.shownAppearance}
        aria-labelledby="heading"
        @click=${this.onActivate}
      >
        ${heading(this.level, this.headingText || guide?.heading || ui.tips.heading, 'heading', 'heading')}
        ${this.picker()}
        <ally-crisis
          no-country-picker
          heading-level=${sub}
          lang=${langTag}
          country=${country}
          theme=${this.shownTheme}
          exportparts="crisis, crisis-heading, emergency, action, expect"
        ></ally-crisis>
        ${sections?.ally ?? nothing}
        <!-- The crisis callout above already gives the line: the tips' note does not repeat it. -->
        <ally-tips heading-level=${sub} lang=${langTag} country=${country} theme=${this.shownTheme}
          layout=${typeof this.layout === 'string' ? this.layout : nothing}
          no-crisis
          exportparts="tip, tip-title, toggle, tip-summary, tip-detail, note"
        ></ally-tips>
        ${sections?.signs ?? nothing}
        <ally-resources
          no-country-picker
          heading-level=${sub}
          lang=${langTag}
          country=${country}
          theme=${this.shownTheme}
          no-crisis
          exportparts="own-heading, resource, resource-name, contact"
          .resources=${own}
        ></ally-resources>
        ${sections?.closing ?? nothing}
      </article>
    `;
  }
}
