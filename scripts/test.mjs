// `npm test`: the component tests (web-test-runner, Chromium), then in one node:test run the
// node tests (test/node: the docs against the built manifest) and the end-to-end tests (test/e2e:
// Chromium driven by puppeteer-core); then one line: `N passed, N failed`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChrome, NO_CHROME } from './find-chrome.mjs';

if (!findChrome()) {
  console.log(NO_CHROME);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'paywall-tests-'));
/** The counts a run wrote; a run that wrote none counts as one failure. */
const countsIn = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
};

/** Terminal control sequences: harmless on a terminal, noise in a log. */
// eslint-disable-next-line no-control-regex -- the escape character is what the pattern is for
const CONTROL_SEQUENCES = /\u001b\[[0-9;?]*[A-Za-z]/g;

/** Runs a command with this process's output; into a log (not a terminal), without control sequences. Resolves to its exit code. */
function run(command, args, env = process.env) {
  const toTerminal = Boolean(process.stdout.isTTY);
  const child = spawn(command, args, { env, stdio: ['ignore', toTerminal ? 'inherit' : 'pipe', 'inherit'] });
  child.stdout?.on('data', (chunk) => process.stdout.write(String(chunk).replace(CONTROL_SEQUENCES, '')));
  return new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
}

const wtrFile = join(dir, 'wtr.json');
const wtrStatus = await run('npx', ['wtr'], { ...process.env, TEST_SUMMARY_FILE: wtrFile });
const components = countsIn(wtrFile);
if (wtrStatus !== 0 && components.failed === 0) components.failed = 1;

const e2eFile = join(dir, 'e2e.json');
const files = ['test/node', 'test/e2e'].flatMap((folder) =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.test.mjs'))
    .map((f) => join(folder, f)),
);
console.log(`\nNode and end-to-end tests (${files.length} files)\n`);
const e2eStatus = await run(process.execPath, [
  '--test',
  '--test-concurrency=1',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=./test/support/node-counter.mjs',
  `--test-reporter-destination=${e2eFile}`,
  ...files,
]);
const pages = countsIn(e2eFile);
if (e2eStatus !== 0 && pages.failed === 0) pages.failed = 1;

const passed = components.passed + pages.passed;
const failed = components.failed + pages.failed;
console.log(
  `\ncomponents: ${components.passed} passed, ${components.failed} failed; node and end to end: ${pages.passed} passed, ${pages.failed} failed`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
