import { readFile } from 'node:fs/promises';
import { startServer } from '../demo/server.mjs';
import { launchBrowser } from '../test/support/browser.mjs';
import { articleHtml } from './bench-article.mjs';
const server = await startServer(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchBrowser();
const bundle = await readFile(new URL('../dist/paywall-elements.min.js', import.meta.url), 'utf8');
const words = Number(process.argv[2] ?? 10000);
for (let i = 0; i < 5; i++) {
  const page = await browser.newPage();
  await page.goto(`${origin}/blank.html`);
  const r = await page.evaluate(async (article, bundle, mode) => {
    document.body.innerHTML = `<paywall-gate preview-length="100"><article>${article}</article></paywall-gate>`;
    const gate = document.querySelector('paywall-gate');
    gate.entitlement = { granted: false, reason: 'METERING', meter: { used: 5, limit: 5 } };
    const longTasks = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => Math.round(e.duration))));
    observer.observe({ type: 'longtask' });
    const marks = {};
    const t0 = performance.now();
    (0, eval)(bundle);
    marks.eval = performance.now() - t0;
    await customElements.whenDefined('paywall-gate');
    await gate.updateComplete;
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 100));
    observer.disconnect();
    return { ms: Math.round(ms), eval: Math.round(marks.eval), longTasks };
  }, articleHtml(words), bundle);
  console.log(JSON.stringify(r));
  await page.close();
}
await browser.close(); server.close();
