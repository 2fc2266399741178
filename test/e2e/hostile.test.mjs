// The script-tag bundle in hostile surroundings, each test as a reader would meet it:
//  1. a strict Content Security Policy with Trusted Types (soft and hard mode);
//  2. localStorage and sessionStorage missing, or throwing on every access;
//  3. cookies blocked by the browser;
//  4. the bundle loaded twice, beside another copy of Lit with its own element;
//  5. hostile strings in every input (attributes, JSON, the endpoint's answer, light DOM);
//  6. hostile URLs for checkout, login, subscribe and content, and the origin allow-list;
//  7. 100 gates on one page, half of them added later: one entitlement request;
//  8. a gate removed while its request is out: no late render, nothing retained;
//  9. the demo's hard-mode story with JavaScript off: the preview and the <noscript> line only.
// One small node:http server (test pages from strings, with their own headers; the entitlement
// and content endpoints of test/support/test-endpoints.mjs) and one Chromium with --expose-gc
// serve all of them; each test is a fresh browser context.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import { startServer as startDemoServer } from '../../demo/server.mjs';
import { launchBrowser, watchedPage } from '../support/browser.mjs';
import { createTestEndpoints, REST } from '../support/test-endpoints.mjs';

const BUNDLE = fileURLToPath(new URL('../../dist/paywall-elements.min.js', import.meta.url));
const CSP =
  "script-src 'self'; style-src 'self' 'nonce-abc123'; require-trusted-types-for 'script'; trusted-types lit-html paywall-elements";
const HOSTILE = {
  img: '<img src=x onerror="window.__canary=1">',
  script: '"><script>window.__canary=1</script>',
  template: "{{constructor.constructor('window.__canary=1')()}}",
};
const BAD_URLS = [
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  'https://site@evil.example/',
];
const DENIED = { granted: false, grantReason: 'METERING', data: { articlesRead: 3, articleLimit: 3, articlesRemaining: 0 } };
const GRANTED = { granted: true, grantReason: 'SUBSCRIBER' };
const METER_HEADING = 'You have read 3 of your 3 free articles this month.';

// ---------------------------------------------------------------------------------------------
// The test server.

/** Test pages by path: `{ body, headers }`. */
const pages = new Map();
const endpoints = createTestEndpoints();
/** What KEY's endpoints received: `{ answer, served, content, cookies, articles, … }`. */
const seen = (key) => endpoints.hits(key);
/** How many entitlement requests KEY received. */
const hits = (key) => seen(key).answer;
let otherLit = '';
let origin = '';
let server;
let browser;

/** Sets how KEY's entitlement endpoint answers: `body`, else GRANTED if `granted`, else DENIED (other options: test-endpoints.mjs); returns its URL. */
const endpoint = (key, { granted = false, ...options } = {}) => endpoints.answer(key, { body: granted ? GRANTED : DENIED, ...options });

/** Serves `body` at `/p/NAME` with `headers`; returns its URL. */
function servePage(name, body, headers = {}) {
  pages.set(`/p/${name}`, { body, headers });
  return `${origin}/p/${name}`;
}

async function route(req, res) {
  const path = new URL(req.url, origin).pathname;
  const send = (status, type, body, headers = {}) => res.writeHead(status, { 'content-type': type, ...headers }).end(body);
  // The script-tag build, as a publisher copies it beside the pages: the tag's file, the module it loads, and the parts.
  if (/^\/(paywall-elements(\.min)?\.js|parts\/[\w-]+\.js)$/.test(path)) {
    return send(200, 'text/javascript', readFileSync(fileURLToPath(new URL(`../../dist${path}`, import.meta.url))));
  }
  if (path === '/other-lit.js') return send(200, 'text/javascript', otherLit);
  if (pages.has(path)) {
    const { body, headers } = pages.get(path);
    return send(200, 'text/html; charset=utf-8', body, headers);
  }
  if (await endpoints.handle(req, res)) return;
  // A site that logs the reader in by cookie.
  if (path === '/set-session')
    return send(200, 'text/html', '<p>Logged in.</p>', { 'set-cookie': 'session=subscriber; Path=/; SameSite=Lax' });
  // The favicon: nothing, no error.
  if (path === '/favicon.ico') return res.writeHead(204).end();
  return send(404, 'text/plain', 'Not found');
}

// ---------------------------------------------------------------------------------------------
// Page building.

const escapeHtml = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** JSON for a `<script type="application/json">`: no `</script>` can close it early. */
const jsonScript = (value) => `<script type="application/json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
const attributes = (attrs) =>
  Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');

/** An article of `n` paragraphs; the third on holds `REST`-like text that must stay out while locked. */
const article = (n = 4) =>
  `<article>${Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the story, with enough words to count as a block of text that a reader would see.${i >= 2 ? ' LATE-TEXT' : ''}</p>`).join('')}</article>`;

/** A `<paywall-gate>` with attributes, an optional JSON configuration, and an article. */
const gate = (attrs, { config, body = article() } = {}) =>
  `<paywall-gate${attributes({ 'preview-length': '1', 'preview-unit': 'paragraphs', ...attrs })}>${config ? jsonScript(config) : ''}${body}</paywall-gate>`;

const PLANS = {
  plans: [
    { name: 'Monthly', price: 10, currency: 'EUR', period: 'P1M', href: '/checkout/monthly' },
    { name: 'Annual', price: 100, currency: 'EUR', period: 'P1Y', href: '/checkout/annual', featured: true, badge: 'Best value' },
  ],
  benefits: { heading: 'Every plan comes with', items: [{ title: 'The archive', description: 'Everything since 1997.' }] },
};

/** A whole page: the bundle by external script tag (once, unless `scripts` says otherwise). */
const html = (body, { head = '', scripts = ['/paywall-elements.min.js'] } = {}) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hostile</title>${head}` +
  `${scripts.map((src) => `<script src="${src}" defer></script>`).join('')}</head><body>${body}</body></html>`;

// ---------------------------------------------------------------------------------------------
// The reader's side.

/** Runs in every document before its own scripts: records the gate's events, CSP violations and unhandled rejections. */
function recorder() {
  window.__events = [];
  window.__violations = [];
  window.__rejections = [];
  for (const type of ['paywall-lock', 'paywall-unlock', 'paywall-error', 'paywall-login']) {
    addEventListener(
      type,
      (event) => window.__events.push({ type, id: event.target?.id ?? '', detail: JSON.parse(JSON.stringify(event.detail ?? null)) }),
      true,
    );
  }
  document.addEventListener('securitypolicyviolation', (event) =>
    window.__violations.push(
      `${event.effectiveDirective} ${event.blockedURI} ${event.sample} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.target?.outerHTML?.slice(0, 120) ?? event.target?.nodeName}`,
    ),
  );
  addEventListener('unhandledrejection', (event) => window.__rejections.push(String(event.reason)));
}

/**
 * A new reader (a fresh context of `from`), whose page records errors and warnings apart:
 * `errors()` is everything but console warnings (page errors, console errors, failed requests
 * other than ERR_ABORTED, HTTP errors); `warnings()` the console warnings' text.
 */
async function reader(from = browser) {
  const context = await from.createBrowserContext();
  const { page, problems } = await watchedPage(context);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.evaluateOnNewDocument(recorder);
  const errors = () => problems.filter((p) => !p.startsWith('console.warn: '));
  const warnings = () => problems.filter((p) => p.startsWith('console.warn: ')).map((p) => p.slice('console.warn: '.length));
  return { context, page, requests, errors, warnings };
}

/** Waits until every gate on the page (or those matching `selector`) has left `pending`. */
async function settled(page, selector = 'paywall-gate', timeout = 5000) {
  await page.waitForFunction(
    (s) => {
      const gates = [...document.querySelectorAll(s)];
      return gates.length > 0 && gates.every((g) => ['locked', 'unlocked'].includes(g.getAttribute('state')));
    },
    { timeout },
    selector,
  );
  // And shown: a locked gate's offer comes with the offer's module.
  await page.evaluate((s) => Promise.all([...document.querySelectorAll(s)].map((g) => g.updateComplete)), selector);
}

/** What a reader sees of gate `#id`: state, meter message, offer links, plans, and the article's text. */
const view = (page, id) =>
  page.evaluate((id) => {
    const g = document.getElementById(id);
    const root = g.shadowRoot;
    const text = (el) => el?.textContent.trim() ?? null;
    return {
      state: g.getAttribute('state'),
      heading: text(root.querySelector('[part~=heading]')),
      subheading: text(root.querySelector('[part~=subheading]')),
      login: text(root.querySelector('[part~=login]')),
      loginLink: root.querySelector('[part~=login-link]')?.getAttribute('href') ?? null,
      loginLabel: text(root.querySelector('[part~=login-link]')),
      cta: {
        tag: root.querySelector('[part~=cta]')?.localName ?? null,
        href: root.querySelector('[part~=cta]')?.getAttribute('href') ?? null,
        text: text(root.querySelector('[part~=cta]')),
      },
      plans: [...root.querySelectorAll('plan-card')].map((card) => {
        const part = (name) => card.shadowRoot.querySelector(`[part~=${name}]`);
        return {
          name: text(part('name')),
          badge: text(part('badge')),
          cta: part('cta')?.localName,
          href: part('cta')?.getAttribute('href') ?? null,
          label: text(part('cta')),
          note: text(part('note')),
        };
      }),
      benefits: [...root.querySelectorAll('benefits-list')].map((list) => ({
        heading: text(list.shadowRoot.querySelector('[part~=heading]')),
        titles: [...list.shadowRoot.querySelectorAll('[part~=title]')].map(text),
        descriptions: [...list.shadowRoot.querySelectorAll('[part~=description]')].map(text),
      })),
      article: g.innerText,
    };
  }, id);

/** Every href/src/action in every shadow root of the page. */
const shadowUrls = (page) =>
  page.evaluate(() => {
    const urls = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        for (const name of ['href', 'src', 'action', 'formaction', 'xlink:href'])
          if (el.hasAttribute(name)) urls.push(el.getAttribute(name));
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    return urls;
  });

/** The page's recorded events, violations, rejections and canary. */
const recorded = (page) =>
  page.evaluate(() => ({
    events: window.__events,
    violations: window.__violations,
    rejections: window.__rejections,
    canary: window.__canary,
  }));

/** Waits until every image in the page has loaded or failed (so an onerror would have run). */
const imagesDone = (page) => page.waitForFunction(() => [...document.images].every((img) => img.complete), { timeout: 5000 });

const until = async (check, what, timeout = 5000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 20));
  }
};

// ---------------------------------------------------------------------------------------------

/** Another copy of Lit, bundled on its own, defining its own element. */
async function buildOtherLit() {
  const entry = fileURLToPath(new URL('./__other-lit-entry.js', import.meta.url));
  const source = `
    import { LitElement, html, css } from 'lit';
    class OtherLit extends LitElement {
      static properties = { who: {} };
      static styles = css\`:host { display: block; color: rgb(1, 2, 3); }\`;
      render() { return html\`<p part="message">Hello from the other Lit, \${this.who}</p>\`; }
    }
    customElements.define('other-lit', OtherLit);
  `;
  const bundle = await rollup({
    input: entry,
    plugins: [
      { name: 'virtual-entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? source : null) },
      resolve(),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'iife' });
  await bundle.close();
  return output[0].code;
}

before(async () => {
  assert.ok(existsSync(BUNDLE), 'dist/paywall-elements.min.js is missing: run npm run build first');
  otherLit = await buildOtherLit();
  server = createServer((req, res) =>
    route(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end();
    }),
  );
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchBrowser(['--js-flags=--expose-gc']);
});

after(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
});

describe('hostile surroundings', () => {
  it('strict CSP with Trusted Types: locks, unlocks, renders plans and styles, with zero violations', async () => {
    const { context, page, errors, warnings } = await reader();
    const key = endpoint('csp-soft');
    const url = servePage(
      'csp-soft',
      html(
        gate(
          { id: 'g', 'entitlements-url': key, 'login-url': '/login?next={returnUrl}', 'subscribe-url': '/subscribe' },
          { config: PLANS },
        ),
        {
          head: '<style nonce="abc123">body { font-family: serif; }</style>',
        },
      ),
      { 'content-security-policy': CSP },
    );
    await page.goto(url, { waitUntil: 'load' });
    await settled(page);
    let seenByReader = await view(page, 'g');
    assert.equal(seenByReader.state, 'locked');
    assert.equal(seenByReader.heading, METER_HEADING);
    assert.equal(seenByReader.article.includes('LATE-TEXT'), false);
    assert.deepEqual(
      seenByReader.plans.map((p) => [p.name, p.cta, p.href]),
      [
        ['Monthly', 'a', `${origin}/checkout/monthly`],
        ['Annual', 'a', `${origin}/checkout/annual`],
      ],
    );
    assert.equal(seenByReader.loginLink, `${origin}/login?next=${encodeURIComponent(url)}`);
    // The constructed stylesheets applied: the featured plan's and the gate's buttons are filled.
    const backgrounds = await page.evaluate(() => {
      const root = document.getElementById('g').shadowRoot;
      const featured = root.querySelector('plan-card[featured]').shadowRoot.querySelector('[part~=cta]');
      return [getComputedStyle(featured).backgroundColor, getComputedStyle(root.querySelector('[part~=cta]')).backgroundColor];
    });
    for (const colour of backgrounds) assert.notEqual(colour, 'rgba(0, 0, 0, 0)', 'the offer is unstyled');

    endpoint('csp-soft', { granted: true });
    await page.evaluate(() => document.getElementById('g').refresh());
    await page.waitForFunction(() => document.getElementById('g').getAttribute('state') === 'unlocked', { timeout: 5000 });
    seenByReader = await view(page, 'g');
    assert.ok(seenByReader.article.includes('LATE-TEXT'), 'the whole article is back');
    const { violations, rejections, events } = await recorded(page);
    assert.deepEqual(violations, []);
    assert.deepEqual(rejections, []);
    assert.deepEqual(
      events.map((e) => e.type),
      ['paywall-lock', 'paywall-unlock'],
    );
    assert.deepEqual(errors(), []);
    assert.deepEqual(warnings(), []);
    await context.close();
  });

  for (const content of ['clean', 'hostile']) {
    it(`strict CSP with Trusted Types, hard mode, ${content} content: the rest is fetched, cleaned and appended; nothing runs`, async () => {
      const { context, page, errors, warnings } = await reader();
      const key = endpoint(`csp-hard-${content}`, { granted: true });
      const url = servePage(
        `csp-hard-${content}`,
        html(
          gate(
            { id: 'g', 'entitlements-url': key, 'content-url': `/api/content?k=${content}&markup=${content}` },
            { config: PLANS, body: article(2) },
          ),
        ),
        { 'content-security-policy': CSP },
      );
      await page.goto(url, { waitUntil: 'load' });
      await settled(page);
      await page.waitForFunction(
        (rest) => document.getElementById('g').textContent.includes(rest) || window.__events.some((e) => e.type === 'paywall-error'),
        { timeout: 5000 },
        REST,
      );
      await imagesDone(page);
      const { violations, rejections, events, canary } = await recorded(page);
      assert.deepEqual(
        events.filter((e) => e.type === 'paywall-error'),
        [],
        'hard mode failed under Trusted Types',
      );
      const seenByReader = await view(page, 'g');
      assert.equal(seenByReader.state, 'unlocked');
      assert.ok(seenByReader.article.includes(REST), 'the rest of the story shows');
      assert.equal(seen(content).content, 1);
      const leftovers = await page.evaluate(() => ({
        scripts: document.querySelectorAll('paywall-gate script:not([type="application/json"])').length,
        handlers: [...document.querySelectorAll('paywall-gate *')].filter((el) =>
          [...el.attributes].some((a) => /^on|srcdoc/i.test(a.name)),
        ).length,
        badLink: document.getElementById('bad-link')?.getAttribute('href') ?? null,
        goodLink: document.querySelector('paywall-gate a[href="/more"]') !== null,
      }));
      assert.deepEqual(leftovers, { scripts: 0, handlers: 0, badLink: null, goodLink: true });
      assert.equal(canary, undefined);
      assert.deepEqual(rejections, []);
      assert.deepEqual(warnings(), []);
      if (content === 'clean') {
        assert.deepEqual(violations, []);
        assert.deepEqual(errors(), []);
      } else {
        // Chromium checks an inline handler against the CSP when its parser sets the attribute,
        // even in an inert template: the one in the content is reported (a report the publisher
        // wants: their content breaks their own policy), then removed before use; it never runs.
        assert.equal(violations.length, 1, violations.join('\n'));
        assert.match(violations[0], /^script-src-attr inline /);
        assert.deepEqual(
          errors().filter((e) => !/Executing inline event handler violates/.test(e)),
          [],
        );
      }
      await context.close();
    });
  }

  it('strict CSP without the paywall-elements policy: hard mode reports paywall-error and locks with the offer, no error', async () => {
    const { context, page, errors, warnings } = await reader();
    const key = endpoint('csp-unlisted', { granted: true });
    const url = servePage(
      'csp-unlisted',
      html(gate({ id: 'g', 'entitlements-url': key, 'content-url': '/api/content?k=clean-unlisted&markup=clean' }, { body: article(2) })),
      { 'content-security-policy': CSP.replace(' paywall-elements', '') },
    );
    await page.goto(url, { waitUntil: 'load' });
    await settled(page);
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'paywall-error'), { timeout: 5000 });
    const { events, rejections, canary } = await recorded(page);
    assert.deepEqual(
      events.filter((e) => e.type === 'paywall-error').map((e) => e.detail.source),
      ['content-url'],
    );
    await settled(page);
    const seenByReader = await view(page, 'g');
    // Neither article nor offer would leave the reader stranded: the gate locks, with its offer.
    assert.equal(seenByReader.state, 'locked');
    assert.equal(seenByReader.cta.text, 'Subscribe to continue reading');
    assert.equal(seenByReader.article.includes(REST), false, 'nothing of the rest came in');
    assert.ok(seenByReader.article.includes('Paragraph 1'), 'the preview stays');
    assert.equal(canary, undefined);
    assert.deepEqual(rejections, []);
    // The browser's own report of the refused policy, which tells the publisher what to add.
    assert.equal(errors().length, 1, errors().join('\n'));
    assert.match(errors()[0], /^console\.error: Creating a TrustedTypePolicy named 'paywall-elements' violates/);
    assert.equal(warnings().length, 1);
    assert.match(warnings()[0], /^<paywall-gate> content-url: the request failed \(network\); the offer is shown\.$/);
    await context.close();
  });

  for (const mode of ['missing', 'throwing']) {
    it(`storage ${mode}: gates lock and unlock, the local meter counts in memory, no error`, async () => {
      const { context, page, errors, warnings } = await reader();
      await page.evaluateOnNewDocument((mode) => {
        for (const name of ['localStorage', 'sessionStorage']) {
          Object.defineProperty(
            window,
            name,
            mode === 'missing'
              ? { value: undefined, configurable: true }
              : {
                  configurable: true,
                  get() {
                    throw new DOMException(`${name} is blocked`, 'SecurityError');
                  },
                },
          );
        }
      }, mode);
      const denied = endpoint(`storage-denied-${mode}`);
      const granted = endpoint(`storage-granted-${mode}`, { granted: true });
      const metered = (id, articleId) => gate({ id, 'free-limit': '2', 'article-id': articleId });
      const url = servePage(
        `storage-${mode}`,
        html(
          gate({ id: 'denied', 'entitlements-url': denied }) +
            gate({ id: 'granted', 'entitlements-url': granted }) +
            metered('one', 'first-story') +
            metered('two', 'second-story') +
            metered('three', 'third-story') +
            metered('one-again', 'first-story'),
        ),
      );
      await page.goto(url, { waitUntil: 'load' });
      await settled(page);
      // The stub really is in place.
      const probe = await page.evaluate(() => {
        try {
          return typeof window.localStorage;
        } catch (error) {
          return error.name;
        }
      });
      assert.equal(probe, mode === 'missing' ? 'undefined' : 'SecurityError');
      const states = await page.$$eval('paywall-gate', (gates) => Object.fromEntries(gates.map((g) => [g.id, g.getAttribute('state')])));
      assert.deepEqual(states, {
        denied: 'locked',
        granted: 'unlocked',
        one: 'unlocked',
        two: 'unlocked',
        three: 'locked',
        'one-again': 'unlocked',
      });
      assert.equal((await view(page, 'three')).heading, 'You have read 2 of your 2 free articles this month.');
      assert.equal((await view(page, 'denied')).heading, METER_HEADING);

      endpoint(`storage-denied-${mode}`, { granted: true });
      await page.evaluate(() => document.getElementById('denied').refresh());
      await page.waitForFunction(() => document.getElementById('denied').getAttribute('state') === 'unlocked', { timeout: 5000 });
      assert.ok((await view(page, 'denied')).article.includes('LATE-TEXT'));
      assert.equal(hits(`storage-denied-${mode}`), 2);
      const { rejections } = await recorded(page);
      assert.deepEqual(rejections, []);
      assert.deepEqual(errors(), []);
      assert.deepEqual(warnings(), []);
      await context.close();
    });
  }

  it('cookies blocked: the reader is anonymous (no cookie reaches the endpoint), no error', async () => {
    // Control: with cookies, the session cookie makes a subscriber.
    const subscribers = { cookie: 'session=subscriber', withCookie: GRANTED };
    const on = endpoint('cookie-on', subscribers);
    const off = endpoint('cookie-off', subscribers);
    const page = (url) => html(gate({ id: 'g', 'entitlements-url': url, credentials: 'include' }, { config: PLANS }));
    {
      const { context, page: tab, errors } = await reader();
      await tab.goto(`${origin}/set-session`);
      await tab.goto(servePage('cookie-on', page(on)), { waitUntil: 'load' });
      await settled(tab);
      assert.equal((await view(tab, 'g')).state, 'unlocked');
      assert.deepEqual(seen('cookie-on').cookies, ['session=subscriber']);
      assert.deepEqual(errors(), []);
      await context.close();
    }
    // A browser set to block all cookies (Chromium's "Block all cookies" content setting),
    // and document.cookie disabled on top.
    const profile = mkdtempSync(join(tmpdir(), 'paywall-no-cookies-'));
    mkdirSync(join(profile, 'Default'));
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }));
    const blocking = await launchBrowser([], { userDataDir: profile });
    try {
      const { page: tab, problems } = await watchedPage(blocking);
      await tab.evaluateOnNewDocument(recorder);
      const cdp = await tab.createCDPSession();
      await cdp.send('Emulation.setDocumentCookieDisabled', { disabled: true });
      await tab.goto(`${origin}/set-session`);
      await tab.goto(servePage('cookie-off', page(off)), { waitUntil: 'load' });
      await settled(tab);
      const seenByReader = await view(tab, 'g');
      assert.equal(seenByReader.state, 'locked');
      assert.equal(seenByReader.heading, METER_HEADING, 'the anonymous answer');
      assert.deepEqual(seen('cookie-off').cookies, [null], 'a cookie reached the endpoint');
      assert.deepEqual((await recorded(tab)).rejections, []);
      assert.deepEqual(problems, []);
    } finally {
      await blocking.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('the bundle loaded twice, beside another copy of Lit with its own element: gates work, no error', async () => {
    const { context, page, errors, warnings } = await reader();
    const denied = endpoint('twice-denied');
    const granted = endpoint('twice-granted', { granted: true });
    const url = servePage(
      'twice',
      html(
        gate({ id: 'locked', 'entitlements-url': denied }, { config: PLANS }) +
          gate({ id: 'unlocked', 'entitlements-url': granted }) +
          '<other-lit who="too"></other-lit>',
        {
          scripts: ['/paywall-elements.min.js', '/other-lit.js', '/paywall-elements.min.js'],
        },
      ),
    );
    await page.goto(url, { waitUntil: 'load' });
    await settled(page);
    const locked = await view(page, 'locked');
    assert.equal(locked.state, 'locked');
    assert.equal(locked.heading, METER_HEADING);
    assert.deepEqual(
      locked.plans.map((p) => p.name),
      ['Monthly', 'Annual'],
    );
    assert.equal((await view(page, 'unlocked')).state, 'unlocked');
    assert.ok((await view(page, 'unlocked')).article.includes('LATE-TEXT'));
    const other = await page.$eval('other-lit', (el) => [el.shadowRoot?.textContent.trim(), getComputedStyle(el).color]);
    assert.deepEqual(other, ['Hello from the other Lit, too', 'rgb(1, 2, 3)']);
    assert.equal(hits('twice-denied'), 1);
    const { rejections, events } = await recorded(page);
    assert.deepEqual(rejections, []);
    assert.equal(events.filter((e) => e.id === 'locked' && e.type === 'paywall-lock').length, 1, 'one lock event, not one per copy');
    assert.deepEqual(errors(), []);
    assert.deepEqual(warnings(), []);
    await context.close();
  });

  it('the bundle loaded twice under a CSP whose trusted-types has no allow-duplicates: the second copy stops before Lit, no error', async () => {
    const { context, page, errors, warnings } = await reader();
    const denied = endpoint('twice-csp');
    const url = servePage(
      'twice-csp',
      html(gate({ id: 'g', 'entitlements-url': denied }, { config: PLANS }), {
        scripts: ['/paywall-elements.min.js', '/paywall-elements.min.js'],
      }),
      { 'content-security-policy': CSP },
    );
    await page.goto(url, { waitUntil: 'load' });
    await settled(page);
    const seenByReader = await view(page, 'g');
    assert.equal(seenByReader.state, 'locked');
    assert.equal(seenByReader.heading, METER_HEADING);
    const { violations, rejections } = await recorded(page);
    assert.deepEqual(violations, []);
    assert.deepEqual(rejections, []);
    assert.deepEqual(errors(), []);
    assert.deepEqual(warnings(), []);
    await context.close();
  });

  it('hostile strings in attributes, JSON, the answer and the light DOM show as text and never run', async () => {
    const { context, page, errors, warnings } = await reader();
    const stringsEndpoint = endpoint('hostile-strings', {
      body: {
        granted: false,
        grantReason: HOSTILE.img,
        data: { articlesRead: '3', articleLimit: HOSTILE.script, articlesRemaining: HOSTILE.template },
      },
    });
    const numbersEndpoint = endpoint('hostile-numbers', {
      body: { granted: false, grantReason: HOSTILE.script, data: { articlesRead: 3, articleLimit: 3 } },
    });
    const plan = (name, extra = {}) => ({ name, price: 100, currency: 'EUR', period: 'P1Y', href: '/checkout/x', ...extra });
    const config = {
      plans: [
        plan(HOSTILE.img, { badge: HOSTILE.script, ctaLabel: HOSTILE.template, renewalNote: HOSTILE.img }),
        plan(HOSTILE.template),
        plan(HOSTILE.script),
      ],
      benefits: {
        heading: HOSTILE.template,
        items: [
          { title: HOSTILE.img, description: HOSTILE.script },
          { title: HOSTILE.template, description: HOSTILE.img },
        ],
      },
      strings: {
        headingFallback: HOSTILE.script,
        subheading: HOSTILE.template,
        loginPrompt: HOSTILE.img,
        loginLabel: HOSTILE.script,
        cta: HOSTILE.img,
      },
    };
    const long = article(6);
    const url = servePage(
      'hostile-strings',
      html(
        gate(
          {
            id: 'strings',
            'article-id': HOSTILE.script,
            'preview-length': HOSTILE.img,
            'preview-unit': 'words',
            'entitlements-url': `${stringsEndpoint}&article={articleId}`,
            'login-url': '/login?next={returnUrl}',
          },
          { config, body: long },
        ) +
          gate(
            { id: 'numbers', 'article-id': HOSTILE.template, 'entitlements-url': `${numbersEndpoint}&article={articleId}` },
            { config: { strings: { heading: `${HOSTILE.img} {used} of {limit}` } } },
          ) +
          `<plan-card id="card"${attributes({ name: HOSTILE.img, badge: HOSTILE.template, 'cta-label': HOSTILE.script, price: '10', currency: 'EUR', period: 'P1M' })}></plan-card>` +
          `<benefits-list id="list"${attributes({ heading: HOSTILE.script })}><ul><li><strong>${escapeHtml(HOSTILE.template)}</strong> ${escapeHtml(HOSTILE.img)}</li></ul></benefits-list>`,
      ),
    );
    await page.goto(url, { waitUntil: 'load' });
    await settled(page);
    await imagesDone(page);

    const strings = await view(page, 'strings');
    assert.equal(strings.state, 'locked');
    assert.equal(strings.heading, HOSTILE.script, 'the meter numbers were strings: the fallback message, literally');
    assert.equal(strings.subheading, HOSTILE.template);
    assert.ok(strings.login.startsWith(HOSTILE.img), strings.login);
    assert.equal(strings.loginLabel, HOSTILE.script);
    assert.equal(strings.cta.text, HOSTILE.img);
    assert.deepEqual(
      strings.plans.map((p) => p.name),
      [HOSTILE.img, HOSTILE.template, HOSTILE.script],
    );
    assert.deepEqual(
      [strings.plans[0].badge, strings.plans[0].label, strings.plans[0].note],
      [HOSTILE.script, HOSTILE.template, HOSTILE.img],
    );
    assert.deepEqual(strings.benefits, [
      { heading: HOSTILE.template, titles: [HOSTILE.img, HOSTILE.template], descriptions: [HOSTILE.script, HOSTILE.img] },
    ]);
    // A hostile preview-length falls back to 100 words: the sixth paragraph starts past them.
    assert.ok(strings.article.includes('Paragraph 1 of the story'));
    assert.equal(strings.article.includes('Paragraph 6'), false, 'a hostile preview-length falls back to 100 words');
    assert.equal((await view(page, 'numbers')).heading, `${HOSTILE.img} 3 of 3`);

    const card = await page.$eval('#card', (c) =>
      ['name', 'badge', 'cta'].map((part) => c.shadowRoot.querySelector(`[part~=${part}]`).textContent.trim()),
    );
    assert.deepEqual(card, [HOSTILE.img, HOSTILE.template, HOSTILE.script]);
    const list = await page.$eval('#list', (l) =>
      ['heading', 'title', 'description'].map((part) => l.shadowRoot.querySelector(`[part~=${part}]`).textContent.trim()),
    );
    assert.deepEqual(list, [HOSTILE.script, HOSTILE.template, HOSTILE.img]);

    // The article id reached the endpoint intact (encoded, not broken up); the answer's reason is the event's.
    assert.deepEqual(seen('hostile-strings').articles, [HOSTILE.script]);
    assert.deepEqual(seen('hostile-numbers').articles, [HOSTILE.template]);
    const { canary, rejections, events } = await recorded(page);
    assert.equal(events.find((e) => e.id === 'strings' && e.type === 'paywall-lock')?.detail.reason, HOSTILE.img);
    const injected = await page.evaluate(() => {
      let count = 0;
      const walk = (root) => {
        count += root.querySelectorAll('img[onerror], script:not([type="application/json"]):not([src])').length;
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
      };
      walk(document);
      return count;
    });
    assert.equal(injected, 0, 'markup from a string became elements');
    assert.equal(canary, undefined);
    assert.deepEqual(rejections, []);
    assert.deepEqual(errors(), []);
    // Expected: the hostile preview-length, named; nothing but the elements' own warnings.
    assert.ok(
      warnings().some((w) => w.startsWith(`<paywall-gate> preview-length: ${JSON.stringify(HOSTILE.img)} is not a whole number`)),
      warnings().join('\n'),
    );
    for (const warning of warnings()) assert.match(warning, /^<(paywall-gate|plan-card|benefits-list)> [a-z-]+: /);
    await context.close();
  });

  it('hostile URLs for checkout, login, subscribe and content are refused, each with a warning naming element and attribute', async () => {
    const { context, page, requests, errors, warnings } = await reader();
    const key = endpoint('hostile-urls', { granted: false });
    const gates = BAD_URLS.map((bad, i) =>
      gate(
        { id: `gate-${i}`, 'entitlements-url': key, 'login-url': bad, 'subscribe-url': bad, 'content-url': bad },
        { config: { plans: [{ name: 'Annual', price: 100, currency: 'EUR', period: 'P1Y', href: bad }] } },
      ),
    );
    const cards = BAD_URLS.map(
      (bad, i) =>
        `<plan-card id="card-${i}"${attributes({ name: 'Monthly', price: '10', currency: 'EUR', period: 'P1M', href: bad })}></plan-card>`,
    );
    await page.goto(servePage('hostile-urls', html(gates.join('') + cards.join(''))), { waitUntil: 'load' });
    await settled(page);
    for (const [i, bad] of BAD_URLS.entries()) {
      const seenByReader = await view(page, `gate-${i}`);
      assert.equal(seenByReader.state, 'locked', bad);
      assert.equal(seenByReader.loginLink, null, `a login link for ${bad}`);
      assert.equal(seenByReader.cta.tag, 'button', `the call to action for ${bad}`);
      assert.deepEqual(
        seenByReader.plans.map((p) => [p.cta, p.href]),
        [['button', null]],
        bad,
      );
      assert.equal(await page.$eval(`#card-${i}`, (c) => c.shadowRoot.querySelector('[part~=cta]').localName), 'button', bad);
      const quoted = JSON.stringify(bad);
      for (const attribute of ['login-url', 'subscribe-url', 'content-url']) {
        assert.ok(
          warnings().some((w) => w.startsWith(`<paywall-gate> ${attribute}: ${quoted} is refused`)),
          `no warning for ${attribute} ${bad}:\n${warnings().join('\n')}`,
        );
      }
      assert.equal(warnings().filter((w) => w.startsWith(`<plan-card> href: ${quoted} is refused`)).length, 2, `plan-card href ${bad}`);
    }
    for (const url of await shadowUrls(page))
      assert.match(url, new RegExp(`^(${origin.replace(/[.]/g, '\\.')}/|/)`), `a URL in a shadow root: ${url}`);
    assert.deepEqual(
      requests.filter((r) => /evil\.example|^(javascript|data|vbscript):/.test(r)),
      [],
    );
    assert.equal(hits('hostile-urls'), 1);
    assert.equal((await recorded(page)).canary, undefined);
    assert.deepEqual(errors(), []);
    await context.close();
  });

  it('with <meta name=paywall-allowed-origins>: listed and same-origin links kept, others refused with a warning', async () => {
    const { context, page, errors, warnings } = await reader();
    const key = endpoint('allow-list');
    const url = servePage(
      'allow-list',
      html(
        gate({
          id: 'shop',
          'entitlements-url': key,
          'login-url': 'https://shop.example/login?next={returnUrl}',
          'subscribe-url': 'https://shop.example/subscribe',
        }) +
          gate({
            id: 'other',
            'entitlements-url': key,
            'login-url': 'https://other.example/login',
            'subscribe-url': 'https://other.example/subscribe',
          }) +
          gate({ id: 'same', 'entitlements-url': key, 'login-url': '/login?next={returnUrl}' }) +
          `<plan-card id="card-shop" name="Monthly" price="10" currency="EUR" period="P1M" href="https://shop.example/buy"></plan-card>` +
          `<plan-card id="card-other" name="Monthly" price="10" currency="EUR" period="P1M" href="https://other.example/buy"></plan-card>`,
        { head: '<meta name="paywall-allowed-origins" content="https://shop.example">' },
      ),
    );
    await page.goto(url, { waitUntil: 'load' });
    await settled(page);
    const shop = await view(page, 'shop');
    assert.equal(shop.loginLink, `https://shop.example/login?next=${encodeURIComponent(url)}`);
    assert.deepEqual([shop.cta.tag, shop.cta.href], ['a', 'https://shop.example/subscribe']);
    const other = await view(page, 'other');
    assert.equal(other.loginLink, null);
    assert.equal(other.cta.tag, 'button');
    assert.equal((await view(page, 'same')).loginLink, `${origin}/login?next=${encodeURIComponent(url)}`);
    const card = (id) => page.$eval(id, (c) => c.shadowRoot.querySelector('[part~=cta]').getAttribute('href'));
    assert.equal(await card('#card-shop'), 'https://shop.example/buy');
    assert.equal(await card('#card-other'), null);
    const expected = [
      '<paywall-gate> login-url: "https://other.example/login" is not on an allowed origin',
      '<paywall-gate> subscribe-url: "https://other.example/subscribe" is not on an allowed origin',
      '<plan-card> href: "https://other.example/buy" is not on an allowed origin',
    ];
    for (const start of expected)
      assert.ok(
        warnings().some((w) => w.startsWith(start)),
        `${start}\n${warnings().join('\n')}`,
      );
    assert.equal(warnings().length, expected.length, warnings().join('\n'));
    assert.deepEqual(errors(), []);
    await context.close();
  });

  it('100 gates, 50 in the HTML and 50 added later (during and after the request): one request, every gate locked', async () => {
    const { context, page, errors, warnings } = await reader();
    const key = endpoint('many', { delay: 800 });
    const one = (i) => gate({ id: `g${i}`, 'entitlements-url': key, 'preview-length': '1' }, { body: article(2) });
    await page.goto(servePage('many', html(Array.from({ length: 50 }, (_, i) => one(i)).join(''))), { waitUntil: 'domcontentloaded' });
    const add = (from, markup) =>
      page.evaluate(
        (from, markup) => {
          for (let i = from; i < from + 25; i++) {
            const holder = document.createElement('div');
            holder.innerHTML = markup.replace('id="gX"', `id="g${i}"`);
            document.body.append(holder.firstElementChild);
          }
        },
        from,
        markup,
      );
    // Infinite scroll, part one: while the first request is still out.
    await page.waitForFunction(() => customElements.get('paywall-gate'), { timeout: 5000 });
    await add(50, one('X'));
    const servedEarly = seen('many').served;
    await settled(page, 'paywall-gate', 8000);
    // Part two: after the answer.
    await add(75, one('X'));
    await settled(page, 'paywall-gate', 8000);
    const states = await page.$$eval('paywall-gate', (gates) =>
      gates.map((g) => [g.id, g.getAttribute('state'), g.shadowRoot.querySelector('[part~=heading]')?.textContent.trim()]),
    );
    assert.equal(states.length, 100);
    assert.equal(new Set(states.map(([id]) => id)).size, 100);
    for (const [id, state, heading] of states) assert.deepEqual([id, state, heading], [id, 'locked', METER_HEADING]);
    assert.equal(servedEarly, 0, 'the first answer came before the second batch was added');
    assert.equal(hits('many'), 1);
    const { events, rejections } = await recorded(page);
    assert.equal(events.filter((e) => e.type === 'paywall-lock').length, 100);
    assert.deepEqual(rejections, []);
    assert.deepEqual(errors(), []);
    assert.deepEqual(warnings(), []);
    await context.close();
  });

  it('a gate removed while its request is out: no error, no late render, and it is collected', async () => {
    const { context, page, errors, warnings } = await reader();
    const key = endpoint('removed', { delay: 1000 });
    await page.goto(servePage('removed', html(gate({ id: 'doomed', 'entitlements-url': key }))), { waitUntil: 'domcontentloaded' });
    await until(() => hits('removed') === 1, 'the entitlement request');
    const atRemoval = await page.evaluate(() => {
      const gate = document.getElementById('doomed');
      window.__held = gate; // held only until the answer is in, to look at it then
      window.__light = gate.innerHTML;
      window.__ref = new WeakRef(gate);
      gate.remove();
      return gate.getAttribute('state');
    });
    assert.equal(atRemoval, 'pending');
    assert.equal(seen('removed').served, 0, 'removed before the answer');
    await until(() => seen('removed').served === 1, 'the answer', 3000);
    // The answer reaches the page: its fetch finishes, then a few turns of the event loop.
    await page.waitForFunction(
      (key) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(key) && e.responseEnd > 0),
      { timeout: 3000 },
      key,
    );
    await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
    const afterAnswer = await page.evaluate(() => ({
      state: window.__held.getAttribute('state'),
      unchanged: window.__held.innerHTML === window.__light,
      offer: window.__held.shadowRoot.querySelector('[part~=heading]') !== null,
      events: window.__events.map((e) => e.type),
    }));
    assert.deepEqual(afterAnswer, { state: 'pending', unchanged: true, offer: false, events: [] });
    const collected = await page.evaluate(async () => {
      window.__held = window.__light = null;
      for (let i = 0; i < 20 && window.__ref.deref(); i++) {
        await new Promise((done) => setTimeout(done, 20));
        globalThis.gc();
      }
      return window.__ref.deref() === undefined;
    });
    assert.equal(collected, true, 'the removed gate is still retained');
    assert.deepEqual((await recorded(page)).rejections, []);
    assert.deepEqual(errors(), []);
    assert.deepEqual(warnings(), []);
    await context.close();
  });

  it('the demo hard-mode story with JavaScript off: the preview and the server-rendered offer, the rest not in the HTML', async () => {
    const demo = await startDemoServer(0);
    const { context, page, errors } = await reader();
    try {
      const origin = `http://127.0.0.1:${demo.address().port}`;
      const story = `${origin}/articles/kingsmead-bridge-closure-detour-plan.html`;
      const rest = readFileSync(
        fileURLToPath(new URL('../../demo/private/kingsmead-bridge-closure-detour-plan.html', import.meta.url)),
        'utf8',
      );
      const restStart = /<p>(.{40})/.exec(rest)[1];
      // Past the meter: the server renders the locked view (a reader with free articles left gets the whole story).
      await page.goto(`${origin}/blank.html`);
      await page.evaluate(() => Promise.all(['a', 'b', 'c'].map((id) => fetch(`/api/entitlements?article=${id}`))));
      await page.setJavaScriptEnabled(false);
      const response = await page.goto(story, { waitUntil: 'load' });
      const source = await response.text();
      assert.equal(source.includes(restStart), false, 'the rest of the story is in the HTML');
      const seenByReader = await page.evaluate(() => {
        const gate = document.querySelector('paywall-gate');
        const heading = gate.shadowRoot?.querySelector('[part~=heading]');
        const box = gate.getBoundingClientRect();
        const headingBox = heading?.getBoundingClientRect();
        return {
          defined: !!customElements.get('paywall-gate'),
          paragraphs: gate.querySelectorAll('article p').length,
          text: document.body.innerText,
          heading: heading?.textContent.trim() ?? null,
          // Seen, not only present: inside the gate's box, not clipped by the no-flash CSS.
          headingVisible: !!headingBox && headingBox.height > 0 && headingBox.bottom <= box.bottom + 0.5,
        };
      });
      assert.equal(seenByReader.defined, false);
      assert.equal(seenByReader.paragraphs, 2);
      assert.ok(seenByReader.text.includes('Kingsmead Bridge, one of only three road crossings'));
      assert.equal(seenByReader.text.includes(restStart), false);
      assert.equal(seenByReader.heading, 'You have read 3 of your 3 free articles this month.');
      assert.equal(seenByReader.headingVisible, true, 'the offer is clipped out of view');
      assert.deepEqual(errors(), []);
    } finally {
      await context.close();
      await new Promise((done) => demo.close(done));
    }
  });
});
