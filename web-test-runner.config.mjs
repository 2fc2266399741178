import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/support/summary-reporter.mjs';

// Headless Debian Chromium, never a downloaded browser. As root it needs --no-sandbox; the
// background-networking flags stop it from dialling out on a machine with no network.
const browser = chromeLauncher({
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Two test files run at once, in two tabs: neither may be throttled as a background tab.
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
      '--disable-renderer-backgrounding',
    ],
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
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' })],
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 10000 } },
};
