// Pure functions of `npm run content:report`: when each item falls due for review, and the table.

/** An item is due for review this many months after its `reviewed` date (the content check warns then too). */
export const REVIEW_MONTHS = 12;
/** The report flags what falls due within this many days. */
export const DUE_SOON_DAYS = 60;

const DAY_MS = 86400000;
const day = (iso) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/** The day `months` after `reviewed`; past a month's end, that month's last day (2024-02-29 → 2025-02-28). */
export function dueDate(reviewed, months = REVIEW_MONTHS) {
  const [y, m, d] = reviewed.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return iso(Date.UTC(y, m - 1 + months, Math.min(d, lastDay)));
}

/** How the due date stands on `today`: overdue, due soon, or later (empty). */
export function dueStatus(due, today, soonDays = DUE_SOON_DAYS) {
  const days = Math.round((day(due) - day(today)) / DAY_MS);
  if (days < 0) return { kind: 'overdue', text: `overdue by ${-days} day${days === -1 ? '' : 's'}` };
  if (days === 0) return { kind: 'soon', text: 'due today' };
  if (days <= soonDays) return { kind: 'soon', text: `due in ${days} day${days === 1 ? '' : 's'}` };
  return { kind: 'later', text: '' };
}

/** Whether a string is a real day written YYYY-MM-DD (not 2026-02-30). */
export const isDay = (s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(day(s)) && iso(day(s)) === s;

/** Rows of the report: oldest review first (file order among equals), each source on a row of its own. */
export function reportTable(items, today) {
  const sorted = [...items].sort((a, b) => a.reviewed.localeCompare(b.reviewed));
  const rows = [];
  const counts = { overdue: 0, soon: 0, later: 0 };
  for (const i of sorted) {
    const due = dueDate(i.reviewed);
    const status = dueStatus(due, today);
    counts[status.kind]++;
    i.sources.forEach((s, n) => {
      const source = `${s.title} <${s.url}>`;
      rows.push(n === 0 ? [i.reviewed, due, status.text, `${i.file} ${i.id}`, source] : ['', '', '', '', source]);
    });
  }
  return { rows, counts };
}

/** The report as plain text: a heading, the table, and a count of what is due. */
export function formatReport(items, today) {
  const { rows, counts } = reportTable(items, today);
  const header = ['reviewed', 'due', 'status', 'item', 'sources'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const format = (r) =>
    r
      .map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  const soonEnd = iso(day(today) + DUE_SOON_DAYS * DAY_MS);
  return [
    `Content review report, ${today}`,
    `An item is due ${REVIEW_MONTHS} months after its review; "status" marks what is overdue or falls due within ${DUE_SOON_DAYS} days (by ${soonEnd}).`,
    '',
    format(header),
    format(header.map((h, c) => '-'.repeat(c === header.length - 1 ? h.length : widths[c]))),
    ...rows.map(format),
    '',
    `${items.length} items: ${counts.overdue} overdue, ${counts.soon} due within ${DUE_SOON_DAYS} days, ${counts.later} later.`,
  ].join('\n');
}
