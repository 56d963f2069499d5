import { html, nothing, type TemplateResult } from 'lit';
import type { Channel, UiText } from './content.js';
import { heading, type HeadingLevel } from './heading.js';
import type { ContactView, ResourceView } from './resource-view.js';
import { reviewedLine } from './reviewed.js';

/** External links must not tell the destination which page, or which employer's intranet, sent the reader. */
export const relFor = (href: string | undefined) => (href && /^https?:/.test(href) ? 'noopener noreferrer' : nothing);

/**
 * A link when the address is safe, plain text otherwise. data-resource and data-channel let the widget
 * tell the host which resource a reader used (the ally-resource-activate event).
 */
export const linkOrText = (href: string | undefined, text: unknown, resource: string, channel: Channel): TemplateResult =>
  href
    ? html`<a href=${href} rel=${relFor(href)} part="link" data-resource=${resource} data-channel=${channel}>${text}</a>`
    : html`<span class="unlinked">${text}</span>`;

/** "Crisis support", "Open 24/7", "Free", "Confidential": only what the content says is true. */
export function badges(c: Pick<ContactView, 'crisis' | 'open247' | 'free' | 'confidential'>, ui: UiText): typeof nothing | TemplateResult {
  const t = ui.crisis;
  const list = [
    c.crisis === true && html`<span class="badge crisis-badge">${t.crisisBadge}</span>`,
    c.crisis === false && html`<span class="badge">${t.notCrisisBadge}</span>`,
    c.open247 && html`<span class="badge">${t.open247Badge}</span>`,
    c.free && html`<span class="badge">${t.freeBadge}</span>`,
    c.confidential && html`<span class="badge">${t.confidentialBadge}</span>`,
  ].filter(Boolean);
  // Spaces between badges, so screen readers and copied text do not run the words together.
  return list.length ? html`<span class="badges">${list.map((b, i) => (i ? [' ', b] : b))}</span>` : nothing;
}

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
      ${r.hours ? html`<p class="hours"><span class="label">${ui.resources.hoursLabel}:</span> ${r.hours}</p>` : nothing}
      ${
        r.website || r.reviewed
          ? html`<p class="meta">
            ${r.website ? html`${ui.resources.websiteLabel}: ${linkOrText(r.website.href, r.website.text, r.id, 'web')}.` : nothing}
            ${reviewedLine(r, ui, lang)}
          </p>`
          : nothing
      }
    </li>
  `;
}
