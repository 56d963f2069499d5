import { html, nothing, type TemplateResult } from 'lit';
import type { CountryResources, UiText } from './content.js';
import { fillParts, markLanguages } from './format.js';
import { heading, type HeadingLevel } from './heading.js';
import { badges, relFor } from './badges.js';
import { contactView, ltr, type ContactView } from './resource-view.js';
import { reviewedLine } from './reviewed.js';

export type CrisisVariant = 'banner' | 'inline';
export const CRISIS_VARIANTS: readonly CrisisVariant[] = ['banner', 'inline'];

/** A flag holds for the line only if it holds for every way to reach it. */
const all = (values: (boolean | undefined)[]) => values.length > 0 && values.every(Boolean);

/**
 * What to do in immediate danger, first in every widget: a call button for the country's emergency
 * number ("Call 999", as big as the crisis line's), or, where no source confirms one, the advice to call
 * the local emergency number.
 */
export function emergencyCall(view: CountryResources, ui: UiText): TemplateResult {
  const number = view.emergency;
  return number
    ? html`<p class="emergency" part="emergency">${ui.crisis.emergency}</p>
        <p class="actions">
          <a class="action" part="emergency-call" href="tel:${number}" data-resource="emergency" data-channel="phone"
            ><span>${fillParts(ui.common.call, { number: ltr(number) })}</span></a
          >
        </p>`
    : html`<p class="emergency" part="emergency">${ui.crisis.emergencyLocal}</p>`;
}

export function crisisActions(contacts: ContactView[], resource: string): TemplateResult {
  return html`<ul class="actions" role="list">
    ${contacts.map(
      // The span keeps the text one flex item, so the space before the number survives.
      (c) =>
        html`<li>
          <a class="action" part="action" href=${c.href!} rel=${relFor(c.href)} data-resource=${resource} data-channel=${c.channel}
            ><span>${c.text}</span></a
          >
        </li>`,
    )}
  </ul>`;
}

/**
 * The crisis callout shared by <ally-crisis> and <ally-resources>: the emergency number first, then the
 * crisis line with tap-to-call, text and chat buttons, what it offers, and what to expect.
 */
export function crisisCallout(o: {
  view: CountryResources;
  ui: UiText;
  lang: string;
  level: HeadingLevel;
  heading?: string;
  variant: CrisisVariant;
  /** The country picker, where the callout is the widget (see country-picker.ts). */
  picker?: unknown;
  /** A strip (<ally-crisis variant="inline">): the numbers and buttons, without the line's description. */
  compact?: boolean;
}): TemplateResult {
  const { view, ui, lang, level } = o;
  const line = view.crisisLine;
  const contacts = line.contacts.map((c) => contactView(c, ui));
  const lines = contacts.filter((c) => c.channel !== 'web');
  const flags = {
    open247: all(lines.map((c) => c.open247)),
    free: all(lines.map((c) => c.free)),
    confidential: all(lines.map((c) => c.confidential)),
  };
  const isDirectory = line.kind === 'directory';
  return html`
    <section class="crisis ${o.variant} ${o.compact ? 'compact' : ''}" part="crisis" aria-labelledby="crisis-heading">
      ${heading(level, o.heading?.trim() || ui.crisis.heading, 'crisis-heading', 'crisis-heading')}
      ${o.picker}
      ${emergencyCall(view, ui)}
      <p class="crisis-name">${markLanguages(line.name)} ${badges(flags, ui)}</p>
      ${crisisActions(contacts, line.id)}
      ${o.compact ? nothing : html`<p class="summary">${line.summary}</p>`}
      ${isDirectory || o.compact ? nothing : html`<p class="expect" part="expect">${line.expect ?? ui.crisis.expect}</p>`}
      ${
        line.steps?.length && o.variant === 'banner'
          ? html`<details class="steps" part="steps">
            <summary>${ui.crisis.stepsHeading}</summary>
            <ol>
              ${line.steps.map((step) => html`<li>${step}</li>`)}
            </ol>
          </details>`
          : nothing
      }
      ${contacts.filter((c) => c.note).map((c) => html`<p class="note">${c.note}</p>`)}
      <p class="meta">${reviewedLine(line, ui, lang)}</p>
    </section>
  `;
}
