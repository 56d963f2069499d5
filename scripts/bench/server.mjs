// A tiny static server for the benchmark pages, on 127.0.0.1 and a free port. It sends html, js and css
// gzip-encoded, as any CDN or web server would, so the bytes counted and the time spent on a throttled
// network are realistic; and it forbids caching, so every run downloads what a first visit downloads.
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/**
 * Serves files under `routes` (URL prefix → folder), e.g. { '/': site, '/cdn/': 'dist/cdn' }, from a
 * process of its own: the benchmark's own process handles the browser's events (every request is one),
 * and a page's files must not wait for that. Resolves to { origin, close() }.
 */
export async function startServer(routes) {
  const child = fork(fileURLToPath(import.meta.url), [JSON.stringify(routes)], { stdio: 'inherit' });
  const origin = await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the bench server exited (${code})`)));
  });
  return {
    origin,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { origin } = await serve(JSON.parse(process.argv[2]));
  process.send(origin);
  process.on('disconnect', () => process.exit(0));
}

async function serve(routes) {
  // Compressed bodies are kept in memory: compressing the same file per request would only add noise
  // to the page's timings (the browser's cache is still off: see the Cache-Control header below).
  const bodies = new Map();
  const prefixes = Object.keys(routes).sort((a, b) => b.length - a.length);

  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const prefix = prefixes.find((p) => path.startsWith(p));
    const rest = normalize(path.slice(prefix?.length ?? 0) || 'index.html');
    if (!prefix || rest.startsWith('..')) return void res.writeHead(404).end();
    const file = join(routes[prefix], rest);
    const type = TYPES[extname(file)];
    let body = bodies.get(file);
    try {
      if (!body) {
        const raw = readFileSync(file);
        body = type ? gzipSync(raw, { level: 6 }) : raw;
        bodies.set(file, body);
      }
    } catch {
      return void res.writeHead(path === '/favicon.ico' ? 204 : 404, { 'Cache-Control': 'no-store' }).end();
    }
    res.writeHead(200, {
      'Content-Type': type ?? 'application/octet-stream',
      ...(type && { 'Content-Encoding': 'gzip' }),
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
    });
    res.end(body);
  });
  // Keep-alive sockets would hold close() open; the benchmark closes them when it is done.
  const sockets = new Set();
  server.on('connection', (s) => (sockets.add(s), s.on('close', () => sockets.delete(s))));
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
