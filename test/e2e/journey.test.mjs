// The reader's journey through the demo site, as a reader takes it: the masthead says who they
// are, checkout and log in bring them back to the story unlocked, the demo's endpoint switch is
// plain to see and undone in one click, and no link in an offer leads nowhere. Each test is a new
// reader (a fresh browser context).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useDemoSite, watchedPage } from '../support/browser.mjs';
import { FOURTH_STORY, FREE_STORIES } from '../support/demo-stories.mjs';

const site = useDemoSite();
const FREE = FREE_STORIES;
const FOURTH = FOURTH_STORY;
const SUBSCRIBERS_ONLY = 'inside-the-citys-parking-fine-millions';
const PAGES = ['/', `/articles/${FREE[0]}.html`, '/plans.html', '/states.html', '/theming.html', '/bundled.html', '/article.html'];

async function reader(viewport) {
  const context = await site.browser.createBrowserContext();
  const { page, problems } = await watchedPage(context, viewport);
  return { context, page, problems };
}

/** The problems a page should not have: the states page's "endpoint down" gate fails on purpose. */
const DOWN_ON_PURPOSE = [/^HTTP 503: .*\/api\/states\/down$/, /^console\.error: Failed to load resource: .* 503/, /http-status 503/];
const unexpected = (problems) => problems.filter((problem) => !DOWN_ON_PURPOSE.some((pattern) => pattern.test(problem)));

const gateState = (page) => page.$eval('paywall-gate', (gate) => gate.getAttribute('state'));
const settled = (page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('paywall-gate')].every((gate) => ['locked', 'unlocked'].includes(gate.getAttribute('state'))),
  );
const visit = async (page, path) => {
  await page.goto(site.origin + path, { waitUntil: 'networkidle0' });
  await settled(page);
};
/** Waits until the masthead says `status`, then reads its links and buttons. */
async function masthead(page, status) {
  await page.waitForFunction((text) => document.querySelector('.site-nav .reader-status')?.textContent === text, {}, status);
  return page.$$eval('.site-nav a, .site-nav button', (controls) => controls.map((control) => control.textContent.trim()));
}
/** The offer's heading, once it shows. */
const heading = async (page) => {
  const handle = await page.waitForFunction(() => document.querySelector('paywall-gate').shadowRoot.querySelector('[part~=heading]'));
  return handle.evaluate((node) => node.textContent.trim());
};
/** Clicks a link or button inside the gate's shadow tree (and a plan card's), and waits for the page it leads to. */
const follow = (page, find) =>
  Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.evaluateHandle(find).then((handle) => handle.click())]);
const featuredPlanButton = () =>
  [...document.querySelector('paywall-gate').shadowRoot.querySelectorAll('plan-card')]
    .find((card) => card.featured)
    .shadowRoot.querySelector('[part~=cta]');
const finalCallToAction = () => document.querySelector('paywall-gate').shadowRoot.querySelector('[part~=cta]');
const loginLink = () => document.querySelector('paywall-gate').shadowRoot.querySelector('[part~=login-link]');

describe('the reader in the masthead', () => {
  it('a new reader: not logged in, free articles counting down as stories are read, Log in and not Log out', async () => {
    const { context, page, problems } = await reader();
    await page.goto(`${site.origin}/`);
    assert.deepEqual(await masthead(page, 'Not logged in · 3 free articles left this month'), ['Log in', 'Subscribe']);
    await visit(page, `/articles/${FREE[0]}.html`);
    assert.deepEqual(await masthead(page, 'Not logged in · 2 free articles left this month'), ['Log in', 'Subscribe']);
    await visit(page, `/articles/${FREE[1]}.html`);
    await masthead(page, 'Not logged in · 1 free article left this month');
    await visit(page, `/articles/${FREE[2]}.html`);
    await masthead(page, 'Not logged in · No free articles left this month');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('on every page: a subscriber is shown as one, with Log out and not Log in, and logging out comes back to the page', async () => {
    const { context, page, problems } = await reader();
    await page.goto(`${site.origin}/login?next=/`);
    await Promise.all([page.waitForNavigation(), page.click('form button')]);
    for (const path of PAGES) {
      await page.goto(site.origin + path);
      assert.deepEqual(await masthead(page, 'Logged in · Subscriber'), ['Log out'], path);
    }
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('.site-nav button')]);
    assert.equal(new URL(page.url()).pathname, '/article.html');
    assert.deepEqual(await masthead(page, 'Not logged in · 3 free articles left this month'), ['Log in', 'Subscribe']);
    assert.deepEqual(unexpected(problems), []);
    await context.close();
  });
});

describe('subscribing from a story', () => {
  it('the featured plan’s button leads to checkout, which completes and returns to the story, unlocked', async () => {
    const { context, page, problems } = await reader();
    for (const slug of FREE) await visit(page, `/articles/${slug}.html`);
    await visit(page, `/articles/${FOURTH}.html`);
    assert.equal(await gateState(page), 'locked');
    await follow(page, featuredPlanButton);
    const checkout = new URL(page.url());
    assert.equal(checkout.pathname, '/subscribe');
    assert.equal(checkout.searchParams.get('plan'), 'annual');
    assert.equal(checkout.searchParams.get('next'), `${site.origin}/articles/${FOURTH}.html`);
    assert.match(await page.$eval('main', (main) => main.innerText), /Annual[\s\S]*₹2,700/);
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('form button')]);
    assert.equal(new URL(page.url()).pathname, `/articles/${FOURTH}.html`);
    await settled(page);
    assert.equal(await gateState(page), 'unlocked');
    await masthead(page, 'Logged in · Subscriber');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('the offer’s final call to action leads to the choice of plans, and on through checkout back to the story', async () => {
    const { context, page, problems } = await reader();
    await visit(page, `/articles/${SUBSCRIBERS_ONLY}.html`);
    assert.equal(await gateState(page), 'locked');
    await follow(page, finalCallToAction);
    assert.equal(await page.$eval('h1', (h1) => h1.textContent), 'Choose a plan');
    await Promise.all([page.waitForNavigation(), page.click('a.plan-choice')]);
    assert.equal(new URL(page.url()).searchParams.get('plan'), 'quarterly');
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('form button')]);
    assert.equal(new URL(page.url()).pathname, `/articles/${SUBSCRIBERS_ONLY}.html`);
    await settled(page);
    assert.equal(await gateState(page), 'unlocked');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a story for subscribers only locks for a reader with free articles left, and says so', async () => {
    const { context, page, problems } = await reader();
    await visit(page, `/articles/${FREE[0]}.html`);
    await visit(page, `/articles/${SUBSCRIBERS_ONLY}.html`);
    assert.equal(await gateState(page), 'locked');
    assert.equal(
      await heading(page),
      'This story is for subscribers only. You still have 2 of 3 free articles this month for other stories.',
    );
    // Refused, it counts nothing against the meter.
    await masthead(page, 'Not logged in · 2 free articles left this month');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the demo’s endpoint switch', () => {
  it('shows which mode is on, on every page, and one click resets it on the same page', async () => {
    const { context, page } = await reader();
    await page.goto(`${site.origin}/`);
    const current = () => page.$eval('.demo-bar .mode[aria-current]', (link) => link.textContent);
    await page.waitForSelector('.demo-bar .mode[aria-current]');
    assert.equal(await current(), 'Normal');
    assert.equal(await page.$('.demo-bar .reset'), null);
    await Promise.all([page.waitForNavigation(), page.click('.demo-bar .mode:nth-child(3)')]);
    assert.equal(new URL(page.url()).pathname, '/');
    for (const path of PAGES) {
      await page.goto(site.origin + path);
      await page.waitForSelector('.demo-bar[data-mode=fail] .reset');
      assert.equal(await current(), 'Failing', path);
    }
    await visit(page, `/articles/${FREE[0]}.html`);
    assert.equal(await heading(page), 'We could not check your access just now.');
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('.demo-bar .reset')]);
    assert.equal(new URL(page.url()).pathname, `/articles/${FREE[0]}.html`);
    await settled(page);
    assert.equal(await gateState(page), 'unlocked');
    await page.waitForSelector('.demo-bar[data-mode=normal]');
    assert.equal(await current(), 'Normal');
    await context.close();
  });
});

describe('no dead ends on /article.html', () => {
  it('every link in the offer answers with a page, not an error', async () => {
    const { context, page, problems } = await reader();
    await page.goto(`${site.origin}/article.html?decision=exhausted&delay=0`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('paywall-gate').getAttribute('state') === 'locked');
    await heading(page);
    const links = await page.evaluate(() => {
      const gate = document.querySelector('paywall-gate').shadowRoot;
      const cards = [...gate.querySelectorAll('plan-card')].map((card) => card.shadowRoot.querySelector('[part~=cta]'));
      return [...gate.querySelectorAll('a[href]'), ...cards].map((link) => link.href);
    });
    assert.equal(links.length, 5, links.join('\n'));
    for (const link of links) {
      const response = await fetch(link);
      assert.equal(response.status, 200, link);
      assert.equal(new URL(link).searchParams.get('next'), `${site.origin}/article.html?decision=exhausted&delay=0`, link);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('logging in comes back unlocked, and the page says why', async () => {
    const { context, page, problems } = await reader();
    await page.goto(`${site.origin}/article.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('paywall-gate').getAttribute('state') === 'locked');
    await heading(page);
    await follow(page, loginLink);
    assert.equal(new URL(page.url()).pathname, '/login');
    await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('form button')]);
    assert.equal(new URL(page.url()).pathname, '/article.html');
    await page.waitForFunction(() => document.querySelector('paywall-gate').getAttribute('state') === 'unlocked');
    assert.match(await page.$eval('.demo-controls .status', (status) => status.textContent), /logged in as the demo subscriber/);
    assert.equal(await page.$eval('[data-decision=unlocked]', (button) => button.getAttribute('aria-pressed')), 'true');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('the demo pages as a reader reads them', () => {
  it('bundled.html shows no debug line, while its own script still hears the gate', async () => {
    const { context, page, problems } = await reader();
    await visit(page, '/bundled.html');
    await page.waitForFunction(() => document.documentElement.dataset.paywallDecision === 'paywall-lock');
    const text = await page.evaluate(() => document.body.innerText);
    assert.doesNotMatch(text, /paywall-(lock|unlock|error)|\{"/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('a story’s lines hold about 65 to 75 characters', async () => {
    const { context, page } = await reader();
    await visit(page, `/articles/${FREE[0]}.html`);
    const perLine = await page.evaluate(() => {
      const paragraph = document.querySelector('paywall-gate article p');
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      return paragraph.textContent.length / lines;
    });
    assert.ok(perLine >= 65 && perLine <= 75, `${perLine.toFixed(1)} characters a line`);
    await context.close();
  });
});
