// The benchmark starts a browser and a server; whatever happens — success, an error, Ctrl-C, a kill —
// both must go, or a shared machine collects orphaned Chromium processes. Every resource registers its
// own clean-up here, and one function runs them all exactly once.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { UsageError } from './config.mjs';

const cleanups = [];
let cleaning;
let interrupted = false;

/** Registers a clean-up (closing the browser, the server); they run in reverse order. */
export function onCleanup(fn) {
  cleanups.push(fn);
}

export function cleanUp() {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch {
        // One failing clean-up must not keep the others from running.
      }
    }
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    interrupted = true;
    console.error(`\nbench: ${signal}, stopping the browser and the server`);
    void cleanUp().then(() => process.exit(130));
  });
}

/** Runs the benchmark's main function; failures become one clear line and a non-zero exit. */
export async function main(fn) {
  try {
    await fn();
  } catch (error) {
    if (interrupted) return; // the run failed because its browser was closed on purpose: say nothing more
    const message = error instanceof UsageError ? error.message : `failed: ${error?.stack ?? error}`;
    console.error(`bench: ${message}`);
    process.exitCode = 1;
  } finally {
    await cleanUp();
  }
}

/** Stops early, and clearly, when there is no build to measure. */
export function requireFiles(files) {
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) {
    throw new UsageError(`${missing.map((f) => relative(process.cwd(), f)).join(', ')} not found: run npm run build first.`);
  }
}
