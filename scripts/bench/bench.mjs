// npm run bench: the same English content shown four ways — static HTML, hand-written custom elements,
// the library, one iframe per widget — measured side by side in headless Chromium. See README,
// "Performance". A benchmark, not a test: it reports numbers and never fails on them.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, NETWORKS, SETTLE_MS, UsageError, WIDGET_COUNTS, readConfig } from './config.mjs';
import { captureWidgets } from './capture.mjs';
import { main, onCleanup, requireFiles } from './lifecycle.mjs';
import { measure } from './measure.mjs';
import { WIDGET_TAGS, writeCapturePage, writeSite } from './pages.mjs';
import { probeSource } from './probe.mjs';
import { METRICS, libraryVsVanilla, machineInfo, summarize, table } from './report.mjs';
import { startServer } from './server.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
const CDN = join(ROOT, 'dist/cdn');
export const OUT = join(ROOT, 'dist/bench');

/**
 * Starts the server and the browser, and renders the library once for the static and vanilla pages.
 * `cdnDir` is the script-tag build to measure; `siteDir` where the generated pages go.
 */
export async function setUp(config, { cdnDir = CDN, siteDir = join(OUT, 'site') } = {}) {
  requireFiles([join(cdnDir, 'ally-widgets.js')]);
  rmSync(siteDir, { recursive: true, force: true });
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const capturePath = writeCapturePage(siteDir, cdnDir, readme);

  const server = await startServer({ '/': siteDir, '/cdn/': cdnDir, ...(config.baseline && { '/baseline/': config.baseline.dir }) });
  onCleanup(server.close);
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: config.chromium,
      headless: true,
      args: CHROMIUM_ARGS,
      // lifecycle.mjs handles signals, so the server is closed too.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    throw new UsageError(
      `could not start Chromium at ${config.chromium} (${error.message.split('\n')[0]}); install it (apt-get install chromium) or set CHROMIUM_BIN.`,
    );
  }
  onCleanup(() => browser.close());

  const captured = await captureWidgets(browser, server.origin + capturePath, WIDGET_TAGS, config.viewport);
  const paths = writeSite({ siteDir, cdnDir, readme, captured, counts: WIDGET_COUNTS, baseline: config.baseline });
  return { server, browser, paths, probe: probeSource(WIDGET_TAGS, SETTLE_MS) };
}

async function run() {
  const config = readConfig();
  const started = Date.now();
  const loadAtStart = loadavg().map((l) => Number(l.toFixed(2)));
  const { server, browser, paths, probe } = await setUp(config);
  // Each sample is two loads of the page, one after the other: one untraced, for every figure but
  // scripting, and one traced, for scripting. Tracing slows a page by what it records, so more the more
  // script it runs (fifty widgets: the library's content came 80 ms later traced, vanilla's 40 ms), and
  // would tilt every other figure against the variants that run script.
  const one = async (variant, widgets, network) => {
    const options = {
      url: server.origin + paths[variant][widgets],
      origin: server.origin,
      network: NETWORKS[network],
      viewport: config.viewport,
      probe,
    };
    const sample = await measure(browser, { ...options, trace: false });
    const { scriptMs } = await measure(browser, options);
    return { ...sample, scriptMs };
  };

  // One discarded round, so that the first measured run does not also pay for starting Chromium's
  // processes and warming the machine's file cache.
  for (const variant of config.variants) await one(variant, 1, 'unthrottled');

  const cells = [];
  for (const network of config.networks) {
    for (const widgets of WIDGET_COUNTS) for (const variant of config.variants) cells.push({ variant, widgets, network, samples: [] });
  }
  // Interleaved: every round visits every cell once, A B C D A B C D …, so a burst of load on the
  // shared machine hits all variants alike instead of one variant's whole series.
  for (let round = 1; round <= config.runs; round++) {
    for (const c of cells) {
      c.samples.push(await one(c.variant, c.widgets, c.network));
      if (c.variant === config.variants.at(-1)) {
        const row = cells.filter((o) => o.widgets === c.widgets && o.network === c.network);
        const times = row.map((o) => `${o.variant} ${Math.round(o.samples.at(-1).contentMs)}`).join(', ');
        console.error(`round ${round}/${config.runs}  ${c.network} ${c.widgets}: content ms ${times}`);
      }
    }
  }

  const summarized = summarize(cells);
  const machine = { ...machineInfo((await browser.version()).replace(/^.*?\//, '')), loadAverageAtStart: loadAtStart };
  const results = {
    date: new Date().toISOString(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
    machine,
    runs: config.runs,
    viewport: config.viewport,
    networks: Object.fromEntries(config.networks.map((n) => [n, NETWORKS[n]])),
    settleMs: SETTLE_MS,
    metrics: METRICS,
    libraryVsVanilla: libraryVsVanilla(summarized),
    ...(config.baseline && { baseline: config.baseline, libraryVsBaseline: libraryVsVanilla(summarized, 'baseline') }),
    cells: summarized,
  };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  console.log(
    `\n${machine.cpu}, ${machine.cores} cores, Chromium ${machine.chromium}, ${config.viewport.width}×${config.viewport.height}, ` +
      `median (min–max) of ${config.runs} runs, ×static = ratio of medians; ` +
      `load average (1, 5, 15 min) ${machine.loadAverageAtStart.join(' ')} at the start, ${machine.loadAverage.join(' ')} at the end\n`,
  );
  console.log(table(summarized));
  console.log('\nlibrary ÷ vanilla (medians):');
  for (const r of results.libraryVsVanilla) {
    console.log(
      `  ${r.network}, ${r.widgets} widget${r.widgets > 1 ? 's' : ''}: content painted ×${r.contentMs.toFixed(2)}, scripting ×${r.scriptMs.toFixed(2)}`,
    );
  }
  if (results.libraryVsBaseline) {
    console.log(`\nlibrary ÷ baseline (${config.baseline.dir}; medians):`);
    for (const r of results.libraryVsBaseline) {
      console.log(
        `  ${r.network}, ${r.widgets} widget${r.widgets > 1 ? 's' : ''}: content painted ×${r.contentMs.toFixed(2)}, scripting ×${r.scriptMs.toFixed(2)}`,
      );
    }
  }
  console.log(`\n${results.durationSeconds} s; results in ${join(OUT, 'results.json').replace(`${ROOT}/`, '')}`);
}

if (process.argv[1] === import.meta.filename) await main(run);
