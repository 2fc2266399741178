// The framework examples (demo/frameworks/), built here with esbuild from the package's exports
// as a publisher's app is, then run in Chromium: the gate locks on the page's decision, and
// unlocks when the app sets a granting one, with the app's own handlers hearing both events.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildApp } from '../../demo/frameworks/build.mjs';
import { useDemoSite, watchedPage } from '../support/browser.mjs';

const site = useDemoSite();
const built = {};
before(async () => {
  built.react = await buildApp('react');
  built.vue = await buildApp('vue');
});

/** Each gate's state and how many of the article's paragraphs are in the page. */
const gates = (page) =>
  page.$$eval('paywall-gate', (list) =>
    list.map((gate) => ({ state: gate.getAttribute('state'), paragraphs: gate.querySelectorAll('p').length })),
  );
const heard = (page) => page.$eval('#heard', (output) => output.textContent);

/** Opens an example, checks it locks, presses Subscribe, checks it unlocks; returns what the app heard. */
async function lockThenUnlock(path, count) {
  const { page, problems } = await watchedPage(site.browser);
  await page.goto(site.origin + path, { waitUntil: 'networkidle0' });
  await page.waitForFunction(() => [...document.querySelectorAll('paywall-gate')].every((gate) => gate.getAttribute('state') === 'locked'));
  assert.deepEqual(await gates(page), Array(count).fill({ state: 'locked', paragraphs: 2 }));
  await page.click('button');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('paywall-gate')].every((gate) => gate.getAttribute('state') === 'unlocked'),
  );
  assert.deepEqual(await gates(page), Array(count).fill({ state: 'unlocked', paragraphs: 4 }));
  await page.waitForFunction((n) => document.querySelector('#heard').textContent.split(', ').length === 2 * n, {}, count);
  const result = (await heard(page)).split(', ').sort();
  assert.deepEqual(problems, []);
  await page.close();
  return result;
}

describe('framework examples', () => {
  it('builds them from the package by name: dist/ through the exports, never src/', () => {
    for (const inputs of Object.values(built)) {
      assert.ok(inputs.includes('dist/define.js'));
      assert.deepEqual(
        inputs.filter((file) => file.startsWith('src/')),
        [],
      );
    }
    assert.ok(built.react.includes('dist/react/index.js'));
  });

  it('React: the element (React 19) and the wrapper (paywall-elements/react) lock, then unlock', async () => {
    const events = await lockThenUnlock('/frameworks/react/', 2);
    assert.deepEqual(events, ['element paywall-lock', 'element paywall-unlock', 'wrapper paywall-lock', 'wrapper paywall-unlock']);
  });

  it('Vue: the element locks, then unlocks', async () => {
    assert.deepEqual(await lockThenUnlock('/frameworks/vue/', 1), ['paywall-lock', 'paywall-unlock']);
  });
});
