// Prints the cumulative layout shift on the demo article page, from navigation until the gate
// has settled, at a desktop and a phone size, for a locked and an unlocked outcome (the decision
// arrives 300 ms after the script, as from a network). Target: at most 0.01. A benchmark, not a
// test: it asserts nothing. Run `npm run build` first. `npm run bench` runs it too.
import { fileURLToPath } from 'node:url';
import { startServer } from '../demo/server.mjs';
import { launchBrowser } from '../test/support/browser.mjs';

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
const OUTCOMES = ['exhausted', 'unlocked'];

/** CLS per viewport and outcome on the demo article page, served at `origin`. */
export async function layoutShifts(browser, origin) {
  const rows = [];
  for (const viewport of VIEWPORTS) {
    for (const outcome of OUTCOMES) {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      await page.evaluateOnNewDocument(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.hadRecentInput) continue;
            const sources = (entry.sources ?? []).map((s) => s.node?.nodeName?.toLowerCase() ?? '?');
            window.__shifts.push({ value: entry.value, sources });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${origin}/article.html?decision=${outcome}&delay=300`, { waitUntil: 'networkidle0' });
      await page.waitForFunction(
        (state) => document.querySelector('paywall-gate')?.getAttribute('state') === state,
        {},
        outcome === 'unlocked' ? 'unlocked' : 'locked',
      );
      await new Promise((r) => setTimeout(r, 800));
      const shifts = await page.evaluate(() => window.__shifts);
      const cls = shifts.reduce((sum, s) => sum + s.value, 0);
      rows.push({
        viewport,
        outcome: outcome === 'unlocked' ? 'unlocked' : 'locked',
        cls,
        sources: [...new Set(shifts.flatMap((s) => s.sources))],
      });
      await page.close();
    }
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer(0);
  const browser = await launchBrowser();
  let rows;
  try {
    rows = await layoutShifts(browser, `http://127.0.0.1:${server.address().port}`);
  } finally {
    await browser.close();
    server.close();
  }
  console.log('Cumulative layout shift on demo/article.html (decision after 300 ms), headless Chromium:\n');
  console.log('| viewport | outcome | CLS | shifted |');
  console.log('|---|---|---:|---|');
  for (const { viewport, outcome, cls, sources } of rows) {
    console.log(`| ${viewport.width}×${viewport.height} | ${outcome} | ${cls.toFixed(4)} | ${sources.join(', ') || 'nothing'} |`);
  }
}
