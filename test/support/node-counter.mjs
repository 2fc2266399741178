// A node:test reporter that writes only the counts, as JSON, for scripts/test.mjs to add up.
export default async function* counter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    // Suites report too; count only leaf tests (nesting is 0-based, suites have children).
    if (event.type === 'test:pass' && event.data.details?.type !== 'suite') {
      if (event.data.skip || event.data.todo) totals.skipped++;
      else totals.passed++;
    }
    if (event.type === 'test:fail' && event.data.details?.type !== 'suite') totals.failed++;
  }
  yield JSON.stringify(totals);
}
