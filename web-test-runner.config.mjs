import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { requireChrome } from './scripts/find-chrome.mjs';
import { CHROME_ARGS } from './test/support/browser.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { createTestEndpoints } from './test/support/test-endpoints.mjs';

// Headless Debian Chromium with the end-to-end tests' flags (see test/support/browser.mjs).
const browser = chromeLauncher({
  launchOptions: {
    executablePath: requireChrome(),
    args: CHROME_ARGS,
  },
});

export default {
  files: ['test/**/*.test.ts'],
  // The production build of Lit, as the bundle ships it (and without its dev-mode banner).
  nodeResolve: { exportConditions: ['production'] },
  // One file at a time: keyboard tests bring their tab to the front, which stalls animation
  // frames (and so fixtures) in a second tab.
  concurrency: 1,
  browsers: [browser],
  // Real HTTP entitlement endpoints for the gate (see test/support/test-endpoints.mjs).
  middleware: [createTestEndpoints().koa],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' })],
  // Progress bars only on a terminal: piped into a log (CI), they are escape codes.
  staticLogging: !process.stdout.isTTY,
  reporters: [defaultReporter({ reportTestProgress: Boolean(process.stdout.isTTY) }), summaryReporter()],
  testFramework: { config: { timeout: 10000 } },
};
