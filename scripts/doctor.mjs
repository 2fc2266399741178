// `npm run doctor -- <url>…`: the paywall doctor from the command line, for a publisher's CI. Opens
// each page in the test Chromium with ?paywall-doctor, which makes the library load its doctor;
// on a page whose library does not (a site's own build of the package), loads the doctor from
// this package's dist/ into it. Prints the findings; exits 1 on any error, 2 when it could not run.
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS } from '../test/support/browser.mjs';
import { requireChrome } from './find-chrome.mjs';

const USAGE = `Usage: npm run doctor -- <url>… [--json] [--timeout <ms>]

Checks the paywall setup of each page and prints every problem with its fix.
  --json          print the report as JSON instead
  --timeout <ms>  how long to wait for the page and the doctor (default 30000)
Exits 1 when there is an error, 2 when the doctor could not run.`;

const DIST = resolve(fileURLToPath(new URL('../dist', import.meta.url)));
/** Where the doctor's files are served from, inside the page's own origin (so that its CSP's 'self' lets them in). */
const PREFIX = '/__paywall-doctor__/';
/**
 * The library's modules that the doctor uses take one thing from Lit by name: `isServer`. An import
 * map points `lit` at Lit's own module for it (served from node_modules under PREFIX), which makes
 * no Trusted Types policy: the doctor still runs on a page whose CSP blocks Lit.
 */
const NODE_MODULES = resolve(fileURLToPath(new URL('../node_modules', import.meta.url)));
const LIT_IMPORTS = { lit: `${PREFIX}node_modules/lit-html/is-server.js` };

function parseArguments(argv) {
  const options = { json: false, timeout: 30_000, urls: [] };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--json') options.json = true;
    else if (argv[i] === '--timeout') options.timeout = Number(argv[++i]);
    else if (!argv[i].startsWith('--')) options.urls.push(argv[i]);
    else return undefined;
  }
  return options.urls.length > 0 && options.timeout > 0 ? options : undefined;
}

/** The page's address with ?paywall-doctor added, which makes the library load the doctor. */
function withDoctor(address) {
  const url = new URL(address);
  url.search += `${url.search ? '&' : '?'}paywall-doctor`;
  return url.href;
}

/** Whether the page loads the library's script-tag build (which loads the doctor itself when asked). */
const loadsLibrary = (page) =>
  page.evaluate(
    () => Symbol.for('paywall-elements') in globalThis || [...document.scripts].some((script) => /paywall-elements/.test(script.src)),
  );

/** The report the page's doctor publishes, or `undefined` when none comes within `timeout` or `givenUp` resolves first. */
async function reportOf(page, timeout, givenUp = new Promise(() => {})) {
  try {
    const report = page.waitForFunction(() => window.paywallDoctorReport, { timeout, polling: 100 });
    const handle = await Promise.race([report, givenUp]);
    return await handle?.jsonValue();
  } catch {
    return undefined;
  }
}

/** Resolves when the page says its library could not load (a Trusted Types policy it refuses, say): its doctor will not come. */
const libraryFailure = (page) =>
  new Promise((resolve) => page.on('console', (message) => /could not be loaded/.test(message.text()) && resolve(undefined)));

/** Serves dist/ under PREFIX on the page's origin, loads the doctor from there and runs it. */
async function injectDoctor(page, timeout) {
  const origin = new URL(page.url()).origin;
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin || !url.pathname.startsWith(PREFIX)) return void request.continue();
    const path = url.pathname.slice(PREFIX.length);
    const [root, relative] = path.startsWith('node_modules/') ? [NODE_MODULES, path.slice('node_modules/'.length)] : [DIST, path];
    const file = normalize(join(root, relative));
    if (!file.startsWith(root + sep) || !existsSync(file)) return void request.respond({ status: 404, body: '' });
    request.respond({ status: 200, contentType: 'text/javascript; charset=utf-8', body: readFileSync(file) });
  });
  await page.evaluate(
    (src, imports) => {
      const map = Object.assign(document.createElement('script'), { type: 'importmap', textContent: JSON.stringify({ imports }) });
      document.head.append(map);
      return import(src).then((doctor) => doctor.runDoctor());
    },
    `${PREFIX}doctor/doctor.js`,
    LIT_IMPORTS,
  );
  return reportOf(page, timeout);
}

/** When the doctor could not run in the page: at least the CSP of its headers, checked here. */
async function headerFindings(headers) {
  const { checkCsp } = await import('../dist/doctor/checks/csp.js');
  const csp = [
    ...(headers['content-security-policy'] ?? '').split(/[,\n]/).map((policy) => ({ from: 'header', policy })),
    ...(headers['content-security-policy-report-only'] ?? '').split(/[,\n]/).map((policy) => ({ from: 'report-only header', policy })),
  ].filter(({ policy }) => policy.trim());
  return checkCsp({ csp, gates: [], litCopies: 1 });
}

function print({ url, findings, notes }) {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  console.log(`Paywall doctor: ${url}`);
  for (const { severity, check, message, fix } of findings) console.log(`\n${severity} (${check}) ${message}\n  Fix: ${fix}`);
  for (const note of notes) console.log(`\nNot checked: ${note}`);
  console.log(
    `\n${errors} error${errors === 1 ? '' : 's'}, ${findings.length - errors} warning${findings.length - errors === 1 ? '' : 's'}.`,
  );
}

/** Opens the page, gets the doctor's report, and says whether the doctor ran. */
async function examine(browser, address, options) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const failed = libraryFailure(page);
  const response = await page.goto(withDoctor(address), { waitUntil: 'load', timeout: options.timeout });
  if (response && !response.ok()) {
    await page.close();
    const fix = 'Check the address, and that the site answers it.';
    return {
      url: address,
      ran: false,
      findings: [{ severity: 'error', check: 'doctor', message: `The page answered HTTP ${response.status()}.`, fix }],
      notes: [],
    };
  }
  const headers = response?.headers() ?? {};
  let report = (await loadsLibrary(page)) ? await reportOf(page, options.timeout, failed) : undefined;
  report ??= await injectDoctor(page, options.timeout).catch(() => undefined);
  await page.close();
  if (report) return { url: address, ran: true, ...report };
  const notRun = {
    severity: 'error',
    check: 'doctor',
    message: `The doctor could not run on the page (HTTP ${response?.status() ?? 'no answer'}).`,
    fix: 'Open the page with ?paywall-doctor in a browser and read its console.',
  };
  return { url: address, ran: false, findings: [notRun, ...(await headerFindings(headers))], notes: [] };
}

/** Each page's outcome; a page that could not be opened is one that the doctor could not run on. */
async function examineAll(browser, options) {
  const outcomes = [];
  for (const address of options.urls) {
    try {
      outcomes.push(await examine(browser, address, options));
    } catch (error) {
      const fix = 'Check the address, and that the site is up.';
      const notOpened = { severity: 'error', check: 'doctor', message: `The page could not be opened: ${error.message}`, fix };
      outcomes.push({ url: address, ran: false, findings: [notOpened], notes: [] });
    }
  }
  return outcomes;
}

const options = parseArguments(process.argv.slice(2));
if (!options) {
  console.error(USAGE);
  process.exit(2);
}
if (!existsSync(join(DIST, 'doctor', 'doctor.js'))) {
  console.error('dist/doctor/doctor.js is missing: run `npm run build` first.');
  process.exit(2);
}
const browser = await puppeteer.launch({ executablePath: requireChrome(), headless: true, args: CHROME_ARGS });
const outcomes = await examineAll(browser, options).finally(() => browser.close());
if (options.json) console.log(JSON.stringify(outcomes, null, 2));
else outcomes.forEach(print);
const hasError = outcomes.some((outcome) => outcome.findings.some((finding) => finding.severity === 'error'));
process.exitCode = outcomes.some((outcome) => !outcome.ran) ? 2 : hasError ? 1 : 0;
