// The framework types as an app gets them: tiny consumers in a temporary folder, with the package linked
// in as node_modules/ally-widgets (resolved through its exports map), type-checked by `tsc --noEmit`.
// Good files compile; each bad file fails with the expected error. Offline: React's types and
// TypeScript are this project's devDependencies. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { consumer } from './consumer-folder.mjs';

const root = resolve('.');
const TSC = join(root, 'node_modules/typescript/bin/tsc');
const skip = !existsSync('dist/types/jsx.d.ts') && 'run npm run build first';

/** tsc's exit code and its error lines. */
async function tsc(dir) {
  try {
    await promisify(execFile)(process.execPath, [TSC, '-p', dir], { cwd: dir });
    return { code: 0, errors: [] };
  } catch (error) {
    return { code: error.code, errors: error.stdout.split('\n').filter((l) => /error TS/.test(l)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each `// error: TEXT` comment names the error expected on the line after it. */
function expectedErrors(files) {
  return Object.entries(files).flatMap(([name, text]) =>
    text.split('\n').flatMap((line, i) => {
      const want = /\/[/*] error: (.+?)(?: \*\/\})?$/.exec(line);
      return want ? [{ file: name, line: i + 2, text: want[1] }] : [];
    }),
  );
}

async function checkBad(files, options) {
  const { code, errors } = await tsc(consumer(files, options));
  assert.notEqual(code, 0, 'the bad files compiled');
  for (const want of expectedErrors(files)) {
    const found = errors.find((e) => e.startsWith(`${want.file}(${want.line},`) && e.includes(want.text));
    assert.ok(found, `expected ${want.file}:${want.line}: ${want.text}\ngot:\n${errors.join('\n')}`);
  }
  assert.equal(errors.length, expectedErrors(files).length, `unexpected errors:\n${errors.join('\n')}`);
}

// The main entry alone types the tags: no declaration or type import of the app's own.
const REACT_GOOD = `import 'ally-widgets';
import type { TipToggleDetail } from 'ally-widgets';

const opened = (e: CustomEvent<TipToggleDetail>) => e.detail.open;
export const page = (
  <main>
    <ally-tips tips="listen,educate" heading-level={3} layout="cards" open onally-tip-toggle={(e) => opened(e)} />
    <ally-tips tips={['listen']} heading-level="2" theme="dark" />
    <ally-crisis variant="inline" country="GB" lang="es-MX" no-country-picker />
    <ally-resources no-national resources={[{ name: 'Acme EAP', phone: '+1 800 555 0100' }]}
      onally-resource-activate={(e) => e.detail.channel satisfies 'web' | 'phone' | 'sms' | 'chat'}>
      <ally-resource name="Acme EAP" href="https://eap.example.com" hours="24/7">Counseling</ally-resource>
    </ally-resources>
    <ally-guide heading="Be an ally" className="guide" style={{ maxWidth: '40em' }} />
  </main>
);
`;

const REACT_BAD = `import 'ally-widgets';
import type {} from 'ally-widgets/types/jsx';

export const page = (
  <main>
    {/* error: Type '"big"' is not assignable to type */}
    <ally-crisis variant="big" />
    {/* error: Type '{ "heading-level": 7; }' is not assignable to type */}
    <ally-tips heading-level={7} />
    {/* error: Type '"blue"' is not assignable to type */}
    <ally-guide theme="blue" />
    {/* error: Property 'open' does not exist on type 'ResourceActivateDetail' */}
    <ally-resources onally-resource-activate={(e) => e.detail.open} />
  </main>
);
`;

const WRAPPERS_GOOD = `import { AllyCrisis, AllyGuide, AllyResource, AllyResources, AllyTips } from 'ally-widgets/react';

export const page = (
  <>
    <AllyTips tips={['listen', 'educate']} headingLevel={3} layout="list" onAllyTipToggle={(e) => e.detail.id.toUpperCase()} />
    <AllyResources resources={[{ name: 'Acme EAP', phone: '+1 800 555 0100' }]} noNational onAllyResourceActivate={(e) => e.detail.channel}>
      <AllyResource name="Acme EAP" phone="+1 800 555 0100" hours="24/7">Counseling</AllyResource>
    </AllyResources>
    <AllyCrisis variant="banner" country="US" />
    <AllyGuide resources={[]} onAllyTipToggle={(e) => e.detail.open} />
  </>
);
`;

const WRAPPERS_BAD = `import { AllyCrisis, AllyResources, AllyTips } from 'ally-widgets/react';

export const page = (
  <>
    {/* error: Type '"big"' is not assignable to type 'CrisisVariant | undefined' */}
    <AllyCrisis variant="big" />
    {/* error: Type 'string' is not assignable to type 'readonly OwnResource[]' */}
    <AllyResources resources="Acme" />
    {/* error: Property 'channel' does not exist on type 'TipToggleDetail' */}
    <AllyTips onAllyTipToggle={(e) => e.detail.channel} />
  </>
);
`;

const NO_REACT_APP = `import 'ally-widgets';
import { AllyTips, type TipToggleDetail } from 'ally-widgets';
import type {} from 'ally-widgets/types/elements';
const tips = document.createElement('ally-tips') satisfies AllyTips;
tips.addEventListener('ally-tip-toggle', (e) => e.detail.open satisfies TipToggleDetail['open']);
`;

// Preact (JSX), Vue (GlobalComponents, as vue-tsc reads a template's props) and Svelte (SvelteHTMLElements),
// checked through the types they augment: tsc, no template compilers.
const VUE_PROPS =
  "import type { GlobalComponents } from 'vue';\ntype Props<T> = T extends new (...args: any) => { $props: infer P } ? P : never;\n";
const OTHERS_GOOD = {
  'preact.tsx': `/** @jsxImportSource preact */
import 'ally-widgets';
export const page = (
  <div>
    <ally-tips tips="listen" heading-level={3} class="tips" onally-tip-toggle={(e) => e.detail.open} />
    <ally-resources resources={[{ name: 'Acme EAP' }]} onally-resource-activate={(e) => e.detail.channel} />
  </div>
);
`,
  'vue.ts': `import 'ally-widgets/ally-crisis';
${VUE_PROPS}
export const crisis: Props<GlobalComponents['ally-crisis']> = { variant: 'inline', 'heading-level': 3, onAllyResourceActivate: (e) => e.detail.channel };
export const tips: Props<GlobalComponents['ally-tips']> = { tips: ['listen'], layout: 'cards', onAllyTipToggle: (e) => e.detail.open };
`,
  'svelte.ts': `import 'ally-widgets';
import type { SvelteHTMLElements } from 'svelte/elements';
export const crisis: SvelteHTMLElements['ally-crisis'] = { variant: 'inline', 'heading-level': '3', 'onally-resource-activate': (e) => e.detail.channel };
export const tips: SvelteHTMLElements['ally-tips'] = { theme: 'auto', 'on:ally-tip-toggle': (e) => e.detail.open };
`,
};
const OTHERS_BAD = {
  'preact.tsx': `/** @jsxImportSource preact */
import type {} from 'ally-widgets/types/preact';
// error: Type '"big"' is not assignable to type
export const a = <ally-crisis variant="big" />;
`,
  'vue.ts': `import type {} from 'ally-widgets/types/vue';
${VUE_PROPS}
// error: Type '"grid"' is not assignable to type
export const tips: Props<GlobalComponents['ally-tips']> = { layout: 'grid' };
`,
  'svelte.ts': `import type {} from 'ally-widgets/types/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';
// error: Property 'channel' does not exist on type 'TipToggleDetail'
export const tips: SvelteHTMLElements['ally-tips'] = { 'onally-tip-toggle': (e) => e.detail.channel };
`,
};

/** Compiles without an error. */
async function checkGood(files, options) {
  const { code, errors } = await tsc(consumer(files, options));
  assert.deepEqual(errors, []);
  assert.equal(code, 0);
}

// Each check is a TypeScript program or two (seconds each): they run two at a time.
test('framework types', { skip, concurrency: 2 }, async (t) => {
  await Promise.all([
    t.test(
      'React 19: a page of every element (the main entry alone types the tags) and one of the wrappers compile, the package’s .d.ts files checked too',
      () => checkGood({ 'page.tsx': REACT_GOOD, 'wrappers.tsx': WRAPPERS_GOOD }, { libCheck: true }),
    ),
    t.test('React 19: wrong values, props and event details are compile errors, tags and wrappers alike', () =>
      checkBad({ 'page.tsx': REACT_BAD, 'wrappers.tsx': WRAPPERS_BAD }),
    ),
    t.test('React 19: the wrappers bring the tags’ JSX types', () =>
      checkGood({ 'a.tsx': 'import \'ally-widgets/react\';\nexport const a = <ally-crisis variant="inline" />;\n' }),
    ),
    t.test('React 19: without an import of the package, the tags are unknown (the types come with it)', async () => {
      const { errors } = await tsc(consumer({ 'b.tsx': 'export const b = <ally-tips />;\n' }));
      assert.equal(errors.length, 1);
      assert.match(errors[0], /Property 'ally-tips' does not exist on type 'JSX.IntrinsicElements'/);
    }),
    t.test(
      'Preact, Vue and Svelte: the main entry (or one element’s) types every element with its props and events, .d.ts files checked',
      () => checkGood(OTHERS_GOOD, { others: true, libCheck: true }),
    ),
    t.test('Preact, Vue and Svelte: wrong values and event details are compile errors', () => checkBad(OTHERS_BAD, { others: true })),
    t.test('an app without React, Preact, Vue or Svelte compiles against the package, its .d.ts files checked (no skipLibCheck)', () =>
      checkGood({ 'app.ts': NO_REACT_APP }, { copy: true, react: false, libCheck: true }),
    ),
  ]);
});
