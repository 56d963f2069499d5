import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { AllyElement } from '../../internal/ally-element.js';
import { TIP_IDS, arrival, codeOf, isPending, resourcesFor, tips, type Tip, type UiText } from '../../internal/content.js';
import type { TipDetail } from '../../internal/content-types.js';
import { crisisActions, emergencyCall } from '../../internal/crisis-callout.js';
import { crisisStyles } from '../../internal/crisis-callout.styles.js';
import { fillParts, markLanguages } from '../../internal/format.js';
import { contactView } from '../../internal/resource-view.js';
import { deeper, heading } from '../../internal/heading.js';
import { baseStyles } from '../../internal/styles.js';
import { tipsStyles } from './tips.styles.js';
import { describe, toText } from '../../internal/warn.js';
import { PrintController } from '../../internal/print-controller.js';

export type TipsLayout = 'list' | 'cards';

/**
 * Fetches the tips' details, and the code that shows them, when the page is idle, once per page, so
 * that a tip a reader opens — or a page they print — has its detail at once. A reader who never opens
 * one costs two small files. The language is the widget's by then: a Spanish page first renders in
 * English while its words load, and must not fetch the English details for that.
 */
let prefetched = false;
function prefetchDetails(language: () => string): void {
  if (prefetched) return;
  prefetched = true;
  // Within two seconds even on a page that is never idle, so a reader who prints soon gets the details.
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1000));
  // (Another language's details come with its words: it has no details part.)
  idle(() => [`details-${language()}`, 'prose'].filter(isPending).forEach((name) => void arrival(name)), { timeout: 2000 });
}
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

  // A closed tip's detail is rendered only when it opens, or when the page prints.
  private readonly print = new PrintController(this);
  /** The tip ids to render, after validation. */
  private ids: readonly string[] = TIP_IDS;
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
    if (changed.has('tips')) this.ids = this.parseTips(this.tips);
    if (changed.has('layout')) this.shownLayout = this.oneOf('layout', this.layout, LAYOUTS, 'list');
  }

  /** The tips' details and the code that shows them, once a tip is open or the page prints (see content.ts). */
  protected override extraParts(lang: string): string[] {
    return this.expanded.size || this.print.printing ? [`details-${lang}`, 'prose'] : [];
  }

  protected override firstUpdated(): void {
    prefetchDetails(() => this.language);
  }

  private parseTips(value: unknown): readonly string[] {
    if (value === undefined || value === null) return TIP_IDS;
    // Frameworks may pass an array as a property; its items, like the value itself, may be anything.
    const warn = (m: string) => this.warnOnce(m);
    let list: string | undefined;
    try {
      // Read by index, not through the array's own (possibly replaced) methods.
      list = Array.isArray(value)
        ? Array.from({ length: Math.min(value.length >>> 0, 20) }, (_, i) => toText(value[i], 'a tips item', warn)).join()
        : toText(value, 'tips', warn);
    } catch (error) {
      warn(`tips unreadable (${describe(error)}); showing all.`);
      return TIP_IDS;
    }
    const wanted = [
      ...new Set(
        (list ?? '')
          .split(',')
          .map((s) => s.trim().toLowerCase())
          .filter(Boolean),
      ),
    ];
    const known = wanted.filter((id) => TIP_IDS.includes(id));
    const ids = `Known ids: ${TIP_IDS.join(', ')}.`;
    // An empty or wholly wrong list would leave a blank widget: show every tip instead.
    if (!known.length) {
      if (list !== undefined) this.warnOnce(`tips=${describe(list)} names no known tip; showing all tips. ${ids}`);
      return TIP_IDS;
    }
    for (const id of wanted) if (!known.includes(id)) this.warnOnce(`unknown tip id ${describe(id)} skipped. ${ids}`);
    return known;
  }

  private toggle(id: string): void {
    const next = new Set(this.expanded);
    const open = !next.delete(id);
    if (open) next.add(id);
    this.expanded = next;
    this.dispatchEvent(new CustomEvent('ally-tip-toggle', { detail: { id, open }, bubbles: true, composed: true }));
  }

  protected override renderWidget(): TemplateResult {
    const lang = this.language;
    const text = this.text.ui;
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
        <ul class="tips" role="list">
          ${tips(this.ids, lang).map((tip) => this.renderTip(tip, text, lang))}
        </ul>
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

  private renderTip(tip: Tip, text: UiText, lang: string) {
    const open = this.expanded.has(tip.id);
    // The detail's view comes with its text (see prose.ts).
    const prose = codeOf('prose');
    return html`
      <li class="tip ${open ? 'open' : ''}" part="tip" data-tip=${tip.id}>
        ${heading(
          deeper(this.level, 1),
          html`<button
            type="button"
            part="toggle"
            id="toggle-${tip.id}"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls="detail-${tip.id}"
            @click=${() => this.toggle(tip.id)}
          >
            <span class="title">${tip.title}</span>
            <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="2" />
            </svg>
          </button>`,
          'tip-title',
        )}
        <p class="summary" part="tip-summary">${tip.summary}</p>
        <div class="detail" part="tip-detail" id="detail-${tip.id}" ?hidden=${!open}>
          ${(open || this.print.printing) && tip.do && prose ? prose.tipDetail(tip as Tip & TipDetail, text, lang, this.level) : nothing}
        </div>
      </li>
    `;
  }
}
