import { html, nothing, type TemplateResult } from 'lit';
import type { Source, UiText } from './content.js';
import { fill, formatDay, markLanguages } from './format.js';

/**
 * "Reviewed 25 November 2026. Sources", the sources behind a disclosure button: one click away, and out
 * of the tab order until a reader asks for them (AllyElement.onActivate opens it; printed, it is open).
 * Links carry no referrer. Nothing for host-given items, which have no review date.
 */
export function reviewedLine(item: { reviewed?: string; sources?: Source[] }, ui: UiText, lang: string): typeof nothing | TemplateResult {
  if (!item.reviewed) return nothing;
  const sources = item.sources ?? [];
  // The sentence's full stop is in the words (Japanese ends it with 。). The state lives in these two
  // static attributes, set by the click handler: a re-render keeps it.
  return html`${fill(ui.common.reviewed, { date: formatDay(item.reviewed, lang) })}
  ${
    sources.length
      ? html`<button type="button" class="sources-toggle" aria-expanded="false">${ui.common.sources}</button><span class="sources" hidden
          >: ${sources.map((s, i) => html`${i ? ', ' : ''}<a href=${s.url} rel="noopener noreferrer">${markLanguages(s.title)}</a>`)}</span
        >`
      : nothing
  }`;
}

/** Opens or closes the sources after a "Sources" button (see reviewedLine); false for any other target. */
export function toggleSources(target: Element | null): boolean {
  const button = target?.closest?.('.sources-toggle');
  const list = button?.nextElementSibling as HTMLElement | null | undefined;
  if (!button || !list) return false;
  const open = button.getAttribute('aria-expanded') !== 'true';
  button.setAttribute('aria-expanded', String(open));
  list.hidden = !open;
  return true;
}
