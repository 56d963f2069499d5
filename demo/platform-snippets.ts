// The builder's code for platforms that take no script tag: WordPress (the plugin's shortcodes and
// blocks, integrations/wordpress/) and iframe-only platforms (the iframe page, embed/). Each writes down
// the same arrangement (embed-choices.ts) in its own syntax.
import { arrange, type EmbedChoices, type PlacedWidget, type WidgetTag } from './embed-choices.js';
import { escapeAttr } from './snippet.js';

/** `ally-tips` → `tips`: the widget's name in a shortcode, block name or the iframe page's `widget`. */
const short = (tag: WidgetTag) => tag.slice('ally-'.length);

/**
 * A shortcode attribute's value: WordPress ends a shortcode at `]` and an attribute at `"`, whatever
 * quotes them; as entities they show as typed (the plugin escapes with esc_attr/esc_html, which keep
 * entities as they are).
 */
const shortcodeValue = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/\[/g, '&#91;').replace(/\]/g, '&#93;');

/** `[ally_resources heading_level="3" no_crisis="true"]…[/ally_resources]`: attribute names with `_` for `-`. */
export function shortcodes(c: EmbedChoices): string {
  return arrange(c)
    .widgets.map(({ tag, attributes, resources }) => {
      const name = tag.replace('-', '_');
      const attrs = attributes.map(([n, v]) => ` ${n.replace(/-/g, '_')}="${v === true ? 'true' : shortcodeValue(v)}"`).join('');
      if (!resources.length) return `[${name}${attrs}]`;
      const inner = resources.map((r) => {
        const fields = (['name', 'phone', 'href', 'hours'] as const).filter((f) => r[f].trim());
        const own = fields.map((f) => ` ${f}="${shortcodeValue(r[f].trim())}"`).join('');
        return `[ally_resource${own}]${shortcodeValue(r.description.trim())}[/ally_resource]`;
      });
      return `[${name}${attrs}]\n${inner.join('\n')}\n[/${name}]`;
    })
    .join('\n');
}

/**
 * The block's attributes as WordPress writes them in a block comment: the elements' property names
 * (`headingLevel`), numbers and booleans as such, and `-`, `<`, `>`, `&` and `"` as JSON escapes so that
 * nothing typed can end the comment (WordPress's own serialize_block_attributes does the same).
 */
function blockAttributes({ attributes }: PlacedWidget): string {
  const entries = attributes.map(([name, value]) => {
    const key = name.replace(/-(\w)/g, (_, ch: string) => ch.toUpperCase());
    return [key, name === 'heading-level' ? Number(value) : value] as const;
  });
  if (!entries.length) return '';
  // Each escape pair (a backslash and the character after it) is read whole, so a typed backslash never pairs with a quote.
  const escapes: Record<string, string> = { '--': '\\u002d\\u002d', '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\\"': '\\u0022' };
  const json = JSON.stringify(Object.fromEntries(entries)).replace(/\\.|--|[<>&]/g, (s) => escapes[s] ?? s);
  return ` ${json}`;
}

/** `<!-- wp:ally-widgets/tips {"headingLevel":3} /-->`, one per widget. Own resources are the plugin's settings' (see NOTES). */
export function blocks(c: EmbedChoices): string {
  return arrange(c)
    .widgets.map((w) => `<!-- wp:ally-widgets/${short(w.tag)}${blockAttributes(w)} /-->`)
    .join('\n');
}

/** What each widget's iframe is called for a screen reader, when the author gave no heading. */
const TITLES: Record<WidgetTag, string> = {
  'ally-crisis': 'Crisis lines and emergency numbers',
  'ally-tips': 'How to support someone',
  'ally-resources': 'Where to turn for help',
  'ally-guide': 'How to support someone with their mental health',
};
/**
 * A first height for each iframe, in pixels, at a typical column width: the platform's own height
 * setting, or fit-iframes.js, sets the real one. Each own resource adds about a card.
 */
const HEIGHTS: Record<WidgetTag, number> = { 'ally-crisis': 520, 'ally-tips': 900, 'ally-resources': 1500, 'ally-guide': 4200 };
const RESOURCE_HEIGHT = 180;

/** The iframe page's address for one widget: its attributes and resources as the query (see embed/embed.ts). */
export function embedUrl(page: string, { tag, attributes, resources }: PlacedWidget): string {
  const url = new URL(page);
  url.search = '';
  url.searchParams.set('widget', short(tag));
  for (const [name, value] of attributes) url.searchParams.set(name, value === true ? '' : value);
  resources.forEach((r, i) => {
    for (const field of ['name', 'phone', 'href', 'hours', 'description'] as const) {
      if (r[field].trim()) url.searchParams.set(`resource${i + 1}-${field}`, r[field].trim());
    }
  });
  return url.href;
}

/**
 * One iframe per widget. `referrerpolicy="no-referrer"`: the site that serves the iframe page is not told
 * which page (which intranet) shows it. With `fitScript`, the script that fits each iframe to its content.
 */
export function iframes(c: EmbedChoices): string {
  const folder = new URL('./', c.embedPage).href;
  const frames = arrange(c).widgets.map((w) => {
    const title = w.attributes.find(([name]) => name === 'heading')?.[1] ?? TITLES[w.tag];
    const height = HEIGHTS[w.tag] + RESOURCE_HEIGHT * w.resources.length;
    return (
      `<iframe src="${escapeAttr(embedUrl(c.embedPage, w))}" title="${escapeAttr(String(title))}" ` +
      `width="100%" height="${height}" frameborder="0" referrerpolicy="no-referrer"></iframe>`
    );
  });
  if (frames.length && c.fitScript) frames.push(`<script src="${escapeAttr(`${folder}fit-iframes.js`)}"></script>`);
  return frames.join('\n');
}
