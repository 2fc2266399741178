// The no-flash snippet (docs/paywall-gate.md), on a demo story: before the script runs only the
// top of the article shows; without JavaScript, or when the script never arrives, all of it does.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useDemoSite, watchedPage } from '../support/browser.mjs';

const site = useDemoSite();
const STORY = '/articles/council-backs-riverside-tram-line.html';

/** Whether the gate clips its article, how much of it shows, and whether the element is defined. */
const gateView = (page) =>
  page.$eval('paywall-gate', (gate) => {
    const style = getComputedStyle(gate);
    const article = gate.querySelector('article').getBoundingClientRect().height;
    const clipped = style.overflow === 'hidden' && style.maxHeight !== 'none';
    return {
      clipped,
      shown: clipped ? gate.getBoundingClientRect().height : article,
      article,
      defined: !!customElements.get('paywall-gate'),
    };
  });

describe('the no-flash snippet', () => {
  it('with JavaScript off, the whole article shows at once', async () => {
    const { page, problems } = await watchedPage(site.browser);
    await page.setJavaScriptEnabled(false);
    await page.goto(site.origin + STORY, { waitUntil: 'load' });
    const { clipped, article, defined } = await gateView(page);
    assert.equal(defined, false);
    assert.equal(clipped, false);
    assert.ok(article > 400, `the article is ${article} px tall`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('when the script never arrives, the article is clipped at first, then shows whole', async () => {
    const { page, problems } = await watchedPage(site.browser);
    await page.setRequestInterception(true);
    page.on('request', (request) =>
      request.url().endsWith('/paywall-elements.min.js') ? request.abort('blockedbyclient') : request.continue(),
    );
    await page.evaluateOnNewDocument(() => {
      window.__revealed = new Promise((resolve) =>
        addEventListener('animationend', (event) => event.animationName === 'paywall-script-missing' && resolve()),
      );
    });
    await page.goto(site.origin + STORY, { waitUntil: 'load' });
    const before = await gateView(page);
    assert.ok(
      before.clipped && before.shown < 300 && before.article > 400,
      `clipped before the fallback: ${before.shown} of ${before.article} px`,
    );
    await page.evaluate(() => window.__revealed);
    assert.equal((await gateView(page)).clipped, false);
    // The one failure is the script that never arrived (and the console's line about it).
    assert.deepEqual(
      problems.map((problem) => problem.replace(site.origin, '')),
      [
        'request failed: /paywall-elements.min.js net::ERR_BLOCKED_BY_CLIENT.Inspector',
        'console.error: Failed to load resource: net::ERR_BLOCKED_BY_CLIENT.Inspector',
      ],
    );
    await page.close();
  });

  it('when the script runs, the gate takes over: the preview, then the offer or the article', async () => {
    const { page, problems } = await watchedPage(site.browser);
    await page.goto(site.origin + STORY, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => ['locked', 'unlocked'].includes(document.querySelector('paywall-gate').getAttribute('state')));
    assert.equal((await gateView(page)).defined, true);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
