// Writes dist/cdn/integrity.json: the Subresource Integrity hash of each script-tag file and of the
// stylesheet, so the embed builder can pin a snippet to exactly these bytes (integrity="sha384-…"); and,
// under `parts`, which file holds each content part (e.g. "locale-es": "part-locale-es-BJa555hs.js"),
// so it can preload the parts a snippet's language, country and widgets need.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const dir = 'dist/cdn';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const names = readdirSync(dir).sort();
const files = {};
for (const name of names.filter((f) => /\.(js|css)$/.test(f))) {
  files[name] = `sha384-${createHash('sha384')
    .update(readFileSync(`${dir}/${name}`))
    .digest('base64')}`;
}

// The part names are the keys of PART_LOADERS, and of the loaders a country's part adds (its words in
// each language); each part's module src/generated/part-<name>.js (lower case) becomes
// dist/cdn/part-<name>-<hash>.js. A hash may contain "-", so a file belongs to the longest module name it
// starts with.
const generated = readdirSync('src/generated')
  .map((file) => readFileSync(`src/generated/${file}`, 'utf8'))
  .join('\n');
const modules = [...generated.matchAll(/"([\w-]+)": \(\) => import\('\.\/(part-[\w-]+)\.js'\)/g)].map(([, part, module]) => ({
  part,
  module,
}));
if (!modules.length) throw new Error('integrity: no PART_LOADERS found in src/generated/content.ts');
const parts = {};
for (const name of names.filter((f) => f.startsWith('part-') && f.endsWith('.js'))) {
  const owner = modules.filter(({ module }) => name.startsWith(`${module}-`)).sort((a, b) => b.module.length - a.module.length)[0];
  if (!owner) throw new Error(`integrity: ${name} is no known content part`);
  if (parts[owner.part]) throw new Error(`integrity: two files for the part ${owner.part}: ${parts[owner.part]}, ${name}`);
  parts[owner.part] = name;
}
const missing = modules.filter(({ part }) => !parts[part]).map(({ part }) => part);
if (missing.length) throw new Error(`integrity: no file in ${dir} for the parts ${missing.join(', ')}`);

writeFileSync(`${dir}/integrity.json`, `${JSON.stringify({ version, files, parts }, null, 2)}\n`);
console.log(`integrity: ${Object.keys(files).length} files hashed, ${Object.keys(parts).length} parts named in ${dir}/integrity.json`);
