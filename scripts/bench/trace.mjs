// Scripting time from a Chromium trace. Performance.getMetrics().ScriptDuration is not enough here: Lit
// renders in microtasks, which it misses, and the trace shows exactly what ran.
//
// Summed: the complete ("X") slices of these events on the main thread (CrRendererMain) of the renderer
// process(es) that loaded the benchmark's pages —
//   EvaluateScript      a classic script's top-level run
//   v8.compile          compiling a classic script on the main thread
//   v8.compileModule    compiling a module on the main thread
//   v8.evaluateModule   a module's top-level run (with it, upgrading elements already in the page)
//   FunctionCall        callbacks: event listeners, timers, rAF, custom element reactions, observers
//   RunMicrotasks       promise jobs run at a checkpoint (Lit's updates: render, commit to the DOM)
//   v8.produceCache, v8.produceModuleCache   writing the code cache after a run
// only where no other summed slice on that thread encloses it (a FunctionCall inside a module's
// evaluation, or a microtask checkpoint at the end of a callback, is already part of its parent), so
// nothing counts twice. Style, layout and paint that script forces inside those slices count as
// scripting; the rest of the frame's rendering does not. Work on other threads (streaming compilation
// of the downloaded script) is not main-thread time and is left out. The benchmark's own probe is
// dropped by its source URL, with everything it encloses.

const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'FunctionCall',
  'RunMicrotasks',
  'v8.produceCache',
  'v8.produceModuleCache',
]);

const urlOf = (e) => e.args?.data?.url ?? e.args?.beginData?.url ?? e.args?.data?.stackTrace?.[0]?.url;

/**
 * `events`: a trace's traceEvents. `origin`: the benchmark server's origin, which picks the renderer.
 * `excludeUrl`: the probe's source URL. Returns milliseconds.
 */
export function scriptingTime(events, { origin, excludeUrl }) {
  const threadName = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args.name);
  const isMain = (e) => threadName.get(`${e.pid}:${e.tid}`) === 'CrRendererMain';

  // The renderers that parsed or committed one of our pages (not Chromium's own WebUI renderers, nor the
  // about:blank a new tab starts with).
  const pids = new Set(events.filter((e) => isMain(e) && urlOf(e)?.startsWith(origin)).map((e) => e.pid));

  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !SCRIPT_EVENTS.has(e.name) || !pids.has(e.pid) || !isMain(e)) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }

  let total = 0;
  for (const slices of byThread.values()) {
    // Parents before children: by start time, and the longer first when two start together.
    slices.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    let end = -Infinity;
    for (const e of slices) {
      if (e.ts < end) continue; // nested in the current top-level slice
      end = e.ts + (e.dur ?? 0);
      if (urlOf(e) !== excludeUrl) total += e.dur ?? 0;
    }
  }
  return total / 1000; // trace times are microseconds
}
