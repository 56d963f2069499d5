// Turns the samples into what a reader needs: per cell (variant × widget count × network) the median
// and the spread of each metric, and the ratio of its median to the static page's — on a shared, noisy
// machine single runs mean little, medians of interleaved runs do.
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem, type as osType, release } from 'node:os';

/** The metrics, in table order: how to name, round and compare each. */
export const METRICS = [
  { key: 'contentMs', label: 'content painted, ms', digits: 0 },
  { key: 'scriptMs', label: 'scripting, ms', digits: 1 },
  { key: 'cls', label: 'CLS', digits: 3 },
  { key: 'heapMB', label: 'JS heap, MB', digits: 2 },
  { key: 'domNodes', label: 'DOM nodes', digits: 0 },
  { key: 'kb', label: 'transferred, KB', digits: 1 },
];

function quantile(sorted, q) {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo] + (sorted[Math.ceil(i)] - sorted[lo]) * (i - lo);
}

export function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), min: s[0], max: s.at(-1), q1: quantile(s, 0.25), q3: quantile(s, 0.75), n: s.length };
}

/** Ratio of two medians, or null where the baseline is (near) zero and a ratio would mean nothing. */
function ratio(value, base, digits) {
  return Math.abs(base) < 10 ** -digits / 2 ? null : value / base;
}

/** cells: [{ variant, widgets, network, samples: [sample…] }] → the same with stats and ratios added. */
export function summarize(cells) {
  const summarized = cells.map((c) => ({
    ...c,
    stats: Object.fromEntries(METRICS.map((m) => [m.key, stats(c.samples.map((s) => s[m.key]))])),
  }));
  for (const c of summarized) {
    const base = summarized.find((b) => b.variant === 'static' && b.widgets === c.widgets && b.network === c.network);
    c.ratioToStatic = Object.fromEntries(
      METRICS.map((m) => [m.key, base ? ratio(c.stats[m.key].median, base.stats[m.key].median, m.digits) : null]),
    );
  }
  return summarized;
}

const fixed = (v, digits) => v.toFixed(digits);

/** "412 (398–430) ×1.85": median, then min–max when the runs differ, then the ratio to static. */
function cell(c, m) {
  const { median, min, max } = c.stats[m.key];
  let text = fixed(median, m.digits);
  if (fixed(min, m.digits) !== fixed(max, m.digits)) text += ` (${fixed(min, m.digits)}–${fixed(max, m.digits)})`;
  if (c.variant !== 'static') {
    const r = c.ratioToStatic[m.key];
    text += r === null ? ' ×—' : ` ×${r.toFixed(2)}`;
  }
  return text;
}

/** A Markdown table, readable as plain text too. */
export function table(summarized) {
  const head = ['network', 'widgets', 'variant', ...METRICS.map((m) => m.label)];
  const rows = summarized.map((c) => [c.network, String(c.widgets), c.variant, ...METRICS.map((m) => cell(c, m))]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((v, i) => (i < 3 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i < 3 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

/**
 * library ÷ vanilla for time to content and scripting: what the framework and its content code cost (or
 * library ÷ another variant, such as the baseline build).
 */
export function libraryVsVanilla(summarized, other = 'vanilla') {
  const out = [];
  for (const lib of summarized.filter((c) => c.variant === 'library')) {
    const van = summarized.find((c) => c.variant === other && c.widgets === lib.widgets && c.network === lib.network);
    if (!van) continue;
    const r = (k) => lib.stats[k].median / van.stats[k].median;
    out.push({ network: lib.network, widgets: lib.widgets, contentMs: r('contentMs'), scriptMs: r('scriptMs') });
  }
  return out;
}

export function machineInfo(chromiumVersion) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  return {
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
    loadAverage: loadavg().map((l) => Number(l.toFixed(2))),
  };
}
