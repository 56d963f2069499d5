// `npm run build`'s last step: the WordPress plugin, dist/wordpress/ally-widgets.zip, holding the folder
// ally-widgets/ — the PHP and editor script of integrations/wordpress/plugin/, the script-tag build
// (dist/cdn/) in assets/, and widgets.json: every widget's attributes and their allowed values, read from
// the Custom Elements Manifest and the content, so the shortcodes, blocks and settings page accept exactly
// what the elements do and cannot drift from them.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elements, inputs, readManifest } from '../../scripts/cem/manifest.mjs';
import { loadContent } from '../../scripts/content/load.mjs';
import { zip } from './zip.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const source = join(root, 'integrations/wordpress/plugin');
export const OUT = join(root, 'dist/wordpress');
const folder = join(OUT, 'ally-widgets');

/** Plain text from a JSDoc description: no Markdown code marks, one line. */
const plain = (text = '') => text.replace(/`/g, '').replace(/\s+/g, ' ').trim();
const firstSentence = (text) => plain(text).replace(/^(.+?\.)\s.*$/, '$1');
/** The blocks' names in the inserter: what each shows, as an editor looks for it. */
const TITLES = {
  'ally-tips': 'Ally: tips for supporting someone',
  'ally-resources': 'Ally: where to turn for help',
  'ally-crisis': 'Ally: crisis line',
  'ally-guide': 'Ally: the whole guide',
};
const label = (name) => name[0].toUpperCase() + name.slice(1).replace(/-/g, ' ');

/** How the plugin checks one attribute's value: by the element's type, or by what the name means. */
function attributeRule(input, { tipIds, countries, languages }) {
  const literals = input.type.split(' | ').map((t) => t.trim());
  if (input.attribute === 'country') return { kind: 'country', values: countries };
  if (input.attribute === 'lang') return { kind: 'lang', values: languages };
  if (input.attribute === 'tips') return { kind: 'list', values: tipIds };
  if (input.type === 'boolean') return { kind: 'boolean' };
  if (literals.every((t) => /^'[^']*'$|^\d+$/.test(t))) {
    return { kind: 'enum', values: [...new Set(literals.map((t) => t.replace(/'/g, '')))] };
  }
  return { kind: 'text' };
}

/** The schema the PHP reads (includes/schema.php) and the block editor gets. */
export function widgetSchema(manifest, content, version) {
  const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });
  const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
  const countries = Object.fromEntries(
    Object.keys(content.countries)
      .filter((c) => /^[A-Z]{2}$/.test(c))
      .map((c) => [c, countryNames.of(c)])
      .sort((a, b) => a[1].localeCompare(b[1])),
  );
  const languages = Object.fromEntries(Object.keys(content.locales).map((l) => [l, languageNames.of(l)]));
  const known = { tipIds: content.tips.map((t) => t.id), countries: Object.keys(countries), languages: Object.keys(languages) };
  const widgets = {};
  let resource;
  for (const element of elements(manifest)) {
    const attributes = inputs(element)
      .filter((i) => i.attribute)
      .map((i) => ({
        name: i.attribute,
        // Shortcode attributes are words (`heading_level`); block attributes are the element's property names.
        shortcode: i.attribute.replace(/-/g, '_'),
        block: i.property ?? i.attribute,
        label: label(i.attribute),
        help: plain(i.description),
        ...attributeRule(i, known),
      }));
    if (element.tagName === 'ally-resource') {
      resource = { tag: element.tagName, attributes };
      continue;
    }
    const key = element.tagName.replace(/^ally-/, '');
    widgets[key] = {
      tag: element.tagName,
      title: TITLES[element.tagName] ?? `Ally: ${key}`,
      description: firstSentence(element.summary ?? element.description),
      // Widgets with a default slot take <ally-resource> children: the organization's own resources.
      resources: (element.slots ?? []).some((s) => s.name === ''),
      attributes,
    };
  }
  if (!resource) throw new Error('the manifest has no <ally-resource>');
  return { version, countries, languages, widgets, resource };
}

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function buildPlugin() {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const { content, errors } = loadContent(join(root, 'content'));
  if (errors.length) throw new Error(`content has errors: run npm run content\n${errors.join('\n')}`);
  const schema = widgetSchema(readManifest(join(root, 'dist/custom-elements.json')), content, version);

  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(folder, 'assets'), { recursive: true });
  for (const file of filesUnder(source)) {
    const target = join(folder, relative(source, file));
    mkdirSync(dirname(target), { recursive: true });
    // The version lives in package.json only; the plugin's header and readme get it here.
    writeFileSync(target, readFileSync(file, 'utf8').replaceAll('@VERSION@', version));
  }
  // The script-tag build: the module, its content parts and the stylesheet that reserves space. No source
  // maps (a third of the size, and no use on a live site) and no classic build (WordPress 6.1+ browsers
  // all run modules).
  for (const name of readdirSync(join(root, 'dist/cdn'))) {
    if (/^(ally-widgets|part-[\w-]+)\.js$|^ally-widgets\.css$/.test(name))
      cpSync(join(root, 'dist/cdn', name), join(folder, 'assets', name));
  }
  cpSync(join(root, 'LICENSE'), join(folder, 'LICENSE'));
  writeFileSync(join(folder, 'widgets.json'), JSON.stringify(schema, null, 1) + '\n');

  const entries = filesUnder(folder)
    .sort()
    .map((file) => ({ name: relative(OUT, file).split('\\').join('/'), data: readFileSync(file) }));
  writeFileSync(join(OUT, 'ally-widgets.zip'), zip(entries));
  return { entries: entries.length, schema };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { entries } = buildPlugin();
  console.log(`wordpress: dist/wordpress/ally-widgets.zip, ${entries} files in ally-widgets/`);
}
