import { test } from 'node:test';
import assert from 'node:assert/strict';
import { privateNames, propertyUses } from './private-names.mjs';

const names = (...modules) => privateNames(modules.map((code, i) => propertyUses(code, `m${i}.ts`)));

test('private members used only as this.<name> qualify', () => {
  const code = `
    class A {
      private count = 0;
      private timer?: number;
      constructor(private readonly owner: Element, plain: string) { this.count = plain.length; }
      private bump(): void { this.count++; this.timer = 1; }
      get total() { return this.count + this.owner.childElementCount; }
    }`;
  assert.deepEqual(names(code), ['bump', 'count', 'owner', 'timer']);
});

test('a private name used any other way, in any module, does not qualify', () => {
  const cls = 'class A { private a = 1; private b = 2; private c = 3; private d = 4; private e = 5; private f = 6; private g = 7; }';
  assert.deepEqual(
    names(
      cls,
      'other.a = 1;', // a property of something else
      'const o = { b: 1 };', // an object key
      'const { c } = x;', // read by destructuring
      "changed.has('d');", // read by name
      'html`<p .e=${1}></p>`;', // a template's property binding
      'class B { f = 1; }', // declared public by another class
    ),
    ['g'],
  );
});

test('a protected member used only as this.<name>, by a class and its subclass, qualifies', () => {
  assert.deepEqual(
    names(
      'class A { protected level = 2; protected draw() { return this.level; } }',
      'class B extends A { protected override draw() { return this.level + 1; } }',
    ),
    ['draw', 'level'],
  );
});

test('a plain parameter or variable of the same name is no property', () => {
  assert.deepEqual(names('class A { private n = 1; m(n: number) { const k = n; return this.n + k; } }'), ['n']);
});
