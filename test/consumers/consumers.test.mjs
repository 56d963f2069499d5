// The package in real apps, as a new user installs it: each folder here is a small app (React 19 with the
// tags, React 18 with the wrappers, Vue 3, Svelte 5; Vite and TypeScript) that is copied to a temporary
// folder and given the package as npm would publish it (a packed tarball). Each installs
// (`npm install`: only the npm registry; its cache makes re-runs fast), type-checks with its wrong/ file
// (a value of the wrong type) added, which must fail there and only there, and builds. Last, the built
// apps render in the browsers (apps.browser.ts, by web-test-runner).
//
//   CONSUMERS=0                 skips them (npm test runs them after the browser tests)
//   CONSUMERS=react19,vue       runs only these apps
//   BROWSERS=…                  as for the browser tests
//
// Needs `npm run build` first. `npm run test:consumers` runs only these.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { ensureBrowsers } from '../../scripts/browsers.mjs';
import { pack } from '../../scripts/pack.mjs';

const HERE = import.meta.dirname;
const ROOT = resolve(HERE, '../..');
const APPS = readdirSync(HERE).filter((name) => existsSync(join(HERE, name, 'package.json')));

function selectedApps(value = process.env.CONSUMERS) {
  if (value === '0') return [];
  if (!value || value === '1') return APPS;
  const names = value.split(',').map((s) => s.trim());
  const unknown = names.filter((n) => !APPS.includes(n));
  if (unknown.length) throw new Error(`CONSUMERS names unknown app(s): ${unknown.join(', ')}. Use 0, or any of: ${APPS.join(', ')}.`);
  return names;
}

const apps = selectedApps();
const skip = !apps.length ? 'CONSUMERS=0' : !existsSync(join(ROOT, 'dist/custom-elements.json')) && 'run npm run build first';

let work; // the temporary folder: the tarball, each app's copy, and builds/<app>/ (what the browsers load)
before(() => {
  if (skip) return;
  work = mkdtempSync(join(tmpdir(), 'ally-consumers-'));
  mkdirSync(join(work, 'builds'));
  process.chdir(ROOT);
  const tarball = pack(work);
  for (const app of apps) {
    cpSync(join(HERE, app), join(work, app), { recursive: true, filter: (f) => !/[/\\](node_modules|dist)$/.test(f) });
    // package.json names it as "file:ally-widgets.tgz".
    cpSync(tarball, join(work, app, 'ally-widgets.tgz'));
  }
});
after(() => work && rmSync(work, { recursive: true, force: true }));

/**
 * Runs a command in an app's folder; resolves to its output, or rejects with it. Without colours: a CI
 * machine sets `CI`, which makes svelte-check colour file names even into a pipe, and the errors are
 * read by pattern (typeErrors); whatever colour still comes through is stripped.
 */
async function run(cwd, command, args, env = {}) {
  const npm = process.platform === 'win32' && command === 'npm' ? 'npm.cmd' : command;
  const { FORCE_COLOR, ...inherited } = process.env; // FORCE_COLOR=0 still turns colour on in picocolors
  try {
    const { stdout, stderr } = await promisify(execFile)(npm, args, {
      cwd,
      env: { ...inherited, NO_COLOR: '1', ...env },
      maxBuffer: 16 << 20,
    });
    return stripVTControlCharacters(stdout + stderr);
  } catch (error) {
    error.message = `${command} ${args.join(' ')} (in ${cwd}) failed:\n${stripVTControlCharacters(`${error.stdout}${error.stderr}`)}`;
    throw error;
  }
}

/** The error each wrong/ file must cause: its `expect: …` comment. */
function wrongFiles(app) {
  return readdirSync(join(HERE, app, 'wrong')).map((file) => {
    const expected = /expect: (.+?)(?: -->)?$/m.exec(readFileSync(join(HERE, app, 'wrong', file), 'utf8'))?.[1];
    assert.ok(expected, `${app}/wrong/${file} says what error it expects (expect: …)`);
    return { file, expected };
  });
}

/**
 * The errors a type-checker wrote, each with its file: tsc and vue-tsc write `file(line,col): error
 * TS…: message`, svelte-check `file:line:col` and then `Error: message`.
 */
function typeErrors(output) {
  const lines = output.split('\n');
  return lines.flatMap((line, i) => {
    const tsc = /^(.+?)\(\d+,\d+\): error TS\d+: (.*)$/.exec(line);
    if (tsc) return [{ file: tsc[1], message: tsc[2] }];
    const at = /^(.+?):\d+:\d+$/.exec(line);
    const svelte = at && /^(?:Error|Warn): (.*)$/.exec(lines[i + 1] ?? '');
    return svelte ? [{ file: at[1], message: svelte[1] }] : [];
  });
}

// Two apps at a time: installs wait on the network, type-checks and builds on the CPU.
test(
  'consumer apps: install the packed package; the type-check fails on the wrong value alone; build',
  { skip, concurrency: 2 },
  async (t) => {
    await Promise.all(
      apps.map((app) =>
        t.test(app, async (t) => {
          const dir = join(work, app);
          const seconds = {};
          const timed = async (phase, ...args) => {
            const start = Date.now();
            const output = await run(dir, ...args).catch((error) => error);
            seconds[phase] = Math.round((Date.now() - start) / 1000);
            return output;
          };
          // --prefer-offline: what npm's cache holds is not asked for again (a first run downloads it).
          const installed = await timed('install', 'npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline']);
          if (installed instanceof Error) throw installed;
          // One type-check of the app with its wrong/ files beside its own in src/: it must fail with each
          // one's expected error, and on nothing else, so the app itself type-checks.
          const wrong = wrongFiles(app);
          for (const { file } of wrong) cpSync(join(dir, 'wrong', file), join(dir, 'src', file));
          const checked = await timed('typecheck', 'npm', ['run', 'typecheck']);
          assert.ok(checked instanceof Error, `the type-check passed with the wrong/ files:\n${checked}`);
          const errors = typeErrors(checked.message);
          for (const { file, expected } of wrong) {
            const found = errors.some((e) => e.file.endsWith(file) && e.message.includes(expected));
            assert.ok(found, `expected in ${file}: ${expected}\n${checked.message}`);
          }
          const others = errors.filter((e) => !wrong.some(({ file }) => e.file.endsWith(file)));
          assert.deepEqual(others, [], `errors in the app itself:\n${checked.message}`);
          for (const { file } of wrong) rmSync(join(dir, 'src', file));
          const built = await timed('build', 'npm', ['run', 'build']);
          if (built instanceof Error) throw built;
          cpSync(join(dir, 'dist'), join(work, 'builds', app), { recursive: true });
          t.diagnostic(
            Object.entries(seconds)
              .map(([phase, s]) => `${phase} ${s} s`)
              .join(', '),
          );
        }),
      ),
    );
  },
);

test('consumer apps: the built apps render in the browsers, with the crisis line and resources set as a property', { skip }, async () => {
  const built = readdirSync(join(work, 'builds'));
  assert.deepEqual(built.sort(), [...apps].sort(), 'every app built');
  ensureBrowsers();
  // apps.browser.ts loads /__consumers/<app>/ (web-test-runner.config.mjs serves CONSUMER_BUILDS there).
  const output = await run(ROOT, process.execPath, [join(ROOT, 'node_modules/@web/test-runner/dist/bin.js')], {
    TEST_FILES: 'test/consumers/apps.browser.ts',
    CONSUMER_BUILDS: join(work, 'builds'),
  });
  // Its closing counts (the whole output comes with a failure).
  for (const line of output.split('\n').filter((l) => /^tests( in \w+)?:/.test(l))) console.log(`  ${line}`);
});
