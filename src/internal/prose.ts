// The "prose" part (see scripts/content.mjs, CODE_PARTS): how the long text is shown — a tip's detail and
// the guide's own sections. That text comes in parts of its own (details-<lang>, guide-<lang>), so the
// code that shows it comes beside it, in the same moment, and the script-tag bundle carries neither.
import { html, nothing, type TemplateResult } from 'lit';
import type { GuideText, UiText } from './content.js';
import type { ContentPart, TipDetail } from './content-types.js';
import { deeper, heading, type HeadingLevel } from './heading.js';
import { reviewedLine } from './reviewed.js';

const list = (items: string[]) => html`<ul>
  ${items.map((s) => html`<li>${s}</li>`)}
</ul>`;

/** A tip's detail: what to do, what to avoid, the warning signs (one tip has them), what you might say. */
export function tipDetail(tip: TipDetail, ui: UiText, lang: string, level: HeadingLevel): TemplateResult {
  const sub = deeper(level, 2);
  return html`
    ${heading(sub, ui.tips.doHeading, 'detail-heading')} ${list(tip.do)} ${heading(sub, ui.tips.avoidHeading, 'detail-heading')}
    ${list(tip.avoid)}
    ${
      tip.signs
        ? html`${heading(sub, ui.tips.signsHeading, 'detail-heading')} ${list(tip.signs)}
          ${tip.signsNote ? html`<p>${tip.signsNote}</p>` : nothing}`
        : nothing
    }
    ${heading(sub, ui.tips.sayHeading, 'detail-heading')}
    <blockquote class="say">${tip.say}</blockquote>
    <p class="meta">${reviewedLine(tip, ui, lang)}</p>
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

export default { code: { prose: { tipDetail, guideSections } } } satisfies ContentPart;
