// The builder's code for a page that takes a script tag: an HTML snippet a non-developer can paste into
// any page. Pure functions of the choices, so a test can check exactly what a person would copy.
import { arrange, type EmbedChoices, type PlacedWidget } from './embed-choices.js';

export interface Integrity {
  version: string;
  /** File name → its SRI hash. */
  files: Record<string, string>;
  /** Content part (a key of PART_LOADERS, such as "locale-es") → its file, such as "part-locale-es-BJa555hs.js". */
  parts: Record<string, string>;
}

export const cdnBase = (version: string) => `https://cdn.jsdelivr.net/npm/ally-widgets@${version}/dist/cdn/`;

export const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The element as HTML, its own resources as `<ally-resource>` children (the description is their text). */
export function elementMarkup({ tag, attributes, resources }: PlacedWidget): string {
  const attrs = attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`)).join('');
  const children = resources.map((r) => {
    const fields = (['name', 'phone', 'href', 'hours'] as const).filter((f) => r[f].trim());
    const own = fields.map((f) => ` ${f}="${escapeAttr(r[f].trim())}"`).join('');
    return `\n  <ally-resource${own}>${escapeText(r.description.trim())}</ally-resource>`;
  });
  return `<${tag}${attrs}>${children.join('')}${children.length ? '\n' : ''}</${tag}>`;
}

/**
 * The content parts the chosen widgets will load at once, as files beside the bundle: the language's
 * words (English is inside the bundle, but for the tips and the guide's own words), the country's lines
 * (the US crisis line is in the bundle) and their words in the language; for <ally-resources> and
 * <ally-guide> the US organizations and their cards' code; for <ally-tips> and <ally-guide> the English
 * tips' titles and summaries (another language's part holds them) and the code that shows them; for
 * <ally-guide> its own words and the tips' details its warning signs need (<ally-tips> alone fetches
 * them when the page is idle). "The page's language" is taken to be English.
 */
export function partFiles(c: EmbedChoices, integrity: Integrity): string[] {
  const [lang = 'en', region = ''] = (c.lang || 'en').split('-').map((s) => s.toLowerCase());
  // As the widgets choose: the country attribute, else the language's region (es-MX → MX), else where the
  // reader's device is, known only in the browser: then the other countries' time zones, so that a reader
  // outside the US is placed at once, and the organizations of the US, the bundled country.
  const country = (c.country || region).toUpperCase();
  const names = [`locale-${lang}`, ...(country ? [`country-${country}`, `words-${lang}-${country}`] : ['zones'])];
  if (c.widgets.includes('ally-resources') || c.widgets.includes('ally-guide')) names.push(`orgs-${country || 'US'}`, 'cards');
  if (c.widgets.includes('ally-tips') || c.widgets.includes('ally-guide')) names.push(`tips-${lang}`, 'prose');
  if (c.widgets.includes('ally-guide')) names.push(`guide-${lang}`, `details-${lang}`);
  return names.flatMap((name) => integrity.parts[name] ?? []);
}

/**
 * The snippet: the stylesheet that keeps the widgets' space while they load; the script; for the
 * module script, a module script of each content part it will need (the classic script holds them all),
 * after its own: each is fetched alongside the script and gives itself over to it when it runs, so the
 * widgets' first render has it; then the chosen elements. Every file is pinned to the version by its URL
 * and its SRI hash. A part's tag names exactly the URL the bundle would import it from (beside itself),
 * so the browser loads it once.
 */
export function snippet(c: EmbedChoices, integrity: Integrity): string {
  const file = c.script === 'module' ? 'ally-widgets.js' : 'ally-widgets.iife.js';
  /** `href` or `src`, its SRI hash and CORS mode: the attributes that pin a tag to one file's bytes. */
  const pinned = (attr: 'href' | 'src', name: string) => {
    const hash = integrity.files[name];
    if (!hash) throw new Error(`no integrity hash for ${name}`);
    return `${attr}="${escapeAttr(c.base + name)}" integrity="${hash}" crossorigin="anonymous"`;
  };
  const head = [
    `<link rel="stylesheet" ${pinned('href', 'ally-widgets.css')}>`,
    `<script${c.script === 'module' ? ' type="module"' : ''} ${pinned('src', file)}></script>`,
    ...(c.script === 'module' ? partFiles(c, integrity).map((part) => `<script type="module" ${pinned('src', part)}></script>`) : []),
  ];
  const elements = arrange(c).widgets.map(elementMarkup);
  return [...head, ...elements].join('\n');
}
