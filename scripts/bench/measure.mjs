// One run: one page, in a fresh tab (its own renderer process) with the browser cache off, measured from
// navigation until the content is painted and has settled (see probe.mjs).
import { RUN_TIMEOUT_MS } from './config.mjs';
import { BINDING, PROBE_URL } from './probe.mjs';
import { scriptingTime } from './trace.mjs';

/**
 * A new tab for one run, in the browser's default context: each gets a renderer process of its own,
 * and with the cache off (setCacheEnabled(false)) nothing is reused from an earlier run. Not a new
 * browser context: headless Chromium opens each context in a window of its own, and every new window
 * loads the browser's own omnibox pages (some 250 chrome:// requests and their script), on the same two
 * cores, while the page is being measured.
 */
export async function freshPage(browser) {
  const page = await browser.defaultBrowserContext().newPage();
  await page.setCacheEnabled(false);
  return page;
}

/** A promise with its resolve function outside (Promise.withResolvers needs Node 22). */
function deferred() {
  let resolve;
  const promise = new Promise((r) => (resolve = r));
  return { promise, resolve };
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];

/**
 * Loads `url` and returns one sample:
 *   contentMs   navigation start → every widget's content present and painted (from the probe)
 *   scriptMs    main-thread script execution until the content is painted, from a trace (trace.mjs);
 *               only with `trace`, whose own work slows the page (see bench.mjs)
 *   cls         cumulative layout shift of the top document, SETTLE_MS after the content is present
 *   heapMB      JS heap used after a forced garbage collection
 *   domNodes    nodes counted in the page, shadow roots and iframes included
 *   nodes       Chromium's own count of live DOM nodes in the renderer (Performance.getMetrics)
 *   kb          bytes received, as encoded on the wire (gzip), for every request of the page
 */
export async function measure(browser, { url, origin, network, viewport, probe, trace = true }) {
  const page = await freshPage(browser);
  try {
    await page.setViewport(viewport);
    if (network) {
      await page.emulateNetworkConditions({
        download: network.downloadThroughput,
        upload: network.uploadThroughput,
        latency: network.latency,
      });
    }

    // A session of our own, only to observe: bytes on the wire, the probe's report, metrics.
    const cdp = await page.createCDPSession();
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
    await cdp.send('Network.enable');
    await cdp.send('Performance.enable');
    await cdp.send('Runtime.enable');
    await cdp.send('Page.enable'); // scripts to evaluate on new documents run only where Page is enabled
    await cdp.send('Runtime.addBinding', { name: BINDING });
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: probe });

    // The probe reports twice: content painted, then settled (see probe.mjs).
    const painted = deferred();
    const settled = deferred();
    const reports = [painted, settled];
    cdp.on('Runtime.bindingCalled', (e) => e.name === BINDING && reports.shift()?.resolve(JSON.parse(e.payload)));

    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no widget content after ${RUN_TIMEOUT_MS / 1000} s on ${url}`)), RUN_TIMEOUT_MS);
    });
    let sample;
    try {
      if (trace) await page.tracing.start({ categories: TRACE_CATEGORIES });
      const loaded = page.goto(url, { waitUntil: 'load', timeout: RUN_TIMEOUT_MS });
      loaded.catch(() => {}); // awaited below; this only keeps an early failure from being "unhandled"
      const { contentMs } = await Promise.race([painted.promise, timeout]);
      // Scripting is what ran until the content was painted, so the trace stops here; it takes a
      // while, and overlaps the settling time instead of adding to every run.
      const stopped = trace ? page.tracing.stop() : undefined;
      const [{ cls, domNodes }, , traced] = await Promise.race([Promise.all([settled.promise, loaded, stopped]), timeout]);
      sample = { contentMs, cls, domNodes };
      if (traced) {
        const events = JSON.parse(new TextDecoder().decode(traced));
        sample.scriptMs = scriptingTime(events.traceEvents ?? events, { origin, excludeUrl: PROBE_URL });
      }
    } finally {
      clearTimeout(timer);
    }

    await cdp.send('HeapProfiler.collectGarbage');
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    return {
      ...sample,
      heapMB: metrics.JSHeapUsedSize / 2 ** 20,
      nodes: metrics.Nodes,
      kb: bytes / 1024,
    };
  } finally {
    await page.close();
  }
}
