// Measures the script-tag bundle as a CDN would serve it, and fails when it grows past the budget.
// Sizes are bytes on the wire, not timings, so the result does not depend on how busy the machine is.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const FILE = 'dist/cdn/ally-widgets.js';
const BUDGET_GZIP = 18 * 1024;

let code;
try {
  code = readFileSync(FILE);
} catch {
  console.error(`size: ${FILE} is missing; run npm run build first.`);
  process.exit(1);
}
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

console.log(`size: ${FILE}: ${kb(code.length)} raw, ${kb(gzip)} gzip (budget ${kb(BUDGET_GZIP)}), ${kb(brotli)} brotli`);
if (gzip > BUDGET_GZIP) {
  console.error(`size: over budget by ${kb(gzip - BUDGET_GZIP)} gzip. Trim code or content, or raise the budget with a reason.`);
  process.exit(1);
}
