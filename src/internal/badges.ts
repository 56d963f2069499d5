// What a resource's contacts offer, as badges, and the rel of external links: shared by the crisis
// callout (in the script-tag bundle) and the resource cards (a part of their own: resource-card.ts).
import { html, nothing, type TemplateResult } from 'lit';
import type { UiText } from './content.js';
import type { ContactView } from './resource-view.js';

/** External links must not tell the destination which page, or which employer's intranet, sent the reader. */
export const relFor = (href: string | undefined) => (href && /^https?:/.test(href) ? 'noopener noreferrer' : nothing);

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
