// The demo's server-rendered hard-mode story (paywall-elements/ssr), as a reader past the meter
// gets it: without JavaScript, the locked view is in the HTML and a plan link subscribes; with
// JavaScript, the components take the server's markup over with one entitlement request and no
// layout shift, and logging in unlocks without a reload. Each test is a new reader.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useDemoSite, watchedPage } from '../support/browser.mjs';

const site = useDemoSite();
const STORY = '/articles/kingsmead-bridge-closure-detour-plan.html';
/** Text from the rest of the story, which only a reader who may read it gets. */
const REST = 'highways maintenance budget';

/** A new reader who has used the month's free articles (the endpoint counts them). */
async function readerPastTheMeter() {
  const context = await site.browser.createBrowserContext();
  const { page, problems } = await watchedPage(context);
  await page.goto(`${site.origin}/blank.html`);
  await page.evaluate(() => Promise.all(['one', 'two', 'three'].map((article) => fetch(`/api/entitlements?article=${article}`))));
  return { context, page, problems };
}

/** What a reader sees of the gate: its state, the meter message, the login link, each plan's price and link, the preview. */
const lockedView = (page) =>
  page.evaluate(() => {
    const gate = document.querySelector('paywall-gate');
    const offer = gate.shadowRoot.querySelector('[part~=offer]');
    const cards = [...gate.shadowRoot.querySelectorAll('plan-card')];
    return {
      state: gate.getAttribute('state'),
      heading: gate.shadowRoot.querySelector('[part~=heading]')?.textContent.trim(),
      login: gate.shadowRoot.querySelector('[part~=login-link]')?.href,
      plans: cards.map((card) => [
        card.shadowRoot.querySelector('[part~=price]')?.textContent,
        card.shadowRoot.querySelector('a[part~=cta]')?.href,
      ]),
      offerShown: offer.getBoundingClientRect().height > 200 && getComputedStyle(offer).visibility === 'visible',
      paragraphs: gate.querySelectorAll('article p').length,
    };
  });

/** The locked view, the same from the server and from the browser's components. */
const locked = () => ({
  state: 'locked',
  heading: 'You have read 3 of your 3 free articles this month.',
  login: `${site.origin}/login?next=${encodeURIComponent(site.origin + STORY)}`,
  // Each checkout brings the reader back to the story.
  plans: [
    ['₹900', `${site.origin}/subscribe?plan=quarterly&next=${encodeURIComponent(site.origin + STORY)}`],
    ['₹2,700', `${site.origin}/subscribe?plan=annual&next=${encodeURIComponent(site.origin + STORY)}`],
    ['₹3,900', `${site.origin}/subscribe?plan=two-year&next=${encodeURIComponent(site.origin + STORY)}`],
  ],
  offerShown: true,
  paragraphs: 2,
});

describe('the server-rendered hard-mode story', () => {
  it('with JavaScript off: the preview, the meter message, the login link and the plans; a plan link subscribes, and the story comes whole', async () => {
    const { context, page, problems } = await readerPastTheMeter();
    await page.setJavaScriptEnabled(false);
    const response = await page.goto(site.origin + STORY);
    assert.equal((await response.text()).includes(REST), false);
    assert.deepEqual(await lockedView(page), locked());
    assert.equal(await page.evaluate(() => customElements.get('paywall-gate')), undefined);
    // The Annual plan's link, clicked as a reader would: the demo's checkout, then back to the story.
    const annual = await page.evaluateHandle(() =>
      document.querySelector('paywall-gate').shadowRoot.querySelectorAll('plan-card')[1].shadowRoot.querySelector('a[part~=cta]'),
    );
    await Promise.all([page.waitForNavigation(), annual.click()]);
    assert.equal(page.url(), locked().plans[1][1]);
    await Promise.all([page.waitForNavigation(), page.click('form button')]);
    assert.equal(new URL(page.url()).pathname, STORY);
    const story = await page.evaluate(() => ({
      gate: !!document.querySelector('paywall-gate'),
      text: document.querySelector('main').innerText,
    }));
    assert.equal(story.gate, false);
    assert.ok(story.text.includes(REST));
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('with JavaScript on: the components take over with one entitlement request and no layout shift; logging in unlocks without a reload', async () => {
    const { context, page, problems } = await readerPastTheMeter();
    const asked = [];
    // The entitlement answer waits until the page has come in and painted the server's view, so
    // that what is measured is the takeover alone (a page may move while it streams in, rendered
    // on the server or not: `npm run bench` measures the whole load).
    let answer;
    const answered = new Promise((resolve) => (answer = resolve));
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (!request.url().includes('/api/entitlements')) return void request.continue();
      asked.push(request.url());
      void answered.then(() => request.continue());
    });
    await page.goto(site.origin + STORY);
    await page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
    await page.evaluate(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.__shift += entry.value))).observe({
        type: 'layout-shift',
      });
      // Every frame from here: the offer must never blank, nor fade in again.
      window.__frames = { seen: 0, blank: 0 };
      const sample = () => {
        const offer = document.querySelector('paywall-gate').shadowRoot.querySelector('[part~=offer]');
        window.__frames.seen += 1;
        if (!offer?.querySelector('[part~=heading]') || getComputedStyle(offer).opacity !== '1') window.__frames.blank += 1;
        if (!window.__sameDocument) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    answer();
    // Taken over: the gate's own view (its styles adopted, not the server's <style>) is in place of the server's.
    await page.waitForFunction(() => {
      const root = document.querySelector('paywall-gate')?.shadowRoot;
      return customElements.get('plan-card') && root.querySelector('section') && !root.querySelector('style');
    });
    await page.$eval('paywall-gate', (gate) => gate.decisionComplete);
    assert.deepEqual(await lockedView(page), locked());
    assert.equal(await page.evaluate(() => window.__shift), 0);
    const frames = await page.evaluate(() => window.__frames);
    assert.ok(frames.seen > 0 && frames.blank === 0, JSON.stringify(frames));
    assert.equal(asked.length, 1);
    // Logged in elsewhere (another tab); a login popup's message brings the reader back.
    await page.evaluate(() => (window.__sameDocument = true));
    const other = await context.newPage();
    await other.goto(`${site.origin}/login?next=/`);
    await Promise.all([other.waitForNavigation(), other.click('form button')]);
    await other.close();
    await page.evaluate(() => window.postMessage('paywall-login', location.origin));
    await page.waitForFunction((text) => document.querySelector('paywall-gate article').textContent.includes(text), {}, REST);
    assert.equal(await page.$eval('paywall-gate', (gate) => gate.getAttribute('state')), 'unlocked');
    assert.equal(await page.evaluate(() => window.__sameDocument), true);
    assert.equal(asked.length, 2);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
