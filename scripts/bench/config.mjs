import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

// What one `npm run bench` measures, read from the environment once:
//   BENCH_RUNS=n          runs per cell (default 7; a cell is one variant × widget count × network)
//   BENCH_QUICK=1         3 runs, unthrottled only: for iterating on the benchmark or the library
//   BENCH_NETWORKS=slow-4g  only these network profiles (comma-separated: unthrottled, slow-4g)
//   BENCH_VIEWPORT=WxH    the viewport (default 1280x800; 360x800 shows a phone-width column)
//   BENCH_BASELINE=dir    another script-tag build (its dist/cdn/ folder) as a fifth variant, "baseline",
//                         embedded like the library: to measure a change against the build before it
//   BENCH_BASELINE_PRELOAD=ally-resources:orgs-us+cards,ally-tips:…  the parts the baseline's pages
//                         preload for each widget they show, as that build's README asked (default: the
//                         library's rule)
//   CHROMIUM_BIN          the Chromium executable (default /usr/bin/chromium, as for the tests)

/** The four ways of showing the same content, in the order every round runs them. */
export const VARIANTS = ['static', 'vanilla', 'library', 'iframe'];

/** Widgets per page: one widget on an article, and a page that leans on them heavily. */
export const WIDGET_COUNTS = [1, 50];

/**
 * Network profiles for CDP's Network.emulateNetworkConditions, which delays and paces each response in
 * the browser (not packets on a wire). "Slow 4G" is Lighthouse's mobile profile: 150 ms round trip,
 * 1.6 Mbit/s down, 750 kbit/s up (throughputs are in bytes per second).
 */
export const NETWORKS = {
  unthrottled: null,
  'slow-4g': { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
};

/** How long after the content is present layout shifts still count, as the brief for CLS asks. */
export const SETTLE_MS = 500;

/** A run whose content never appears is a broken page, not a slow one. */
export const RUN_TIMEOUT_MS = 60_000;

// The flags the test suite's Chromium runs with (web-test-runner.config.mjs), which work on this kind of
// machine: no sandbox as root, no GPU, no background traffic that would show up in the timings.
export const CHROMIUM_ARGS = (
  '--no-sandbox --disable-gpu --disable-dev-shm-usage --disable-component-update ' +
  '--disable-background-networking --disable-sync --no-first-run --disable-quic'
).split(' ');

function positiveInt(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a whole number of 1 or more, not "${raw}".`);
  return n;
}

function networks(quick) {
  const raw = process.env.BENCH_NETWORKS;
  if (!raw) return quick ? ['unthrottled'] : Object.keys(NETWORKS);
  const names = raw.split(',').map((n) => n.trim());
  const unknown = names.filter((n) => !(n in NETWORKS));
  if (unknown.length)
    throw new UsageError(`BENCH_NETWORKS names unknown profile(s): ${unknown.join(', ')}. Use: ${Object.keys(NETWORKS).join(', ')}.`);
  return names;
}

function viewport() {
  const raw = process.env.BENCH_VIEWPORT || '1280x800';
  const m = /^(\d+)x(\d+)$/.exec(raw);
  if (!m) throw new UsageError(`BENCH_VIEWPORT must look like 1280x800, not "${raw}".`);
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** A mistake in how the benchmark was started: reported as one line, without a stack trace. */
export class UsageError extends Error {}

/** BENCH_BASELINE: another build's dist/cdn/ folder, and the parts its pages preload. */
function baseline() {
  const dir = process.env.BENCH_BASELINE;
  if (!dir) return undefined;
  const folder = resolve(dir);
  if (!existsSync(join(folder, 'ally-widgets.js')))
    throw new UsageError(`BENCH_BASELINE must be a folder with ally-widgets.js, not "${dir}".`);
  const raw = process.env.BENCH_BASELINE_PRELOAD;
  if (raw === undefined) return { dir: folder };
  // ally-resources:orgs-us+cards,ally-tips:… → { 'ally-resources': ['orgs-us', 'cards'], … }
  const preload = {};
  for (const entry of raw.split(',').filter((e) => e.trim())) {
    const m = /^\s*(ally-[a-z]+)\s*:\s*([\w+-]*)\s*$/.exec(entry);
    if (!m) throw new UsageError(`BENCH_BASELINE_PRELOAD entries look like ally-resources:orgs-us+cards, not "${entry}".`);
    preload[m[1]] = m[2].toLowerCase().split('+').filter(Boolean);
  }
  return { dir: folder, preload };
}

export function readConfig() {
  const quick = Boolean(process.env.BENCH_QUICK && process.env.BENCH_QUICK !== '0');
  const base = baseline();
  return {
    baseline: base,
    // The baseline runs right after the library in every round, so that both see the same load.
    variants: base ? VARIANTS.flatMap((v) => (v === 'library' ? [v, 'baseline'] : [v])) : VARIANTS,
    quick,
    runs: positiveInt('BENCH_RUNS', quick ? 3 : 7),
    networks: networks(quick),
    viewport: viewport(),
    chromium: process.env.CHROMIUM_BIN || '/usr/bin/chromium',
  };
}
