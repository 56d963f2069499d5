// node scripts/bench/profile.mjs: where the library's time goes on a benchmark page — a CPU profile of
// the library variant (default: 50 widgets, unthrottled), summed over a few runs, as the functions with
// the most self time. For the person making the library faster; `npm run bench` says how fast it is.
//
//   PROFILE_WIDGETS=1|50    the page (default 50)
//   PROFILE_RUNS=n          runs to sum (default 5)
//   PROFILE_MINIFIED=1      profile dist/cdn as shipped, instead of an unminified copy
//   PROFILE_TOTAL=1         rank by total time (the function and what it calls), not self time
//
// By default it first builds an unminified copy of the script-tag bundle into dist/bench/cdn-unminified
// (Vite's API with minification off; the project's config is not changed), so the profile shows the
// functions' own names; its source map then gives each one's source file and line.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { RUN_TIMEOUT_MS, UsageError, WIDGET_COUNTS, readConfig } from './config.mjs';
import { OUT, ROOT, setUp } from './bench.mjs';
import { main, requireFiles } from './lifecycle.mjs';
import { freshPage } from './measure.mjs';
import { BINDING, PROBE_URL } from './probe.mjs';

const SAMPLING_US = 100;

async function buildUnminified(outDir) {
  requireFiles([join(ROOT, 'dist/cdn/ally-widgets.js'), join(ROOT, 'src/generated/content.ts')]);
  const { build } = await import('vite');
  await build({
    root: ROOT,
    mode: 'cdn',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: false, rollupOptions: { output: { minify: false } } },
  });
}

/** One run: the page loads under the sampling profiler until its content is painted and settled. */
async function profileOnce(browser, url, viewport, probe) {
  const page = await freshPage(browser);
  try {
    await page.setViewport(viewport);
    const cdp = await page.createCDPSession();
    await cdp.send('Page.enable');
    await cdp.send('Runtime.enable');
    await cdp.send('Runtime.addBinding', { name: BINDING });
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: probe });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    const reported = new Promise((resolve) => cdp.on('Runtime.bindingCalled', (e) => e.name === BINDING && resolve()));
    await cdp.send('Profiler.start');
    await Promise.all([reported, page.goto(url, { waitUntil: 'load', timeout: RUN_TIMEOUT_MS })]);
    return (await cdp.send('Profiler.stop')).profile;
  } finally {
    await page.close();
  }
}

const frameKey = ({ functionName, url, lineNumber, columnNumber }) => JSON.stringify([functionName, url, lineNumber, columnNumber]);

/**
 * Time per function (ms), keyed by name and position, from a V8 CPU profile: self time, or with
 * `total` the time of every sample with the function anywhere on its stack (counted once per sample,
 * so recursion is not counted twice).
 */
function times(profile, into, total) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parents.set(child, n.id);
  // Sample i lasts until sample i + 1: its time is the next delta.
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const keys = new Set([frameKey(nodes.get(id).callFrame)]);
    if (total) for (let p = parents.get(id); p !== undefined; p = parents.get(p)) keys.add(frameKey(nodes.get(p).callFrame));
    for (const key of keys) into.set(key, (into.get(key) ?? 0) + ms);
  });
  return into;
}

// The name a function is declared with, read from its first source line: a function, a method or a
// variable holding an arrow function.
const DECLARATION =
  /function\s*\*?\s*([\w$]+)|^\s*(?:(?:private|protected|public|static|override|async|get|set)\s+)*([\w$]+)\s*(?:<[^>]*>)?\(|(?:const|let|var)\s+([\w$]+)\s*(?::[^=]*)?=/;

/**
 * Where a position in the bundle comes from, via its source map: "src/internal/format.ts:17". Lit ships
 * minified files with maps of their own, so those are followed one map further, to Lit's TypeScript
 * source, whose declaration line gives the function's real name. Returns { where, name } or null.
 */
async function sourceLocator(cdnDir) {
  let trace;
  try {
    trace = await import('@jridgewell/trace-mapping');
  } catch {
    return () => null; // no source-map reader installed: bundle positions only
  }
  const maps = new Map();
  const load = (file) => {
    if (!maps.has(file)) {
      try {
        maps.set(file, new trace.TraceMap(readFileSync(`${file}.map`, 'utf8')));
      } catch {
        maps.set(file, null);
      }
    }
    return maps.get(file);
  };
  const declared = (map, source, line) => {
    const text = trace.sourceContentFor(map, source)?.split('\n')[line - 1] ?? '';
    const m = DECLARATION.exec(text);
    return m?.[1] ?? m?.[2] ?? m?.[3];
  };
  return (line, column) => {
    const bundleMap = load(join(cdnDir, 'ally-widgets.js'));
    const p = bundleMap && trace.originalPositionFor(bundleMap, { line: line + 1, column });
    if (!p?.source) return null;
    const file = resolve(cdnDir, p.source);
    const inner = load(file);
    const q = inner && trace.originalPositionFor(inner, { line: p.line, column: p.column });
    if (q?.source) {
      const where = relative(ROOT, resolve(dirname(file), q.source)).replace(/^node_modules\//, '');
      return { where: `${where}:${q.line}`, name: declared(inner, q.source, q.line) };
    }
    return { where: `${relative(ROOT, file).replace(/^node_modules\//, '')}:${p.line}`, name: declared(bundleMap, p.source, p.line) };
  };
}

async function run() {
  const config = readConfig();
  const widgets = Number(process.env.PROFILE_WIDGETS || 50);
  const runs = Number(process.env.PROFILE_RUNS || 5);
  if (!WIDGET_COUNTS.includes(widgets)) throw new UsageError(`PROFILE_WIDGETS must be one of ${WIDGET_COUNTS.join(', ')}.`);
  const minified = Boolean(process.env.PROFILE_MINIFIED && process.env.PROFILE_MINIFIED !== '0');
  const total = Boolean(process.env.PROFILE_TOTAL && process.env.PROFILE_TOTAL !== '0');
  const cdnDir = minified ? join(ROOT, 'dist/cdn') : join(OUT, 'cdn-unminified');
  if (!minified) await buildUnminified(cdnDir);

  const { server, browser, paths, probe } = await setUp(config, { cdnDir, siteDir: join(OUT, 'site-profile') });
  const url = server.origin + paths.library[widgets];
  await profileOnce(browser, url, config.viewport, probe); // warm-up, discarded
  const selfTotals = new Map();
  const totals = new Map();
  for (let i = 0; i < runs; i++) {
    const profile = await profileOnce(browser, url, config.viewport, probe);
    times(profile, selfTotals, false);
    if (total) times(profile, totals, true);
  }

  const locate = await sourceLocator(cdnDir);
  const perRun = (map) => [...map].map(([key, ms]) => [JSON.parse(key), ms / runs]);
  const selfRows = perRun(selfTotals);
  const rows = total ? perRun(totals) : selfRows;
  // V8's pseudo-entries — "(program)" is the browser's own work (parsing, style, layout, paint),
  // "(garbage collector)", "(idle)" — and the probe's functions are summarized apart from the ranking.
  const pseudo = ([[name, url]]) => !url && /^\(.*\)$/.test(name);
  const fromProbe = ([[, url]]) => url.endsWith(PROBE_URL);
  const sum = (list) => list.reduce((total, [, ms]) => total + ms, 0);
  const busy = sum(selfRows.filter(([[name]]) => name !== '(idle)'));
  const share = (ms) => `${((100 * ms) / busy).toFixed(1)}%`;
  console.log(
    `\nCPU profile: library, ${widgets} widgets, unthrottled, ` +
      `${minified ? 'minified' : 'unminified'} bundle, mean of ${runs} runs, sampled every ${SAMPLING_US} µs`,
  );
  console.log(
    `busy (not idle) main-thread time per run: ${busy.toFixed(1)} ms, of which ` +
      selfRows
        .filter((r) => pseudo(r) && r[0][0] !== '(idle)')
        .map(([[name], ms]) => `${name} ${ms.toFixed(1)} ms (${share(ms)})`)
        .join(', ') +
      `, the benchmark's probe ${sum(selfRows.filter(fromProbe)).toFixed(1)} ms\n`,
  );
  console.log(`| # | ${total ? 'total' : 'self'} ms | % of busy | function | where |`);
  console.log('|--:|--:|--:|---|---|');
  rows
    .filter((r) => !pseudo(r) && !fromProbe(r))
    .sort((a, b) => b[1] - a[1])
    .slice(0, total ? 40 : 15)
    .forEach(([[name, url, line, column], ms], i) => {
      const file = url ? url.replace(server.origin, '').replace(/^\/cdn\//, '') : '';
      const source = url.endsWith('/cdn/ally-widgets.js') ? locate(line, column) : null;
      const where = source?.where ?? (file ? `${file}:${line + 1}` : '(native: a DOM or built-in function)');
      const shown = source?.name && source.name !== name ? `${source.name} (${name || 'anonymous'})` : name || '(anonymous)';
      console.log(`| ${i + 1} | ${ms.toFixed(1)} | ${share(ms)} | ${shown} | ${where} |`);
    });
  console.log(`\nbundle: ${relative(ROOT, cdnDir)}/ally-widgets.js`);
}

if (process.argv[1] === import.meta.filename) await main(run);
