import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyTemplates, taggedTemplates } from './minify-templates.mjs';

test('taggedTemplates finds each css and html template, nested ones too, with the raw text of its parts', () => {
  const source = 'const a = html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`;\nconst b = css`p { }`;\nconst c = other`x`;';
  const found = taggedTemplates(source, 'a.ts');
  assert.deepEqual(
    found.map((t) => [t.tag, t.parts.map((p) => p.text)]),
    [
      ['html', ['<ul>', '</ul>']],
      ['html', ['<li>', '</li>']],
      ['css', ['p { }']],
    ],
  );
  for (const t of found) for (const p of t.parts) assert.equal(source.slice(p.start, p.end), p.text);
  assert.deepEqual(
    taggedTemplates('const s = svg`<circle />`;', 'a.ts', ['svg']).map((t) => t.tag),
    ['svg'],
  );
});

test('minifyTemplates leaves expressions and other templates exactly as they are', () => {
  const source = 'html`<p>\n  ${ a  +  `  b  ` }\n</p>`; other`  x  `;';
  assert.equal(minifyTemplates(source, 'a.ts'), 'html`<p> ${ a  +  `  b  ` } </p>`; other`  x  `;');
});
