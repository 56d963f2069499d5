import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { AllyElement } from '../../internal/ally-element.js';
import { TIP_IDS, codeOf, resourcesFor, textLanguage, type UiText } from '../../internal/content.js';
import { crisisActions, emergencyCall } from '../../internal/crisis-callout.js';
import { crisisStyles } from '../../internal/crisis-callout.styles.js';
import { fillParts, markLanguages } from '../../internal/format.js';
import { contactView } from '../../internal/resource-view.js';
import { heading } from '../../internal/heading.js';
import { baseStyles } from '../../internal/styles.js';
import { tipsStyles } from './tips.styles.js';
import type { TipsWidget } from '../../internal/prose.js';

export type TipsLayout = 'list' | 'cards';

const LAYOUTS: readonly TipsLayout[] = ['list', 'cards'];

/**
 * @summary Tips for supporting someone with a mental-health challenge. Each tip shows a title and a
 * one-sentence summary; its detail (what to do, what to avoid, what you might say) expands on demand.
 *
 * @fires {CustomEvent<TipToggleDetail>} ally-tip-toggle - A reader opens or closes a tip. `detail`: `{ id, open }`. Bubbles out of the widget.
 *
 * @csspart heading - The widget's title.
 * @csspart tip - One tip.
 * @csspart tip-title - A tip's heading.
 * @csspart toggle - The button that expands and collapses a tip.
 * @csspart tip-summary - A tip's one-sentence summary.
 * @csspart tip-detail - A tip's expandable detail.
 * @csspart detail-heading - A heading inside a tip's detail (what to do, what to avoid, what you might say).
 * @csspart note - The closing note that tips do not replace professional help, with the crisis line.
 * @csspart emergency - The sentence with the emergency number, in the note.
 * @csspart emergency-call - The button that calls the emergency number, in the note.
 * @csspart action - A call, text or chat button of the crisis line, in the note.
 */
export class AllyTips extends AllyElement {
  static override styles = [baseStyles, crisisStyles, tipsStyles];
  // The tips' own styles come with their view (see AllyElement.styledBy).
  static override readonly styledBy = ['prose'] as const;

  static override properties = {
    ...AllyElement.properties,
    tips: {},
    layout: {},
    open: { type: Boolean },
    noCrisis: { type: Boolean, attribute: 'no-crisis' },
    expanded: { state: true },
  };

  /**
   * Comma-separated tip ids (or an array, as a property) that select and order the tips: `listen`,
   * `educate`, `self-care`, `patience`. Default: all four.
   * @attr tips
   */
  declare tips: string | readonly string[] | undefined;
  /**
   * `list` (default) stacks the tips; `cards` lays them out in a grid.
   * @attr layout
   */
  declare layout: TipsLayout | undefined;
  /**
   * When set, every tip starts expanded.
   * @attr open
   */
  declare open: boolean;
  /**
   * Leaves the crisis line out of the closing note: only where a crisis callout is on the same screen.
   * @attr no-crisis
   */
  declare noCrisis: boolean;
  /** Ids of the tips whose detail is shown. */
  declare protected expanded: ReadonlySet<string>;

  /** The tip ids to render, once validated (with the tips' view, see renderWidget). */
  private ids?: readonly string[];
  private shownLayout: TipsLayout = 'list';

  constructor() {
    super();
    this.open = false;
    this.noCrisis = false;
    this.expanded = new Set();
  }

  protected override readInputs(changed: PropertyValues<this>): void {
    // Before the base class asks for parts: an open tip needs its detail.
    if (changed.has('open')) this.expanded = new Set(this.open ? TIP_IDS : []);
    super.readInputs(changed);
    if (changed.has('tips')) this.ids = undefined;
    if (changed.has('layout')) this.shownLayout = this.oneOf('layout', this.layout, LAYOUTS, 'list');
  }

  /**
   * The tips' titles and summaries (in English a part; in another language they come with the
   * language's) and the code that shows them (see prose.ts); their details once a tip is open (the view
   * fetches them when the page is idle, and when it prints).
   */
  protected override extraParts(lang: string): string[] {
    const text = textLanguage(lang);
    return [`tips-${text}`, 'prose', ...(this.expanded.size ? [`details-${text}`] : [])];
  }

  protected override renderWidget(): TemplateResult {
    const lang = this.language;
    const text = this.text.ui;
    // The tips and their view are parts: until both are here their space is kept, so the page below does
    // not jump when they come; should one fail, the note below still gives the crisis line.
    const prose = codeOf('prose');
    const list = prose?.tipList(
      // The view opens and closes the tips (and tells the page), and watches for printing: `expanded` is
      // this widget's state.
      this as unknown as TipsWidget,
      (this.ids ??= prose.tipIds(this.tips, (m) => this.warnOnce(m))),
      text,
      lang,
      this.level,
    );
    return html`
      <section
        class="root ${this.shownLayout}"
        part="root"
        lang=${lang}
        dir=${text.direction}
        data-theme=${this.shownTheme}
        data-appearance=${this.shownAppearance}
        aria-labelledby="heading"
        @click=${this.onActivate}
      >
        ${heading(this.level, this.headingText || text.tips.heading, 'heading', 'heading')}
        <p class="intro">${text.tips.intro}</p>
        ${list ?? (this.locale.pending ? html`<div class="waiting"><ul class="tips" role="list" aria-busy="true"></ul></div>` : nothing)}
        ${this.renderNote(text, lang)}
      </section>
    `;
  }

  /** Tips are no substitute for help: the note says so, and gives the reader's crisis line right there. */
  private renderNote(text: UiText, lang: string) {
    const view = resourcesFor(this.countryCode, lang);
    const line = view.crisisLine;
    if (this.noCrisis) return html`<div class="note" part="note"><p>${text.tips.disclaimer}</p></div>`;
    // Immediate danger first: the emergency number comes before the crisis line.
    return html`<div class="note" part="note">
      <p>${text.tips.disclaimer}</p>
      ${emergencyCall(view, text)}
      <p>${fillParts(text.tips.crisisPrompt, { line: html`<strong>${markLanguages(line.name)}</strong>` })}</p>
      ${crisisActions(
        line.contacts.map((c) => contactView(c, text)),
        line.id,
      )}
    </div>`;
  }
}
