// The demo article page in a real browser: the gate as a publisher embeds it by script tag.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useDemoSite, watchedPage } from '../support/browser.mjs';

const site = useDemoSite();
const LATE = 'The first contracts are expected to be signed next spring';

/** The gate's state, once it has shown it (a locked gate's offer comes with the offer's module). */
const state = (page) =>
  page.$eval('paywall-gate', async (gate) => {
    await gate.updateComplete;
    return gate.getAttribute('state');
  });
/** The offer's heading, once it shows (the offer's module may still be on its way when the state changes). */
const heading = async (page) => {
  const handle = await page.waitForFunction(() => document.querySelector('paywall-gate').shadowRoot.querySelector('[part=heading]'));
  return handle.evaluate((node) => node.textContent.trim());
};
/** Everything a reader or a script could reach in the page: light DOM and every shadow root. */
const reachableText = (page) =>
  page.evaluate(() => {
    const all = (root) =>
      [root.textContent ?? '', ...[...root.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => all(e.shadowRoot))].join(' ');
    return document.body.innerText + all(document);
  });

describe('demo article page', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`locks with the meter message at ${viewport.width}px, the rest of the story out of the page`, async () => {
      const { page, problems } = await watchedPage(site.browser, viewport);
      await page.goto(`${site.origin}/article.html?decision=pending`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(() => customElements.get('paywall-gate'));
      assert.equal(await state(page), 'pending');
      assert.equal((await reachableText(page)).includes(LATE), false);
      await page.click('[data-decision=exhausted]');
      await page.waitForFunction(() => document.querySelector('paywall-gate').getAttribute('state') === 'locked');
      assert.equal(await heading(page), 'You have read 5 of your 5 free articles this month.');
      assert.equal((await reachableText(page)).includes(LATE), false);
      const prices = await page.$eval('paywall-gate', (gate) =>
        [...gate.shadowRoot.querySelectorAll('plan-card')].map((c) => c.shadowRoot.querySelector('[part=price]').textContent),
      );
      assert.deepEqual(prices, ['₹900', '₹2,700', '₹3,900']);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
      assert.equal(overflow, false, 'the page scrolls sideways');
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('unlocks without a reload and locks again, with no error', async () => {
    const { page, problems } = await watchedPage(site.browser);
    await page.goto(`${site.origin}/article.html?decision=locked&delay=0`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('paywall-gate')?.getAttribute('state') === 'locked');
    // Locked with free articles left: the story is for subscribers only.
    assert.equal(
      await heading(page),
      'This story is for subscribers only. You still have 2 of 5 free articles this month for other stories.',
    );
    await page.click('[data-decision=unlocked]');
    await page.waitForFunction(() => document.querySelector('paywall-gate').getAttribute('state') === 'unlocked');
    assert.equal((await reachableText(page)).includes(LATE), true);
    await page.click('[data-decision=unknown]');
    await page.waitForFunction(() => document.querySelector('paywall-gate').getAttribute('state') === 'locked');
    assert.equal(await heading(page), 'This story is for subscribers.');
    assert.equal((await reachableText(page)).includes(LATE), false);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
