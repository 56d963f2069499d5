import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyCss, minifyHtml, minifyTemplates, taggedTemplates } from './minify-templates.mjs';

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
  const source = 'html`<b>\n  ${ a  +  `  b  ` }\n</b>`; other`  x  `;';
  assert.equal(minifyTemplates(source, 'a.ts'), 'html`<b> ${ a  +  `  b  ` } </b>`; other`  x  `;');
});

test('minifyCss drops quotes only around plain identifiers in attribute selectors', () => {
  assert.equal(minifyCss("[part='tip-title'] { x: y } a[href^='http'] { }"), '[part=tip-title]{x:y}a[href^=http]{}');
  assert.equal(minifyCss("[lang='en US'] {} [x='1a'] {} [y='a' i] {}"), "[lang='en US']{}[x='1a']{}[y='a' i]{}");
});

test('minifyHtml drops whole comments and white space beside block-level tags at a part’s edges', () => {
  assert.equal(minifyHtml(' <section>\n  <!-- a note -->\n  <p>a</p>\n</section> '), '<section><p>a</p></section>');
  assert.equal(minifyHtml('<!-- ${'), '<!-- ${');
  assert.equal(minifyHtml(' <span>a</span> <b>b</b> '), ' <span>a</span> <b>b</b> ');
  assert.equal(minifyHtml('<ul class="x"> '), '<ul class="x">');
  assert.equal(minifyHtml(' </ul> '), '</ul>');
  assert.equal(minifyHtml(' text <p>'), ' text <p>');
});
