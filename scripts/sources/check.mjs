// Pure functions of `npm run verify-sources`: a page's text as a reader sees it, whether it still holds a
// quote, why a request failed, and the lines printed. scripts/verify-sources.mjs does the fetching.
import { decodeHTML } from 'entities';

// Elements whose content is not text a reader sees.
const HIDDEN = /<(script|style|template|svg|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
// Inline elements do not break a word: "<b>Sam</b>aritans" reads "Samaritans". Every other tag does.
const INLINE = 'a|abbr|b|bdi|bdo|cite|code|data|dfn|em|font|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr';
const INLINE_TAG = new RegExp(`</?(?:${INLINE})\\b[^>]*>`, 'gi');

/**
 * Folds text so that typography does not count: Unicode compatibility forms (NFKC: a no-break space is a
 * space, "…" is "..."), case, curly and straight quotes, every dash, and runs of white space.
 */
export function normalize(text) {
  return text
    .normalize('NFKC')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '') // soft hyphen, zero-width characters
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u2035\u0060\u00b4\u2039\u203a]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The text of an HTML page, normalized: comments, scripts and styles dropped, tags stripped, entities
 * decoded. With `{ scripts: true }` the content of script elements stays, for pages that carry their text
 * in a script (JSON for a script-built page) rather than in their HTML.
 */
export function pageText(html, { scripts = false } = {}) {
  let s = html.replace(/<!--[\s\S]*?-->/g, ' ');
  if (!scripts) s = s.replace(HIDDEN, ' ');
  s = s.replace(INLINE_TAG, '').replace(/<\/?[a-zA-Z][^>]*>/g, ' ');
  return normalize(decodeHTML(s));
}

/** Whether a page holds a quote, by their normalized texts. */
export const holds = (page, quote) => {
  const q = normalize(decodeHTML(quote));
  return q !== '' && (page.text.includes(q) || page.scriptText.includes(q));
};

/**
 * A response body as text: in the charset its Content-Type names, else the one a <meta> tag near the
 * start names, else UTF-8.
 * @param {Uint8Array} bytes
 * @param {string} contentType
 */
export function decodeBody(bytes, contentType = '') {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const charset =
    /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? 'utf-8';
  let decoder;
  try {
    decoder = new TextDecoder(charset.toLowerCase());
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

/** The page as the checks see it. */
export function readPage(bytes, contentType) {
  const html = decodeBody(bytes, contentType);
  return { contentType, text: pageText(html), scriptText: pageText(html, { scripts: true }) };
}

// Network failures worth one more try: the next one may well succeed.
const TRANSIENT = new Set([
  'EAI_AGAIN',
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);
const SAYS = {
  ENOTFOUND: 'DNS lookup failed: no such host',
  EAI_AGAIN: 'DNS lookup failed (EAI_AGAIN: no network or DNS server?)',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'the connection closed unexpectedly',
};

/**
 * Why a request failed, in one line, and whether to try once more.
 * @param {unknown} error what fetch (or reading the body) threw
 * @param {number} timeoutMs
 * @returns {{ reason: string, transient: boolean }}
 */
export function describeError(error, timeoutMs) {
  const e = /** @type {any} */ (error);
  if (e?.name === 'TimeoutError') return { reason: `timed out after ${timeoutMs / 1000} s`, transient: true };
  if (e?.name === 'PageTooLarge') return { reason: e.message, transient: false };
  const cause = e?.cause ?? e;
  const code = cause?.code;
  if (code && SAYS[code]) return { reason: SAYS[code], transient: TRANSIENT.has(code) };
  if (/redirect count exceeded/i.test(cause?.message ?? '')) return { reason: 'too many redirects', transient: false };
  if (typeof code === 'string' && /CERT|SSL|TLS|SELF_SIGNED|VERIFY/i.test(code))
    return { reason: `TLS certificate problem (${code})`, transient: false };
  const message = String(cause?.message ?? e?.message ?? e).split('\n')[0];
  return { reason: code ? `${message} (${code})` : message, transient: TRANSIENT.has(code) };
}

/** Whether an HTTP status is worth one more try: a busy or failing server. */
export const transientStatus = (status) => status === 429 || status >= 500;

/**
 * The verdict on one item, from the pages fetched for it.
 * @param {import('./items.mjs').Item} item
 * @param {Map<string, { ok: true, page: object, url: string } | { ok: false, reason: string }>} pages by
 *   address; `url` is where redirects led
 * @param {string[]} urls the item's pages (pagesOf), each with an entry in `pages`
 * @returns {{ status: 'ok' | 'changed' | 'unreachable', lines: string[] }}
 */
export function judge(item, pages, urls) {
  const name = `${item.file} ${item.id}`;
  const lines = [];
  let unreachable = 0;
  let changed = 0;
  for (const url of urls) {
    const p = pages.get(url);
    if (!p.ok) {
      unreachable++;
      lines.push(line('unreachable', `${name}: ${url} — ${p.reason}`));
    }
  }
  for (const q of item.quotes) {
    const candidates = q.url ? [q.url] : item.sources.map((s) => s.url);
    const fetched = candidates.map((u) => [u, pages.get(u)]);
    // Where a page did not answer, its quote cannot be judged: the unreachable line says so.
    if (fetched.some(([, p]) => !p.ok) || fetched.some(([, p]) => holds(p.page, q.text))) continue;
    changed++;
    const where = fetched.map(([u, p]) => (p.url !== u ? `${u} (now ${p.url})` : u)).join(' or ');
    const kind = fetched.map(([, p]) => p.page.contentType).find((t) => t && !/html|text|xml|json/i.test(t));
    const note = kind ? ` (the page is ${kind.split(';')[0]}, whose text this check cannot read)` : '';
    lines.push(line('changed', `${name} (${q.where}): ${where} no longer says ${JSON.stringify(q.text)}${note}`));
  }
  if (!lines.length) {
    const quotes = item.quotes.length ? `, ${item.quotes.length} quote${item.quotes.length === 1 ? '' : 's'} found` : '';
    lines.push(line('ok', `${name}: ${urls.length} source${urls.length === 1 ? '' : 's'} answer${urls.length === 1 ? 's' : ''}${quotes}`));
  }
  return { status: unreachable ? 'unreachable' : changed ? 'changed' : 'ok', lines };
}

const line = (status, text) => `${status.padEnd(11)}  ${text}`;

/** The last line: how many items passed and failed, and how many pages were read. */
export function summary(statuses, pageCount) {
  const count = (s) => statuses.filter((x) => x === s).length;
  const failed = statuses.length - count('ok');
  return (
    `verify-sources: ${statuses.length} items, ${pageCount} pages: ${count('ok')} ok, ${count('changed')} changed, ${count('unreachable')} unreachable` +
    (failed ? ` (${failed} item${failed === 1 ? '' : 's'} to review)` : '')
  );
}
