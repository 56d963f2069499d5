// The "cards" part (see scripts/content.mjs, CODE_PARTS): an organization as <ally-resources> shows it,
// with its contacts, hours and review line. The organizations come in a part of their own, so the code
// that shows them, and its styles, come beside them, and the script-tag bundle carries none of them.
import { html, nothing, type TemplateResult } from 'lit';
import { directory, type Channel, type CountryResources, type Resource, type UiText } from './content.js';
import { deeper, heading, type HeadingLevel } from './heading.js';
import { contactView, type ContactView, type ResourceView } from './resource-view.js';
import { badges, relFor } from './badges.js';
import type { ContentPart } from './content-types.js';
import { markLanguages, shortUrl } from './format.js';
import { reviewedLine } from './reviewed.js';
import { resourceCardStyles } from './resource-card.styles.js';
import { ENGLISH } from '../generated/english-cards.js';
import { copied, keepCopy } from './copies.js';

/** The cards' labels in the language of `ui`, in English from this part (see UiText). */
const labels = (ui: UiText) => ({ ...ENGLISH, ...ui.resources });

/**
 * A link when the address is safe, plain text otherwise. data-resource and data-channel let the widget
 * tell the host which resource a reader used (the ally-resource-activate event).
 */
export const linkOrText = (href: string | undefined, text: unknown, resource: string, channel: Channel): TemplateResult =>
  href
    ? html`<a href=${href} rel=${relFor(href)} part="link" data-resource=${resource} data-channel=${channel}>${text}</a>`
    : html`<span class="unlinked">${text}</span>`;

function contactItem(c: ContactView, ui: UiText, resource: string) {
  return html`
    <li class="contact" part="contact" data-contact=${c.id}>
      ${c.label ? html`<span class="label">${c.label}:</span>` : nothing} ${linkOrText(c.href, c.text, resource, c.channel)}
      ${badges(c, ui)} ${c.hours ? html`<span class="hours">${c.hours}.</span>` : nothing}
      ${c.note ? html`<span class="note">${c.note}</span>` : nothing}
    </li>
  `;
}

/** One organization: name, what it offers, its numbers and links, and when it was reviewed. */
export function resourceCard(r: ResourceView, ui: UiText, lang: string, level: HeadingLevel): TemplateResult {
  return html`
    <li class="resource" part="resource" data-resource=${r.id}>
      ${heading(level, r.name, 'resource-name')}
      ${r.summary ? html`<p class="summary">${r.summary}</p>` : nothing}
      ${
        r.contacts.length
          ? html`<ul class="contacts" role="list">
            ${r.contacts.map((c) => contactItem(c, ui, r.id))}
          </ul>`
          : nothing
      }
      ${r.hours ? html`<p class="hours"><span class="label">${labels(ui).hoursLabel}:</span> ${r.hours}</p>` : nothing}
      ${
        r.website || r.reviewed
          ? html`<p class="meta">
            ${r.website ? html`${labels(ui).websiteLabel}: ${linkOrText(r.website.href, r.website.text, r.id, 'web')}.` : nothing}
            ${reviewedLine(r, ui, lang)}
          </p>`
          : nothing
      }
    </li>
  `;
}

/** A content organization as a card shows it: its name with any Japanese marked, its contacts' link texts. */
export function resourceView(r: Resource, ui: UiText): ResourceView {
  return {
    id: r.id,
    name: markLanguages(r.name),
    summary: r.summary,
    contacts: r.contacts.map((c) => contactView(c, ui)),
    website: r.website ? { href: r.website, text: shortUrl(r.website) } : undefined,
    reviewed: r.reviewed,
    sources: r.sources,
  };
}

/** The host's own resources, under their heading ("From your organization"), at `level`. */
export function ownList(own: ResourceView[], ui: UiText, lang: string, level: HeadingLevel): TemplateResult {
  return html`<div class="own">
    ${heading(level, labels(ui).ownHeading, 'own-heading')}
    <ul class="resources" role="list">
      ${own.map((r) => resourceCard(r, ui, lang, deeper(level, 1)))}
    </ul>
  </div>`;
}

/**
 * The country's organizations, their headings at `level`; where it has none, what helps instead, so that
 * the widget never shows a heading with nothing under it: the crisis line (where no callout above shows
 * it, `noCallout`) and the international directory of helplines.
 */
export function nationalList(view: CountryResources, noCallout: boolean, ui: UiText, lang: string, level: HeadingLevel): TemplateResult {
  let shown = view.resources;
  if (!shown.length) {
    const more = directory(lang);
    shown = noCallout ? [view.crisisLine] : [];
    if (more.id !== view.crisisLine.id) shown.push(more);
  }
  return html`<ul class="resources national" role="list">
    ${shown.map((r) => resourceCard(resourceView(r, ui), ui, lang, level))}
  </ul>`;
}

/** The "cards" part (see scripts/content.mjs): loaded by the widgets that show organizations. */
export default { code: { cards: { ownList, nationalList, copied, keepCopy, styles: resourceCardStyles } } } satisfies ContentPart;
