// The test server's side of test/embed/: the built iframe page (dist/embed/) and static site (dist/site/)
// served as a plain static host serves them — the files' bytes as they are, no dev-server transforms or
// injected scripts — with each HTML page's own Content-Security-Policy sent as a header too.
//
//   /dist/embed/…, /dist/site/…          the files, byte for byte
//   /probe/dist/…                        the same files (and dist/cdn/); HTML pages get the test's probe (probe.js:
//                                        console warnings and errors, policy violations) and axe-core,
//                                        as same-origin scripts the page's own policy allows
//   POST /pasted  (body: HTML)           keeps a page a test pasted a snippet into; answers its address,
//   /pasted/<n>.html                     served like the others, with a strict host's policy
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const DIST = resolve('dist');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const PROBE = '<script src="/test/embed/probe.js"></script><script src="/node_modules/axe-core/axe.min.js"></script>';
/**
 * A strict host page that shows iframes of its own site: the widgets' documented policy (README, "Strict
 * Content Security Policy"), with frame-src for the iframe code.
 */
export const HOST_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; frame-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** The policy a page declares in its <meta http-equiv="Content-Security-Policy">. */
const policyOf = (html) => /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];

/** The probe goes last in <head>: after the page's policy, which then applies to it, and before any module runs. */
const probed = (html) => html.replace('</head>', `${PROBE}</head>`);

export function builtFiles() {
  const pasted = [];
  return async (ctx, next) => {
    if (ctx.method === 'POST' && ctx.path === '/pasted') {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      pasted.push(Buffer.concat(chunks).toString('utf8'));
      ctx.body = { url: `/pasted/${pasted.length}.html` };
      return;
    }
    const paste = /^\/pasted\/(\d+)\.html$/.exec(ctx.path);
    if (paste && pasted[paste[1] - 1] !== undefined) {
      ctx.type = TYPES['.html'];
      ctx.set('Content-Security-Policy', HOST_CSP);
      ctx.body = probed(pasted[paste[1] - 1]);
      return;
    }
    // (Under /probe/ also the script-tag files the iframe page imports from ../cdn/.)
    const match = /^(\/probe)?\/dist\/((embed|site|cdn)\/.*)$/.exec(ctx.path);
    if (!match || (match[3] === 'cdn' && !match[1])) return next();
    const file = resolve(DIST, match[2].endsWith('/') ? `${match[2]}index.html` : match[2]);
    if (!file.startsWith(DIST + sep)) return next();
    let body;
    try {
      body = await readFile(file);
    } catch {
      return next();
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    ctx.type = type;
    if (type.startsWith('text/html')) {
      const html = body.toString('utf8');
      const policy = policyOf(html);
      if (policy) ctx.set('Content-Security-Policy', policy);
      body = match[1] ? probed(html) : body;
    }
    ctx.body = body;
  };
}
