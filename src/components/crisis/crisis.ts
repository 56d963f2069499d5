import { css, html, type PropertyValues, type TemplateResult } from 'lit';
import { AllyElement } from '../../internal/ally-element.js';
import { resourcesFor } from '../../internal/content.js';
import { CRISIS_VARIANTS, crisisCallout, type CrisisVariant } from '../../internal/crisis-callout.js';
import { crisisStyles } from '../../internal/crisis-callout.styles.js';
import { baseStyles } from '../../internal/styles.js';

/**
 * @summary A compact callout for a crisis: the local emergency number, then a crisis line to call, text
 * or chat with, whether it is free, confidential and open 24/7, and what to expect when you reach out.
 *
 * @csspart crisis - The callout's box.
 * @csspart crisis-heading - Its heading.
 * @csspart country-picker - "Help in:" and the country picker.
 * @csspart emergency - The sentence with the emergency number.
 * @csspart emergency-call - The button that calls the emergency number.
 * @csspart action - A call, text or chat button of the crisis line.
 * @csspart expect - What to expect when you reach out.
 * @csspart steps - "What happens when I call?": the steps of a call, where the line has them (banner only).
 */
export class AllyCrisis extends AllyElement {
  static override styles = [
    baseStyles,
    crisisStyles,
    css`
      /* The callout is its own box: the root adds none around it. */
      .bare {
        border: 0;
        padding: 0;
        background: none;
      }
      .banner {
        border-width: 2px 2px 2px 8px;
      }
      .banner [part='crisis-heading'] {
        font-size: 1.375em;
      }
    `,
  ];

  static override properties = {
    ...AllyElement.properties,
    variant: {},
  };

  /**
   * `banner` (default): a full-width callout; `inline`: a smaller one that sits in running text.
   * @attr variant
   */
  declare variant: CrisisVariant | undefined;

  private shownVariant: CrisisVariant = 'banner';

  protected override readInputs(changed: PropertyValues<this>): void {
    super.readInputs(changed);
    if (changed.has('variant')) this.shownVariant = this.oneOf('variant', this.variant, CRISIS_VARIANTS, 'banner');
  }

  protected override renderWidget(): TemplateResult {
    const lang = this.language;
    const { ui } = this.text;
    const view = resourcesFor(this.countryCode, lang);
    return html`<div
      class="root bare"
      part="root"
      lang=${lang}
      dir=${ui.direction}
      data-theme=${this.shownTheme}
      data-appearance=${this.shownAppearance}
      @click=${this.onActivate}
    >
      ${crisisCallout({ view, ui, lang, level: this.level, heading: this.headingText, variant: this.shownVariant, picker: this.picker(), compact: this.shownVariant === 'inline' })}
    </div>`;
  }
}
