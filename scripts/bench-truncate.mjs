// Prints how long the truncation engine takes on articles of 1,000, 10,000 and 100,000 words,
// in headless Chromium: find the cut and cut there, median of several runs. A benchmark, not a
// test: it asserts nothing. Run `npm run build` first (it uses dist/truncate/truncate.js).
import { startServer } from '../demo/server.mjs';
import { launchBrowser } from '../test/support/browser.mjs';

const SIZES = [1_000, 10_000, 100_000];
const RUNS = 9;
const UNITS = [
  ['words', 100],
  ['characters', 600],
  ['paragraphs', 3],
];

const server = await startServer(0);
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const rows = await page.evaluate(
    async (sizes, runs, units) => {
      const { findCut, cutAt } = await import('/dist/truncate/truncate.js');
      const vocabulary = 'the council voted to build a tram line along river bank linking port district with central station'.split(' ');
      const article = (words) => {
        const root = document.createElement('article');
        let html = '';
        for (let w = 0, p = 0; w < words; p++) {
          if (p % 10 === 9) html += '<h2>Section heading</h2><figure><img alt="" width="1" height="1"><figcaption>Caption</figcaption></figure>';
          const n = Math.min(60, words - w);
          const text = Array.from({ length: n }, (_, i) => vocabulary[(w + i) % vocabulary.length]);
          text[5] = `<b>${text[5]}</b>`;
          text[20] = `<a href="#">${text[20]}</a>`;
          html += `<p>${text.join(' ')}.</p>`;
          w += n;
        }
        root.innerHTML = html;
        document.body.append(root);
        return root;
      };
      const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const out = [];
      for (const words of sizes) {
        const root = article(words);
        for (const [unit, length] of units) {
          const times = [];
          for (let i = 0; i < runs; i++) {
            const t0 = performance.now();
            const restore = cutAt(root, findCut(root, { unit, length }));
            times.push(performance.now() - t0);
            restore();
          }
          out.push({ words, unit, length, ms: median(times) });
        }
        root.remove();
      }
      return out;
    },
    SIZES,
    RUNS,
    UNITS,
  );
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
