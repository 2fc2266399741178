// The demo's stories as a search engine reads them (docs/seo.md): JSON-LD that marks each story as
// not free and names its gated part, a selector that names exactly the part the gate holds back,
// and the paywall doctor with nothing to say about them, read free or locked.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { useDemoSite, watchedPage } from '../support/browser.mjs';
import { FREE_STORIES, HARD_MODE_STORY } from '../support/demo-stories.mjs';

const site = useDemoSite();
const STORIES = readdirSync(new URL('../../demo/articles/', import.meta.url)).map((file) => file.replace(/\.html$/, ''));
const FREE = FREE_STORIES;
const HARD = HARD_MODE_STORY;

async function reader() {
  const context = await site.browser.createBrowserContext();
  const { page, problems } = await watchedPage(context);
  return { context, page, problems };
}
const settle = (page, state) =>
  page.waitForFunction((wanted) => document.querySelector('paywall-gate')?.getAttribute('state') === wanted, {}, state);

/** In the page: the story's JSON-LD and what its selector matches, in the HTML as sent and in the page as it is now. */
const gatedPartsSeen = () =>
  (async () => {
    const folded = (text) => text.replace(/\s+/g, ' ').trim();
    const sent = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    const data = JSON.parse(sent.querySelector('script[type="application/ld+json"]').textContent);
    const selector = data.hasPart?.cssSelector;
    const inGate = (doc) =>
      [...doc.querySelectorAll(selector)].map((part) => ({
        inArticle: !!part.closest('paywall-gate > article'),
        text: folded(part.textContent),
      }));
    return {
      data,
      sent: inGate(sent),
      live: inGate(document),
      sentArticle: folded(sent.querySelector('paywall-gate > article').textContent),
      liveArticle: folded(document.querySelector('paywall-gate > article').textContent),
    };
  })();

describe('the demo stories’ structured data', () => {
  for (const story of STORIES) {
    it(`${story}: a NewsArticle, not free, whose gated part is .paywall`, async () => {
      const html = await (await fetch(`${site.origin}/articles/${story}.html`)).text();
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]));
      assert.equal(blocks.length, 1);
      const [data] = blocks;
      assert.equal(data['@type'], 'NewsArticle');
      assert.equal(data.headline, /<h1>(.*?)<\/h1>/.exec(html)[1]);
      assert.equal(data.isAccessibleForFree, false);
      assert.deepEqual(data.hasPart, { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywall' });
      assert.doesNotMatch(html, /gated-class=/, 'the gate keeps its default gated class, paywall');
    });
  }

  it('after a lock, the selector names exactly the part the gate held back: all of the story past the preview', async () => {
    const { context, page, problems } = await reader();
    for (const slug of FREE) {
      await page.goto(`${site.origin}/articles/${slug}.html`);
      await settle(page, 'unlocked');
    }
    await page.goto(`${site.origin}/articles/harbour-road-women-reach-cup-semi-final.html`);
    await settle(page, 'locked');
    const seen = await page.evaluate(gatedPartsSeen);
    assert.equal(seen.sent.length, 1);
    assert.equal(seen.sent[0].inArticle, true);
    assert.ok(seen.sent[0].text.length > 500);
    assert.deepEqual(seen.live, [], 'the gated part is out of the page');
    assert.equal(seen.liveArticle.includes(seen.sent[0].text.slice(0, 80)), false);
    assert.equal(`${seen.liveArticle} ${seen.sent[0].text}`, seen.sentArticle, 'the preview and the gated part make the whole story');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('on a free read, the selector names the restored rest of the story, inside the gate', async () => {
    const { context, page } = await reader();
    await page.goto(`${site.origin}/articles/${FREE[0]}.html`);
    await settle(page, 'unlocked');
    const seen = await page.evaluate(gatedPartsSeen);
    assert.deepEqual(seen.live, seen.sent);
    assert.equal(seen.live.length, 1);
    await context.close();
  });

  it('hard mode, rendered by the server for a reader it grants: the rest is in the part the selector names', async () => {
    const { context, page } = await reader();
    await page.goto(`${site.origin}/articles/${HARD}.html`);
    const parts = await page.$$eval('article .paywall', (found) => found.map((part) => part.textContent.trim().length));
    assert.equal(parts.length, 1);
    assert.ok(parts[0] > 500, 'the rest is in the gated part');
    assert.equal(await page.$('paywall-gate'), null, 'the server decided: no gate');
    await context.close();
  });

  it('hard mode, rendered in the browser: the page as sent marks where the rest goes; once it comes, the selector names it', async () => {
    const { context, page } = await reader();
    await page.goto(`${site.origin}/articles/${HARD}.html?render=client`);
    await settle(page, 'unlocked');
    await page.waitForFunction(() => document.querySelectorAll('paywall-gate > article .paywall').length === 2);
    const seen = await page.evaluate(gatedPartsSeen);
    assert.deepEqual(seen.sent, [{ inArticle: true, text: '' }]);
    assert.equal(seen.live.length, 2);
    assert.ok(seen.live.every((part) => part.inArticle));
    assert.ok(seen.live[1].text.length > 500, 'the fetched rest is in the gated part');
    await context.close();
  });
});

describe('the paywall doctor on the demo stories', () => {
  /** The doctor's findings on a story, this reader's way. */
  async function findingsOn(page, story) {
    await page.goto(`${site.origin}/articles/${story}.html?paywall-doctor`);
    const report = await (await page.waitForFunction(() => window.paywallDoctorReport, { polling: 50 })).jsonValue();
    return report.findings.map((finding) => `${finding.severity} (${finding.check}) ${finding.message}`);
  }

  it('finds nothing, not even a warning, on any story, read free or locked', async () => {
    const { context, page } = await reader();
    // In this order, the reader's free articles run out halfway: the later stories are locked.
    for (const story of [...FREE, ...STORIES.filter((story) => !FREE.includes(story))]) {
      assert.deepEqual(await findingsOn(page, story), [], story);
    }
    await context.close();
  });
});
