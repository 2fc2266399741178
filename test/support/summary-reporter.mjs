import { writeFileSync } from 'node:fs';

// Ends every run with the one line CI reads: `N passed, N failed`. A test file that fails to
// load or throws outside a test counts as one failure, so a broken file can never pass silently.

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) count(child, totals);
}

export function summaryReporter() {
  let totals;
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.failed;
        if (session.testResults) count(session.testResults, totals);
        if (totals.failed === before && (session.errors.length > 0 || session.passed === false)) totals.failed++;
      }
    },
    stop() {
      if (!totals) return;
      // scripts/test.mjs adds these to the end-to-end counts; run alone, wtr prints them last.
      if (process.env.TEST_SUMMARY_FILE) writeFileSync(process.env.TEST_SUMMARY_FILE, JSON.stringify(totals));
      else process.once('exit', () => process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed\n`));
    },
  };
}
