import { html, nothing } from 'lit';
import { AllyElement } from '../../internal/ally-element.js';
import { DEFAULT_COUNTRY, resourcesFor, ui, type Contact, type Resource } from '../../internal/content.js';
import { fill, fillParts, formatDay, shortUrl } from '../../internal/format.js';
import { deeper, heading } from '../../internal/heading.js';
import { baseStyles } from '../../internal/styles.js';
import { resourcesStyles } from './resources.styles.js';
import type { UiText } from '../../internal/content-types.js';

/**
 * @summary Where to turn for help: the crisis line first, the emergency number, then organizations with
 * what each offers, its phone and text numbers as tap-to-call links, hours, and whether it handles crises.
 *
 * @csspart root - The widget's box.
 * @csspart heading - The widget's title.
 * @csspart crisis - The crisis-line callout.
 * @csspart emergency - The sentence with the emergency number.
 * @csspart action - A call, text or chat button in the crisis callout.
 * @csspart resource - One organization.
 * @csspart resource-name - An organization's heading.
 * @csspart contact - One phone number, text number or link of an organization.
 *
 * @cssprop --ally-color-crisis - Border and button color of the crisis callout.
 * @cssprop --ally-color-crisis-surface - Background of the crisis callout.
 */
export class AllyResources extends AllyElement {
  static override styles = [baseStyles, resourcesStyles];

  protected override render() {
    const lang = this.language;
    const text = ui(lang);
    const { crisisLine, resources, emergency } = resourcesFor(DEFAULT_COUNTRY, lang);
    const level2 = deeper(this.level, 1);
    return html`
      <section class="root" part="root" lang=${lang} dir=${text.direction} aria-labelledby="heading">
        ${heading(this.level, this.heading || text.resources.heading, 'heading', 'heading')}
        <section class="crisis" part="crisis" aria-labelledby="crisis-heading">
          ${heading(level2, text.resources.crisisHeading, 'crisis-heading', 'crisis-heading')}
          <p class="emergency" part="emergency">
            ${fillParts(text.resources.emergency, {
              number: html`<a href="tel:${emergency}">${emergency}</a>`,
            })}
          </p>
          <p class="crisis-name">${crisisLine.name}</p>
          <ul class="actions" role="list">
            ${crisisLine.contacts.map(
              (c) => html`<li><a class="action" part="action" href=${c.href} rel=${rel(c)}>${actionText(c, text)}</a></li>`,
            )}
          </ul>
          <p>${crisisLine.summary}</p>
          ${crisisLine.contacts.filter((c) => c.note).map((c) => html`<p>${c.note}</p>`)}
          <p class="meta">${reviewed(crisisLine, text, lang)}</p>
        </section>
        <ul class="resources" role="list">
          ${resources.map((r) => this.renderResource(r, text, lang))}
        </ul>
      </section>
    `;
  }

  private renderResource(r: Resource, text: UiText, lang: string) {
    return html`
      <li class="resource" part="resource" data-resource=${r.id}>
        ${heading(deeper(this.level, 1), r.name, 'resource-name')}
        <p>${r.summary}</p>
        <ul class="contacts" role="list">
          ${r.contacts.map((c) => renderContact(c, text))}
        </ul>
        <p class="meta">
          ${text.resources.websiteLabel}:
          <a href=${r.website} rel="noopener noreferrer">${shortUrl(r.website)}</a>.
          ${reviewed(r, text, lang)}
        </p>
      </li>
    `;
  }
}

/** External links must not tell the destination which page, or which employer's intranet, sent the reader. */
const rel = (c: Contact) => (c.channel === 'chat' || c.channel === 'web' ? 'noopener noreferrer' : nothing);

function actionText(c: Contact, text: UiText): string {
  const values = { number: c.display ?? '', keyword: c.keyword ?? '' };
  if (c.action) return fill(c.action, values);
  if (c.channel === 'phone') return fill(text.common.call, values);
  if (c.channel === 'sms') return fill(c.keyword ? text.common.textKeyword : text.common.text, values);
  return text.common.chat;
}

function renderContact(c: Contact, text: UiText) {
  const isLine = c.channel !== 'web';
  return html`
    <li class="contact" part="contact" data-contact=${c.id}>
      ${c.label ? html`<span class="label">${c.label}:</span>` : nothing}
      <a href=${c.href} rel=${rel(c)}>${actionText(c, text)}</a>
      ${isLine
        ? html`<span class="badges">
            ${c.crisis
              ? html`<span class="badge crisis-badge">${text.resources.crisisBadge}</span>`
              : html`<span class="badge">${text.resources.notCrisisBadge}</span>`}
            ${c.open247 ? html`<span class="badge">${text.resources.open247Badge}</span>` : nothing}
            ${c.free ? html`<span class="badge">${text.resources.freeBadge}</span>` : nothing}
          </span>`
        : nothing}
      ${c.hours ? html`<span class="hours">${c.hours}.</span>` : nothing}
      ${c.note ? html`<span class="note">${c.note}</span>` : nothing}
    </li>
  `;
}

function reviewed(r: Resource, text: UiText, lang: string) {
  return html`${fill(text.common.reviewed, { date: formatDay(r.reviewed, lang) })}. ${text.common.sources}:
    ${r.sources.map((s, i) => html`${i ? ', ' : ''}<a href=${s.url} rel="noopener noreferrer">${s.title}</a>`)}`;
}
