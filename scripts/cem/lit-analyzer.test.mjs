// The elements in a Lit app's templates, checked by lit-analyzer (strict) as an app would run it: a
// template that uses every documented attribute, property and event of every element (the manifest
// says which) has no problem; wrong values, unknown attributes and wrong event details are reported.
// The package as published (a copy of dist/), in a temporary folder, offline. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { consumer } from './consumer-folder.mjs';
import { elements, events, inputs, readManifest } from './manifest.mjs';

const LIT_ANALYZER = join(resolve('.'), 'node_modules/@jackolope/lit-analyzer/cli.mjs');
const skip = !existsSync('dist/custom-elements.json') && 'run npm run build first';

const GOOD = `import { html } from 'lit';
import 'ally-widgets';
import type { OwnResource, ResourceActivateDetail, TipToggleDetail } from 'ally-widgets';

const eap: OwnResource[] = [{ name: 'Acme EAP', phone: '+1 800 555 0100', href: 'https://eap.example.com/' }];
const toggled = (e: CustomEvent<TipToggleDetail>) => e.detail.open;
const activated = (e: CustomEvent<ResourceActivateDetail>) => e.detail.channel;

export const page = (level: 1 | 2 | 3) => html\`
  <ally-tips tips="listen,educate" layout="cards" open no-crisis heading="Helping a coworker" heading-level="3"
    country="GB" no-country-picker theme="dark" appearance="plain" lang="es-MX" @ally-tip-toggle=\${toggled} @ally-resource-activate=\${activated}></ally-tips>
  <ally-tips .tips=\${['listen', 'patience']} heading-level=\${level} layout="list" theme="auto"></ally-tips>
  <ally-resources no-crisis no-national heading="Where to turn" heading-level="2" country="US" no-country-picker theme="light"
    appearance="card" lang="en" .resources=\${eap} @ally-resource-activate=\${activated}>
    <ally-resource name="Acme EAP" href="https://eap.example.com" phone="+1 800 555 0100" sms="741741" hours="24/7">
      Free, confidential counseling
    </ally-resource>
  </ally-resources>
  <ally-crisis variant="inline" heading="In a crisis" heading-level=\${2} country="CA" no-country-picker theme="auto" appearance="plain" lang="fr"
    @ally-resource-activate=\${activated}></ally-crisis>
  <ally-guide heading="Be an ally" heading-level="1" country="MX" no-country-picker theme="dark" appearance="plain" layout="cards" lang="es" .resources=\${eap}
    @ally-tip-toggle=\${toggled} @ally-resource-activate=\${activated}></ally-guide>
\`;
`;

// Each `// TEXT` names a problem expected on the line after it.
const BAD = `import { html } from 'lit';
import 'ally-widgets';

export const page = html\`
  <!-- Type '"huge"' is not assignable to '"banner" | "inline" | undefined' -->
  <ally-crisis variant="huge"></ally-crisis>
  <!-- Type '"grid"' is not assignable to '"list" | "cards" | undefined' -->
  <ally-tips layout="grid"></ally-tips>
  <!-- Unknown attribute 'no-tips'. -->
  <ally-tips no-tips></ally-tips>
  <!-- Type '"Acme EAP"' is not assignable to 'ReadonlyArray<OwnResource> | undefined' -->
  <ally-resources .resources=\${'Acme EAP'}></ally-resources>
  <!-- Unknown attribute 'phone-number'. -->
  <ally-resource name="Acme" phone-number="+1 800 555 0100"></ally-resource>
\`;
`;

/** lit-analyzer's problems, `line: message`, for one file in a consumer folder. */
async function litAnalyzer(file, text) {
  const dir = consumer(
    { [file]: text },
    { copy: true, react: false, tsconfig: { compilerOptions: { plugins: [{ name: '@jackolope/ts-lit-plugin', strict: true }] } } },
  );
  try {
    const run = await promisify(execFile)(process.execPath, [LIT_ANALYZER, file, '--format', 'list', '--noColor'], { cwd: dir }).catch(
      (e) => e,
    );
    // `  12:5   error   Message` lines (the file name comes first: `--noColor` would take it as its value).
    return [...run.stdout.matchAll(/^\s+(\d+):\d+\s+(?:error|warning)\s+(.+)$/gm)].map(([, line, message]) => `${line}: ${message.trim()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the Lit template uses every documented attribute, property and event of every element', { skip }, () => {
  // The opening tags of each element in the template, and what they bind.
  const used = new Map();
  for (const [, tag, body] of GOOD.matchAll(/<(ally-[\w-]+)([^>]*)>/g)) {
    const names = [...body.matchAll(/(?:^|\s)([.@?]?[\w-]+)(?==|\s|$)/g)].map((m) => m[1]);
    used.set(tag, new Set([...(used.get(tag) ?? []), ...names]));
  }
  const missing = elements(readManifest()).flatMap((e) => {
    const wanted = [...inputs(e).map((i) => i.attribute ?? `.${i.property}`), ...events(e).map((v) => `@${v.name}`)];
    return wanted.filter((name) => !used.get(e.tagName)?.has(name)).map((name) => `<${e.tagName}> ${name}`);
  });
  assert.deepEqual(missing, []);
});

test('lit-analyzer (strict): no problem in a Lit template of every element, from the published types', { skip }, async () => {
  assert.deepEqual(await litAnalyzer('page.ts', GOOD), []);
});

test('lit-analyzer (strict): wrong values, unknown attributes and a wrong property type are reported', { skip }, async () => {
  const expected = BAD.split('\n').flatMap((line, i) => {
    const want = /<!-- (.+) -->/.exec(line);
    return want ? [`${i + 2}: ${want[1]}`] : [];
  });
  assert.deepEqual(await litAnalyzer('page.ts', BAD), expected);
});
