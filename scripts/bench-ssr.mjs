// Prints the time to the offer's first paint on the demo's hard-mode story, client-rendered (the
// page as written, ?render=client) against server-rendered (paywall-elements/ssr, as `npm start`
// serves it), for a reader past the meter, with the cumulative layout shift of each load: on the
// local server, and with the network slowed to "Fast 4G" (puppeteer's preset). Median of RUNS
// loads, each a new reader. A benchmark, not a test: it asserts nothing. Run `npm run build`
// first; `npm run bench` runs it too.
import { fileURLToPath } from 'node:url';
import { PredefinedNetworkConditions } from 'puppeteer-core';
import { startServer } from '../demo/server.mjs';
import { launchBrowser } from '../test/support/browser.mjs';
import { median } from './bench-article.mjs';

const STORY = '/articles/kingsmead-bridge-closure-detour-plan.html';
const RUNS = 5;
const NETWORKS = [
  ['local', undefined],
  ['Fast 4G', PredefinedNetworkConditions['Fast 4G']],
];
const RENDERINGS = [
  ['client-rendered', '?render=client'],
  ['server-rendered', ''],
];

/**
 * Watches every frame from the navigation: the first in which the offer's meter message is laid
 * out, the first in which the offer is fully opaque (the client's fades in), and the layout shifts.
 */
function watchOffer() {
  window.__offer = { painted: undefined, opaque: undefined, cls: 0 };
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.__offer.cls += entry.value))).observe({
    type: 'layout-shift',
    buffered: true,
  });
  const frame = (time) => {
    const offer = document.querySelector('paywall-gate')?.shadowRoot?.querySelector('[part~=offer]');
    const heading = offer?.querySelector('[part~=heading]');
    if (heading && heading.getBoundingClientRect().height > 0) {
      window.__offer.painted ??= time;
      if (getComputedStyle(offer).opacity === '1') window.__offer.opaque ??= time;
    }
    if (window.__offer.opaque === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** One load by a new reader who has used the month's free articles: the offer's times (ms from navigation) and the CLS. */
async function load(browser, origin, query, network) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`${origin}/blank.html`);
  await page.evaluate(() => Promise.all(['one', 'two', 'three'].map((id) => fetch(`/api/entitlements?article=${id}`))));
  if (network) await page.emulateNetworkConditions(network);
  await page.evaluateOnNewDocument(watchOffer);
  await page.goto(origin + STORY + query);
  await page.waitForFunction(() => window.__offer.opaque !== undefined, { timeout: 30000 });
  await page.$eval('paywall-gate', (gate) => gate.decisionComplete);
  // Settled: two more frames for any last shift to be reported.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const result = await page.evaluate(() => window.__offer);
  await context.close();
  return result;
}

/** The median times and the worst CLS of RUNS loads, per network and rendering. */
export async function offerFirstPaint(browser, origin) {
  const rows = [];
  for (const [network, conditions] of NETWORKS) {
    for (const [rendering, query] of RENDERINGS) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await load(browser, origin, query, conditions));
      rows.push({
        network,
        rendering,
        paintedMs: median(runs.map((run) => run.painted)),
        opaqueMs: median(runs.map((run) => run.opaque)),
        cls: Math.max(...runs.map((run) => run.cls)),
        runs: RUNS,
      });
    }
  }
  return rows;
}

/** The rows as a Markdown table. */
export function printOfferFirstPaint(rows) {
  console.log(`\nThe offer's first paint on the hard-mode story, reader past the meter (median of ${RUNS}; CLS: the worst load)\n`);
  console.log('| network | rendering | offer first painted | offer fully shown | CLS |\n|---|---|---:|---:|---:|');
  for (const { network, rendering, paintedMs, opaqueMs, cls } of rows)
    console.log(`| ${network} | ${rendering} | ${paintedMs.toFixed(0)} ms | ${opaqueMs.toFixed(0)} ms | ${cls.toFixed(2)} |`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer(0);
  const browser = await launchBrowser();
  try {
    printOfferFirstPaint(await offerFirstPaint(browser, `http://127.0.0.1:${server.address().port}`));
  } finally {
    await browser.close();
    server.close();
  }
}
