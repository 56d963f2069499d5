import { html, nothing, type TemplateResult } from 'lit';
import { describe } from './warn.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Parses a `heading-level` value (text or a number); anything but a whole number 1–6 falls back to 2
 * with a warning. Other values are never converted: Number() throws on symbols and bare objects.
 */
export function parseHeadingLevel(value: unknown, onWarn: (message: string) => void): HeadingLevel {
  if (value === undefined || value === null) return 2;
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  if (Number.isInteger(n) && n >= 1 && n <= 6) return n as HeadingLevel;
  onWarn(`heading-level=${describe(value)} is not 1 to 6; using 2.`);
  return 2;
}

/** Headings below level 6 stay at 6: HTML has no h7, and the outline stays valid. */
export const deeper = (level: HeadingLevel, by: number): HeadingLevel => Math.min(6, level + by) as HeadingLevel;

/**
 * A real h1–h6 element chosen at run time. Lit cannot bind a tag name, and lit/static-html costs more
 * than these six templates.
 */
export function heading(level: HeadingLevel, content: unknown, part: string, id?: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 id=${id ?? nothing} part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id ?? nothing} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id ?? nothing} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id ?? nothing} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id ?? nothing} part=${part}>${content}</h5>`;
    default:
      return html`<h6 id=${id ?? nothing} part=${part}>${content}</h6>`;
  }
}
