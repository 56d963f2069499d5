// The "prose" part (see scripts/content.mjs, CODE_PARTS): how the long text is shown — the tips, with
// their details (which tips a page asked for, opening and closing them, printing them), and the guide's
// own sections. In English that text comes in parts of its own (tips-en, details-en, guide-en), in other
// languages with the language's part; the code that shows it, and the tips' styles, come beside it, and
// the script-tag bundle carries none of them.
import { html, nothing, type TemplateResult } from 'lit';
import { CONTENT } from '../generated/content.js';
import { ENGLISH } from '../generated/english-prose.js';
import { arrival, isPending, locale, type GuideText, type Tip, type UiText } from './content.js';
import type { ContentPart, TipDetail } from './content-types.js';
import { deeper, heading, type HeadingLevel } from './heading.js';
import { reviewedLine } from './reviewed.js';
import { tipStyles } from './tip.styles.js';
import { tipIds } from './tip-ids.js';
import { PrintController } from './print-controller.js';

const list = (items: string[]) => html`<ul>
  ${items.map((s) => html`<li>${s}</li>`)}
</ul>`;

/** A tip's detail: what to do, what to avoid, the warning signs (one tip has them), what you might say. */
function tipDetail(tip: TipDetail, ui: UiText, lang: string, level: HeadingLevel): TemplateResult {
  const sub = deeper(level, 2);
  // Its headings, in English from this part (see UiText).
  const words = { ...ENGLISH, ...ui.tips };
  return html`
    ${heading(sub, words.doHeading, 'detail-heading')} ${list(tip.do)} ${heading(sub, words.avoidHeading, 'detail-heading')}
    ${list(tip.avoid)}
    ${
      tip.signs
        ? html`${heading(sub, words.signsHeading, 'detail-heading')} ${list(tip.signs)}
          ${tip.signsNote ? html`<p>${tip.signsNote}</p>` : nothing}`
        : nothing
    }
    ${heading(sub, words.sayHeading, 'detail-heading')}
    <blockquote class="say">${tip.say}</blockquote>
    <p class="meta">${reviewedLine(tip, ui, lang)}</p>
  `;
}

/** An <ally-tips>: which of its tips are open (it re-renders when that changes). */
export type TipsWidget = HTMLElement & { expanded: ReadonlySet<string> };

/** Opens or closes a tip, and tells the page (`ally-tip-toggle`, see AllyTips). */
function toggle(widget: TipsWidget, id: string): void {
  const next = new Set(widget.expanded);
  const open = !next.delete(id);
  if (open) next.add(id);
  widget.expanded = next;
  widget.dispatchEvent(new CustomEvent('ally-tip-toggle', { detail: { id, open }, bubbles: true, composed: true }));
}

/**
 * The tips of an <ally-tips> with these ids, in a language: none until their titles and summaries are
 * here (see tips.ts). Each shows its title as the button that opens it, its summary, and its detail,
 * rendered only while it is open or the page prints (`full`).
 */
export function tipItems(
  widget: TipsWidget,
  ids: readonly string[],
  full: boolean,
  ui: UiText,
  lang: string,
  level: HeadingLevel,
): TemplateResult[] {
  const text = locale(lang).tips;
  return ids.flatMap((id) => {
    const facts = CONTENT.tips.find((t) => t.id === id);
    return facts && text[id]?.title
      ? [tipItem({ ...facts, ...text[id] }, widget.expanded.has(id), full, ui, lang, level, () => toggle(widget, id))]
      : [];
  });
}

function tipItem(tip: Tip, open: boolean, full: boolean, ui: UiText, lang: string, level: HeadingLevel, onToggle: () => void) {
  return html`
    <li class="tip ${open ? 'open' : ''}" part="tip" data-tip=${tip.id}>
      ${heading(
        deeper(level, 1),
        html`<button
          type="button"
          part="toggle"
          id="toggle-${tip.id}"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="detail-${tip.id}"
          @click=${onToggle}
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
        ${(open || full) && tip.do ? tipDetail(tip as Tip & TipDetail, ui, lang, level) : nothing}
      </div>
    </li>
  `;
}

/** A section the guide writes itself, under its own heading (`id` names it for aria-labelledby). */
const section = (level: HeadingLevel, title: string, id: string, body: unknown) =>
  html`<section class="section" part="section" aria-labelledby=${id}>${heading(level, title, 'section-heading', id)} ${body}</section>`;

/**
 * The guide's own sections, each placed between its parts: what an ally is, the warning signs (from
 * the tip that has them, whose detail is loaded with the guide), and the closing with its review line.
 */
export function guideSections(guide: GuideText, signs: Partial<TipDetail> | undefined, ui: UiText, lang: string, level: HeadingLevel) {
  const paragraphs = (list: string[]) => list.map((p) => html`<p>${p}</p>`);
  return {
    ally: section(level, guide.allyHeading, 'ally', paragraphs(guide.ally)),
    signs: signs?.signs
      ? section(
          level,
          guide.signsHeading,
          'signs',
          html`<p>${guide.signsIntro}</p>
            ${list(signs.signs)} ${signs.signsNote ? html`<p>${signs.signsNote}</p>` : nothing}`,
        )
      : nothing,
    closing: section(
      level,
      guide.closingHeading,
      'closing',
      html`${paragraphs(guide.closing)}
        <p class="meta">${reviewedLine(guide, ui, lang)}</p>`,
    ),
  };
}

let prefetched = false;

/**
 * Fetches the tips' details when the page is idle, once per page, so that a tip a reader opens — or a
 * page they print — has its detail at once; a reader who never opens one costs one small file. The
 * language is the widget's by then (another language's details come with its words: it has no details
 * part, and asks for none).
 */
export function prefetchDetails(language: () => string): void {
  if (prefetched) return;
  prefetched = true;
  // Within two seconds even on a page that is never idle, so a reader who prints soon gets the details.
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1000));
  idle(() => [`details-${language()}`].filter(isPending).forEach((name) => void arrival(name)), { timeout: 2000 });
}

/** Tells a host when its page prints (see PrintController). */
export const watchPrint = (host: ConstructorParameters<typeof PrintController>[0]): PrintController => new PrintController(host);

export default {
  code: { prose: { tipIds, tipItems, watchPrint, prefetchDetails, guideSections, styles: tipStyles } },
} satisfies ContentPart;
