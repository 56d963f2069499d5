// Writes dist/cdn/integrity.json: the Subresource Integrity hash of each script-tag file, so the embed
// builder can pin a snippet to exactly these bytes (integrity="sha384-…").
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const dir = 'dist/cdn';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const files = {};
for (const name of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  files[name] = `sha384-${createHash('sha384').update(readFileSync(`${dir}/${name}`)).digest('base64')}`;
}
writeFileSync(`${dir}/integrity.json`, `${JSON.stringify({ version, files }, null, 2)}\n`);
console.log(`integrity: ${Object.keys(files).length} files hashed in ${dir}/integrity.json`);
