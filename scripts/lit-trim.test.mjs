import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CHECKED, FEATURES, bindingPositions, trim, usage } from './lit-trim.mjs';

/** The ids of the features these modules' source would need. */
const needs = (...modules) => {
  const usages = modules.map((code, i) => usage(code, `m${i}.ts`));
  return FEATURES.filter((f) => usages.some((u) => f.usedBy?.(u)) || f.usedByAll?.(usages)).map((f) => f.id);
};

test('bindings are told apart by position', () => {
  assert.deepEqual([...bindingPositions(['<p class=', '>', '</p>'])], []);
  assert.deepEqual([...bindingPositions(['<p class="a ', ' b" ?hidden=', '>'])], []);
  assert.deepEqual([...bindingPositions(['<div ', '></div>'])], ['element']);
  assert.deepEqual([...bindingPositions(['<div id="x" ', '></div>'])], ['element']);
  assert.deepEqual([...bindingPositions(['<!-- ', ' -->'])], ['comment']);
  assert.deepEqual([...bindingPositions(['<!-- a note --><p>', '</p>'])], []);
  assert.deepEqual([...bindingPositions(['a > b ', ' c'])], []);
});

test('source like ours needs none of the removed features', () => {
  const ours = `
    import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
    // A comment may say reflect: true, @decorator, <textarea>, svg\`\` or CSSStyleSheet.
    export class A extends LitElement {
      static styles = css\`:host { display: block }\`;
      static properties = { open: { type: Boolean }, noCrisis: { type: Boolean, attribute: 'no-crisis' }, x: { state: true } };
      protected get tag() { return this.localName; }
      render() {
        return html\`<section class="a \${this.x}" @click=\${this.f} .resources=\${[]} ?hidden=\${!this.open}>
          <svg viewBox="0 0 16 16"><path d="M4 6l4 4 4-4" /></svg>\${[1].map((n) => html\`<li>\${n}</li>\`)}
          <!-- a comment without a binding --> \${nothing}</section>\`;
      }
    }`;
  assert.deepEqual(needs(ours), []);
});

test('each removed feature is caught when source starts to use it', () => {
  const cases = {
    decorators: [
      `import { property } from 'lit/decorators.js'; class A { @property() x = 1; }`,
      `class A extends LitElement { static { this.addInitializer(() => {}); } }`,
      `const m = Symbol.metadata;`,
    ],
    reflect: [`class A { static properties = { x: { reflect: true } }; }`, `const o = { useDefault: true };`],
    converters: [`const p = { n: { type: Number } };`, `const p = { d: { converter: (v) => v } };`, `const p = { a: { type: Array } };`],
    'stylesheet-objects': [`const s = new CSSStyleSheet(); class A extends LitElement { static styles = [s]; }`],
    'css-values': ['const a = css`p{}`; const b = css`${a} b{}`;', 'const w = css`p{width:${10}px}`;', `import { unsafeCSS } from 'lit';`],
    'svg-mathml-templates': [`import { svg } from 'lit'; const t = svg\`<circle r="1" />\`;`, `import { mathml as m } from 'lit';`],
    'raw-text-elements': ["const t = html`<textarea>${'x'}</textarea>`;", 'const t = html`<style>p{}</style>`;'],
    directives: [
      `import { repeat } from 'lit/directives/repeat.js';`,
      "const t = html`<div ${'x'}></div>`;",
      `const d = import('lit/directive.js');`,
    ],
    'part-api': [
      `import { render } from 'lit'; const part = render(x, document.body);`,
      `import { render as r } from 'lit'; r(x, document.body).setConnected(false);`,
      `import { render } from 'lit'; export { render };`,
      `import { AsyncDirective } from 'lit/async-directive.js';`,
    ],
    'comment-bindings': ["const t = html`<!-- ${'x'} -->`;"],
  };
  for (const [id, snippets] of Object.entries(cases)) {
    assert.ok(
      FEATURES.some((f) => f.id === id),
      id,
    );
    for (const code of snippets) assert.ok(needs(code).includes(id), `${id} not caught in: ${code}`);
  }
});

test('a render() whose part nobody keeps is not the parts’ API', () => {
  assert.ok(!needs(`import { render } from 'lit'; function show(x, el) { render(x, el); }`).includes('part-api'));
});

test('sheets made for another document, outside static styles, are not the removed feature', () => {
  assert.ok(
    !needs(`export function adopt(root, Sheet) { const s = new CSSStyleSheet(); root.adoptedStyleSheets = [s]; }`).includes(
      'stylesheet-objects',
    ),
  );
});

test('a reactive property with accessors of its own is caught, in one module or across two', () => {
  assert.ok(needs('class A { static properties = { x: {} }; get x() { return 1; } set x(v) {} }').includes('accessor-properties'));
  assert.ok(needs('class A { static properties = { x: {} }; }', 'class B extends A { accessor x = 1; }').includes('accessor-properties'));
  assert.ok(needs("A.createProperty('y');", 'class B { get y() { return 1; } }').includes('accessor-properties'));
  assert.ok(!needs('class A { static properties = { x: {} }; get y() { return 1; } }').includes('accessor-properties'));
});

test('every edit applies exactly once to the installed Lit, whose versions were checked', () => {
  for (const [name, version] of Object.entries(CHECKED)) {
    assert.equal(JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version, version, name);
  }
  const files = [...new Set(FEATURES.flatMap((f) => f.edits.map(([file]) => file)))];
  for (const file of files) {
    const code = readFileSync(`node_modules/${file}`, 'utf8');
    const out = trim(file, code);
    assert.ok(out.length < code.length, file);
  }
  assert.throws(() => trim('lit-html/lit-html.js', 'not lit'), /expects its text once/);
});
