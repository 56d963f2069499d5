// The whole embed, exactly as a third-party site pastes it: a folder served by a plain static server
// holding the built script-tag bundle and a page with one script tag and the elements. No test runner
// code runs in the page, so anything it logs is the widgets' own. Chromium drives it (puppeteer-core).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { puppeteerOptions, selectedBrowsers } from '../../scripts/browsers.mjs';
import { dialedDigits } from '../../scripts/content/load.mjs';

const skip = !selectedBrowsers().includes('chromium') && 'chromium is not among BROWSERS';
const folder = mkdtempSync(join(tmpdir(), 'ally-embed-'));
let server;
let browser;
let origin;

before(async () => {
  if (skip) return;
  for (const f of readdirSync('dist/cdn').filter((f) => f.endsWith('.js'))) cpSync(join('dist/cdn', f), join(folder, f));
  // The page's content is in `lang`, set on <body>: the author's choice of language and country, which a
  // reader's device does not override (an <html lang> alone is taken for a CMS default).
  const page = (lang, body) =>
    `<!doctype html><html lang="${lang.split('-')[0]}"><head><meta charset="utf-8"><title>Embed</title></head><body lang="${lang}">\n${body}\n</body></html>`;
  const snippet = '<script type="module" src="ally-widgets.js"></script><ally-tips></ally-tips><ally-resources></ally-resources>';
  writeFileSync(join(folder, 'index.html'), page('en', snippet));
  writeFileSync(join(folder, 'es.html'), page('es-MX', snippet));
  writeFileSync(
    join(folder, 'classic.html'),
    page('en', snippet.replace('<script type="module" src="ally-widgets.js">', '<script src="ally-widgets.iife.js">')),
  );
  // The CDN's short address (no file name), as jsDelivr serves the package's default file.
  writeFileSync(join(folder, 'short.html'), page('es-MX', snippet.replace('src="ally-widgets.js"', 'src="/npm/ally-widgets@1"')));
  // The address with no version at all, which the CDN also advertises.
  writeFileSync(join(folder, 'unversioned.html'), page('es-MX', snippet.replace('src="ally-widgets.js"', 'src="/npm/ally-widgets"')));
  // A version range in the full address: its folder changes with each release, so parts come from the exact version's.
  writeFileSync(
    join(folder, 'range.html'),
    page('es-MX', snippet.replace('src="ally-widgets.js"', 'src="/npm/ally-widgets@1/dist/cdn/ally-widgets.js"')),
  );
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };
  server = createServer((req, res) => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    let name = new URL(req.url, 'http://x').pathname.slice(1) || 'index.html';
    // A stand-in for the CDN: the short address serves the main file; versioned paths serve the folder.
    if (name === 'npm/ally-widgets@1' || name === 'npm/ally-widgets' || name === 'npm/ally-widgets@1/dist/cdn/ally-widgets.js')
      name = 'ally-widgets.js';
    else if (name.startsWith(`npm/ally-widgets@${version}/dist/cdn/`)) name = name.split('/').pop();
    // Like any real site, the folder answers the browser's own favicon request.
    if (name === 'favicon.ico') return void res.writeHead(204).end();
    try {
      const body = readFileSync(join(folder, name.replace(/\.\./g, '')));
      res.writeHead(200, { 'Content-Type': types[extname(name)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch(puppeteerOptions('chromium'));
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a page of the folder and returns what a reader sees, plus every error and outside request. */
async function visit(path) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  const requests = [];
  page.on('request', (r) => {
    requests.push(r.url().replace(origin, ''));
    if (!r.url().startsWith(origin)) problems.push(`outside request: ${r.url()}`);
  });
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  await page.goto(`${origin}/${path}`, { waitUntil: 'networkidle0' });
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll('ally-tips, ally-resources')) await el.updateComplete;
    // Read every tip, as a reader would.
    for (const b of document.querySelector('ally-tips').shadowRoot.querySelectorAll('[part="toggle"]')) b.click();
  });
  // Anything sent later, or on leaving the page (a beacon on pagehide), is caught too.
  await new Promise((r) => setTimeout(r, 1500));
  const seen = await page.evaluate(() => {
    const text = (n) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const tips = document.querySelector('ally-tips').shadowRoot;
    const res = document.querySelector('ally-resources').shadowRoot;
    return {
      tips: [...tips.querySelectorAll('[part="toggle"]')].map(text),
      organizations: [...res.querySelectorAll('[part="resource-name"]')].map(text),
      dial: [...res.querySelectorAll('a[href^="tel:"]')].map((a) => ({ href: a.getAttribute('href'), text: text(a) })),
      heading: text(res.querySelector('[part="heading"]')),
    };
  });
  const storage = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  await page.goto('about:blank');
  await page.close();
  return { ...seen, problems, requests, storage };
}

test('a page with only the script tag shows the tips and organizations, with working tel: links', { skip }, async () => {
  const seen = await visit('index.html');
  assert.deepEqual(seen.tips, ['Listen actively', 'Educate yourself', 'Encourage self-care', 'Be patient and keep showing up']);
  assert.deepEqual(seen.organizations, [
    'NAMI, the National Alliance on Mental Illness',
    'Mental Health America',
    'SAMHSA National Helpline',
  ]);
  assert.ok(seen.dial.length >= 5, `tel: links: ${JSON.stringify(seen.dial)}`);
  for (const { href, text } of seen.dial) {
    // The link dials what it says: the digits of its text end with the digits it dials (no country code shown).
    const dials = href.slice(4).replace(/\D/g, '');
    const shown = dialedDigits(text.replace(/^\D+/, ''));
    assert.ok(shown.length >= 3 && dials.endsWith(shown), `${href} is labeled "${text}"`);
  }
  assert.deepEqual(seen.problems, []);
  // An English US page needs nothing but the page, the script, the US organizations with their cards'
  // code, and the tips with their code and details (which a reader opened), all from the script's own
  // folder, and stores nothing.
  const requests = seen.requests.filter((r) => r !== '/favicon.ico' && r !== 'about:blank');
  assert.deepEqual(requests.slice(0, 2), ['/index.html', '/ally-widgets.js']);
  assert.deepEqual(
    requests
      .slice(2)
      .map((r) => r.replace(/-[\w-]{6}\.js$/, '.js'))
      .sort(),
    ['/part-cards.js', '/part-details-en.js', '/part-orgs-us.js', '/part-prose.js', '/part-tips-en.js'],
  );
  assert.deepEqual(seen.storage, { cookie: '', local: 0, session: 0, databases: 0, caches: 0 });
});

test('the classic-script build: one file, nothing else requested or stored', { skip }, async () => {
  const seen = await visit('classic.html');
  assert.equal(seen.tips.length, 4);
  assert.equal(seen.organizations.length, 3);
  assert.deepEqual(seen.problems, []);
  assert.deepEqual(
    seen.requests.filter((r) => r !== '/favicon.ico' && r !== 'about:blank'),
    ['/classic.html', '/ally-widgets.iife.js'],
  );
  assert.deepEqual(seen.storage, { cookie: '', local: 0, session: 0, databases: 0, caches: 0 });
});

for (const [address, file] of [
  ['short address', 'short.html'],
  ['unversioned address', 'unversioned.html'],
  ['version-range address', 'range.html'],
]) {
  test(`the CDN’s ${address} also loads other languages, from the exact version’s folder`, { skip }, async () => {
    const seen = await visit(file);
    assert.equal(seen.heading, 'Dónde buscar ayuda');
    assert.deepEqual(
      seen.dial.map((d) => d.href),
      ['tel:911', 'tel:+528009112000'],
    );
    assert.deepEqual(seen.problems, []);
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    const parts = seen.requests.filter((r) => r.includes('part-'));
    assert.ok(parts.length >= 2 && parts.every((r) => r.startsWith(`/npm/ally-widgets@${version}/dist/cdn/part-`)), parts.join(', '));
  });
}

test('a Mexican Spanish page loads Spanish and Mexico’s lines from the same folder', { skip }, async () => {
  const seen = await visit('es.html');
  assert.equal(seen.heading, 'Dónde buscar ayuda');
  assert.deepEqual(
    seen.dial.map((d) => d.href),
    ['tel:911', 'tel:+528009112000'],
  );
  assert.deepEqual(seen.organizations, ['Find A Helpline']); // no organizations of its own: the directory
  assert.deepEqual(seen.problems, []);
});
