// `npm test`: the component tests (web-test-runner, Chromium) and the end-to-end tests
// (node:test driving Chromium with puppeteer-core), then one line: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'paywall-tests-'));
const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
};

const wtrFile = join(dir, 'wtr.json');
const wtr = spawnSync('npx', ['wtr'], { stdio: 'inherit', env: { ...process.env, TEST_SUMMARY_FILE: wtrFile } });
const components = read(wtrFile);
if (wtr.status !== 0 && components.failed === 0) components.failed = 1;

const e2eFile = join(dir, 'e2e.json');
const files = readdirSync('test/e2e')
  .filter((f) => f.endsWith('.test.mjs'))
  .map((f) => join('test/e2e', f));
console.log(`\nEnd-to-end tests (${files.length} files)\n`);
const e2e = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./test/support/node-counter.mjs',
    `--test-reporter-destination=${e2eFile}`,
    ...files,
  ],
  { stdio: 'inherit' },
);
const pages = read(e2eFile);
if (e2e.status !== 0 && pages.failed === 0) pages.failed = 1;

const passed = components.passed + pages.passed;
const failed = components.failed + pages.failed;
console.log(
  `\ncomponents: ${components.passed} passed, ${components.failed} failed; end to end: ${pages.passed} passed, ${pages.failed} failed`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
