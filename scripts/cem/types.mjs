// Writes the framework types from the Custom Elements Manifest (npm run build, after the analyzer):
//   dist/types/elements.d.ts  each element's inputs and events, framework-neutral (AllyTipsProps, …)
//   dist/types/jsx.d.ts       React 19: JSX.IntrinsicElements
//   dist/types/preact.d.ts    Preact: JSX.IntrinsicElements
//   dist/types/vue.d.ts       Vue 3: GlobalComponents
//   dist/types/svelte.d.ts    Svelte: SvelteHTMLElements
//   dist/types/frameworks.d.ts  all four, referenced by the main entry and each element's entry
// Every attribute has its real type (`variant?: 'banner' | 'inline'`), so a wrong value is a compile
// error; events are typed with their detail. See README, "In frameworks".
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { events, elements, inputs, oneLine, readManifest } from './manifest.mjs';

const OUT = 'dist/types';
const HEADER = '// Generated from dist/custom-elements.json by scripts/cem/types.mjs: do not edit.\n';
/**
 * React, Preact, Vue and Svelte are optional peers, and every app gets these files through the main
 * entry: in an app without one of them, its import and its augmentation (each on the line below) find
 * no module, and that error must not fail the app's type-check (skipLibCheck off). Where the framework's
 * types are there, nothing is ignored.
 */
const OPTIONAL = '// @ts-ignore -- an optional peer: an app without its types has nothing here to augment\n';

const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const doc = (text, indent) => (text ? `${indent}/** ${oneLine(text).replace(/\*\//g, '*\\/')} */\n` : '');
/** `ally-tip-toggle` → `AllyTipToggle` (Vue's handler prop is `onAllyTipToggle`). */
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());

/** The names a type text uses that the package exports (`TipToggleDetail`), to import them. */
function importsFor(texts, exported) {
  const names = new Set();
  for (const text of texts) {
    for (const [name] of text.matchAll(/\b[A-Z][A-Za-z0-9]*\b/g)) {
      if (['CustomEvent', 'Event', 'HTMLElement'].includes(name)) continue;
      if (!exported.has(name)) throw new Error(`types: ${name} (in "${text}") is not exported from the package's index`);
      names.add(name);
    }
  }
  return [...names].sort();
}

export function generate(manifest) {
  const list = elements(manifest).map((e) => ({ ...e, inputs: inputs(e), events: events(e) }));
  const index = manifest.modules.find((m) => m.path === 'dist/index.js');
  const exported = new Set((index?.exports ?? []).map((e) => e.name));
  const texts = list.flatMap((e) => [e.name, ...e.inputs.map((i) => i.type), ...e.events.map((v) => v.type)]);
  const imported = importsFor(texts, exported);
  const classNames = list.map((e) => e.name).sort();
  const files = {};

  let elementsFile = `${HEADER}import type { ${imported.join(', ')} } from '../index.js';\n\n`;
  for (const e of list) {
    elementsFile += `/** \`<${e.tagName}>\`: its attributes (as written in markup) and its properties without an attribute. */\n`;
    elementsFile += `export interface ${e.name}Props {\n`;
    for (const i of e.inputs) elementsFile += `${doc(i.description, '  ')}  ${key(i.attribute ?? i.property)}?: ${i.type};\n`;
    elementsFile += '}\n\n';
    elementsFile += `/** The events \`<${e.tagName}>\` fires (they bubble, and leave its shadow root). */\n`;
    elementsFile += `export interface ${e.name}Events {\n`;
    for (const v of e.events) elementsFile += `${doc(v.description, '  ')}  ${key(v.name)}: ${v.type};\n`;
    elementsFile += '}\n\n';
  }
  elementsFile += '/** Every element: its class, its inputs and its events, by tag name. */\nexport interface AllyWidgetsElements {\n';
  for (const e of list) elementsFile += `  ${key(e.tagName)}: { element: ${e.name}; props: ${e.name}Props; events: ${e.name}Events };\n`;
  elementsFile += '}\n';
  files['elements.d.ts'] = elementsFile;

  const propsImport = `import type { ${list
    .flatMap((e) => [`${e.name}Events`, `${e.name}Props`])
    .sort()
    .join(', ')} } from './elements.js';\n`;
  const classImport = `import type { ${classNames.join(', ')} } from '../index.js';\n`;
  /** Handler props: `prefix` + the event's name (React, Preact, Svelte) or its PascalCase (Vue). */
  const handlers = (e, name, indent) =>
    e.events
      .map((v) => `${doc(v.description, indent)}${indent}${key(name(v.name))}?: (event: ${e.name}Events['${v.name}']) => void;\n`)
      .join('');
  const intrinsic = (base, indent, name = (n) => `on${n}`) =>
    list
      .map((e) => `${indent}${key(e.tagName)}: ${base(e.name)} & ${e.name}Props & {\n${handlers(e, name, `${indent}  `)}${indent}};\n`)
      .join('');

  files['jsx.d.ts'] =
    `${HEADER}// React 19: <ally-tips tips="listen" heading-level={3} onally-tip-toggle={…}>. React sets a prop as a\n` +
    '// property when the element has one (`resources`, `tips` as an array) and as an attribute otherwise, and\n' +
    "// listens to `on` + an event's exact name.\n" +
    `${OPTIONAL}import type { DetailedHTMLProps as ReactProps, HTMLAttributes as ReactAttributes } from 'react';\n${classImport}${propsImport}\n` +
    `${OPTIONAL}declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n${intrinsic((c) => `ReactProps<ReactAttributes<${c}>, ${c}>`, '      ')}    }\n  }\n}\n`;

  files['preact.d.ts'] =
    `${HEADER}// Preact: <ally-tips tips="listen" heading-level={3} onally-tip-toggle={…}>.\n` +
    `${OPTIONAL}import type { JSX as PreactJSX } from 'preact';\n${classImport}${propsImport}\n` +
    `${OPTIONAL}declare module 'preact' {\n  namespace JSX {\n    interface IntrinsicElements {\n${intrinsic((c) => `PreactJSX.HTMLAttributes<${c}>`, '      ')}    }\n  }\n}\n`;

  files['svelte.d.ts'] =
    `${HEADER}// Svelte 5: <ally-tips tips="listen" heading-level={3} onally-tip-toggle={…}>; Svelte 4's on:ally-tip-toggle too.\n` +
    `${OPTIONAL}import type { HTMLAttributes as SvelteAttributes } from 'svelte/elements';\n${classImport}${propsImport}\n` +
    `${OPTIONAL}declare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n` +
    list
      .map(
        (e) =>
          `    ${key(e.tagName)}: SvelteAttributes<${e.name}> & ${e.name}Props & {\n${handlers(e, (n) => `on${n}`, '      ')}${handlers(e, (n) => `on:${n}`, '      ')}    };\n`,
      )
      .join('') +
    '  }\n}\n';

  files['vue.d.ts'] =
    `${HEADER}// Vue 3 templates (vue-tsc, Volar): <ally-tips tips="listen" :heading-level="3" @ally-tip-toggle="…">.\n` +
    "// Tell Vue's compiler these are custom elements: compilerOptions.isCustomElement = (tag) => tag.startsWith('ally-').\n" +
    `${OPTIONAL}import type { DefineComponent } from 'vue';\n${propsImport}\n` +
    `${OPTIONAL}declare module 'vue' {\n  interface GlobalComponents {\n` +
    list
      .map((e) => `    ${key(e.tagName)}: DefineComponent<${e.name}Props & {\n${handlers(e, (n) => `on${pascal(n)}`, '      ')}    }>;\n`)
      .join('') +
    '  }\n}\n';

  files['frameworks.d.ts'] =
    `${HEADER}// The elements in React's, Preact's, Vue's and Svelte's templates, for whichever of them an app has.\n` +
    ['jsx', 'preact', 'vue', 'svelte'].map((name) => `/// <reference path="./${name}.d.ts" />\n`).join('') +
    'export {};\n';

  return files;
}

/**
 * The type files that reference the framework types: the main entry's and each element's entry's (which
 * the React wrappers' import), so `import 'ally-widgets'` alone types the tags in an app's templates.
 */
export function referencingEntries(manifest) {
  const entries = manifest.modules.filter((m) => m.exports?.some((e) => e.kind === 'custom-element-definition')).map((m) => m.path);
  return ['dist/ally-widgets.js', ...entries].map((path) => path.replace(/\.js$/, '.d.ts'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = readManifest();
  mkdirSync(OUT, { recursive: true });
  for (const [name, text] of Object.entries(generate(manifest))) writeFileSync(`${OUT}/${name}`, text);
  for (const file of referencingEntries(manifest)) {
    const reference = `/// <reference path="./${relative(dirname(file), `${OUT}/frameworks.d.ts`)}" />\n`;
    const text = readFileSync(file, 'utf8');
    if (!text.startsWith(reference)) writeFileSync(file, reference + text);
  }
}
