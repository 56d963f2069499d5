// The WordPress plugin in a real WordPress (Debian's package, a private MariaDB, PHP's built-in server;
// see site.mjs): the built zip unpacked and activated, pages with every shortcode and block published, the
// settings page used as an administrator would, and the front end read in Chromium and Firefox as a
// reader sees it. WORDPRESS=0 skips this file; `npm run test:wordpress` runs only it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { puppeteerOptions, selectedBrowsers } from '../../scripts/browsers.mjs';
import { startSite } from './site.mjs';

const ZIP = 'dist/wordpress/ally-widgets.zip';
const PLUGIN = 'ally-widgets/ally-widgets.php';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const engines = selectedBrowsers().filter((b) => b === 'chromium' || b === 'firefox');
const skip =
  (process.env.WORDPRESS === '0' && 'WORDPRESS=0') ||
  (!engines.length && 'neither chromium nor firefox is among BROWSERS') ||
  (!existsSync(ZIP) && `${ZIP} is missing: run npm run build`);

// Every widget by shortcode, with the attributes an author would use, and the organization's own resource.
const SHORTCODES = `[ally_tips tips="listen,patience" layout="cards" heading="Helping a coworker" heading_level="3"]

[ally_crisis country="GB" variant="inline"]

[ally_resources country="US" no_national]
[ally_resource name="Acme EAP" phone="+1 800 555 0100" href="https://eap.example.com" hours="24/7"]Free, confidential counseling for employees[/ally_resource]
[/ally_resources]

[ally_guide country="GB" no-country-picker]`;

// Every widget as a block, as the block editor saves it: the attributes in the block's comment.
const BLOCKS = `<!-- wp:ally-widgets/tips {"tips":"educate","layout":"cards"} /-->

<!-- wp:ally-widgets/crisis {"country":"GB","headingLevel":"3"} /-->

<!-- wp:ally-widgets/resources {"country":"US","noCrisis":true} /-->

<!-- wp:ally-widgets/guide {"country":"US"} /-->`;

// Markup, script and javascript: addresses in every place a page's author can put them, and attributes
// the widgets do not have. Each would set window.__pwned if it ran.
const HOSTILE = `[ally_tips heading="<img src=x onerror=window.__pwned=1>Tips" heading_level="9" layout="<b>cards</b>" onclick="window.__pwned=2" tips="listen,<i>x</i>"]

[ally_crisis heading='"><script>window.__pwned=3</script>' country="<svg onload=window.__pwned=4>" variant="javascript:window.__pwned=5"]

[ally_resources country="US" no_national][ally_resource name="Evil <script>window.__pwned=6</script>Org" href="javascript:window.__pwned=7" onmouseover="window.__pwned=8"]<img src=x onerror=window.__pwned=9>Read this[/ally_resource][/ally_resources]

<!-- wp:ally-widgets/crisis {"heading":"\\u003cscript\\u003ewindow.__pwned=10\\u003c/script\\u003eBlock","onclick":"window.__pwned=11","variant":"\\u0022 onmouseover=\\u0022window.__pwned=12","country":"US"} /-->`;

let site;
let pages;
const browsers = {};

before(async () => {
  if (skip) return;
  site = await startSite({ zip: ZIP });
  const [shortcodes, blocks, hostile, plain] = site.wp('pages', {
    pages: [
      { title: 'Shortcodes', content: SHORTCODES },
      { title: 'Blocks', content: BLOCKS },
      { title: 'Hostile', content: HOSTILE },
      { title: 'No widget', content: 'A page without any widget.' },
    ],
  });
  pages = { shortcodes, blocks, hostile, plain };
  for (const engine of engines) {
    browsers[engine] = await puppeteer.launch(puppeteerOptions(engine));
  }
});

after(async () => {
  for (const browser of Object.values(browsers)) await browser.close();
  await site?.stop();
});

/**
 * Opens a page in a fresh context and returns what a reader sees of each widget (through their shadow
 * roots, the guide's inner widgets included), with every request, error and outside request.
 */
async function visit(engine, url) {
  const context = await browsers[engine].createBrowserContext();
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    requests.push(r.url());
    // A data: address (a theme's inline font) is part of the page; anything else must be this site.
    if (!r.url().startsWith(site.origin) && !r.url().startsWith('data:')) problems.push(`outside request: ${r.url()}`);
  });
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  await page.goto(url, { waitUntil: 'networkidle0' });
  const widgets = await page.evaluate(async () => {
    const all = (root, selector) => [
      ...root.querySelectorAll(selector),
      ...[...root.querySelectorAll('*')].filter((e) => e.shadowRoot).flatMap((e) => all(e.shadowRoot, selector)),
    ];
    // What a widget shows: its shadow root, and the shadow roots of the widgets inside it (the guide's).
    const inside = (el, selector) => all(el.shadowRoot, selector);
    const text = (n) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const tags = 'ally-tips, ally-resources, ally-crisis, ally-guide';
    for (const el of all(document, tags)) {
      await customElements.whenDefined(el.localName);
      await el.updateComplete;
    }
    return [...document.querySelectorAll(tags)].map((el) => {
      const heading = el.shadowRoot?.querySelector('[part="heading"], [part="crisis-heading"]');
      return {
        tag: el.localName,
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        heading: heading && { level: heading.localName, text: text(heading) },
        tips: inside(el, '[part="toggle"]').map(text),
        organizations: inside(el, '[part="resource-name"]').map(text),
        own: text(inside(el, '[part="own-heading"]')[0]),
        tel: inside(el, 'a[href^="tel:"]').map((a) => a.getAttribute('href')),
        links: inside(el, 'a[href]').map((a) => a.getAttribute('href')),
        picker: inside(el, '[part="country-picker"]').length > 0,
        text: text(el.shadowRoot),
      };
    });
  });
  await new Promise((r) => setTimeout(r, 300));
  const pwned = await page.evaluate(() => window.__pwned ?? null);
  const html = await page.content();
  await context.close();
  return { widgets, problems, requests, pwned, html };
}

/** The one widget of a tag on a visited page. */
const widget = (seen, tag, index = 0) => seen.widgets.filter((w) => w.tag === tag)[index];

/** A browser context logged in to the dashboard. */
async function logIn(user, password) {
  const context = await browsers[engines[0]].createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${site.origin}/wp-login.php`, { waitUntil: 'networkidle0' });
  await page.type('#user_login', user);
  await page.type('#user_pass', password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('#wp-submit')]);
  return { context, page };
}

test('the zip holds the folder ally-widgets/ with the plugin, its readme.txt and the widget files', { skip }, () => {
  const names = execFileSync('unzip', ['-Z1', ZIP], { encoding: 'utf8' }).trim().split('\n');
  assert.ok(
    names.every((n) => n.startsWith('ally-widgets/')),
    names.join(' '),
  );
  for (const file of [
    'ally-widgets.php',
    'readme.txt',
    'uninstall.php',
    'widgets.json',
    'assets/ally-widgets.js',
    'assets/ally-widgets.css',
    'editor/blocks.js',
  ]) {
    assert.ok(names.includes(`ally-widgets/${file}`), `ally-widgets/${file} is in the zip`);
  }
  assert.ok(
    names.some((n) => /^ally-widgets\/assets\/part-orgs-us-[\w-]+\.js$/.test(n)),
    'the content parts are beside the script',
  );
  const readme = execFileSync('unzip', ['-p', ZIP, 'ally-widgets/readme.txt'], { encoding: 'utf8' });
  assert.match(readme, /^=== Ally Widgets ===\n/);
  for (const header of ['Requires at least: 6.1', 'Requires PHP: 7.4', `Stable tag: ${version}`, 'License: MIT'])
    assert.ok(readme.includes(`\n${header}\n`), header);
  for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog'])
    assert.ok(readme.includes(`\n== ${section} ==\n`), section);
});

test('WordPress activates the plugin, and reads its name, version and requirements', { skip }, () => {
  const { error, active, data } = site.wp('activate', { plugin: PLUGIN });
  assert.equal(error, null);
  assert.equal(active, true);
  assert.equal(data.Name, 'Ally Widgets');
  assert.equal(data.Version, version);
  assert.equal(data.RequiresWP, '6.1');
  assert.equal(data.RequiresPHP, '7.4');
});

for (const engine of engines) {
  test(`${engine}: every shortcode shows its widget, with the crisis line and the page's own resource`, { skip }, async () => {
    const seen = await visit(engine, pages.shortcodes.url);
    assert.deepEqual(seen.problems, []);
    assert.deepEqual(
      seen.widgets.map((w) => w.tag),
      ['ally-tips', 'ally-crisis', 'ally-resources', 'ally-guide'],
    );
    const tips = widget(seen, 'ally-tips');
    assert.deepEqual(tips.heading, { level: 'h3', text: 'Helping a coworker' });
    assert.deepEqual(tips.tips, ['Listen actively', 'Be patient and keep showing up']);
    assert.equal(tips.attributes.layout, 'cards');
    assert.ok(tips.tel.length > 0, 'the tips end with a crisis line to call');

    const crisis = widget(seen, 'ally-crisis');
    assert.ok(crisis.tel.includes('tel:999'), `GB's emergency number: ${crisis.tel}`);
    assert.equal(crisis.attributes.variant, 'inline');

    const resources = widget(seen, 'ally-resources');
    assert.deepEqual(resources.organizations, ['Acme EAP']);
    assert.equal(resources.own, 'From your organization');
    assert.ok(resources.tel.includes('tel:988'), `988: ${resources.tel}`);
    assert.ok(resources.tel.includes('tel:+18005550100'), `the EAP's number: ${resources.tel}`);
    assert.ok(
      resources.links.some((href) => /^https:\/\/eap\.example\.com\/?$/.test(href)),
      resources.links.join(' '),
    );
    assert.match(resources.text, /Free, confidential counseling for employees/);
    assert.match(resources.text, /24\/7/);

    const guide = widget(seen, 'ally-guide');
    assert.ok(guide.tel.includes('tel:999'), `the guide shows GB's lines: ${guide.tel}`);
    assert.equal(guide.picker, false, 'no-country-picker (written with a hyphen) hides the picker');
    assert.equal(guide.tips.length, 4);

    // The files come from the plugin's own folder on this site, nowhere else.
    const files = seen.requests.filter((r) => /\.(js|css)(\?|$)/.test(r) && /ally-widgets/.test(r));
    assert.ok(files.length >= 2, files.join(' '));
    for (const file of files) assert.ok(file.startsWith(`${site.origin}/wp-content/plugins/ally-widgets/assets/`), file);
  });

  test(`${engine}: every block renders its widget from the block's attributes`, { skip }, async () => {
    const seen = await visit(engine, pages.blocks.url);
    assert.deepEqual(seen.problems, []);
    assert.deepEqual(
      seen.widgets.map((w) => w.tag),
      ['ally-tips', 'ally-crisis', 'ally-resources', 'ally-guide'],
    );
    const tips = widget(seen, 'ally-tips');
    assert.deepEqual(tips.tips, ['Educate yourself']);
    assert.equal(tips.attributes.class, 'wp-block-ally-widgets-tips');
    const crisis = widget(seen, 'ally-crisis');
    assert.equal(crisis.heading.level, 'h3');
    assert.ok(crisis.tel.includes('tel:999'));
    const resources = widget(seen, 'ally-resources');
    assert.ok('no-crisis' in resources.attributes);
    assert.ok(resources.organizations.includes('Mental Health America'), resources.organizations.join(', '));
    assert.ok(widget(seen, 'ally-guide').tel.includes('tel:988'));
  });

  test(`${engine}: markup, scripts and javascript: in attributes are escaped or dropped, never run`, { skip }, async () => {
    const seen = await visit(engine, pages.hostile.url);
    assert.equal(seen.pwned, null, 'no script of the attributes ran');
    assert.deepEqual(seen.problems, []);
    const [tips, crisis, resources, block] = seen.widgets;
    assert.deepEqual(
      tips.attributes,
      { heading: 'Tips', tips: 'listen' },
      'markup stripped; unknown attributes and disallowed values dropped',
    );
    assert.deepEqual(tips.heading, { level: 'h2', text: 'Tips' });
    // Whatever WordPress's shortcode parser leaves of the heading, the rest of its value is never markup.
    assert.ok(
      Object.keys(crisis.attributes).every((name) => name === 'heading'),
      Object.keys(crisis.attributes).join(' '),
    );
    assert.doesNotMatch(crisis.heading.text, /</);
    assert.deepEqual(resources.organizations, ['Evil Org']);
    assert.ok(!resources.links.some((href) => /javascript/i.test(href)), resources.links.join(' '));
    assert.match(resources.text, /Read this/);
    assert.deepEqual(block.attributes, { heading: 'Block', country: 'US', class: 'wp-block-ally-widgets-crisis' });
    // In the page WordPress sent, no widget element carries an event handler or a script.
    for (const tag of seen.html.match(/<ally-[a-z]+[^>]*>/g)) assert.doesNotMatch(tag, /\son\w+=|javascript:|<script/i, tag);
  });

  test(`${engine}: a page without a widget loads none of the widget files`, { skip }, async () => {
    const seen = await visit(engine, pages.plain.url);
    assert.deepEqual(seen.widgets, []);
    assert.deepEqual(
      seen.requests.filter((r) => r.includes('ally-widgets')),
      [],
    );
  });
}

test('the block editor previews a block with its server-rendered widget, and has a control for each attribute', { skip }, async () => {
  const { context, page } = await logIn(site.admin.user, site.admin.password);
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${site.origin}/wp-admin/post.php?post=${pages.blocks.id}&action=edit`, { waitUntil: 'networkidle0' });
  const toggles = await page.waitForFunction(
    () => {
      const tips = document.querySelector('.wp-block-ally-widgets-tips ally-tips');
      const titles = [...(tips?.shadowRoot?.querySelectorAll('[part="toggle"]') ?? [])].map((b) => b.textContent.trim());
      return titles.length && titles;
    },
    { timeout: 60000 },
  );
  assert.deepEqual(await toggles.jsonValue(), ['Educate yourself']);
  const type = await page.evaluate(() => {
    const t = window.wp.blocks.getBlockType('ally-widgets/tips');
    return { title: t.title, attributes: Object.keys(t.attributes) };
  });
  assert.equal(type.title, 'Ally: tips for supporting someone');
  for (const name of ['tips', 'layout', 'open', 'noCrisis', 'heading', 'headingLevel', 'country', 'noCountryPicker', 'theme', 'lang']) {
    assert.ok(type.attributes.includes(name), `${name} in ${type.attributes}`);
  }
  // Selecting the block shows its controls in the sidebar.
  await page.evaluate(() => {
    const block = window.wp.data.select('core/block-editor').getBlocks()[0];
    window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  });
  const labels = await page.waitForFunction(
    () => {
      const found = [...document.querySelectorAll('.block-editor-block-inspector label')].map((l) => l.textContent.trim());
      return found.includes('Layout') && found;
    },
    { timeout: 10000 },
  );
  const shown = await labels.jsonValue();
  for (const label of ['Layout', 'Heading', 'Heading level', 'Country', 'Theme', 'listen', 'educate'])
    assert.ok(shown.includes(label), `${label} in ${shown}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the settings page saves the organization's resources and defaults, and every widget shows them", { skip }, async () => {
  const { context, page } = await logIn(site.admin.user, site.admin.password);
  await page.goto(`${site.origin}/wp-admin/options-general.php?page=ally-widgets`, { waitUntil: 'networkidle0' });
  // Every field has a label.
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll('form input:not([type=hidden]):not([type=submit]), form select, form textarea')]
      .filter((f) => !f.labels?.length)
      .map((f) => f.name),
  );
  assert.deepEqual(unlabelled, []);
  await page.type('#ally-widgets-resource-0-name', 'Northwind EAP');
  await page.type('#ally-widgets-resource-0-phone', '+1 800 555 0199');
  await page.type('#ally-widgets-resource-0-href', 'https://eap.northwind.example');
  await page.type('#ally-widgets-resource-0-hours', 'Mon–Fri 9am–5pm');
  await page.type('#ally-widgets-resource-0-description', 'Free counseling for staff and their families');
  // A second resource with markup and a javascript: address: kept as text, without the link.
  await page.type('#ally-widgets-resource-1-name', '<b>Peer</b> support');
  await page.evaluate(() => {
    // type="url" would refuse it in the browser: an attacker posts the form without the browser's checks.
    const field = document.querySelector('#ally-widgets-resource-1-href');
    field.type = 'text';
    field.value = 'javascript:window.__pwned=1';
  });
  await page.select('#ally-widgets-theme', 'dark');
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('#submit')]);
  assert.match(await page.$eval('#setting-error-settings_updated', (n) => n.textContent), /Settings saved/);
  assert.equal(await page.$eval('#ally-widgets-resource-0-name', (n) => n.value), 'Northwind EAP');
  assert.equal(await page.$eval('#ally-widgets-resource-2-name', (n) => n.value), '', 'empty rows for more resources');
  await context.close();

  const saved = site.wp('option', { name: 'ally_widgets' });
  assert.equal(saved.theme, 'dark');
  assert.deepEqual(
    saved.resources.map((r) => [r.name, r.href]),
    [
      ['Northwind EAP', 'https://eap.northwind.example'],
      ['Peer support', ''],
    ],
  );

  const seen = await visit(engines[0], pages.shortcodes.url);
  assert.deepEqual(seen.problems, []);
  for (const w of seen.widgets) assert.equal(w.attributes.theme, 'dark', `${w.tag} takes the site's theme`);
  const resources = widget(seen, 'ally-resources');
  assert.deepEqual(resources.organizations, ['Northwind EAP', 'Peer support', 'Acme EAP'], "the site's resources, then the page's");
  assert.ok(resources.tel.includes('tel:+18005550199'));
  assert.match(resources.text, /Free counseling for staff and their families/);
  assert.match(resources.text, /Mon–Fri 9am–5pm/);
  const guide = widget(seen, 'ally-guide');
  assert.ok(guide.organizations.includes('Northwind EAP'), guide.organizations.join(', '));
  const blocks = await visit(engines[0], pages.blocks.url);
  assert.ok(widget(blocks, 'ally-resources').organizations.includes('Northwind EAP'));
});

test('the settings form changes nothing without a valid nonce, or for a user who may not manage options', { skip }, async () => {
  const before = site.wp('option', { name: 'ally_widgets' });
  const post = async (cookies, fields) => {
    const body = new URLSearchParams({
      option_page: 'ally_widgets',
      action: 'update',
      'ally_widgets[resources][0][name]': 'Injected',
      ...fields,
    });
    const response = await fetch(`${site.origin}/wp-admin/options.php`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '), 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    return { status: response.status, text: await response.text() };
  };
  const admin = await logIn(site.admin.user, site.admin.password);
  const adminCookies = await admin.page.cookies();
  const forged = await post(adminCookies, { _wpnonce: 'forged', _wp_http_referer: '/wp-admin/options-general.php?page=ally-widgets' });
  assert.equal(forged.status, 403);
  assert.match(forged.text, /The link you followed has expired/);
  assert.equal((await post(adminCookies, {})).status, 403, 'no nonce at all');
  await admin.context.close();

  // A subscriber sees no settings page, and options.php refuses even a form with a nonce of theirs.
  site.wp('user', { user: 'reader', password: 'reader-password', role: 'subscriber' });
  const reader = await logIn('reader', 'reader-password');
  const response = await reader.page.goto(`${site.origin}/wp-admin/options-general.php?page=ally-widgets`);
  assert.equal(response.status(), 403);
  const nonce = await reader.page.evaluate(() =>
    fetch('/wp-admin/profile.php')
      .then((r) => r.text())
      .then((t) => /name="_wpnonce" value="(\w+)"/.exec(t)?.[1]),
  );
  const refused = await post(await reader.page.cookies(), { _wpnonce: nonce ?? '' });
  assert.equal(refused.status, 403);
  await reader.context.close();
  assert.deepEqual(site.wp('option', { name: 'ally_widgets' }), before);
});

test('WordPress logged no PHP notice, warning or deprecation from the plugin (WP_DEBUG)', { skip }, () => {
  const lines = site.debugLog().split('\n').filter(Boolean);
  const ours = lines.filter((l) => l.includes('/plugins/ally-widgets/'));
  assert.deepEqual(ours, []);
  // WordPress 6.1's own deprecations under PHP 8.2 are not ours; counted so a change shows.
  console.log(`debug.log: ${lines.length} lines, none from the plugin`);
});
