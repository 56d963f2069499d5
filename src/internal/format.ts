import { html } from 'lit';
import { hasLocale, locale } from './content.js';
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

// The content's review dates come formatted for each language (scripts/content.mjs): a page's first
// Intl.DateTimeFormat costs it some 50 ms. Any other day is formatted here, once per language.
const days = new Map<string, string>();

/** A reviewed date (YYYY-MM-DD) as readers of `lang` write dates. */
export function formatDay(isoDay: string, lang: string): string {
  const key = `${lang} ${isoDay}`;
  let day = (hasLocale(lang) ? locale(lang).days?.[isoDay] : undefined) ?? days.get(key);
  if (day === undefined) {
    day = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(isoDay));
    days.set(key, day);
  }
  return day;
}

/** "www.nami.org/" → "nami.org": the short form readers recognize. */
export function shortUrl(url: string): string {
  const u = new URL(url);
  const path = u.pathname === '/' ? '' : u.pathname.replace(/\/$/, '');
  return u.hostname.replace(/^www\./, '') + path;
}

// Japanese inside another language's text (a line's own name, よりそいホットライン) is marked lang="ja",
// so screen readers switch voice (WCAG 3.1.2). Only the project's own content goes through here — its
// Han and kana are Japanese — never a host's text, which may be Chinese. One span covers the whole run.
const CJK = '[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]';
const JAPANESE = new RegExp(`${CJK}(?:[^]*${CJK})?`);

/** Content text with its Japanese run marked; other text stays a plain string. */
export function markLanguages(text: string): unknown {
  const run = JAPANESE.exec(text);
  if (!run) return text;
  return [text.slice(0, run.index), html`<span lang="ja">${run[0]}</span>`, text.slice(run.index + run[0].length)];
}
