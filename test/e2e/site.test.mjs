// The demo news site against its reference entitlement server, as a reader uses it: each test
// is a new reader (a fresh browser context: no cookies, no storage).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useDemoSite, watchedPage } from '../support/browser.mjs';
import { FOURTH_STORY, FREE_STORIES } from '../support/demo-stories.mjs';

const site = useDemoSite();
const FREE = FREE_STORIES;
const FOURTH = FOURTH_STORY;
const MAPPED = 'volunteers-count-river-birds-in-winter-survey';
const HARD = 'kingsmead-bridge-closure-detour-plan';
const SUBSCRIBERS_ONLY = 'inside-the-citys-parking-fine-millions';

/** A new reader, with a page that records errors, failed requests and warnings. */
async function reader(viewport) {
  const context = await site.browser.createBrowserContext();
  const { page, problems } = await watchedPage(context, viewport);
  return { context, page, problems: { list: problems } };
}

/** The gate's state, once it has shown it (a locked gate's offer comes with the offer's module). */
const state = (page) =>
  page.$eval('paywall-gate', async (gate) => {
    await gate.updateComplete;
    return gate.getAttribute('state');
  });
/** Waits until the gate has decided (its module loaded, its answer in). */
const settled = (page) =>
  page.waitForFunction(() => ['locked', 'unlocked'].includes(document.querySelector('paywall-gate')?.getAttribute('state')), {
    timeout: 10000,
  });
/** The offer's heading, once it shows (the offer's module may still be on its way when the state changes). */
const heading = async (page) => {
  const handle = await page.waitForFunction(() => document.querySelector('paywall-gate').shadowRoot.querySelector('[part~=heading]'));
  return handle.evaluate((node) => node.textContent.trim());
};
const visit = async (page, path) => {
  await page.goto(site.origin + path, { waitUntil: 'networkidle0' });
  await settled(page);
};
/** The article's own paragraphs now in the page (light DOM). */
const paragraphs = (page) => page.$$eval('paywall-gate article > *', (nodes) => nodes.length);

describe('demo news site', () => {
  it('reads the free articles; the next one locks with the meter numbers; the mapped endpoint agrees', async () => {
    const { context, page, problems } = await reader();
    for (const slug of FREE) {
      await visit(page, `/articles/${slug}.html`);
      assert.equal(await state(page), 'unlocked', slug);
    }
    await visit(page, `/articles/${FREE[0]}.html`);
    assert.equal(await state(page), 'unlocked', 'an article already read stays free');
    await visit(page, `/articles/${FOURTH}.html`);
    assert.equal(await state(page), 'locked');
    assert.equal(await heading(page), 'You have read 3 of your 3 free articles this month.');
    assert.ok((await paragraphs(page)) <= 2);
    await visit(page, `/articles/${MAPPED}.html`);
    assert.equal(await state(page), 'locked');
    assert.equal(await heading(page), 'You have read 3 of your 3 free articles this month.');
    assert.deepEqual(problems.list, []);
    await context.close();
  });

  it('logging in unlocks without a manual reload; logging out locks again', async () => {
    const { context, page, problems } = await reader();
    for (const slug of FREE) await visit(page, `/articles/${slug}.html`);
    await visit(page, `/articles/${FOURTH}.html`);
    assert.equal(await state(page), 'locked');
    const before = await paragraphs(page);
    // The gate's own login link, then the login page's button: back on the article, unlocked.
    await Promise.all([
      page.waitForNavigation({ waitUntil: 'networkidle0' }),
      page.evaluate(() => document.querySelector('paywall-gate').shadowRoot.querySelector('[part~=login-link]').click()),
    ]);
    assert.match(page.url(), /\/login\?next=/);
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('form button')]);
    assert.equal(new URL(page.url()).pathname, `/articles/${FOURTH}.html`);
    await settled(page);
    assert.equal(await state(page), 'unlocked');
    assert.ok((await paragraphs(page)) > before);
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('form[action^="/logout"] button')]);
    await settled(page);
    assert.equal(await state(page), 'locked');
    assert.deepEqual(problems.list, []);
    await context.close();
  });

  it('a slow endpoint (past the timeout) and a failing one: the closed policy shows the offer', async () => {
    const { context, page } = await reader();
    await page.evaluateOnNewDocument(() => {
      window.__errors = [];
      addEventListener('paywall-error', (event) => window.__errors.push(event.detail.reason));
    });
    for (const mode of ['slow', 'fail']) {
      await page.goto(`${site.origin}/demo/mode?set=${mode}&next=/articles/${FREE[1]}.html`);
      await settled(page);
      assert.equal(await state(page), 'locked', mode);
      // The heading says why: the endpoint could not be asked.
      assert.equal(await heading(page), 'We could not check your access just now.');
      assert.deepEqual(await page.evaluate(() => window.__errors), [mode === 'slow' ? 'timeout' : 'http-status']);
    }
    await page.goto(`${site.origin}/demo/mode?set=normal&next=/articles/${FREE[1]}.html`);
    await settled(page);
    assert.equal(await state(page), 'unlocked');
    await context.close();
  });

  it('hard mode: neither the HTML nor the DOM of a locked page holds the rest; after logging in, it appears', async () => {
    const { context, page, problems } = await reader();
    const rest = (await fetch(`${site.origin}/api/content/${HARD}`)).status;
    assert.equal(rest, 403, 'a reader with no entitlement gets nothing');
    for (const path of [
      `/private/${HARD}.html`,
      `/%70rivate/${HARD}.html`,
      `/articles/..%2fprivate/${HARD}.html`,
      `/dist/..%2fdemo/private/${HARD}.html`,
      `/PRIVATE/${HARD}.html`,
      '/api/content/%',
    ]) {
      assert.equal((await fetch(site.origin + path)).status, 404, path);
    }
    const restText = 'highways maintenance budget';
    for (const slug of FREE) await visit(page, `/articles/${slug}.html`);
    const response = await page.goto(`${site.origin}/articles/${HARD}.html`, { waitUntil: 'networkidle0' });
    const source = await response.text();
    await settled(page);
    assert.equal(await state(page), 'locked');
    assert.equal(await paragraphs(page), 2);
    const inPage = await page.evaluate(() => document.documentElement.outerHTML);
    for (const text of [source, inPage]) assert.equal(text.includes(restText), false);
    // Logged in, the reader gets the whole story from the server, which renders this page: no gate to unlock.
    await page.goto(`${site.origin}/login?next=/articles/${HARD}.html`);
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('form button')]);
    const story = await page.$eval('main', (main) => ({
      gate: main.querySelector('paywall-gate') !== null,
      paragraphs: main.querySelectorAll('article p').length,
      text: main.querySelector('article').textContent,
    }));
    assert.equal(story.gate, false);
    assert.ok(story.paragraphs > 2 && story.text.includes(restText));
    assert.deepEqual(problems.list, []);
    await context.close();
  });

  it('the server sends readers back only to its own pages, and survives a malformed cookie', async () => {
    for (const next of [
      '//evil.example/x',
      '/.//evil.example',
      'https://evil.example/',
      `${site.origin}//evil.example`,
      `${site.origin}/\\evil.example`,
    ]) {
      const response = await fetch(`${site.origin}/demo/mode?set=normal&next=${encodeURIComponent(next)}`, { redirect: 'manual' });
      const location = response.headers.get('location');
      assert.equal(new URL(location, site.origin).origin, site.origin, `${next} → ${location}`);
    }
    const page = await fetch(`${site.origin}/articles/${FREE[0]}.html`, { headers: { cookie: 'theme=50%; other=%E0%A4%A' } });
    assert.equal(page.status, 200);
    assert.match(page.headers.get('set-cookie'), /reader=[0-9a-f]{32}; Path=\/; HttpOnly; SameSite=Lax/);
    const logout = await fetch(`${site.origin}/logout?next=/`, { redirect: 'manual' });
    assert.equal(logout.status, 404, 'logging out takes a POST');
  });

  it('the script-tag bundle loaded twice: no error', async () => {
    const { context, page, problems } = await reader();
    await visit(page, `/articles/${FREE[0]}.html`);
    await page.addScriptTag({ url: '/paywall-elements.min.js' });
    await page.addScriptTag({ url: '/paywall-elements.min.js', type: 'module' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(await state(page), 'unlocked');
    assert.deepEqual(problems.list, []);
    await context.close();
  });

  it('no page has an uncaught error, a console error or a failed request', async () => {
    const pages = [
      '/',
      ...[...FREE, FOURTH, MAPPED, HARD, SUBSCRIBERS_ONLY].map((slug) => `/articles/${slug}.html`),
      '/states.html',
      '/theming.html',
      '/bundled.html',
      '/plans.html',
      '/article.html',
    ];
    // The states page's "endpoint down" gate fails on purpose: its 503, the browser's note of
    // it, and the gate's warning are expected, once.
    const expected = [
      /^HTTP 503: .*\/api\/states\/down$/,
      /^console\.error: Failed to load resource: .* 503/,
      /^console\.warn: <paywall-gate> entitlements-url: the request failed \(http-status 503\)/,
    ];
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      const { context, page, problems } = await reader(viewport);
      for (const path of pages) {
        await page.goto(site.origin + path);
        await page.waitForFunction(() =>
          [...document.querySelectorAll('paywall-gate')].every((gate) => ['locked', 'unlocked'].includes(gate.getAttribute('state'))),
        );
      }
      const list = problems.list;
      assert.deepEqual(
        list.filter((p) => !expected.some((pattern) => pattern.test(p))),
        [],
      );
      assert.equal(list.length, expected.length, list.join('\n'));
      await context.close();
    }
  });

  it('the site-build page: the package bundled by rollup from its entry points works', async () => {
    const { context, page, problems } = await reader();
    await visit(page, '/bundled.html');
    assert.equal(await state(page), 'locked');
    // The site's own script, importing the package's class, heard the gate.
    await page.waitForFunction(() => document.documentElement.dataset.paywallDecision === 'paywall-lock');
    assert.equal(await page.evaluate(() => document.querySelector('script[src*="paywall-elements.min.js"]')), null);
    assert.deepEqual(problems.list, []);
    await context.close();
  });
});
