// The demo as `npm start` serves it, in a real browser: the page a newcomer opens first.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useDemoSite, watchedPage } from '../support/browser.mjs';

const site = useDemoSite();

/** Text of each card's parts, read through the shadow roots as a reader would see them. */
const cardFigures = (page) =>
  page.$$eval('main > section:first-child plan-card', (cards) =>
    cards.map((card) =>
      ['name', 'price', 'period', 'per-month'].map((part) => card.shadowRoot.querySelector(`[part=${part}]`)?.textContent.trim()),
    ),
  );

describe('demo plans page', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`shows the three plans and eight benefits at ${viewport.width}px, with no error or failed request`, async () => {
      const { page, problems } = await watchedPage(site.browser, viewport);
      await page.goto(`${site.origin}/plans.html`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(() => customElements.get('plan-card') && customElements.get('benefits-list'));
      assert.deepEqual(await cardFigures(page), [
        ['Quarterly', '₹900', '3 Months', '₹300/month'],
        ['Annual', '₹2,700', '1 Year', '₹225/month'],
        ['Two-Year', '₹3,900', '2 Years', '₹162/month'],
      ]);
      const benefits = await page.$eval('benefits-list', (el) => el.shadowRoot.querySelectorAll('[part=item]').length);
      assert.equal(benefits, 8);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
      assert.equal(overflow, false, 'the page scrolls sideways');
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  it('lets the page cancel a plan choice and react to it', async () => {
    const { page, problems } = await watchedPage(site.browser);
    await page.goto(`${site.origin}/plans.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => customElements.get('plan-card'));
    const cta = await page.evaluateHandle(() => document.querySelectorAll('plan-card')[1].shadowRoot.querySelector('[part=cta]'));
    await cta.click();
    await page.waitForFunction(() => document.querySelector('.status').textContent.includes('Annual'));
    assert.equal(new URL(page.url()).pathname, '/plans.html');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('serves nothing outside demo/ and dist/', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/dist/../package.json', '/%2e%2e%2fsrc/index.ts']) {
      const response = await fetch(`${site.origin}${path}`);
      assert.equal(response.status, 404, path);
    }
  });
});

describe('the script-tag build as a CDN serves it', () => {
  it('names its source maps, which are served beside the files and lead to the TypeScript sources', async () => {
    for (const [file, source] of [
      ['paywall-elements.min.js', '../src/browser-loader.ts'],
      ['paywall-elements.js', '../src/components/paywall-gate/paywall-gate.ts'],
      ['parts/offer-elements.js', '../../src/components/plan-card/plan-card.ts'],
    ]) {
      const code = await (await fetch(`${site.origin}/${file}`)).text();
      const name = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
      assert.equal(name, `${file.split('/').pop()}.map`);
      const response = await fetch(new URL(name, `${site.origin}/dist/${file}`));
      assert.equal(response.status, 200);
      const map = await response.json();
      assert.equal(map.version, 3);
      assert.ok(map.sources.includes(source), `${file}: ${map.sources.slice(0, 5).join(', ')}`);
      assert.ok(map.sourcesContent.every((text) => typeof text === 'string' && text.length > 0));
    }
  });
});
