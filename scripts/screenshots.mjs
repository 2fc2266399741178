// Saves PNGs of every page and state of the demo, at 1280×800 and 390×844, into screenshots/
// (git-ignored), so that a reviewer can see the widget without a browser; and the README's
// picture, docs/images/locked-offer.png. Builds nothing: run `npm run build` first
// (`npm run screenshots` does). `--readme` makes the README's picture only.
import { mkdir, stat } from 'node:fs/promises';
import { startServer } from '../demo/server.mjs';
import { FOURTH_STORY, FREE_STORIES, HARD_MODE_STORY, SUBSCRIBERS_ONLY_STORY } from '../test/support/demo-stories.mjs';
import { launchBrowser } from '../test/support/browser.mjs';

const OUT = new URL('../screenshots/', import.meta.url);
const README_IMAGE = new URL('../docs/images/locked-offer.png', import.meta.url);
/** The README's picture must stay small: it is in every clone of the repository. */
const README_MAX_BYTES = 60 * 1024;
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
const story = (slug) => `/articles/${slug}.html`;
const FREE = FREE_STORIES.map(story);
const LOCKED = story(FOURTH_STORY);
const SUBSCRIBERS_ONLY = story(SUBSCRIBERS_ONLY_STORY);
const HARD = story(HARD_MODE_STORY);

/** Every shot: a fresh reader (its own cookies), steps first, then the page; whole pages, headline included. */
const SHOTS = [
  { name: 'home', path: '/' },
  { name: 'story-free-read-meter-notice', path: FREE[0] },
  { name: 'story-locked-limit-reached', path: LOCKED, before: FREE },
  { name: 'story-locked-subscribers-only', path: SUBSCRIBERS_ONLY },
  { name: 'story-locked-endpoint-down', path: FREE[0], before: ['/demo/mode?set=fail&next=/'] },
  { name: 'story-hard-mode-locked', path: HARD, before: FREE },
  { name: 'story-unlocked-after-login', path: LOCKED, before: [...FREE, LOCKED, `/login?next=${LOCKED}`], submit: true },
  { name: 'checkout', path: `/subscribe?plan=annual&next=${LOCKED}` },
  { name: 'plans', path: '/plans.html' },
  { name: 'article', path: '/article.html' },
  { name: 'states', path: '/states.html' },
  { name: 'theming', path: '/theming.html' },
  { name: 'story-locked-dark', path: LOCKED, before: FREE, dark: true },
  { name: 'story-locked-rtl', path: LOCKED, before: FREE, rtl: true },
  { name: 'site-build', path: '/bundled.html' },
];

await mkdir(OUT, { recursive: true });
const server = await startServer(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchBrowser();

/** Until every gate has decided, every animation has ended, and the masthead has its answer. */
async function settled(page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('paywall-gate')].every((gate) => ['locked', 'unlocked'].includes(gate.getAttribute('state'))),
  );
  await page.waitForNetworkIdle({ idleTime: 250 });
  await page.evaluate(async () => {
    await document.fonts.ready;
    const roots = [document, ...[...document.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
    await Promise.all(roots.flatMap((root) => root.getAnimations()).map((animation) => animation.finished.catch(() => {})));
  });
}

/** A fresh reader on `path`, after `before` (the last submitted, for a log-in form), in `viewport`. */
async function open(shot, viewport) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  if (shot.dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  for (const step of shot.before ?? []) {
    await page.goto(origin + step, { waitUntil: 'networkidle0' });
    await settled(page);
  }
  if (shot.submit) await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('form button')]);
  else await page.goto(origin + shot.path, { waitUntil: 'networkidle0' });
  await settled(page);
  if (shot.rtl) {
    // The same page laid out right to left, as a page in Urdu or Arabic would be.
    await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
    await settled(page);
  }
  return { context, page };
}

async function shoot(shot) {
  for (const viewport of VIEWPORTS) {
    const { context, page } = await open(shot, viewport);
    const file = new URL(`${shot.name}-${viewport.width}.png`, OUT);
    await page.screenshot({ path: file.pathname, fullPage: true });
    console.log(`saved ${file.pathname}`);
    await context.close();
  }
}

/**
 * The README's picture: a locked story laid out at 1280, its offer from the heading to the plans.
 * No image optimiser is at hand, so the clip and the scale keep it small: the benefits and the
 * preview's text, which cost the most bytes, are left to the screenshots, and it is drawn at 0.9
 * of its CSS size, about the most that GitHub shows of a README's picture (some 830 px across).
 */
async function readmeImage() {
  const { context, page } = await open({ path: LOCKED, before: FREE }, { ...VIEWPORTS[0], deviceScaleFactor: 0.9 });
  const clip = await page.evaluate(() => {
    const offer = document.querySelector('paywall-gate').shadowRoot;
    const heading = offer.querySelector('[part~=heading]').getBoundingClientRect();
    const plans = offer.querySelector('[part~=plans]').getBoundingClientRect();
    const margin = 16;
    return {
      x: plans.left - margin,
      y: heading.top + scrollY - margin,
      width: plans.width + 2 * margin,
      height: plans.bottom - heading.top + 2 * margin,
    };
  });
  await page.screenshot({ path: README_IMAGE.pathname, clip, captureBeyondViewport: true });
  const { size } = await stat(README_IMAGE);
  console.log(`saved ${README_IMAGE.pathname} (${size} B, ${Math.round(clip.width)}×${Math.round(clip.height)} CSS px at 0.9)`);
  await context.close();
  if (size > README_MAX_BYTES) throw new Error(`${README_IMAGE.pathname} is ${size} B, over ${README_MAX_BYTES} B: clip it smaller.`);
}

try {
  if (!process.argv.includes('--readme')) for (const shot of SHOTS) await shoot(shot);
  await readmeImage();
} finally {
  await browser.close();
  server.close();
}
