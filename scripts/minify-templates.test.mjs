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

test('minifyCss drops a leading zero and the spaces around a multiplication by a number, not a selector’s *', () => {
  assert.equal(minifyCss('a { padding: calc(var(--s) * 0.75) 0.5em; width: 10.5em }'), 'a{padding:calc(var(--s)*.75) .5em;width:10.5em}');
  assert.equal(minifyCss('.r > * + * { margin: 0 } .a * { x: -0.5em }'), '.r>* + *{margin:0}.a *{x:-0.5em}');
});

test('minifyHtml unquotes plain attribute values only', () => {
  assert.equal(minifyHtml('<b class="a-1" title="a b" id="x/y">'), '<b class=a-1 title="a b" id="x/y">');
  assert.equal(minifyHtml('<path stroke-width="2"/>'), '<path stroke-width="2"/>');
  assert.equal(minifyHtml('<li class="tip '), '<li class="tip ');
  assert.equal(minifyHtml('" part="tip" data-tip='), '" part=tip data-tip=');
});

test('minifyHtml drops whole comments and white space beside block-level tags at a part’s edges', () => {
  assert.equal(minifyHtml(' <section>\n  <!-- a note -->\n  <p>a</p>\n</section> '), '<section><p>a</p></section>');
  assert.equal(minifyHtml('<!-- ${'), '<!-- ${');
  assert.equal(minifyHtml(' <span>a</span> <b>b</b> '), ' <span>a</span> <b>b</b> ');
  assert.equal(minifyHtml('<ul class="x"> '), '<ul class=x>');
  assert.equal(minifyHtml(' </ul> '), '</ul>');
  assert.equal(minifyHtml(' text <p>'), ' text <p>');
});
