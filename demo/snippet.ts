// The embed builder's output: an HTML snippet a non-developer can paste into any page. Pure functions
// of the choices, so a test can check exactly what a person would copy.

export type WidgetTag = 'ally-tips' | 'ally-resources' | 'ally-crisis' | 'ally-guide';

export interface EmbedChoices {
  widgets: WidgetTag[];
  /** '' = follow the page's language. */
  lang: string;
  /** '' = from the language, else US. */
  country: string;
  theme: 'light' | 'dark' | 'auto';
  layout: 'list' | 'cards';
  /** module: <script type="module">; classic: the IIFE build, for CMSs that forbid modules. */
  script: 'module' | 'classic';
  /** Where the files are served from, ending in "/". */
  base: string;
}

export interface Integrity {
  version: string;
  files: Record<string, string>;
}

export const cdnBase = (version: string) => `https://cdn.jsdelivr.net/npm/ally-widgets@${version}/dist/cdn/`;

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The snippet: one script tag pinned to a version with its SRI hash, then the chosen elements. */
export function snippet(c: EmbedChoices, integrity: Integrity): string {
  const file = c.script === 'module' ? 'ally-widgets.js' : 'ally-widgets.iife.js';
  const hash = integrity.files[file];
  if (!hash) throw new Error(`no integrity hash for ${file}`);
  const script =
    `<script${c.script === 'module' ? ' type="module"' : ''} src="${escapeAttr(c.base + file)}"` +
    ` integrity="${hash}"` +
    ` crossorigin="anonymous"></script>`;
  const elements = c.widgets.map((tag) => {
    const attrs: string[] = [];
    if (c.lang) attrs.push(`lang="${escapeAttr(c.lang)}"`);
    if (c.country) attrs.push(`country="${escapeAttr(c.country)}"`);
    if (c.theme !== 'light') attrs.push(`theme="${c.theme}"`);
    if (tag === 'ally-tips' && c.layout === 'cards') attrs.push('layout="cards"');
    return `<${tag}${attrs.length ? ` ${attrs.join(' ')}` : ''}></${tag}>`;
  });
  return [script, ...elements].join('\n');
}
