import type { EndpointProbe, GateSnapshot, PageSnapshot, PlanSnapshot } from '../../src/doctor/types.js';

/**
 * Hand-made snapshots for the checks' unit tests: a page with no problem, and builders that
 * change one thing at a time.
 */

/** An entitlement endpoint that answers well: same origin, fast, cached rightly, amp-subscriptions' shape. */
export function goodEndpoint(changes: Partial<EndpointProbe> = {}): EndpointProbe {
  return {
    url: 'https://news.example/api/entitlements?article=tram',
    crossOrigin: false,
    credentials: 'include',
    timeout: 3000,
    paths: {},
    answer: {
      status: 200,
      ms: 120,
      cacheControl: 'private, no-store',
      body: '{"granted":false,"grantReason":"METERING","data":{"articlesRead":3,"articleLimit":3}}',
    },
    ...changes,
  };
}

export function goodGate(changes: Partial<GateSnapshot> = {}): GateSnapshot {
  return {
    label: 'Gate 1 (tram)',
    state: 'locked',
    entitlement: { granted: false, reason: 'METERING', meter: { used: 3, limit: 3 } },
    hardMode: false,
    attributes: { 'article-id': 'tram', 'login-url': '/login?next={returnUrl}', 'preview-length': '2', 'preview-unit': 'paragraphs' },
    hasLoginSlot: false,
    articleIdFrom: 'attribute',
    articleIdUsed: true,
    regionName: 'Story: Council backs the tram',
    article: {
      preview: 'The council approved the riverside tram line on Thursday night after a debate that ran past eleven.',
      rest: 'The route links the station with the old docks and stops at nine new platforms along the river bank.',
      servedPastPreview: true,
      previewCoversArticle: false,
    },
    endpoint: goodEndpoint(),
    ...changes,
  };
}

export function plan(changes: Partial<PlanSnapshot> = {}): PlanSnapshot {
  return {
    name: 'Annual',
    price: 2700,
    currency: 'INR',
    period: 'P1Y',
    featured: false,
    href: 'https://news.example/checkout/annual',
    perMonth: '₹225/month',
    locale: 'en-IN',
    ...changes,
  };
}

/** The seed page's three plans: ₹900 for 3 months, ₹2,700 a year (featured), ₹3,900 for 2 years. */
export const seedPlans = (): PlanSnapshot[] => [
  plan({ name: 'Quarterly', price: 900, period: 'P3M', perMonth: '₹300/month', href: 'https://news.example/checkout/quarterly' }),
  plan({ featured: true }),
  plan({ name: 'Two-Year', price: 3900, period: 'P2Y', perMonth: '₹162/month', href: 'https://news.example/checkout/two-year' }),
];

/** The JSON-LD of a gated article, done right. */
export const articleJsonLd = (changes: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Council backs the tram',
  isAccessibleForFree: false,
  hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywall' },
  ...changes,
});

/** A page with a gate, JSON-LD, plans, a CSP and an outline, and nothing wrong with any of them. */
export function cleanPage(changes: Partial<PageSnapshot> = {}): PageSnapshot {
  return {
    url: 'https://news.example/articles/tram.html',
    texts: [
      {
        where: 'The page',
        text: 'Council backs the tram\nThe council approved the line, 50% of it on the old rail bed, for {a few} years {…}.',
      },
      {
        where: 'The offer of Gate 1 (tram)',
        text: 'You have read 3 of your 3 free articles this month.\nQuarterly ₹900 3 Months ₹300/month',
      },
    ],
    jsonLd: [{ data: articleJsonLd() }],
    selectors: [{ selector: '.paywall', valid: true, matched: 1, outsideGatedPart: 0 }],
    meta: { description: 'The council approved the riverside tram line.' },
    noscripts: [],
    canonical: 'https://news.example/articles/tram.html',
    csp: [{ from: 'header', policy: "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html paywall-elements" }],
    litCopies: 1,
    gates: [goodGate()],
    plans: [{ where: 'the offer of Gate 1 (tram)', plans: seedPlans() }],
    outline: [
      { level: 1, text: 'Council backs the tram', paywall: false },
      { level: 2, text: 'You have read 3 of your 3 free articles this month.', paywall: true },
      { level: 3, text: 'Quarterly', paywall: true },
    ],
    notes: [],
    ...changes,
  };
}
