// A Web Test Runner reporter that ends the output with one plain line, e.g. "wtr: 12 passed, 0 failed".
// A test file that fails to load counts as one failed test.

function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  let totals = { passed: 0, failed: 0, skipped: 0 };
  let finished = false;
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        const brokenFile = !session.passed && (session.errors?.length ?? 0) > 0;
        const noTests = !session.testResults || (session.testResults.tests.length === 0 && session.testResults.suites.length === 0);
        if (brokenFile && noTests) totals.failed += 1;
      }
      finished = true;
    },
    stop() {
      process.once('exit', () => {
        if (!finished) return;
        const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
        process.stdout.write(`\nwtr: ${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
      });
    },
  };
}
