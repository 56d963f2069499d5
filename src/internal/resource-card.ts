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

/** A widget's copy of one kind of markup, or the key of the markup it rendered itself. */
interface Copy {
  key?: string;
  node?: Node;
  /** The key of the markup the widget renders itself. */
  own?: string;
  /** The key of the markup it just rendered, to keep a copy of (see keepCopy). */
  keep?: string;
}
/** Each widget's copies, by the selector that finds the markup in its root. */
const copies = new WeakMap<object, Record<string, Copy>>();
const rendered = new Map<string, Node>();

/**
 * Markup that is the same in every widget with the same `key` (all it depends on: language, lines,
 * emergency number, heading level, which of its files are here), made of content only (no page data, no
 * listeners: clicks are handled on the root), and found in the widget's root by `selector`: the
 * country's organizations (see nationalList) and the crisis callout of <ally-resources>. The first widget renders it; the others show a copy, which is much faster on pages
 * with many widgets. A widget keeps its copy while its key holds, and the first its own markup (Lit
 * updates it in place). A server, and a widget hydrating what a server rendered (`fresh`), render it.
 */
export function copied(widget: object, selector: string, key: string, fresh: boolean, render: () => TemplateResult): unknown {
  let mine = copies.get(widget);
  if (!mine) copies.set(widget, (mine = {}));
  const copy = (mine[selector] ??= {});
  // Only what this render makes is kept: a render that failed, and was tried again in English, must not
  // leave its key behind for the markup of the retry.
  copy.keep = undefined;
  key = `${selector} ${key}`;
  if (copy.key !== key) {
    const made = fresh || copy.own === key ? undefined : rendered.get(key);
    if (!made) {
      if (!rendered.has(key)) copy.keep = key;
      return ((copy.own = key), render());
    }
    copy.key = key;
    copy.node = made.cloneNode(true);
  }
  return copy.node;
}

/**
 * After a widget rendered markup of its own (see copied): keeps a copy of it, detached and owned by the
 * main document (not the widget's, which may be an iframe's), for the next widget with the same key.
 */
export function keepCopy(widget: object, root: ParentNode): void {
  for (const [selector, copy] of Object.entries(copies.get(widget) ?? {})) {
    // Only just after rendering its own; and not from a widget that could not render and shows only its
    // crisis line (AllyElement.renderEssentials).
    const node = copy.keep && root.querySelector('section.root') && root.querySelector(selector);
    if (node) rendered.set(copy.keep!, document.importNode(node, true));
    copy.keep = undefined;
  }
}

/** The "cards" part (see scripts/content.mjs): loaded by the widgets that show organizations. */
export default { code: { cards: { ownList, nationalList, copied, keepCopy, styles: resourceCardStyles } } } satisfies ContentPart;
