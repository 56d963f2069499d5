import { html } from 'lit';
/**
 * Fills `{name}` placeholders in a content template. Values may be strings or Lit templates (a link
 * inside a sentence); the result is an array Lit renders in order, so content text is never parsed as
 * HTML.
 */
export function fillParts<T>(template: string, values: Record<string, T | string>): Array<T | string> {
  return template.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? (values[part] ?? `{${part}}`) : part));
}

/** Fills `{name}` placeholders with plain strings. */
export function fill(template: string, values: Record<string, string>): string {
  return fillParts(template, values).join('');
}

/** A reviewed date (YYYY-MM-DD) as readers of `lang` write dates. */
export function formatDay(isoDay: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(isoDay));
}

/** "www.nami.org/" → "nami.org": the short form readers recognize. */
export function shortUrl(url: string): string {
  const u = new URL(url);
  const path = u.pathname === '/' ? '' : u.pathname.replace(/\/$/, '');
  return u.hostname.replace(/^www\./, '') + path;
}

// Japanese script inside another language's text (a line's own name, よりそいホットライン) is marked
// lang="ja", so screen readers switch voice (WCAG 3.1.2). Han characters are read as Japanese: it is
// the only language with such names in the content today.
const JAPANESE = /([\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]+)/;

/** Text with its Japanese runs marked; plain text stays a plain string. */
export function markLanguages(text: string): unknown {
  if (!JAPANESE.test(text)) return text;
  return text.split(JAPANESE).map((part, i) => (i % 2 ? html`<span lang="ja">${part}</span>` : part));
}
