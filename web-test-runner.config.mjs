// Runs the suite in the system's Chromium, Firefox and WebKit (see scripts/browsers.mjs for the
// BROWSERS and *_BIN variables). Nothing here downloads a browser.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import * as puppeteerCore from 'puppeteer-core';
import { browserBinaries, puppeteerOptions, selectedBrowsers } from './scripts/browsers.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { builtFiles } from './test/embed/built-files.mjs';
import { defaultReporter } from '@web/test-runner';

const bins = browserBinaries();
const children = [];
const cleanup = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (cleanup(), process.exit(1)));

/** Gives a launcher a plain engine name, so the reports say chromium, firefox and webkit. */
function named(name, launcher) {
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (...args) => {
    await initialize(...args);
    launcher.name = name;
  };
  launcher.name = name;
  return launcher;
}

// The suite's reader is in the US, as most tests assume (988, 911): every engine reads where its device is
// (time zone, languages) from these, whatever the machine's own settings. test/device.test.ts moves the
// reader elsewhere.
process.env.TZ = 'America/New_York';
process.env.LANG = 'en_US.UTF-8';
process.env.LANGUAGE = 'en_US';

// Each test page gets its own browser context: background tabs can stall rAF and hang fixture().
const createPage = async ({ browser }) => (await browser.createBrowserContext()).newPage();

function chromium() {
  const system = puppeteerOptions('chromium');
  return named(
    'chromium',
    chromeLauncher({
      createPage,
      launchOptions: {
        ...system,
        // globalThis.gc(), for the test that widgets in a closed iframe are released.
        args: [...system.args, '--disable-sync', '--disable-quic', '--js-flags=--expose-gc'],
      },
    }),
  );
}

function firefox() {
  return named('firefox', chromeLauncher({ puppeteer: puppeteerCore, createPage, launchOptions: puppeteerOptions('firefox') }));
}

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

/** WebKitGTK's MiniBrowser has no headless mode: it runs in a private Xvfb display. */
async function webkit() {
  const [driver, miniBrowser, xvfbBin] = bins.webkit.map((b) => b.path);
  const xvfb = spawn(xvfbBin, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  children.push(xvfb);
  const [chunk] = await once(xvfb.stdio[3], 'data');
  const display = `:${chunk.toString().trim()}`;
  const port = await freePort();
  const wd = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: display },
    stdio: 'ignore',
  });
  children.push(wd);
  // Wait until the driver answers before the runner asks it for a session.
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return named(
    'webkit',
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    }),
  );
}

// Host pages served with a Content-Security-Policy header (not a meta tag), as a strict host sends it.
// The widgets need no 'unsafe-inline' or 'unsafe-eval'; under Trusted Types they need the policy
// Lit creates, named "lit-html".
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const HEADERS = {
  '/test/hosts/pages/csp.html': { 'Content-Security-Policy': STRICT_CSP },
  '/test/hosts/pages/csp-es.html': { 'Content-Security-Policy': STRICT_CSP },
  '/test/hosts/pages/csp-classic.html': { 'Content-Security-Policy': STRICT_CSP },
  // A page whose own Lit already made the "lit-html" policy: the documented 'allow-duplicates' lets both run.
  '/test/hosts/pages/csp-lit-duplicate.html': { 'Content-Security-Policy': `${STRICT_CSP} 'allow-duplicates'` },
  '/test/hosts/pages/trusted-types-any.html': {
    'Content-Security-Policy': "script-src 'self'; object-src 'none'; require-trusted-types-for 'script'",
  },
};

/**
 * Server-rendered pages (test/ssr/): /test/ssr/page/<name>.html is PAGES[name] of test/ssr/pages.mjs,
 * rendered by @lit-labs/ssr from the npm build in a process of its own (Lit's server build and its DOM
 * shim stay out of this one), once per run.
 */
const ssrPages = new Map();
function ssrPage(name) {
  if (!ssrPages.has(name)) {
    ssrPages.set(
      name,
      new Promise((resolve, reject) =>
        execFile(process.execPath, ['test/ssr/render.mjs', name], { maxBuffer: 16 << 20 }, (error, stdout, stderr) =>
          error ? reject(new Error(`test/ssr/render.mjs ${name}: ${stderr || error.message}`)) : resolve(stdout),
        ),
      ),
    );
  }
  return ssrPages.get(name);
}

/**
 * emulate-forced-colors: Windows high-contrast mode, which @web/test-runner-commands' emulateMedia
 * cannot set. Chromium only (DevTools protocol); other engines answer false and the test skips.
 */
function forcedColorsCommand() {
  const sessions = new Map();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.name !== 'chromium') return false;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(session.id);
      if (!cdp) sessions.set(session.id, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.value }] });
      return true;
    },
  };
}

/**
 * emulate-device: where the reader's device is — a time zone and preferred languages, as Chromium's
 * DevTools protocol sets them for the page (Emulation.setTimezoneOverride; the Accept-Language and
 * navigator.languages of Network.setUserAgentOverride). Payload { timeZone, languages }, or null to
 * reset. Chromium only; other engines answer false and their tests pretend a device in the page.
 */
function deviceCommand() {
  const sessions = new Map();
  return {
    name: 'emulate-device',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-device') return undefined;
      if (session.browser.name !== 'chromium') return false;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(session.id);
      if (!cdp) sessions.set(session.id, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setTimezoneOverride', { timezoneId: payload?.timeZone ?? '' });
      const userAgent = await page.browser().userAgent();
      await cdp.send('Network.setUserAgentOverride', { userAgent, acceptLanguage: payload?.languages.join(',') ?? '' });
      return true;
    },
  };
}

/**
 * React for test/react.test.ts. React ships CommonJS only, which browsers cannot import: its packages are
 * bundled once into one ES module (esbuild, development build), and `react`, `react-dom` and
 * `react-dom/client` are served as modules that re-export its parts, so the wrappers and the test share
 * one React.
 */
function reactForTests() {
  const MODULES = { react: 'React', 'react-dom': 'ReactDOM', 'react-dom/client': 'ReactDOMClient' };
  const BUNDLE = '/__react/bundle.js';
  const path = (name) => `/__react/${name.replace('/', '-')}.js`;
  let bundle;
  let exported;
  // Each module's export names, read in a child process: React's development build patches the console,
  // which the runner has replaced with its own.
  const names = () =>
    (exported ??= JSON.parse(
      execFileSync(
        process.execPath,
        [
          '-e',
          `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(Object.keys(MODULES))}.map((n) => [n, Object.keys(require(n))]))))`,
        ],
        {
          cwd: import.meta.dirname,
          encoding: 'utf8',
        },
      ),
    ));
  const build = async () => {
    const { build } = await import('esbuild');
    const entry = Object.entries(MODULES)
      .map(([name, id]) => `export * as ${id} from '${name}';`)
      .join('\n');
    const result = await build({
      stdin: { contents: entry, resolveDir: import.meta.dirname },
      bundle: true,
      format: 'esm',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  };
  return {
    name: 'react-for-tests',
    resolveImport({ source }) {
      return source in MODULES ? path(source) : undefined;
    },
    async serve(context) {
      if (context.path === BUNDLE) return { body: await (bundle ??= build()), type: 'js' };
      const name = Object.keys(MODULES).find((n) => context.path === path(n));
      if (!name) return undefined;
      const id = MODULES[name];
      const keys = names()[name].filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== 'default');
      const body = `import { ${id} } from '${BUNDLE}';\nconst m = ${id}.default ?? ${id};\nexport default m;\nexport const { ${keys.join(', ')} } = m;\n`;
      return { body, type: 'js' };
    },
  };
}

/**
 * The consumer apps' Vite builds (test/consumers/consumers.test.mjs puts them in CONSUMER_BUILDS/<app>/),
 * byte for byte, at /__consumers/<app>/…, and the list of them at /__consumers/index.json.
 */
function consumerBuilds() {
  const TYPES = { '.html': 'html', '.js': 'js', '.css': 'css', '.json': 'json', '.svg': 'svg' };
  return async (ctx, next) => {
    const root = process.env.CONSUMER_BUILDS;
    const match = /^\/__consumers\/(.+)$/.exec(ctx.path);
    if (!root || !match) return next();
    if (match[1] === 'index.json') {
      ctx.type = 'json';
      ctx.body = JSON.stringify(await readdir(root));
      return undefined;
    }
    const file = resolve(root, match[1]);
    if (!file.startsWith(`${resolve(root)}${sep}`)) return next();
    ctx.type = TYPES[extname(file)] ?? 'application/octet-stream';
    ctx.body = await readFile(file);
    return undefined;
  };
}

const factories = { chromium, firefox, webkit };
const browsers = await Promise.all(selectedBrowsers().map((name) => factories[name]()));

// Line coverage of src/ (Chromium reports it) must stay at 90% or more. Measured on whole runs only: a
// run of some files (TEST_FILES) or without Chromium cannot reach it, so it is not checked there
// (COVERAGE=1 forces it on, COVERAGE=0 off).
const coverage =
  process.env.COVERAGE === '1' || (selectedBrowsers().includes('chromium') && !process.env.TEST_FILES && process.env.COVERAGE !== '0');

export default {
  coverage,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**', '**/*.test.ts'],
    threshold: { lines: 90, statements: 0, branches: 0, functions: 0 },
    reportDir: 'coverage',
    reporters: ['lcov', 'text-summary'],
  },
  files: process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['src/**/*.test.ts', 'test/**/*.test.ts', 'test/**/*.test.html'],
  nodeResolve: true,
  browsers,
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [
    // The built iframe page and static site, as a static host serves them (test/embed/built-files.mjs).
    builtFiles(),
    // Slow and broken networks for the built bundle: under /slow/ the content parts answer after 10 s,
    // under /broken/ they are modules of the wrong shape; the bundle itself is served as it is.
    async (ctx, next) => {
      const match = /^\/(slow|broken)(\/dist\/cdn\/[\w.-]+\.js)$/.exec(ctx.path);
      if (!match) return next();
      const [, kind, file] = match;
      const part = file.includes('/part-');
      if (part && kind === 'slow') await new Promise((r) => setTimeout(r, 10_000));
      ctx.type = 'js';
      ctx.body = part && kind === 'broken' ? 'export default { locales: 42, countries: [] };' : await readFile(`.${file}`);
    },
    async (ctx, next) => {
      const match = /^\/test\/ssr\/page\/([\w-]+)\.html$/.exec(ctx.path);
      if (!match) return next();
      ctx.type = 'html';
      ctx.body = await ssrPage(match[1]);
    },
    consumerBuilds(),
    // Host pages are served byte for byte (the dev server would inject a script of its own into HTML),
    // with the headers a host would send.
    async (ctx, next) => {
      if (!/^\/test\/hosts\/pages\/[\w-]+\.html$/.test(ctx.path)) return next();
      ctx.type = 'html';
      ctx.body = await readFile(`.${ctx.path}`);
      for (const [name, value] of Object.entries(HEADERS[ctx.path] ?? {})) ctx.set(name, value);
    },
  ],
  // Lit's development build announces itself on every page; every other browser log stays visible.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
  // Source is TypeScript; built `.js` files are served untouched so bundle tests see exactly what ships.
  plugins: [
    forcedColorsCommand(),
    deviceCommand(),
    reactForTests(),
    esbuildPlugin({ ts: true, target: 'es2022', loaders: { '.js': null }, tsconfig: 'tsconfig.json', define: { __ALLY_SSR__: 'true' } }),
  ],
};
