// Saves PNGs of the demo's main states at 1280×800 and 390×844 into screenshots/, so that a
// reviewer can see the widget without a browser. Builds nothing: run `npm run build` first
// (`npm run screenshots` does).
import { mkdir } from 'node:fs/promises';
import { startServer } from '../demo/server.mjs';
import { launchBrowser } from '../test/support/browser.mjs';

const OUT = new URL('../screenshots/', import.meta.url);
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
const FREE = [
  'council-backs-riverside-tram-line',
  'ashworths-bakery-moves-into-old-post-office',
  'regent-cinema-reopens-with-film-festival',
];
const LOCKED = 'harbour-road-women-reach-cup-semi-final';
const HARD = 'kingsmead-bridge-closure-detour-plan';

await mkdir(OUT, { recursive: true });
const server = await startServer(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchBrowser();
const settled = (page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('paywall-gate')].every((g) => ['locked', 'unlocked'].includes(g.getAttribute('state'))),
  );

/** One shot: a fresh reader (its own cookies), optional steps first, then the page at `path`. */
async function shoot(name, path, { before = [], gate = true, full = false } = {}) {
  for (const viewport of VIEWPORTS) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport(viewport);
    for (const step of before) {
      await page.goto(origin + step, { waitUntil: 'networkidle0' });
      if (gate) await settled(page);
    }
    await page.goto(origin + path, { waitUntil: 'networkidle0' });
    if (gate) await settled(page);
    // The offer, in view: where a reader's eyes go once the gate decides.
    if (gate && !full) await page.evaluate(() => document.querySelector('paywall-gate')?.scrollIntoView());
    await new Promise((resolve) => setTimeout(resolve, 400));
    const file = new URL(`${name}-${viewport.width}.png`, OUT);
    await page.screenshot({ path: file.pathname, fullPage: full });
    console.log(`saved ${file.pathname}`);
    await context.close();
  }
}

try {
  await shoot('home', '/', { gate: false, full: true });
  await shoot('article-free', `/articles/${FREE[0]}.html`);
  await shoot('article-locked', `/articles/${LOCKED}.html`, { before: FREE.map((slug) => `/articles/${slug}.html`) });
  await shoot('hard-mode-locked', `/articles/${HARD}.html`, { before: FREE.map((slug) => `/articles/${slug}.html`) });
  await shoot('states', '/states.html', { full: true });
  await shoot('theming', '/theming.html', { full: true });
  await shoot('site-build', '/bundled.html');
} finally {
  await browser.close();
  server.close();
}
