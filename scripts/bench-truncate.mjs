// Prints how long the truncation engine takes on articles of 1,000, 10,000 and 100,000 words,
// in headless Chromium: find the cut and cut there, median of several runs. A benchmark, not a
// test: it asserts nothing. Run `npm run build` first (it uses dist/truncate/truncate.js).
// `npm run bench` runs it too, with the other measurements.
import { fileURLToPath } from 'node:url';
import { startServer } from '../demo/server.mjs';
import { launchBrowser } from '../test/support/browser.mjs';
import { articleHtml } from './bench-article.mjs';

export const SIZES = [1_000, 10_000, 100_000];
// Many runs: the median then holds still on a shared two-core machine.
const RUNS = 31;
const UNITS = [
  ['words', 100],
  ['characters', 600],
  ['paragraphs', 3],
];

/** Median milliseconds to find the cut and cut, per article size and unit, in `page` (served by the demo server). */
export async function truncationTimes(page, units = UNITS, sizes = SIZES, runs = RUNS) {
  const articles = sizes.map((words) => [words, articleHtml(words)]);
  return page.evaluate(
    async (articles, runs, units) => {
      const { findCut, cutAt } = await import('/dist/truncate/truncate.js');
      const out = [];
      for (const [words, html] of articles) {
        const root = document.createElement('article');
        root.innerHTML = html;
        document.body.append(root);
        for (const [unit, length] of units) {
          const times = [];
          for (let i = 0; i < runs; i++) {
            const t0 = performance.now();
            const restore = cutAt(root, findCut(root, { unit, length }));
            times.push(performance.now() - t0);
            restore();
          }
          out.push({ words, unit, length, ms: times.sort((a, b) => a - b)[Math.floor(runs / 2)] });
        }
        root.remove();
      }
      return out;
    },
    articles,
    runs,
    units,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startServer(0);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/plans.html`);
    const rows = await truncationTimes(page);
    console.log(`Truncation engine, headless Chromium, median of ${RUNS} runs (find the cut + cut):\n`);
    console.log('| article words | unit | preview | ms | ms per 1,000 words |');
    console.log('|---:|---|---:|---:|---:|');
    for (const { words, unit, length, ms } of rows) {
      console.log(`| ${words.toLocaleString('en')} | ${unit} | ${length} | ${ms.toFixed(2)} | ${((ms / words) * 1000).toFixed(3)} |`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}
