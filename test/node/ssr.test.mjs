// The components and paywall-elements/ssr in Node, with Lit SSR and no DOM: each element renders
// its markup (a declarative shadow root, its parts, real links) without touching a browser global,
// and renderGate gives a locked gate that reads without JavaScript. Uses dist/: `npm test` builds
// first (run `npm run build` before running it alone).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { renderBenefitsList, renderGate, renderPlanCard } from '../../dist/ssr/index.js';

/** What a component must not touch on the server: there is no page, no storage, no network. */
const BROWSER_GLOBALS = ['document', 'window', 'navigator', 'location', 'localStorage', 'sessionStorage', 'MutationObserver', 'fetch'];

/** Runs `work` with every browser global replaced by a trap that records its name; returns what it gave and what was touched. */
function withoutBrowser(work) {
  const saved = BROWSER_GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]);
  const touched = new Set();
  for (const name of BROWSER_GLOBALS)
    Object.defineProperty(globalThis, name, { configurable: true, get: () => (touched.add(name), undefined) });
  const warnings = [];
  const warn = console.warn;
  console.warn = (line) => warnings.push(String(line));
  try {
    return { html: work(), touched: [...touched], warnings };
  } finally {
    console.warn = warn;
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete globalThis[name];
    }
  }
}

const ssr = (template) => withoutBrowser(() => collectResultSync(render(template)));
/** The markup without Lit's hydration comments and the style sheets, for reading. */
const plain = (markup) => markup.replace(/<!--[^]*?-->/g, '').replace(/<style>[^]*?<\/style>/g, '<style></style>');
const DSD = '<template shadowroot="open" shadowrootmode="open">';
const count = (text, part) => text.split(part).length - 1;

const PLANS = [
  { name: 'Quarterly', price: 900, currency: 'INR', period: 'P3M', href: '/subscribe?plan=quarterly' },
  { name: 'Annual', price: 2700, currency: 'INR', period: 'P1Y', href: '/subscribe?plan=annual', featured: true, badge: 'Best value' },
];
const BENEFITS = { heading: 'Every plan comes with', items: [{ title: 'The archive', description: 'Since 1997.' }, { title: 'No ads' }] };
const STORY = {
  url: 'https://news.example/articles/bridge.html',
  attributes: {
    'article-id': 'bridge',
    'login-url': '/login?next={returnUrl}',
    'content-url': '/api/content/{articleId}',
    'preview-length': 2,
  },
  html: '<article><p>First paragraph.</p><p>Second paragraph.</p></article>',
  config: { plans: PLANS, benefits: BENEFITS },
  meter: { used: 3, limit: 3 },
  lang: 'en-IN',
};

describe('the components in Node (Lit SSR, no DOM)', () => {
  it('<paywall-gate> renders its article as it is, in a declarative shadow root, asking and storing nothing', () => {
    const { html: out, touched } = ssr(
      html`<paywall-gate preview-length="1" entitlements-url="/api/e?article={articleId}"
        ><article>
          <p>One.</p>
          <p>Two.</p>
        </article></paywall-gate
      >`,
    );
    assert.deepEqual(touched, []);
    const markup = plain(out);
    assert.match(markup, new RegExp(`^<paywall-gate [^>]*>${DSD}<style></style>\\s*<section part="base"`));
    assert.match(markup, /<slot ><\/slot>/, 'the article shows: its slot is not hidden');
    assert.match(markup, /<\/template><article>\s*<p>One.<\/p>\s*<p>Two.<\/p>\s*<\/article><\/paywall-gate\s*>$/);
    assert.equal(markup.includes('<script'), false);
  });

  it('<plan-card> renders its plan from its attributes: the price in the locale, and a real checkout link', () => {
    const { html: out, touched } = ssr(
      html`<plan-card
        name="Annual"
        price="2700"
        currency="INR"
        period="P1Y"
        locale="en-IN"
        href="/checkout/annual"
        featured
        badge="Best value"
      ></plan-card>`,
    );
    assert.deepEqual(touched, []);
    const markup = plain(out);
    assert.match(markup, new RegExp(`^<plan-card\\s+name="Annual" [^>]*featured badge="Best value">${DSD}`));
    for (const part of ['<p part="badge" ><slot name="badge">Best value</slot>', '>Annual</div>', '<p part="price">₹2,700</p>'])
      assert.ok(markup.includes(part), part);
    assert.match(markup, /<p part="per-month">₹225\/month<\/p>/);
    assert.match(markup, /<a part="cta" href="\/checkout\/annual" aria-describedby="name" ><slot name="cta">Choose this plan<\/slot><\/a>/);
    assert.equal(markup.includes('<script'), false);
  });

  it('<benefits-list> renders items given as data; a list it cannot read on the server shows through a slot', () => {
    const data = ssr(html`<benefits-list heading="Every plan comes with" .items=${BENEFITS.items}></benefits-list>`);
    assert.deepEqual(data.touched, []);
    assert.equal(count(plain(data.html), '<li part="item">'), 2);
    assert.ok(plain(data.html).includes('<span part="title">The archive</span>'));
    const markup = ssr(
      html`<benefits-list heading="H"
        ><ul>
          <li><strong>A</strong> B</li>
        </ul></benefits-list
      >`,
    );
    assert.deepEqual(markup.touched, []);
    assert.match(plain(markup.html), /<\/div>\s*<slot><\/slot>\s*<\/div>\s*<\/template><ul>\s*<li><strong>A<\/strong> B<\/li>\s*<\/ul>/);
  });
});

describe('paywall-elements/ssr', () => {
  it('renderGate: the locked view in a declarative shadow root, the preview in the light DOM, the JSON for the browser', () => {
    const { html: out, touched, warnings } = withoutBrowser(() => renderGate(STORY));
    assert.deepEqual(touched, []);
    assert.deepEqual(warnings, []);
    const markup = plain(out);
    assert.match(
      markup,
      new RegExp(
        `^<paywall-gate article-id="bridge" login-url="/login\\?next=\\{returnUrl\\}" content-url="/api/content/\\{articleId\\}" preview-length="2" state="locked" server-rendered>` +
          // The preview, then the JSON the browser's gate reads, then the shadow root: a page
          // painted while it streams in shows the preview before the offer under it.
          '<article><p>First paragraph.</p><p>Second paragraph.</p></article><script type="application/json">\\{"plans":\\[\\{"name":"Quarterly".*?\\}</script>' +
          `${DSD}<style></style>`,
      ),
    );
    assert.ok(markup.includes('You have read 3 of your 3 free articles this month.'));
    const login = 'https://news.example/login?next=https%3A%2F%2Fnews.example%2Farticles%2Fbridge.html';
    assert.ok(markup.includes(`Already a subscriber? <a part="login-link" href="${login}" >Log in</a>`));
    // Each plan a card with its own shadow root and a real link; the benefits; the call to action.
    assert.equal(count(markup, '<plan-card'), 2);
    assert.equal(count(markup, DSD), 4, 'the gate, two cards and the benefits list');
    for (const { href } of PLANS) assert.ok(markup.includes(`<a part="cta" href="${href}"`), href);
    assert.match(
      markup,
      /<plan-card\s+exportparts="card:plan-card, [^"]*" name="Annual" [^>]* locale="en-IN" [^>]*featured badge="Best value" heading-level="3"/,
    );
    assert.equal(count(markup, '<li part="item">'), 2);
    // Without subscribe-url, the call to action is the featured plan's checkout, as in the browser.
    assert.match(markup, /<a part="cta" href="https:\/\/news.example\/subscribe\?plan=annual"\s*>Subscribe to continue reading<\/a>/);
    assert.match(markup, /<\/section>\s*<\/template><\/paywall-gate>$/);
    assert.equal(count(markup, '<script'), 1);
  });

  it('renderGate: a logged-in reader gets no login line; subscribe-url makes the call to action a link; strings and a heading level apply', () => {
    const out = plain(
      renderGate({
        ...STORY,
        loggedIn: true,
        attributes: { ...STORY.attributes, 'subscribe-url': '/subscribe', 'heading-level': 3 },
        strings: { heading: '{remaining} left of {limit}' },
        meter: { used: 3, limit: 3 },
        title: 'Bridge to close',
      }),
    );
    assert.match(out, /<p part="login" hidden>/);
    assert.equal(out.includes('part="login-link"'), false);
    assert.match(out, /<a part="cta" href="https:\/\/news.example\/subscribe"\s*>Subscribe to continue reading<\/a>/);
    assert.match(out, /<div part="heading" role="heading" aria-level="3">\s*<slot name="heading">0 left of 3<\/slot>/);
    assert.match(out, /<section part="base" tabindex="-1" aria-label="Story: Bridge to close">/);
  });

  it('renderGate: hostile values are escaped or refused, with one warning each', () => {
    const { html: out, warnings } = withoutBrowser(() =>
      renderGate({
        ...STORY,
        attributes: { 'article-id': 'a" onclick="x()', 'on-click': 'x', 'bad name': 'x', 'login-url': 'javascript:alert(1)' },
        config: { plans: [{ ...PLANS[0], name: '</script><script>alert(1)</script>', href: 'javascript:alert(2)' }] },
      }),
    );
    assert.ok(
      out.includes('<paywall-gate article-id="a&quot; onclick=&quot;x()" on-click="x" login-url="javascript:alert(1)" state="locked"'),
    );
    assert.equal(out.includes('bad name'), false);
    assert.equal(count(out, '<script'), 1, 'only the JSON');
    assert.ok(out.includes('"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"'));
    // Attributes are written as given (the browser's elements refuse them too); no link leads there.
    assert.doesNotMatch(out, /<a [^>]*href="javascript:/);
    assert.deepEqual(
      warnings.map((line) => line.replace(/^paywall-elements\/ssr: /, '').replace(/:.*/, '')),
      ['<paywall-gate> attributes', '<paywall-gate> login-url', '<plan-card> href'],
    );
  });

  it('renderPlanCard and renderBenefitsList: a pricing page, the list with its items also as markup for the browser', () => {
    const card = plain(renderPlanCard(PLANS[1], { headingLevel: 2, lang: 'en-IN' }));
    assert.match(card, /^<plan-card\s+name="Annual"[^>]*featured badge="Best value" heading-level="2">/);
    assert.ok(card.includes('<a part="cta" href="/subscribe?plan=annual"'));
    // A checkout that brings the reader back: {returnUrl} is the page's address.
    const back = plain(renderPlanCard({ ...PLANS[0], href: '/checkout?plan=q&back={returnUrl}' }, { url: 'https://news.example/plans' }));
    assert.ok(back.includes('<a part="cta" href="/checkout?plan=q&amp;back=https%3A%2F%2Fnews.example%2Fplans"'), back);
    const { html: out, warnings } = withoutBrowser(() =>
      renderBenefitsList({ heading: 'Included', items: [...BENEFITS.items, { title: 'Icon', icon: 'javascript:x' }] }),
    );
    const list = plain(out);
    assert.equal(count(list, '<li part="item">'), 3);
    assert.match(
      list,
      /<\/template><ul>\s*<li><strong>The archive<\/strong> Since 1997.<\/li><li><strong>No ads<\/strong> <\/li><li><strong>Icon<\/strong> <\/li>\s*<\/ul><\/benefits-list/,
    );
    assert.equal(list.includes('javascript:'), false);
    assert.equal(warnings.length, 1);
  });
});
