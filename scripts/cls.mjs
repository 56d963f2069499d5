// Measures layout shift (CLS) on a page of paragraphs with four widgets between them, embedded as the
// README recommends: the stylesheet, the module script, then the content parts as module scripts
// (`--no-preload`: the stylesheet and the script, as the README's shortest snippet; `--bare`: the script
// alone). In Chromium (puppeteer-core), full-width and in an article column, English and Spanish, at
// 1280×800 and 360×800, on this machine's network and throttled (150 ms latency, 1.6 Mbps down), so the
// script arrives after the first paint. CLS is the sum of every layout shift's score until the widgets
// have rendered and a second has passed. `--max 0.05` exits 1 when a case scores more.
//   npm run build && node scripts/cls.mjs [--no-preload | --bare] [--runs 3] [--max 0.05]
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { browserBinaries } from './browsers.mjs';

const { values: args } = parseArgs({
  options: {
    bare: { type: 'boolean' },
    'no-preload': { type: 'boolean' },
    runs: { type: 'string', default: '3' },
    max: { type: 'string' },
  },
});
const { files, parts } = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));

const TEXT = {
  en: 'Supporting a friend, a family member or a colleague through a hard time starts with noticing. People who struggle often pull back, sleep badly, or stop doing what they used to enjoy. You do not have to be an expert to help: listening, staying in touch and knowing where to turn make a real difference.',
  es: 'Apoyar a un amigo, a un familiar o a un compañero en un momento difícil empieza por darse cuenta. Las personas que lo pasan mal a menudo se aíslan, duermen mal o dejan de hacer lo que antes disfrutaban. No hace falta ser experto para ayudar: escuchar, mantener el contacto y saber a dónde acudir marcan una gran diferencia.',
};

/** The page: as the embed-code builder writes the tags (the page's language; the guide's words in English). */
function page(lang, layout) {
  const pin = (attr, file) => `${attr}="/cdn/${file}" integrity="${files[file]}" crossorigin="anonymous"`;
  const preload = [...(lang === 'en' ? ['guide-en', 'tips-en', 'details-en', 'orgs-US'] : [`locale-${lang}`]), 'cards', 'prose'];
  const head = [
    ...(args.bare ? [] : [`<link rel="stylesheet" ${pin('href', 'ally-widgets.css')}>`]),
    `<script type="module" ${pin('src', 'ally-widgets.js')}></script>`,
    ...(args.bare || args['no-preload']
      ? []
      : preload.filter((name) => parts[name]).map((name) => `<script type="module" ${pin('src', parts[name])}></script>`)),
  ];
  const p = `<p>${TEXT[lang]}</p>`;
  const column = layout === 'column' ? 'max-width: 45rem; margin: 0 auto; padding: 0 1rem' : 'margin: 8px';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>CLS</title><link rel="icon" href="data:,"><style>body { font-family: Arial, sans-serif; line-height: 1.6; ${column} }</style>
${head.join('\n')}</head><body><h1>${lang === 'es' ? 'Cómo ayudar' : 'How to help'}</h1>
${p}${p}<ally-crisis></ally-crisis>${p}<ally-tips></ally-tips>${p}${p}<ally-resources></ally-resources>${p}<ally-guide></ally-guide>${p}${p}
</body></html>`;
}

// A static server that compresses as a CDN does, so the bundle takes as long as it would.
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const [, lang, layout] = path.match(/^\/(en|es)-(full|column)\.html$/) ?? [];
  let body;
  try {
    body = lang
      ? Buffer.from(page(lang, layout))
      : path.startsWith('/cdn/')
        ? readFileSync(join('dist/cdn', path.slice(5).replace(/\.\./g, '')))
        : null;
  } catch {}
  if (!body) return void res.writeHead(404).end();
  res.writeHead(200, {
    'Content-Type': types[extname(path)] ?? 'application/octet-stream',
    'Content-Encoding': 'gzip',
    'Cache-Control': 'no-store',
  });
  res.end(gzipSync(body));
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: browserBinaries().chromium[0].path,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});

/** One page load: the CLS, and when each shift happened relative to the first paint. */
async function measure(path, width, slow) {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width, height: 800 });
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (slow)
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: 200_000,
      uploadThroughput: 93_750,
    });
  await tab.evaluateOnNewDocument(() => {
    const shifts = (window.__shifts = []);
    new PerformanceObserver((list) => list.getEntries().forEach((e) => e.hadRecentInput || shifts.push([e.startTime, e.value]))).observe({
      type: 'layout-shift',
      buffered: true,
    });
  });
  await tab.goto(origin + path, { waitUntil: 'load' });
  const result = await tab.evaluate(async () => {
    const settle = async (root) => {
      for (const node of [root, ...root.querySelectorAll('*')]) {
        if (!node.updateComplete) continue;
        await node.updateComplete;
        if (node.shadowRoot) await settle(node.shadowRoot);
      }
    };
    for (const tag of ['ally-tips', 'ally-resources', 'ally-crisis', 'ally-guide']) await customElements.whenDefined(tag);
    await settle(document);
    await new Promise((r) => setTimeout(r, 1000));
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    return {
      cls: window.__shifts.reduce((sum, [, v]) => sum + v, 0),
      shifts: window.__shifts.map(([t, v]) => `${v.toFixed(3)}@+${Math.round(t - paint)}ms`),
    };
  });
  await context.close();
  return result;
}

console.log(
  `CLS, ${args.bare ? 'the script alone' : args['no-preload'] ? 'with the stylesheet, without the parts’ scripts' : 'with the stylesheet and the parts’ scripts'} (worst of ${args.runs} runs; shifts: score@time after first paint)`,
);
let worst = 0;
for (const layout of ['full', 'column']) {
  for (const lang of ['en', 'es']) {
    for (const width of [1280, 360]) {
      for (const slow of [false, true]) {
        const runs = [];
        for (let i = 0; i < Number(args.runs); i++) runs.push(await measure(`/${lang}-${layout}.html`, width, slow));
        const max = runs.reduce((a, b) => (b.cls > a.cls ? b : a));
        worst = Math.max(worst, max.cls);
        console.log(
          `${layout.padEnd(6)} ${lang} ${String(width).padStart(4)} ${slow ? 'throttled' : 'local    '}  ${max.cls.toFixed(3)}  ${max.shifts.join(' ')}`,
        );
      }
    }
  }
}
await browser.close();
server.close();
if (args.max && worst > Number(args.max)) {
  console.error(`cls: ${worst.toFixed(3)} is above ${args.max}`);
  process.exit(1);
}
