// Finds the system browsers the test suite runs in, and installs missing ones from Debian's packages
// when it can. It never downloads browser builds of its own: the suite must run on closed networks.
//
//   BROWSERS=chromium,firefox,webkit   which engines to run (default: all three)
//   CHROMIUM_BIN, FIREFOX_BIN, WEBKIT_DRIVER_BIN, MINIBROWSER_BIN, XVFB_BIN   override binary paths
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

const ALL = ['chromium', 'firefox', 'webkit'];

/** Binaries per engine, with the Debian package that provides each. */
export function browserBinaries(env = process.env) {
  return {
    chromium: [{ path: env.CHROMIUM_BIN || '/usr/bin/chromium', pkg: 'chromium' }],
    firefox: [{ path: env.FIREFOX_BIN || '/usr/bin/firefox-esr', pkg: 'firefox-esr' }],
    webkit: [
      { path: env.WEBKIT_DRIVER_BIN || '/usr/bin/WebKitWebDriver', pkg: 'webkit2gtk-driver' },
      {
        path: env.MINIBROWSER_BIN || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
        pkg: 'webkit2gtk-driver',
      },
      { path: env.XVFB_BIN || '/usr/bin/Xvfb', pkg: 'xvfb' },
    ],
  };
}

/**
 * puppeteer-core's launch options for the system Chromium or Firefox (WebDriver BiDi): headless, and quiet
 * on a closed network. For test files that drive a browser themselves rather than through web-test-runner.
 */
export function puppeteerOptions(engine, env = process.env) {
  const bins = browserBinaries(env);
  if (engine === 'firefox') {
    return {
      browser: 'firefox',
      executablePath: bins.firefox[0].path,
      headless: true,
      extraPrefsFirefox: {
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'messaging-system.rsexperimentloader.enabled': false,
      },
    };
  }
  return {
    executablePath: bins.chromium[0].path,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  };
}

export function selectedBrowsers(env = process.env) {
  const names = (env.BROWSERS || ALL.join(','))
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((n) => !ALL.includes(n));
  if (unknown.length) {
    throw new Error(`BROWSERS names unknown engine(s): ${unknown.join(', ')}. Use any of: ${ALL.join(', ')}.`);
  }
  return names;
}

function missingFor(names, env) {
  const bins = browserBinaries(env);
  return names.flatMap((n) => bins[n].filter((b) => !existsSync(b.path)).map((b) => ({ ...b, browser: n })));
}

function canApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/** Makes sure every selected engine is installed; exits with a clear message when it cannot. */
export function ensureBrowsers(env = process.env) {
  const names = selectedBrowsers(env);
  let missing = missingFor(names, env);
  if (missing.length && canApt()) {
    const pkgs = [...new Set(missing.map((m) => m.pkg))];
    console.log(`Installing missing browser packages with apt-get: ${pkgs.join(' ')}`);
    const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: aptEnv });
    execFileSync('apt-get', ['install', '-y', '-qq', ...pkgs], { stdio: 'inherit', env: aptEnv });
    missing = missingFor(names, env);
  }
  if (missing.length) {
    const lines = missing.map(
      (m) => `  - ${m.browser}: ${m.path} not found (Debian/Ubuntu: apt-get install ${m.pkg}; or set its *_BIN variable)`,
    );
    console.error(
      `Missing browser(s) for the test suite:\n${lines.join('\n')}\n` +
        `Run only some engines with BROWSERS=chromium,firefox,webkit (any subset).`,
    );
    process.exit(1);
  }
  return names;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const names = ensureBrowsers();
  console.log(`Browsers ready: ${names.join(', ')}`);
}
