// `npm run bench`: what the library costs a page, measured in headless Chromium. Prints a table
// and writes it as JSON to bench-results/bench.json. A benchmark, not a test: it asserts
// nothing (only the size budget is checked, by `npm run size`, in CI). Run `npm run build` first.
//
//   size           what every page with the script tag loads (paywall-elements.min.js and the module
//                  it loads, paywall-elements.js), minified, gzipped, brotli; beside it a bare Lit element
//   time to locked from script evaluation to the locked view, 1,000 to 100,000 words; the engine alone
//   long tasks     tasks over 50 ms while a gate starts, and the longest; also with Intl.Segmenter warm
//   layout shift   on the demo article page, two viewports, locked and unlocked
//   requests       entitlement requests for a page with 1, 10 and 50 gates
//   memory         JS heap after 1,000 create-attach-detach cycles of a gate, after a forced GC
//   server render  time to the offer's first paint on the hard-mode story, client-rendered against
//                  server-rendered (paywall-elements/ssr), with CLS for both (bench-ssr.mjs)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, platform, release } from 'node:os';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { startServer } from '../demo/server.mjs';
import { TERSER } from '../rollup.config.mjs';
import { launchBrowser } from '../test/support/browser.mjs';
import { articleHtml, median } from './bench-article.mjs';
import { layoutShifts } from './bench-cls.mjs';
import { offerFirstPaint, printOfferFirstPaint } from './bench-ssr.mjs';
import { SIZES, truncationTimes } from './bench-truncate.mjs';

const BUNDLE = new URL('../dist/paywall-elements.min.js', import.meta.url);
/** The module the script-tag file loads from beside itself: with it, what every page loads. */
const LIBRARY = new URL('../dist/paywall-elements.js', import.meta.url);
const RUNS = 7;

const sizes = (code) => ({
  minified: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
/** The sizes of files loaded one by one: each compressed on its own, as a server sends them, and added up. */
const sumOf = (...all) => ({
  minified: all.reduce((sum, s) => sum + s.minified, 0),
  gzip: all.reduce((sum, s) => sum + s.gzip, 0),
  brotli: all.reduce((sum, s) => sum + s.brotli, 0),
});

/** A bare LitElement, bundled and minified as the library is: the floor of any LitElement library. */
async function bareLitElement() {
  const source = `import { LitElement, html } from 'lit';
    class BareElement extends LitElement { render() { return html\`<p>bare</p>\`; } }
    customElements.define('bare-element', BareElement);`;
  const bundle = await rollup({
    input: 'bare',
    plugins: [
      { name: 'bare', resolveId: (id) => (id === 'bare' ? id : null), load: (id) => (id === 'bare' ? source : null) },
      resolve({ exportConditions: ['production'] }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({
    format: 'iife',
    plugins: [terser(TERSER)],
  });
  return Buffer.from(output[0].code);
}

/**
 * Time from evaluating the bundle to the locked view, and the long tasks meanwhile, for one
 * article size. The script-tag file then loads paywall-elements.js, and the locked gate its offer
 * (parts/offer-elements.js), from the local server: both are in the time. The article is in the page and laid out before the script runs, as on a real
 * page. With `warm`, the page has already used `Intl.Segmenter` (in an earlier task), so the
 * browser's one-time load of its break-iterator data is not counted: what is left is the
 * library's own start-up.
 */
async function timeToLocked(browser, origin, words, bundle, warm) {
  const page = await browser.newPage();
  await page.goto(`${origin}/blank.html`);
  const result = await page.evaluate(
    async (article, bundle, warm) => {
      const nextTask = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      document.body.innerHTML = `<paywall-gate preview-length="100"><article>${article}</article></paywall-gate>`;
      const gate = document.querySelector('paywall-gate');
      // The decision is known before the script runs (a page's own SDK, say).
      gate.entitlement = { granted: false, reason: 'METERING', meter: { used: 5, limit: 5 } };
      await nextTask();
      if (warm) {
        Array.from(new Intl.Segmenter('en', { granularity: 'word' }).segment('warm'));
        await nextTask();
      }
      const longTasks = [];
      const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
      observer.observe({ type: 'longtask' });
      if (customElements.get('paywall-gate')) throw new Error('the library is already on the page');
      const t0 = performance.now();
      (0, eval)(bundle);
      await customElements.whenDefined('paywall-gate');
      await gate.updateComplete;
      const ms = performance.now() - t0;
      if (gate.getAttribute('state') !== 'locked') throw new Error('not locked');
      await new Promise((r) => setTimeout(r, 100));
      observer.disconnect();
      return { ms, longTasks };
    },
    articleHtml(words),
    bundle,
    warm,
  );
  await page.close();
  return result;
}

/** Median time, median count of tasks over 50 ms, and the median longest task, of `RUNS` runs. */
async function startUp(browser, origin, words, bundle, warm) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await timeToLocked(browser, origin, words, bundle, warm));
  return {
    ms: median(runs.map((r) => r.ms)),
    longTasksOver50ms: median(runs.map((r) => r.longTasks.filter((d) => d > 50).length)),
    runsWithLongTask: runs.filter((r) => r.longTasks.some((d) => d > 50)).length,
    runs: RUNS,
    longestTaskMs: median(runs.map((r) => Math.max(0, ...r.longTasks))),
  };
}

/** Entitlement requests made by a page with `count` gates for one article. */
async function requestsFor(browser, origin, count) {
  const page = await browser.newPage();
  let requests = 0;
  page.on('request', (request) => request.url().includes('/api/states/') && requests++);
  await page.goto(`${origin}/blank.html`);
  await page.evaluate((count) => {
    document.body.innerHTML = Array.from(
      { length: count },
      () => `<paywall-gate entitlements-url="/api/states/exhausted" article-id="bench"><p>Text.</p><p>More.</p></paywall-gate>`,
    ).join('');
  }, count);
  await page.addScriptTag({ url: '/paywall-elements.min.js' });
  await page.evaluate(async () => {
    await new Promise((resolve) => {
      const done = () => [...document.querySelectorAll('paywall-gate')].every((g) => g.getAttribute('state') === 'locked');
      const poll = () => (done() ? resolve() : setTimeout(poll, 20));
      poll();
    });
  });
  await page.close();
  return requests;
}

/** JS heap (bytes) before and after every 250 of 1,000 create-attach-detach cycles, each after a forced GC. */
async function memory(browser, origin) {
  const page = await browser.newPage();
  await page.goto(`${origin}/blank.html`);
  const cdp = await page.createCDPSession();
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await page.metrics()).JSHeapUsedSize;
  };
  await page.addScriptTag({ url: '/paywall-elements.min.js' });
  await page.evaluate(async () => {
    window.cycle = async (n) => {
      for (let i = 0; i < n; i++) {
        const gate = document.createElement('paywall-gate');
        gate.innerHTML =
          '<script type="application/json">{"plans": [{"name": "Annual", "price": 2700, "currency": "INR", "period": "P1Y"}]}</script><article><p>One.</p><p>Two.</p><p>Three.</p></article>';
        gate.setAttribute('preview-length', '1');
        gate.setAttribute('preview-unit', 'paragraphs');
        gate.entitlement = { granted: false, reason: 'METERING' };
        document.body.append(gate);
        await gate.updateComplete;
        gate.remove();
      }
    };
    await window.cycle(50); // warm up: compiled code and caches are not growth
  });
  const samples = [await heap()];
  for (let i = 0; i < 4; i++) {
    await page.evaluate(() => window.cycle(250));
    samples.push(await heap());
  }
  await page.close();
  return samples;
}

const server = await startServer(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchBrowser();
const results = { machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${platform()} ${release()}, Node.js ${process.version}` };
try {
  const code = await readFile(BUNDLE);
  results.size = { library: sumOf(sizes(code), sizes(await readFile(LIBRARY))), bareLitElement: sizes(await bareLitElement()) };
  results.browser = await browser.version();

  results.timeToLocked = [];
  for (const words of SIZES) {
    const cold = await startUp(browser, origin, words, code.toString(), false);
    const warm = await startUp(browser, origin, words, code.toString(), true);
    results.timeToLocked.push({ words, ...cold, warm });
  }
  const enginePage = await browser.newPage();
  await enginePage.goto(`${origin}/plans.html`);
  results.truncation = await truncationTimes(enginePage, [['words', 100]]);
  await enginePage.close();

  results.layoutShift = await layoutShifts(browser, origin);
  results.requests = [];
  for (const gates of [1, 10, 50]) results.requests.push({ gates, requests: await requestsFor(browser, origin, gates) });
  results.memory = await memory(browser, origin);
  results.offerFirstPaint = await offerFirstPaint(browser, origin);
} finally {
  await browser.close();
  server.close();
}

const kb = (bytes) => `${bytes.toLocaleString('en')} B`;
const { library, bareLitElement: bare } = results.size;
console.log(`paywall-elements benchmark · ${results.browser} · ${results.machine}\n`);
console.log('Size of what every page with the script tag loads (budget 20,480 B gzipped; the parts in dist/parts/ are extra)\n');
console.log('| bundle | minified | gzip | brotli |\n|---|---:|---:|---:|');
console.log(
  `| paywall-elements.min.js + paywall-elements.js (Lit, <paywall-gate>, the entitlement client) | ${kb(library.minified)} | ${kb(library.gzip)} | ${kb(library.brotli)} |`,
);
console.log(`| a bare LitElement, for comparison | ${kb(bare.minified)} | ${kb(bare.gzip)} | ${kb(bare.brotli)} |`);
console.log(
  `\nTime to the locked view (median of ${RUNS}), from evaluating the script; the truncation engine alone; long tasks meanwhile\n`,
);
console.log('"Segmenter warm": the page had used Intl.Segmenter before, so the browser\'s one-time load of its data is not counted.\n');
console.log(
  '| article | to locked view | each 1,000 words more | engine alone | tasks > 50 ms | runs with one | longest task | Segmenter warm: to locked view | tasks > 50 ms | runs with one | longest task |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
);
const [first] = results.timeToLocked;
// The Long Tasks API reports only tasks of 50 ms or more.
const longest = (ms) => (ms ? `${ms.toFixed(0)} ms` : 'under 50 ms');
for (const [i, { words, ms, longTasksOver50ms, runsWithLongTask, longestTaskMs, warm }] of results.timeToLocked.entries()) {
  const engine = results.truncation[i].ms;
  // The growth past the smallest article, per 1,000 words: flat when the cost is linear.
  const slope = i ? `${(((ms - first.ms) / (words - first.words)) * 1000).toFixed(2)} ms` : '';
  console.log(
    `| ${words.toLocaleString('en')} words | ${ms.toFixed(1)} ms | ${slope} | ${engine.toFixed(1)} ms | ${longTasksOver50ms} | ${runsWithLongTask} of ${RUNS} | ${longest(longestTaskMs)} | ${warm.ms.toFixed(1)} ms | ${warm.longTasksOver50ms} | ${warm.runsWithLongTask} of ${RUNS} | ${longest(warm.longestTaskMs)} |`,
  );
}
console.log('\nLayout shift on demo/article.html (target ≤ 0.01)\n');
console.log('| viewport | outcome | CLS |\n|---|---|---:|');
for (const { viewport, outcome, cls } of results.layoutShift)
  console.log(`| ${viewport.width}×${viewport.height} | ${outcome} | ${cls.toFixed(4)} |`);
console.log('\nEntitlement requests (target: 1)\n');
console.log('| gates on the page | requests |\n|---:|---:|');
for (const { gates, requests } of results.requests) console.log(`| ${gates} | ${requests} |`);
console.log('\nJS heap after create-attach-detach cycles of a gate, each after a forced GC (no growth trend wanted)\n');
console.log('| cycles | heap |\n|---:|---:|');
results.memory.forEach((bytes, i) => console.log(`| ${(i * 250).toLocaleString('en')} | ${kb(bytes)} |`));
printOfferFirstPaint(results.offerFirstPaint);

await mkdir(new URL('../bench-results/', import.meta.url), { recursive: true });
await writeFile(new URL('../bench-results/bench.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWritten to bench-results/bench.json');
