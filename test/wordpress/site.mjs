// A real WordPress for the tests, on this machine only: Debian's `wordpress` package copied into a
// temporary folder, a private MariaDB (its own data folder and socket, no network), PHP's built-in server
// on 127.0.0.1, and WordPress installed by its own wp_install(). Missing Debian packages are installed with
// apt-get where that is possible (root), as scripts/browsers.mjs does for the browsers.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';

const WORDPRESS = process.env.WORDPRESS_DIR || '/usr/share/wordpress';
const HELPER = resolve(import.meta.dirname, 'wp-helper.php');
const ROUTER = resolve(import.meta.dirname, 'router.php');

/** What the suite needs, with the Debian package that brings each. */
const NEEDS = [
  { ok: () => existsSync(join(WORDPRESS, 'wp-load.php')), pkg: 'wordpress', what: `WordPress in ${WORDPRESS}` },
  // A Recommends of Debian's wordpress: the theme the front end is tested in.
  {
    ok: () => existsSync(join(WORDPRESS, 'wp-content/themes/twentytwentythree/style.css')),
    pkg: 'wordpress-theme-twentytwentythree',
    what: 'the Twenty Twenty-Three theme',
  },
  { ok: () => has('mariadbd') || existsSync('/usr/sbin/mariadbd'), pkg: 'mariadb-server', what: 'mariadbd' },
  { ok: () => has('php'), pkg: 'php-cli', what: 'php' },
  { ok: () => has('php') && /mysqli/.test(spawnSync('php', ['-m'], { encoding: 'utf8' }).stdout), pkg: 'php-mysql', what: "PHP's mysqli" },
  { ok: () => has('unzip'), pkg: 'unzip', what: 'unzip' },
];

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Makes sure WordPress, MariaDB, PHP and unzip are here; installs the missing ones when it can. */
export function ensurePackages() {
  let missing = NEEDS.filter((n) => !n.ok());
  const isRoot = process.getuid?.() === 0;
  if (missing.length && isRoot && has('apt-get')) {
    const pkgs = [...new Set(missing.map((m) => m.pkg))];
    console.log(`Installing missing packages for the WordPress tests with apt-get: ${pkgs.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...pkgs], { stdio: 'inherit', env });
    missing = NEEDS.filter((n) => !n.ok());
  }
  if (missing.length) {
    throw new Error(
      `The WordPress tests need ${missing.map((m) => m.what).join(', ')} ` +
        `(Debian/Ubuntu: apt-get install ${missing.map((m) => m.pkg).join(' ')}), or WORDPRESS=0 to skip them.`,
    );
  }
}

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address();
  await new Promise((r) => server.close(r));
  return port;
}

async function waitFor(check, what, ms = 20000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Starts a process whose output goes to a log file, in a process group of its own: PHP's server forks
 * workers, and stopping the site stops them with it.
 */
function start(command, args, log, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options });
  child.stdout.on('data', (d) => writeFileSync(log, d, { flag: 'a' }));
  child.stderr.on('data', (d) => writeFileSync(log, d, { flag: 'a' }));
  return child;
}

async function stop(child) {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {}
  };
  signal('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null) signal('SIGKILL');
  child.stdout.destroy();
  child.stderr.destroy();
}

/**
 * A WordPress site with the plugin's zip unpacked into its plugins folder by WordPress (not yet activated).
 * Returns its origin, the administrator's login, `wp(command, input)` to run a command of wp-helper.php,
 * `debugLog()` (what WP_DEBUG logged) and `stop()`.
 */
export async function startSite({ zip, admin = { user: 'admin', password: 'ally-test-password' } }) {
  ensurePackages();
  const folder = mkdtempSync(join(tmpdir(), 'ally-wordpress-'));
  const site = join(folder, 'site');
  const data = join(folder, 'db');
  const socket = join(folder, 'mysql.sock');
  const debugFile = join(folder, 'debug.log');
  const children = [];
  const stopAll = async () => {
    for (const child of children.reverse()) await stop(child);
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    // Debian links wp-content and wp-config.php to /var/lib and /etc: the copy dereferences them.
    cpSync(WORDPRESS, site, { recursive: true, dereference: true });
    rmSync(join(site, 'wp-config.php'), { force: true });
    rmSync(join(site, '.htaccess'), { force: true });

    // The database runs as whoever runs the tests (root on CI), with its files in the temporary folder.
    const user = userInfo().username;
    execFileSync(
      'mariadb-install-db',
      [`--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', `--user=${user}`],
      {
        stdio: 'ignore',
      },
    );
    const mariadbd = has('mariadbd') ? 'mariadbd' : '/usr/sbin/mariadbd';
    children.push(
      start(
        mariadbd,
        [`--datadir=${data}`, `--socket=${socket}`, '--skip-networking', `--user=${user}`, `--pid-file=${join(folder, 'db.pid')}`],
        join(folder, 'db.log'),
      ),
    );
    const sql = (statement) => spawnSync('mariadb', [`--socket=${socket}`, '-uroot', '-e', statement], { encoding: 'utf8' });
    await waitFor(() => sql('SELECT 1').status === 0, 'MariaDB');
    if (sql('CREATE DATABASE wordpress').status !== 0)
      throw new Error(`could not create the database: ${readFileSync(join(folder, 'db.log'), 'utf8')}`);

    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(site, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$table_prefix = 'wp_';
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $key ) {
	define( $key, '${Math.random().toString(36).slice(2)}' . $key );
}
define( 'WP_HOME', '${origin}' );
define( 'WP_SITEURL', '${origin}' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${debugFile}' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
`,
    );
    const wp = (command, input = {}) => {
      const run = spawnSync('php', [HELPER, site, command], { input: JSON.stringify(input), encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`wp-helper ${command} failed (${run.status}): ${run.stderr}${run.stdout}`);
      // wp_install() may mention that it could not send its e-mail: the answer is the last line.
      return JSON.parse(run.stdout.trim().split('\n').pop());
    };
    wp('install', admin);
    // Unpacked by WordPress's own unzip_file(), as its plugin uploader does.
    const { error } = wp('unzip', { zip: resolve(zip) });
    if (error) throw new Error(`WordPress could not unpack ${zip}: ${error}`);

    children.push(
      start('php', ['-S', `127.0.0.1:${port}`, '-t', site, ROUTER], join(folder, 'server.log'), {
        cwd: site,
        // Several workers, so the browser's parallel requests for a page's files do not queue behind one.
        env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      }),
    );
    await waitFor(async () => (await fetch(`${origin}/wp-login.php`).catch(() => null))?.ok, "PHP's server");
    return {
      origin,
      admin,
      site,
      wp,
      debugLog: () => (existsSync(debugFile) ? readFileSync(debugFile, 'utf8') : ''),
      serverLog: () => readFileSync(join(folder, 'server.log'), 'utf8'),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
