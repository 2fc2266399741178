// The paywall doctor on whole pages: every page of the demo site passes with no errors (bar the
// states page's endpoint, down on purpose), and the seed page's raw {{free_limit}} is found, by the
// doctor in the page (?paywall-doctor) and by `npm run doctor` from the command line.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createReadStream, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../demo/server.mjs';
import { launchBrowser } from '../support/browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SEED_PAGE = '/fixtures/doctor/seed-page.html';
const LIT_BLOCKED = '/fixtures/doctor/lit-blocked.html';
/** Headers a fixture is served with: Trusted Types that refuse Lit's policy, in the header only. */
const FIXTURE_HEADERS = { [LIT_BLOCKED]: { 'content-security-policy': 'trusted-types paywall-elements' } };

/** The demo's pages that load the library's script tag (blank.html is the benchmarks' empty page; bundled.html has its own build). */
const DEMO_PAGES = [
  ...readdirSync(`${root}/demo`).filter((file) => file.endsWith('.html') && !['blank.html', 'bundled.html'].includes(file)),
  ...readdirSync(`${root}/demo/articles`).map((file) => `articles/${file}`),
].sort();

/** The demo server, with test/fixtures/doctor/ beside it, so that the fixtures load the library as the demo does. */
async function startSite() {
  const demo = await startServer(0);
  const demoRequest = demo.listeners('request')[0];
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const fixture = /^\/fixtures\/doctor\/[\w-]+\.html$/.exec(pathname)?.[0];
    if (!fixture) return demoRequest(req, res);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...FIXTURE_HEADERS[fixture] });
    createReadStream(`${root}/test${fixture}`).pipe(res);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => Promise.all([server, demo].map((s) => new Promise((done) => s.close(done)))),
  };
}

/** `npm run doctor -- <url>…`: its exit code and what it printed. */
const runCli = (urls) =>
  new Promise((done) => {
    execFile(process.execPath, ['scripts/doctor.mjs', ...urls], { cwd: root, timeout: 60_000 }, (error, stdout) =>
      done({ code: error ? error.code : 0, stdout }),
    );
  });

const site = {};
before(async () => {
  Object.assign(site, await startSite());
  site.browser = await launchBrowser();
});
after(async () => {
  await site.browser?.close();
  await site.close?.();
});

/** Opens a page with ?paywall-doctor and resolves to the report the doctor published there. */
async function reportOn(path) {
  const page = await site.browser.newPage();
  await page.goto(`${site.origin}/${path}?paywall-doctor`);
  const report = await (await page.waitForFunction(() => window.paywallDoctorReport, { polling: 50 })).jsonValue();
  await page.close();
  return report;
}

const errorsIn = ({ findings }) => findings.filter((finding) => finding.severity === 'error').map((finding) => finding.message);

describe('paywall doctor on the demo site', () => {
  // One browser for all: the reader's meter runs out after three stories, so later stories are checked locked.
  for (const path of DEMO_PAGES) {
    const downOnPurpose = path === 'states.html';
    it(`${path}: no errors${downOnPurpose ? ' but the endpoint that is down on purpose' : ''}`, async () => {
      const report = await reportOn(path);
      const expected = downOnPurpose
        ? [`Gate 5 (states-down)’s endpoint ${site.origin}/api/states/down answered HTTP 503: every reader gets the failure policy.`]
        : [];
      assert.deepEqual(errorsIn(report), expected);
    });
  }
});

describe('paywall doctor on the seed page', () => {
  it('finds the raw {{free_limit}} in the page', async () => {
    const report = await reportOn(SEED_PAGE.slice(1));
    const placeholders = report.findings.filter((finding) => finding.check === 'placeholders');
    assert.equal(placeholders.length, 1);
    assert.equal(placeholders[0].severity, 'error');
    assert.match(
      placeholders[0].message,
      /^The page shows a template placeholder, “\{\{free_limit\}\}”: “.*limit of \{\{free_limit\}\} free articles/,
    );
  });
});

describe('npm run doctor', () => {
  // One run for three pages: each run starts a browser of its own.
  it('loads the doctor into pages whose library does not: passes bundled.html, finds the header CSP that blocks Lit; finds the seed page’s placeholder; exits 1', async () => {
    const { code, stdout } = await runCli([`${site.origin}/bundled.html`, `${site.origin}${LIT_BLOCKED}`, `${site.origin}${SEED_PAGE}`]);
    const [bundled, blocked, seed] = stdout.split(/^Paywall doctor: /m).slice(1);
    assert.match(bundled, /^0 errors, \d+ warnings?\.$/m);
    assert.match(blocked, /^error \(csp\) The Content Security Policy in the header does not allow the Trusted Types policy lit-html/m);
    assert.match(seed, /^error \(placeholders\) The page shows a template placeholder, “\{\{free_limit\}\}”/m);
    assert.match(seed, /^ {2}Fix: /m);
    assert.equal(code, 1);
  });
});
