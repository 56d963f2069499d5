// Tests of the pure functions behind `npm run verify-sources` (scripts/sources/check.mjs, items.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { decodeBody, describeError, holds, judge, normalize, pageText, readPage, summary } from './check.mjs';
import { pagesOf, readItems } from './items.mjs';

const FIXTURE = fileURLToPath(new URL('fixture', import.meta.url));
const page = (html) => readPage(new TextEncoder().encode(html), 'text/html; charset=utf-8');

test('normalize folds case, white space, no-break spaces, quotes and dashes', () => {
  assert.equal(
    normalize('  It\u2019s  FREE\u00a0\u2014\n\u201cany\u202Ftime\u201d \u2013 «24/7»\u2026 '),
    `it's free - "any time" - "24/7"...`,
  );
  assert.equal(normalize('Sama\u00adritans\u200b'), 'samaritans');
  assert.equal(normalize('Mu\u0308nchen'), normalize('M\u00fcnchen')); // decomposed and composed letters
});

test('pageText strips tags, comments, scripts and styles, and decodes entities', () => {
  const html = `<html><head><title>T</title><style>p{}</style><script>var x = "<p>hidden</p>";</script></head>
    <body><!-- a comment --><p>Call&nbsp;<strong>988</strong>,</p><p>any&#x20;time &amp; free &mdash; it&rsquo;s <b>Sam</b>aritans</p>
    <noscript>Turn on scripts</noscript><svg><text>icon</text></svg></body></html>`;
  assert.equal(pageText(html), `t call 988, any time & free - it's samaritans`);
  assert.match(pageText(html, { scripts: true }), /hidden/);
});

test('block elements keep words apart; inline ones do not split them', () => {
  assert.equal(pageText('<li>one</li><li>two</li><p>three<br>four</p>'), 'one two three four');
  assert.equal(pageText('<span>Help</span><em>line</em>'), 'helpline');
});

test('holds finds a quote however it is typed, and only a quote that is there', () => {
  const p = page('<p>CALL&nbsp;<b>988</b>   any\n time, DAY or night &mdash; it&rsquo;s free</p><script>{"text":"Open 24 hours"}</script>');
  assert.ok(holds(p, "Call 988 any time, day or night - it's free"));
  assert.ok(holds(p, 'call 988 any time, day or night \u2013 it\u2019s free'));
  assert.ok(holds(p, 'it&rsquo;s free')); // a quote copied with its entity
  assert.ok(holds(p, 'Open 24 hours'), 'text a script-built page keeps in a script counts');
  assert.ok(!holds(p, 'Call 988 at any time'));
  assert.ok(!holds(p, '  '), 'an empty quote is never found');
});

test('decodeBody reads the charset of the header, else of a meta tag, else UTF-8', () => {
  const latin1 = Uint8Array.from([0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e]); // "München" in windows-1252
  assert.equal(decodeBody(latin1, 'text/html; charset=ISO-8859-1'), 'München');
  const meta = new Uint8Array([...new TextEncoder().encode('<meta charset="windows-1252">'), ...latin1]);
  assert.equal(decodeBody(meta, 'text/html'), '<meta charset="windows-1252">München');
  const sjis = Uint8Array.from([0x82, 0xa0]); // "あ" in Shift_JIS
  assert.equal(decodeBody(sjis, 'text/html; charset=Shift_JIS'), 'あ');
  assert.equal(decodeBody(new TextEncoder().encode('Zürich'), 'text/html; charset=no-such-charset'), 'Zürich');
});

test('describeError names the cause in one line, and says what is worth a second try', () => {
  const fetchFailed = (code, message = code) =>
    Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(message), { code }) });
  assert.deepEqual(describeError(fetchFailed('ENOTFOUND'), 15000), { reason: 'DNS lookup failed: no such host', transient: false });
  assert.deepEqual(describeError(fetchFailed('ECONNRESET'), 15000), { reason: 'connection reset', transient: true });
  assert.deepEqual(describeError(new DOMException('aborted', 'TimeoutError'), 15000), { reason: 'timed out after 15 s', transient: true });
  assert.deepEqual(describeError(fetchFailed('CERT_HAS_EXPIRED'), 15000), {
    reason: 'TLS certificate problem (CERT_HAS_EXPIRED)',
    transient: false,
  });
  assert.deepEqual(describeError(new TypeError('fetch failed', { cause: new Error('redirect count exceeded') }), 15000), {
    reason: 'too many redirects',
    transient: false,
  });
  assert.equal(describeError(fetchFailed('EWHATEVER', 'something\nelse'), 1000).reason, 'something (EWHATEVER)');
});

test('readItems lists every item with its sources and quotes, in file order', () => {
  const { items, errors } = readItems(FIXTURE);
  assert.deepEqual(errors, []);
  assert.deepEqual(
    items.map((i) => `${i.file} ${i.id}`),
    [
      'tips.yaml old-tip',
      ...['good-line', 'changed-line', 'gone-line', 'slow-line', 'down-line'].map((id) => `resources.yaml ${id}`),
      'countries.yaml default',
      'countries.yaml XX',
      'guide.yaml guide',
    ],
  );
  const good = items.find((i) => i.id === 'good-line');
  assert.deepEqual(good.quotes[1], { where: 'contact text', url: 'http://fixture.invalid/moved', text: 'Text us at 988.' });
  assert.deepEqual(items.find((i) => i.id === 'XX').quotes, [
    { where: 'emergency', url: 'http://fixture.invalid/good', text: 'In an emergency, call 112.' },
  ]);
  assert.equal(items.find((i) => i.id === 'changed-line').quotes[1].url, undefined);
  assert.equal(items[0].reviewed, '2025-06-01');
});

test('pagesOf adds a page that only a quote names, once', () => {
  const item = { sources: [{ url: 'https://a/' }, { url: 'https://a/' }], quotes: [{ url: 'https://b/', text: 'x' }, { text: 'y' }] };
  assert.deepEqual(pagesOf(item), ['https://a/', 'https://b/']);
});

test('judge: an unreachable page is not also called changed', () => {
  const item = {
    file: 'resources.yaml',
    id: 'x',
    sources: [{ url: 'https://a/' }],
    quotes: [{ where: 'contact call', url: 'https://a/', text: 'Call 1' }],
  };
  const pages = new Map([['https://a/', { ok: false, reason: 'HTTP 500' }]]);
  assert.deepEqual(judge(item, pages, ['https://a/']), {
    status: 'unreachable',
    lines: ['unreachable  resources.yaml x: https://a/ — HTTP 500'],
  });
});

test('judge names a redirect and a page whose text it cannot read', () => {
  const item = {
    file: 'tips.yaml',
    id: 't',
    sources: [{ url: 'https://a/' }],
    quotes: [{ where: 'contact call', url: 'https://a/', text: 'Call 1' }],
  };
  const pdf = { ok: true, url: 'https://a/file.pdf', page: readPage(new Uint8Array([0x25, 0x50, 0x44, 0x46]), 'application/pdf') };
  const { status, lines } = judge(item, new Map([['https://a/', pdf]]), ['https://a/']);
  assert.equal(status, 'changed');
  assert.deepEqual(lines, [
    'changed      tips.yaml t (contact call): https://a/ (now https://a/file.pdf) no longer says "Call 1" (the page is application/pdf, whose text this check cannot read)',
  ]);
});

test('summary counts items by verdict', () => {
  assert.equal(summary(['ok', 'ok'], 2), 'verify-sources: 2 items, 2 pages: 2 ok, 0 changed, 0 unreachable');
  assert.equal(
    summary(['ok', 'changed', 'unreachable'], 4),
    'verify-sources: 3 items, 4 pages: 1 ok, 1 changed, 1 unreachable (2 items to review)',
  );
});
