// npm run verify-sources [-- <content folder>]
// Fetches every source page that the content cites (tips, crisis lines and organizations, countries, the
// guide), and checks that each still answers and still holds the quotes tied to it. Prints one line per
// item (`ok`, `changed` with the missing quote, or `unreachable` with the address and why), then a summary;
// exits 1 when any item failed, 2 when the content cannot be read. Needs the internet, so it is not part of
// `npm test`; a workflow runs it monthly and before each release (.github/workflows/verify-sources.yml).
//
// Environment:
//   VERIFY_SOURCES_TIMEOUT      seconds a request may take, body included (default 15)
//   VERIFY_SOURCES_CONCURRENCY  requests at a time (default 4)
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pagesOf, readItems } from './sources/items.mjs';
import { describeError, judge, readPage, summary, transientStatus } from './sources/check.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const USER_AGENT = `Mozilla/5.0 (compatible; ally-widgets-verify-sources/${version}; checks the pages that the ally-widgets content cites)`;
/** A page larger than this is not read further: no source page comes near it. */
const MAX_BYTES = 10 * 1024 * 1024;
/** A request that fails in a way that may pass (a timeout, a reset, a 5xx or 429) is tried once more, after this pause. */
const RETRY_DELAY_MS = 1000;

function fail(message) {
  console.error(`verify-sources: ${message}`);
  process.exit(2);
}

function positiveNumber(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!(n > 0)) fail(`${name} must be a positive number (found ${JSON.stringify(raw)})`);
  return n;
}

const timeoutMs = positiveNumber('VERIFY_SOURCES_TIMEOUT', 15) * 1000;
const concurrency = Math.floor(positiveNumber('VERIFY_SOURCES_CONCURRENCY', 4)) || 1;

async function readBody(response) {
  const chunks = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.length;
    if (size > MAX_BYTES) {
      throw Object.assign(new Error(`the page is over ${MAX_BYTES / 1024 / 1024} MB`), { name: 'PageTooLarge' });
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** One GET, following redirects: the page, or why it failed and whether that may pass. */
async function request(url) {
  try {
    const response = await fetch(url, {
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' },
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      const text = response.statusText ? ` ${response.statusText}` : '';
      return { ok: false, reason: `HTTP ${response.status}${text}`, transient: transientStatus(response.status) };
    }
    const bytes = await readBody(response);
    return { ok: true, url: response.url || url, page: readPage(bytes, response.headers.get('content-type') ?? '') };
  } catch (error) {
    return { ok: false, ...describeError(error, timeoutMs) };
  }
}

async function check(url) {
  const first = await request(url);
  if (first.ok || !first.transient) return first;
  await sleep(RETRY_DELAY_MS);
  return request(url);
}

/** Runs `task` on each address, `limit` at a time, in order; returns a promise per address. */
function pool(urls, limit, task) {
  const queue = [...urls];
  const done = new Map(urls.map((u) => [u, deferred()]));
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) done.get(url).resolve(await task(url));
  };
  for (let i = 0; i < Math.min(limit, urls.length); i++) worker();
  return new Map([...done].map(([u, d]) => [u, d.promise]));
}

function deferred() {
  let resolve;
  const promise = new Promise((r) => (resolve = r));
  return { promise, resolve };
}

// Output piped to a reader that stopped (`| head`): stop quietly; the check did not finish.
process.stdout.on('error', (error) => process.exit(error.code === 'EPIPE' ? 1 : 2));

async function main() {
  const dir = process.argv[2] ?? `${root}content`;
  const { items, errors } = readItems(dir);
  if (errors.length) fail(`cannot read the content:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  const urlsOf = new Map(items.map((i) => [i, pagesOf(i)]));
  const urls = [...new Set(items.flatMap((i) => urlsOf.get(i)))];
  console.log(
    `Checking ${urls.length} pages cited by ${items.length} items in ${relative(process.cwd(), dir) || '.'} (${concurrency} at a time, ${timeoutMs / 1000} s each)…`,
  );
  const pending = pool(urls, concurrency, check);
  const pages = new Map();
  const statuses = [];
  // Items are printed in file order, each as soon as its pages are in.
  for (const item of items) {
    for (const u of urlsOf.get(item)) pages.set(u, await pending.get(u));
    const { status, lines } = judge(item, pages, urlsOf.get(item));
    for (const l of lines) console.log(l);
    statuses.push(status);
  }
  console.log(summary(statuses, urls.length));
  process.exitCode = statuses.every((s) => s === 'ok') ? 0 : 1;
}

main().catch((error) => fail(`stopped: ${error?.message ?? error}`));
