import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PaywallGate } from '../../src/components/paywall-gate/paywall-gate.js';
import { DEFAULT_STRINGS } from '../../src/components/paywall-gate/gate-strings.js';
import { answerUrl, eachTestFreshAndWithoutRejections, freshKey } from '../support/api.js';
import { animationsFinished, captureWarnings, part, partText } from '../support/helpers.js';
import { ARTICLE, gates, secretShown, settled } from '../support/gates.js';

/** What a metering backend answers for a free read: one of three free articles read. */
const FREE_READ = JSON.stringify({ granted: true, grantReason: 'METERING', data: { articlesRead: 1, articleLimit: 3 } });

const PLANS = JSON.stringify({
  plans: [
    { name: 'Monthly', price: 299, currency: 'INR', period: 'P1M', href: '/buy/monthly?back={returnUrl}' },
    { name: 'Annual', price: 2700, currency: 'INR', period: 'P1Y', href: '/buy/annual?back={returnUrl}', featured: true },
  ],
});

/** A gate asking a real endpoint that answers `body`; `json` goes in as its configuration. */
async function gateAnswering(body: string, attrs = '', json?: string): Promise<PaywallGate> {
  const config = json ? `<script type="application/json">${json}</script>` : '';
  const [el] = await gates(`entitlements-url="${answerUrl(freshKey(), { body })}" ${attrs}`, 1, config + ARTICLE);
  await settled(el);
  return el;
}

const notice = (el: PaywallGate) => el.shadowRoot!.querySelector<HTMLElement>('[part~=notice]');

/** The focused element, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<paywall-gate> meter notice', () => {
  eachTestFreshAndWithoutRejections();

  it('shows on a free read, after the article, in the polite status region, and passes axe', async () => {
    const el = await gateAnswering(FREE_READ, 'subscribe-url="/subscribe"');
    expect(secretShown(el)).to.equal(true);
    expect(partText(el, 'notice-text')).to.equal('2 of 3 free articles left this month.');
    const box = notice(el)!;
    expect(box.closest('[role=status]')).to.equal(part(el, 'status'));
    // Never over the text: it starts below the article's last line.
    const article = el.querySelector('article')!.getBoundingClientRect();
    expect(box.getBoundingClientRect().top).to.be.at.least(article.bottom);
    expect(part<HTMLAnchorElement>(el, 'notice-link').href).to.equal(new URL('/subscribe', location.href).href);
    await animationsFinished();
    await expect(el).to.be.accessible();
  });

  it('links to the featured plan’s checkout, with the way back, when there is no subscribe-url', async () => {
    const el = await gateAnswering(FREE_READ, '', PLANS);
    await waitUntil(() => notice(el), 'the notice showed');
    const href = part(el, 'notice-link').getAttribute('href');
    expect(href).to.equal(new URL(`/buy/annual?back=${encodeURIComponent(location.href)}`, location.href).href);
  });

  it('has no link when there is nowhere to subscribe, and still tells the count', async () => {
    const el = await gateAnswering(FREE_READ);
    expect(partText(el, 'notice-text')).to.equal('2 of 3 free articles left this month.');
    expect(el.shadowRoot!.querySelector('[part~=notice-link]')).to.equal(null);
  });

  it('is reached by Tab after the article and dismissed by keyboard, for good on this page', async () => {
    const el = await gateAnswering(FREE_READ, 'subscribe-url="/subscribe"');
    const start = Object.assign(document.createElement('button'), { textContent: 'start' });
    el.before(start);
    start.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('part')).to.equal('notice-link');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('part')).to.equal('notice-dismiss');
    expect(deepActive()?.getAttribute('aria-label')).to.equal(DEFAULT_STRINGS.noticeDismiss);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(notice(el)).to.equal(null);
    el.requestUpdate();
    await el.updateComplete;
    expect(notice(el)).to.equal(null);
    // The article stays whole.
    expect(secretShown(el)).to.equal(true);
  });

  it('is not shown with meter-notice="off", for a subscriber, or without a meter', async () => {
    const off = await gateAnswering(FREE_READ, 'meter-notice="off"');
    const subscriber = await gateAnswering(
      JSON.stringify({ granted: true, grantReason: 'SUBSCRIBER', data: { articlesRead: 1, articleLimit: 3 } }),
    );
    const noMeter = await gateAnswering(JSON.stringify({ granted: true, grantReason: 'FREE' }));
    for (const el of [off, subscriber, noMeter]) {
      expect(el.state).to.equal('unlocked');
      expect(notice(el)).to.equal(null);
    }
  });

  it('warns about a meter-notice that is neither on nor off, and shows the notice', async () => {
    const warnings = captureWarnings();
    try {
      const el = await gateAnswering(FREE_READ, 'meter-notice="hidden"');
      expect(notice(el)).to.not.equal(null);
      expect(warnings.messages).to.deep.equal(['<paywall-gate> meter-notice: "hidden" is not on or off; on is used.']);
    } finally {
      warnings.restore();
    }
  });

  it('takes its words from strings, its text from a slot, and its colours from the page', async () => {
    const el = await gateAnswering(FREE_READ, '', JSON.stringify({ strings: { notice: '{remaining} left of {limit}.' } }));
    expect(partText(el, 'notice-text')).to.equal('2 left of 3.');
    el.style.setProperty('--paywall-gate-notice-background', 'rgb(1, 2, 3)');
    expect(getComputedStyle(notice(el)!).backgroundColor).to.equal('rgb(1, 2, 3)');
    el.append(Object.assign(document.createElement('span'), { slot: 'notice', textContent: 'Our own words' }));
    const slot = notice(el)!.querySelector('slot')!;
    await waitUntil(() => slot.assignedNodes().length === 1, 'the slotted text came');
    expect(slot.assignedNodes()[0].textContent).to.equal('Our own words');
  });
});

describe('<paywall-gate> locked heading by reason, from real answers', () => {
  eachTestFreshAndWithoutRejections();

  const reasons: [string, Record<string, string | number>, string][] = [
    [
      'the free articles are used up',
      { body: JSON.stringify({ granted: false, grantReason: 'METERING', data: { articlesRead: 3, articleLimit: 3 } }) },
      'You have read 3 of your 3 free articles this month.',
    ],
    [
      'the story is for subscribers while free articles are left',
      { body: JSON.stringify({ granted: false, grantReason: 'PREMIUM', data: { articlesRead: 2, articleLimit: 5 } }) },
      'This story is for subscribers only. You still have 3 of 5 free articles this month for other stories.',
    ],
    ['the endpoint failed', { status: 503 }, DEFAULT_STRINGS.headingUnavailable],
    ['no meter is known', { body: JSON.stringify({ granted: false }) }, DEFAULT_STRINGS.headingFallback],
  ];
  for (const [why, answer, heading] of reasons) {
    it(`${why}: "${heading}"`, async () => {
      const warnings = captureWarnings();
      try {
        const [el] = await gates(`entitlements-url="${answerUrl(freshKey(), answer)}"`);
        await settled(el);
        expect(el.state).to.equal('locked');
        expect(partText(el, 'heading')).to.equal(heading);
        await animationsFinished();
        await expect(el).to.be.accessible();
      } finally {
        warnings.restore();
      }
    });
  }
});
