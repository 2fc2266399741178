// Where the tests, benchmarks and screenshots find a browser: CHROME_PATH, then the usual places
// of Chromium and Chrome. Never a downloaded one.
import { existsSync } from 'node:fs';

const USUAL_PLACES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** What to do when there is none, in one line. */
export const NO_CHROME =
  'No Chromium or Chrome found: install one (Debian or Ubuntu: apt-get install -y chromium; macOS: brew install --cask chromium) or set CHROME_PATH to its executable.';

/** The browser's executable, or `undefined` when there is none. */
export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return USUAL_PLACES.find((path) => existsSync(path));
}

/** The browser's executable; exits with NO_CHROME when there is none. */
export function requireChrome() {
  const chrome = findChrome();
  if (!chrome) {
    console.error(NO_CHROME);
    process.exit(1);
  }
  return chrome;
}
