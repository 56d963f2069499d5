// Tests of `npm run verify-sources`, offline: the fixture content folder's pages are served on 127.0.0.1
// by a server started here, and the command runs as a child process against a copy of that folder.
import { test, before, beforeEach, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('verify-sources.mjs', import.meta.url));
const FIXTURE = fileURLToPath(new URL('sources/fixture', import.meta.url));

// The good page writes its quotes with other capitals and line breaks, a no-break space (as an entity and
// as a character), tags inside a sentence, a curly apostrophe and an em dash.
const GOOD = `<!doctype html><html><head><meta charset="utf-8"><title>Help</title>
<style>p { color: red }</style><script>var quote = "We answer every text";</script></head>
<body><main><p>CALL&nbsp;<b>988</b>   any
   time,
 DAY or night &mdash; it&rsquo;s free</p>
<p>Text us at\u00a0<a href="sms:988">988</a>.</p>
<p>In an emergency, call&#160;112.</p></main></body></html>`;
const CHANGED = '<!doctype html><p>Open on weekdays, 9 to 5.</p>';

let hits;
let server;
let base;

before(async () => {
  server = createServer((req, res) => {
    hits[req.url] = (hits[req.url] ?? 0) + 1;
    const html = (status, body) => res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    if (req.url === '/good') html(200, GOOD);
    else if (req.url === '/moved') res.writeHead(301, { location: '/good' }).end();
    else if (req.url === '/changed') html(200, CHANGED);
    else if (req.url === '/gone') html(404, 'Not here');
    else if (req.url === '/down') html(503, 'Down');
    else if (req.url === '/flaky') html(hits[req.url] === 1 ? 503 : 200, GOOD);
    else if (req.url === '/slow')
      return; // never answers
    else html(404, 'Not here');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

beforeEach(() => {
  hits = {};
});

after(() => {
  server.closeAllConnections();
  server.close();
});

/** A copy of the fixture folder whose pages are on the test server; `edit` may change each file's text. */
function fixture(edit = (_file, text) => text) {
  const dir = mkdtempSync(join(tmpdir(), 'ally-sources-'));
  cpSync(FIXTURE, dir, { recursive: true });
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    const path = join(dir, f);
    writeFileSync(path, edit(f, readFileSync(path, 'utf8').replaceAll('http://fixture.invalid', base)));
  }
  return dir;
}

/** Runs the command; resolves with its exit code and output (execFile's callback, without throwing). */
function run(args, env = {}) {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env: { ...process.env, VERIFY_SOURCES_TIMEOUT: '1', ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

test('prints one line per item, each failure on its own line, and exits 1', async () => {
  const { code, stdout, stderr } = await run([fixture()]);
  const lines = stdout.trim().split('\n').slice(1); // after the "Checking …" line
  assert.deepEqual(lines, [
    'ok           tips.yaml old-tip: 1 source answers',
    'ok           resources.yaml good-line: 2 sources answer, 2 quotes found',
    `changed      resources.yaml changed-line (contact call): ${base}/changed no longer says "Open 24 hours a day"`,
    `changed      resources.yaml changed-line (contact text): ${base}/changed no longer says "We answer every text"`,
    `unreachable  resources.yaml gone-line: ${base}/gone — HTTP 404 Not Found`,
    `unreachable  resources.yaml slow-line: ${base}/slow — timed out after 1 s`,
    `unreachable  resources.yaml down-line: ${base}/down — HTTP 503 Service Unavailable`,
    'ok           countries.yaml default: 1 source answers',
    'ok           countries.yaml XX: 1 source answers, 1 quote found',
    'ok           guide.yaml guide: 1 source answers',
    'verify-sources: 9 items, 7 pages: 5 ok, 1 changed, 3 unreachable (4 items to review)',
  ]);
  assert.equal(stderr, '');
  assert.equal(code, 1);
  // Each page is fetched once however many items cite it; a failure that may pass is tried once more, no more.
  assert.equal(hits['/good'], 2); // once itself, once through the redirect
  assert.equal(hits['/flaky'], 2);
  assert.equal(hits['/down'], 2);
  assert.equal(hits['/slow'], 2);
  assert.equal(hits['/gone'], 1);
});

test('exits 0 when every page answers and holds its quotes', async () => {
  const onlyGood = (file, text) => {
    if (file !== 'resources.yaml') return text;
    return text.slice(0, text.indexOf('- id: changed-line'));
  };
  const dir = fixture(onlyGood);
  writeFileSync(
    join(dir, 'countries.yaml'),
    readFileSync(join(dir, 'countries.yaml'), 'utf8').replace(/resources: \[.*\]/, 'resources: []'),
  );
  const { code, stdout } = await run([dir]);
  assert.match(stdout, /verify-sources: 5 items, 3 pages: 5 ok, 0 changed, 0 unreachable\n$/);
  assert.equal(code, 0);
});

test('a quote is checked against the page its source names, not the item’s other sources', async () => {
  // changed-line also cites the good page, which says "Text us at 988.": its call contact's source, the
  // changed page, does not.
  const edit = (file, text) => {
    if (file !== 'resources.yaml') return text;
    return text
      .slice(0, text.indexOf('- id: gone-line'))
      .replace('quote: "Open 24 hours a day"', 'quote: "Text us at 988."')
      .replace('- { title: A page that changed', `- { title: Good, url: "${base}/good" }\n    - { title: A page that changed`);
  };
  const { stdout } = await run([fixture(edit)]);
  assert.match(stdout, /\nchanged {6}resources\.yaml changed-line \(contact call\): .*\/changed no longer says "Text us at 988\."\n/);
  // A quote without a source of its own may be on any of the item's pages: this one is in the good page's
  // script, where a script-built page keeps its text.
  assert.doesNotMatch(stdout, /contact text/);
});

test('with no network every page is named unreachable, and the exit is clean', async () => {
  // .invalid never resolves: what a machine without internet sees for every address.
  const dir = mkdtempSync(join(tmpdir(), 'ally-sources-'));
  cpSync(FIXTURE, dir, { recursive: true });
  const { code, stdout, stderr } = await run([dir]);
  assert.equal(code, 1);
  assert.equal(stderr, '');
  const unreachable = stdout.split('\n').filter((l) => l.startsWith('unreachable  '));
  assert.equal(unreachable.length, 10, stdout); // one per page an item cites
  // A machine with no DNS server at all may wait on the lookup until the timeout.
  for (const l of unreachable) assert.match(l, /: http:\/\/fixture\.invalid\/\w+ — (DNS lookup failed|timed out after 1 s)/);
  assert.match(stdout, /verify-sources: 9 items, 7 pages: 0 ok, 0 changed, 9 unreachable/);
});

test('a content folder it cannot read is one clear message and exit 2, never a stack trace', async () => {
  const missing = await run([join(tmpdir(), 'no-such-content-folder')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^verify-sources: cannot read the content:\n {2}- .*no-such-content-folder: no such content folder\n$/);
  assert.doesNotMatch(missing.stderr, /\n\s+at /);

  const noGuide = fixture();
  rmSync(join(noGuide, 'guide.yaml'));
  writeFileSync(join(noGuide, 'tips.yaml'), '- id: [oops');
  const broken = await run([noGuide]);
  assert.equal(broken.code, 2);
  assert.match(broken.stderr, /tips\.yaml: not valid YAML: .*\n {2}- .*guide\.yaml: the file is missing\n$/);
  assert.doesNotMatch(broken.stderr, /\n\s+at /);

  const badTimeout = await run([fixture()], { VERIFY_SOURCES_TIMEOUT: 'soon' });
  assert.equal(badTimeout.code, 2);
  assert.equal(badTimeout.stderr, 'verify-sources: VERIFY_SOURCES_TIMEOUT must be a positive number (found "soon")\n');
});
