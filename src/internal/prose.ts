// The "prose" part (see scripts/content.mjs, CODE_PARTS): how the long text is shown — the tips, with
// their details (which tips a page asked for, opening and closing them, printing them), and the guide's
// own sections. In English that text comes in parts of its own (tips-en, details-en, guide-en), in other
// languages with the language's part; the code that shows it, and the tips' styles, come beside it, and
// the script-tag bundle carries none of them.
import { html, isServer, nothing, render, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { CONTENT } from '../generated/content.js';
import { ENGLISH } from '../generated/english-prose.js';
import { arrival, isPending, locale, type GuideText, type Tip, type UiText } from './content.js';
import type { ContentPart, TipDetail } from './content-types.js';
import { deeper, heading, type HeadingLevel } from './heading.js';
import { reviewedLine } from './reviewed.js';
import { tipStyles } from './tip.styles.js';
import { tipIds } from './tip-ids.js';
import { PrintController } from './print-controller.js';
import { copied, keepCopy } from './copies.js';

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

/**
 * An <ally-tips>: which of its tips are open (it re-renders when that changes), its shadow root, its
 * language, and (in the npm build) whether it renders by a server's rules.
 */
export type TipsWidget = ReactiveControllerHost &
  HTMLElement & {
    expanded: ReadonlySet<string>;
    readonly renderRoot: ShadowRoot;
    readonly language: string;
    readonly serverRules?: boolean;
  };

/** Opens or closes a tip, and tells the page (`ally-tip-toggle`, see AllyTips). */
function toggle(widget: TipsWidget, id: string): void {
  const next = new Set(widget.expanded);
  const open = !next.delete(id);
  if (open) next.add(id);
  widget.expanded = next;
  widget.dispatchEvent(new CustomEvent('ally-tip-toggle', { detail: { id, open }, bubbles: true, composed: true }));
}

/**
 * What the tips' view keeps for each <ally-tips>, from its first render with the view: it opens and
 * closes a tip on a click anywhere in the widget, so that a copied list works as the widget's own (see
 * tipList); it keeps a copy of the widget's own list, while all its tips are closed, for the next widget;
 * it tells the widget when the page prints (a closed tip's detail is rendered only when it opens, or
 * for paper); and it fetches the details when the page is idle.
 */
class TipsView implements ReactiveController {
  readonly print: PrintController;

  constructor(private readonly widget: TipsWidget) {
    widget.addController(this);
    this.print = new PrintController(widget);
    widget.renderRoot.addEventListener('click', (event) => {
      const id = (event.target as Element | null)?.closest?.('[part="toggle"]')?.closest('[data-tip]')?.getAttribute('data-tip');
      if (id) toggle(widget, id);
    });
    prefetchDetails(() => widget.language);
  }

  hostUpdated(): void {
    if (!this.widget.expanded.size && !this.print.printing) keepCopy(this.widget, this.widget.renderRoot);
  }
}
const views = new WeakMap<TipsWidget, TipsView>();

/** Copied lists that a reader opened a tip in, or that were printed: kept in step from then on. */
const stepped = new WeakSet<Element>();

/**
 * The list of an <ally-tips>'s tips with these ids, in a language: none until their titles and summaries
 * are here (see tips.ts). Each shows its title as the button that opens it, its summary, and its detail,
 * rendered only while it is open or the page prints. Closed, the list is the same in every widget of the
 * language, heading level and tips: the first renders it, the others show a copy, which they then keep
 * as their own list would be, open tips and all, in place.
 */
export function tipList(widget: TipsWidget, ids: readonly string[], ui: UiText, lang: string, level: HeadingLevel): unknown {
  const text = locale(lang).tips;
  const tips = ids.flatMap((id) => {
    const facts = CONTENT.tips.find((t) => t.id === id);
    return facts && text[id]?.title ? [{ ...facts, ...text[id] } as Tip] : [];
  });
  if (!tips.length) return undefined;
  let view = views.get(widget);
  if (!isServer && !view) views.set(widget, (view = new TipsView(widget)));
  // For paper, every detail; those not here yet are fetched, and shown for the next print.
  const full = Boolean(view?.print.printing);
  const details = `details-${lang}`;
  if (full && isPending(details)) void arrival(details).then((ok) => ok && widget.requestUpdate());
  const open = (tip: Tip) => widget.expanded.has(tip.id);
  const list = copied(
    widget,
    'ul.tips',
    `${lang} ${level} ${tips.map((tip) => tip.id)}`,
    // A server's rules (the npm build's: a server, and a widget hydrating what a server rendered) render it.
    __ALLY_SSR__ && (isServer || Boolean(widget.serverRules)),
    () => html`<ul class="tips" role="list">
      ${tips.map((tip) => tipItem(tip, open(tip), full, ui, lang, level))}
    </ul>`,
  );
  if ((list as Node).nodeType === 1 && (full || tips.some(open) || stepped.has(list as Element))) {
    stepped.add(list as Element);
    // As tipItem renders them: the same items, in the same order (the key says so).
    tips.forEach((tip, i) => {
      const item = (list as Element).children[i]!;
      const shown = open(tip);
      item.classList.toggle('open', shown);
      item.querySelector('[part="toggle"]')!.setAttribute('aria-expanded', String(shown));
      const detail = item.querySelector<HTMLElement>('[part="tip-detail"]')!;
      detail.hidden = !shown;
      render(detailIf(tip, shown || full, ui, lang, level), detail);
    });
  }
  return list;
}

/** A tip's detail where it shows (open, or for paper) and is here; nothing otherwise. */
const detailIf = (tip: Tip, shows: boolean, ui: UiText, lang: string, level: HeadingLevel) =>
  shows && tip.do ? tipDetail(tip as Tip & TipDetail, ui, lang, level) : nothing;

function tipItem(tip: Tip, open: boolean, full: boolean, ui: UiText, lang: string, level: HeadingLevel) {
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
        ${detailIf(tip, open || full, ui, lang, level)}
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
function prefetchDetails(language: () => string): void {
  if (prefetched) return;
  prefetched = true;
  // Within two seconds even on a page that is never idle, so a reader who prints soon gets the details.
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1000));
  idle(() => [`details-${language()}`].filter(isPending).forEach((name) => void arrival(name)), { timeout: 2000 });
}

export default {
  code: { prose: { tipIds, tipList, guideSections, styles: tipStyles } },
} satisfies ContentPart;
