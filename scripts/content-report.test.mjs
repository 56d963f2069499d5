// Tests of `npm run content:report`: its table for the fixture content folder on a fixed day, and the
// review periods it counts with (scripts/sources/report.mjs).
import { loadContent } from './content/load.mjs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DUE_SOON_DAYS, REVIEW_MONTHS, dueDate, dueStatus, isDay } from './sources/report.mjs';

const CLI = fileURLToPath(new URL('content-report.mjs', import.meta.url));
const FIXTURE = fileURLToPath(new URL('sources/fixture', import.meta.url));
const run = (...args) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

test('the report lists every item, oldest review first, with what is due and its sources', () => {
  const { status, stdout, stderr } = run(FIXTURE, '--today', '2026-11-29');
  assert.equal(stderr, '');
  assert.equal(status, 0);
  assert.equal(
    stdout,
    `Content review report, 2026-11-29
An item is due 12 months after its review; "status" marks what is overdue or falls due within 60 days (by 2027-01-28).

reviewed    due         status               item                         sources
----------  ----------  -------------------  ---------------------------  -------
2025-06-01  2026-06-01  overdue by 181 days  tips.yaml old-tip            The good page <http://fixture.invalid/good>
2026-01-10  2027-01-10  due in 42 days       countries.yaml XX            The good page <http://fixture.invalid/good>
2026-01-15  2027-01-15  due in 47 days       resources.yaml good-line     The good page <http://fixture.invalid/good>
                                                                          The good page, before it moved <http://fixture.invalid/moved>
2026-02-01  2027-02-01                       resources.yaml gone-line     A page that is gone <http://fixture.invalid/gone>
2026-03-01  2027-03-01                       guide.yaml guide             A page that fails once <http://fixture.invalid/flaky>
2026-10-20  2027-10-20                       resources.yaml changed-line  A page that changed <http://fixture.invalid/changed>
2026-11-20  2027-11-20                       resources.yaml slow-line     A server that never answers <http://fixture.invalid/slow>
2026-11-20  2027-11-20                       resources.yaml down-line     A server that always fails <http://fixture.invalid/down>
2026-11-20  2027-11-20                       countries.yaml default       The good page <http://fixture.invalid/good>

9 items: 1 overdue, 2 due within 60 days, 6 later.
`,
  );
});

test('the shipped content makes a report', () => {
  const { status, stdout } = run('--today', '2026-11-29');
  assert.equal(status, 0);
  assert.match(stdout, /\n\d+ items: \d+ overdue, \d+ due within 60 days, \d+ later\.\n$/);
  // Read from the content, not written here, so a re-review breaks nothing: the 988 Lifeline's first source.
  const [first] = loadContent('content').content.resources['lifeline-988'].sources;
  const row = stdout.split('\n').find((line) => / resources\.yaml lifeline-988 /.test(line));
  assert.ok(row?.endsWith(`${first.title} <${first.url}>`), row);
});

test('a wrong day or folder is one line and exit 2', () => {
  const badDay = run(FIXTURE, '--today', '2026-02-30');
  assert.equal(badDay.status, 2);
  assert.equal(badDay.stderr, 'content:report: --today must be a date written YYYY-MM-DD (found "2026-02-30")\n');
  const noFolder = run('/no/such/folder');
  assert.equal(noFolder.status, 2);
  assert.equal(noFolder.stderr, 'content:report: cannot read the content:\n  - /no/such/folder: no such content folder\n');
});

test('an item is due twelve months after its review; "soon" is the next 60 days', () => {
  assert.equal(REVIEW_MONTHS, 12);
  assert.equal(DUE_SOON_DAYS, 60);
  assert.equal(dueDate('2026-11-25'), '2027-11-25');
  assert.equal(dueDate('2024-02-29'), '2025-02-28'); // no 29 February: the month's last day
  assert.equal(dueDate('2026-08-31', 6), '2027-02-28');
  assert.deepEqual(dueStatus('2026-11-28', '2026-11-29'), { kind: 'overdue', text: 'overdue by 1 day' });
  assert.deepEqual(dueStatus('2026-11-29', '2026-11-29'), { kind: 'soon', text: 'due today' });
  assert.deepEqual(dueStatus('2027-01-28', '2026-11-29'), { kind: 'soon', text: 'due in 60 days' });
  assert.deepEqual(dueStatus('2027-01-29', '2026-11-29'), { kind: 'later', text: '' });
  assert.ok(isDay('2028-02-29') && !isDay('2027-02-29') && !isDay('29/11/2026'));
});
