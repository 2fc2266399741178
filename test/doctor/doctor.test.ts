import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PaywallGate } from '../../src/components/paywall-gate/paywall-gate.js';
import { runDoctor, runChecks, takeSnapshot } from '../../src/doctor/doctor.js';
import { loadDoctorWhenAsked } from '../../src/doctor/loader.js';
import type { Finding } from '../../src/doctor/types.js';

// The doctor on real pages: the library's elements rendered, the endpoints of test-endpoints.mjs.

const PLANS = JSON.stringify({
  plans: [
    { name: 'Quarterly', price: 900, currency: 'INR', period: 'P3M', href: '/checkout/quarterly' },
    { name: 'Annual', price: 2700, currency: 'INR', period: 'P1Y', href: '/checkout/annual', featured: true },
    { name: 'Two-Year', price: 3900, currency: 'INR', period: 'P2Y', href: '/checkout/two-year' },
  ],
});
const JSON_LD = (selector: string) =>
  JSON.stringify({ '@type': 'NewsArticle', isAccessibleForFree: false, hasPart: { isAccessibleForFree: false, cssSelector: selector } });

/** A story page: a heading, JSON-LD, a gate in soft mode with three paragraphs, the last in its gated part. */
const storyPage = ({ gate = '', selector = '.paywall', extra = '' } = {}) => `
  <div lang="en-IN">
    <h1>Council backs the tram</h1>
    <script type="application/ld+json">${JSON_LD(selector)}</script>
    <paywall-gate article-id="tram" preview-length="2" preview-unit="paragraphs" login-url="/login?next={returnUrl}" ${gate}>
      <script type="application/json">${PLANS}</script>
      ${extra}
      <p>The council approved the riverside tram line on Thursday night.</p>
      <p>The vote was 27 to 19, after a debate that ran past eleven o'clock.</p>
      <div class="paywall"><p>SECRET The route links the station with the old docks, by nine new platforms along the river.</p></div>
    </paywall-gate>
  </div>`;

const LOCKED = { granted: false, reason: 'METERING', meter: { used: 3, limit: 3 } };

/** Renders `markup`, sets the page's decision on its gate, and waits for the offer and its cards. */
async function page(markup: string, entitlement: object | null = LOCKED): Promise<PaywallGate> {
  const wrapper = await fixture<HTMLElement>(markup);
  const gate = wrapper.querySelector<PaywallGate>('paywall-gate')!;
  if (entitlement) gate.entitlement = entitlement as PaywallGate['entitlement'];
  await gate.updateComplete;
  await Promise.all([...gate.shadowRoot!.querySelectorAll<PaywallGate>('plan-card')].map((card) => card.updateComplete));
  return gate;
}

const served = (markup: string) => ({ servedHtml: `<!doctype html><body>${markup}</body>` });
const messages = (findings: Finding[], check: string) => findings.filter((f) => f.check === check).map((f) => f.message);

describe('doctor on a page', () => {
  afterEach(() => {
    document.querySelectorAll('[data-paywall-doctor]').forEach((overlay) => overlay.remove());
    delete window.paywallDoctorReport;
  });

  it('reads a locked gate: its offer’s plans from the cards, its outline, its article as sent, its JSON-LD', async () => {
    const markup = storyPage();
    await page(markup);
    const snapshot = await takeSnapshot(document, served(markup));
    expect(snapshot.plans[0].plans.map((plan) => plan.perMonth)).to.deep.equal(['₹300/month', '₹225/month', '₹162/month']);
    expect(snapshot.outline.map(({ level, paywall }) => `${level}${paywall ? ' paywall' : ''}`)).to.deep.equal([
      '1',
      '2 paywall',
      '3 paywall',
      '3 paywall',
      '3 paywall',
    ]);
    const article = snapshot.gates[0].article!;
    expect(article.preview).to.contain('27 to 19').and.not.contain('SECRET');
    expect(article.rest).to.contain('secret the route links');
    expect(snapshot.selectors).to.deep.equal([{ selector: '.paywall', valid: true, matched: 1, outsideGatedPart: 0 }]);
    expect(snapshot.gates[0].regionName).to.equal('Story');
    expect(runChecks(snapshot).filter((f) => f.severity === 'error')).to.deep.equal([]);
  });

  it('finds a raw {{free_limit}} in the offer, a selector outside the gated part, and a skipped heading level', async () => {
    const heading = '<div slot="heading">You’ve reached your limit of {{free_limit}} free articles this month.</div>';
    const markup = storyPage({ gate: 'heading-level="4"', selector: 'p', extra: heading });
    await page(markup);
    const findings = runChecks(await takeSnapshot(document, served(markup)));
    expect(messages(findings, 'placeholders')[0]).to.contain('{{free_limit}}');
    expect(messages(findings, 'structured-data')).to.deep.equal([
      'The JSON-LD hasPart cssSelector “p” matches 2 element(s) outside the gated part.',
    ]);
    expect(messages(findings, 'accessibility')[0]).to.contain('(level 4) follows “Council backs the tram” (level 1)');
  });

  it('asks the endpoint as the gate does: a wrong shape, no Cache-Control, and slower than half the timeout', async () => {
    const endpoint = `/api/answer?k=doctor-probe&body=${encodeURIComponent('{"access":true}')}&delay=300`;
    const markup = storyPage({ gate: `entitlements-url="${endpoint}&article={articleId}" timeout="500"` });
    const gate = await page(markup, null);
    await gate.decisionComplete;
    const findings = runChecks(await takeSnapshot(document, served(markup)));
    expect(messages(findings, 'endpoint').map((m) => m.replace(/^.*?\/api\/answer\S+ /, '').replace(/\d+ ms,/, 'N ms,'))).to.deep.equal([
      'answered “{"access":true}”, with no true or false at “granted”: the gate takes that as a failure.',
      'sends no Cache-Control: a shared cache may keep one reader’s answer for another, and the gate keeps it for the life of the page.',
      'took N ms, more than half the gate’s timeout of 500 ms: on a slow connection readers get the failure policy.',
    ]);
  });

  it('tells an endpoint on another origin that answers without CORS headers from one that is down', async () => {
    // The same test server under another name is another origin, and it sends no CORS headers.
    const other = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
    const markup = storyPage({ gate: `entitlements-url="${other}/api/answer?k=doctor-cors&article={articleId}" timeout="2000"` });
    const gate = await page(markup, null);
    await gate.decisionComplete;
    const findings = runChecks(await takeSnapshot(document, served(markup)));
    expect(messages(findings, 'endpoint').map((m) => m.replace(/^.*?\/api\/answer\S+ /, ''))).to.deep.equal([
      'answers, but its CORS headers do not let this page read the answer.',
    ]);
  });

  it('reports in an overlay that passes axe, closes with Escape, and publishes the report', async () => {
    await page(storyPage());
    const published = oneEvent(document, 'paywall-doctor-report');
    const findings = await runDoctor(served(storyPage()));
    expect((await published).detail.findings).to.deep.equal(findings);
    expect(window.paywallDoctorReport?.findings).to.deep.equal(findings);
    const overlay = document.querySelector<HTMLElement>('[data-paywall-doctor]')!;
    await expect(overlay).to.be.accessible();
    // A second run replaces the panel, and does not read the first one's quotes as the page's text.
    const again = await runDoctor(served(storyPage()));
    expect(again).to.deep.equal(findings);
    expect(document.querySelectorAll('[data-paywall-doctor]')).to.have.length(1);
    const panel = document.querySelector<HTMLElement>('[data-paywall-doctor]')!;
    expect(overlay.isConnected).to.equal(false);
    const close = panel.shadowRoot!.querySelector('button')!;
    close.focus();
    await sendKeys({ press: 'Escape' });
    expect(panel.isConnected).to.equal(false);
  });

  it('is loaded by a gate with the doctor attribute', async () => {
    await page(storyPage({ gate: 'doctor' }));
    const published = oneEvent(document, 'paywall-doctor-report');
    loadDoctorWhenAsked(document);
    expect((await published).detail.findings).to.be.an('array');
    await waitUntil(() => document.querySelector('[data-paywall-doctor]'), 'the overlay shows');
  });
});
