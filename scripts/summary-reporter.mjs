// web-test-runner prints no closing totals; this reporter prints one line per engine and an overall line,
// so a person (or CI log reader) sees at once what ran where.
function count(results, into) {
  if (!results) return;
  for (const t of results.tests) {
    if (t.skipped) into.skipped++;
    else if (t.passed) into.passed++;
    else into.failed++;
  }
  for (const s of results.suites) count(s, into);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const perBrowser = new Map();
      let sessionErrors = 0;
      for (const s of sessions) {
        const name = s.browser.name;
        const c = perBrowser.get(name) ?? { passed: 0, failed: 0, skipped: 0, files: 0 };
        c.files++;
        count(s.testResults, c);
        if (!s.passed && (s.errors?.length ?? 0) > 0) sessionErrors++;
        perBrowser.set(name, c);
      }
      const total = { passed: 0, failed: 0, skipped: 0 };
      console.log('');
      for (const [name, c] of perBrowser) {
        console.log(`tests in ${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped (${c.files} files)`);
        total.passed += c.passed;
        total.failed += c.failed;
        total.skipped += c.skipped;
      }
      console.log(
        `tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped` +
          (sessionErrors ? `, ${sessionErrors} test files with load errors` : ''),
      );
    },
  };
}
