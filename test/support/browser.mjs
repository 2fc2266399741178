// Headless Debian Chromium for the end-to-end tests, driven by puppeteer-core.
import { after, before } from 'node:test';
import puppeteer from 'puppeteer-core';
import { requireChrome } from '../../scripts/find-chrome.mjs';
import { startServer } from '../../demo/server.mjs';

// Never a downloaded browser. As root it needs --no-sandbox; the background-networking flags
// stop it from dialling out on a machine with no network. web-test-runner uses them too.
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The test Chromium; `args` are added to CHROME_ARGS, `options` to puppeteer's (a `userDataDir`, say). */
export function launchBrowser(args = [], options = {}) {
  return puppeteer.launch({
    executablePath: requireChrome(),
    headless: true,
    args: [...CHROME_ARGS, ...args],
    ...options,
  });
}

/**
 * Opens a page that records everything that would tell a reader or a developer something
 * broke: uncaught errors, console errors and warnings, failed requests and HTTP errors.
 */
export async function watchedPage(browser, viewport = { width: 1280, height: 800 }) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, problems };
}

/**
 * Starts the demo server and a browser for the current test file, and stops both after it.
 * Returns an object whose `origin` and `browser` are set once the file's tests run.
 */
export function useDemoSite() {
  const site = { origin: '', browser: undefined, server: undefined };
  before(async () => {
    site.server = await startServer(0);
    site.origin = `http://127.0.0.1:${site.server.address().port}`;
    site.browser = await launchBrowser();
  });
  after(async () => {
    await site.browser?.close();
    await new Promise((done) => (site.server ? site.server.close(done) : done()));
  });
  return site;
}
