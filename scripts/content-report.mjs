// npm run content:report [-- <content folder>] [--today YYYY-MM-DD]
// Lists every item of the content (tips, crisis lines and organizations, countries, the guide), the one
// reviewed longest ago first, with its review date, the day it falls due (REVIEW_MONTHS after), whether it
// is overdue or due within DUE_SOON_DAYS, and its sources: a plain table to plan the next review. Reads the
// files only; exits 2 when they cannot be read. The constants are in scripts/sources/report.mjs.
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { readItems } from './sources/items.mjs';
import { formatReport, isDay } from './sources/report.mjs';

function fail(message) {
  console.error(`content:report: ${message}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({ options: { today: { type: 'string' } }, allowPositionals: true });
} catch (error) {
  fail(`${error.message}; use: npm run content:report [-- <content folder>] [--today YYYY-MM-DD]`);
}
const today = args.values.today ?? new Date().toISOString().slice(0, 10);
if (!isDay(today)) fail(`--today must be a date written YYYY-MM-DD (found "${today}")`);
const dir = args.positionals[0] ?? fileURLToPath(new URL('../content', import.meta.url));

const { items, errors } = readItems(dir);
if (errors.length) fail(`cannot read the content:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
process.stdout.on('error', (error) => process.exit(error.code === 'EPIPE' ? 0 : 2));
console.log(formatReport(items, today));
