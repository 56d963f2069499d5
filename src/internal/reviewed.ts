import { html, nothing } from 'lit';
import type { Source, UiText } from './content.js';
import { fill, formatDay, markLanguages } from './format.js';

/** "Reviewed 25 November 2026. Sources: …", linked without a referrer; nothing for host-given items. */
export function reviewedLine(item: { reviewed?: string; sources?: Source[] }, ui: UiText, lang: string) {
  if (!item.reviewed) return nothing;
  return html`${fill(ui.common.reviewed, { date: formatDay(item.reviewed, lang) })}. ${ui.common.sources}:
  ${(item.sources ?? []).map((s, i) => html`${i ? ', ' : ''}<a href=${s.url} rel="noopener noreferrer">${markLanguages(s.title)}</a>`)}`;
}
