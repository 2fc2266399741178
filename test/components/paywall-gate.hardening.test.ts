// Issue 14's holes, each shown closed against real HTTP endpoints (test/support/test-endpoints.mjs).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { PaywallGate } from '../../src/components/paywall-gate/paywall-gate.js';
import type { PlanCard } from '../../src/components/plan-card/plan-card.js';
import { answerUrl, eachTestFreshAndWithoutRejections, freshKey, hits, waitFor } from '../support/api.js';
import { DENIED, GRANTED, gates, secretShown, settled } from '../support/gates.js';
import { captureWarnings, part, partText } from '../support/helpers.js';

const PREVIEW = '<article><p>Preview only.</p></article>';
const errorsOf = (el: PaywallGate) => {
  const reasons: string[] = [];
  el.addEventListener('paywall-error', (event) => reasons.push(`${event.detail.source} ${event.detail.reason}`));
  return reasons;
};

describe('<paywall-gate>, hardened', () => {
  eachTestFreshAndWithoutRejections();

  describe('hard mode', () => {
    it('cleans the content with a publisher’s own sanitize function when one is set', async () => {
      const key = freshKey();
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('paywall-gate');
      el.setAttribute('content-url', `/api/content?k=${key}`);
      el.setAttribute('entitlements-url', answerUrl(freshKey(), { body: GRANTED }));
      el.sanitize = (markup) => `<p class="own">${markup.length} characters, cleaned my way</p>`;
      el.innerHTML = PREVIEW;
      wrapper.append(el);
      await waitUntil(() => el.querySelector('.own'), 'the own-cleaned rest');
      expect(el.querySelector('.own')!.textContent).to.match(/^\d+ characters, cleaned my way$/);
    });

    it('a denial with free-limit set stays a denial: the local meter never overrides the endpoint, and nothing is fetched', async () => {
      const content = freshKey();
      const [soft] = await gates(`entitlements-url="${answerUrl(freshKey(), { body: '{"granted":false}' })}" free-limit="5"`);
      const [hard] = await gates(
        `entitlements-url="${answerUrl(freshKey(), { body: '{"granted":false}' })}" free-limit="5" content-url="/api/content?k=${content}"`,
        1,
        PREVIEW,
      );
      await Promise.all([soft.decisionComplete, hard.decisionComplete]);
      expect([soft.state, hard.state]).to.deep.equal(['locked', 'locked']);
      expect(secretShown(soft)).to.equal(false);
      expect(part(hard, 'offer').hidden).to.equal(false);
      expect((await hits(content)).content).to.equal(0);
    });

    it('a grant followed by a failed content fetch ends locked, with the offer and paywall-error', async () => {
      const warnings = captureWarnings();
      try {
        const [el] = await gates(
          `entitlements-url="${answerUrl(freshKey(), { status: 500 })}" on-failure="open" content-url="${answerUrl(freshKey(), { status: 500 })}"`,
          1,
          PREVIEW,
        );
        const errors = errorsOf(el);
        await settled(el);
        await el.decisionComplete;
        expect(el.state).to.equal('locked');
        expect(part(el, 'offer').hidden).to.equal(false);
        expect(partText(el, 'cta')).to.equal('Subscribe to continue reading');
        expect(errors).to.deep.equal(['entitlements-url http-status', 'content-url http-status']);
      } finally {
        warnings.restore();
      }
    });

    it('a single-page app moving to another article gets that article’s rest, in place of the last one’s', async () => {
      const endpoint = answerUrl(freshKey(), { body: GRANTED });
      const [el] = await gates(
        `entitlements-url="${endpoint}" article-id="first-${freshKey()}" content-url="/api/content?k={articleId}"`,
        1,
        PREVIEW,
      );
      const first = el.articleId!;
      await waitUntil(() => el.textContent!.includes('REST-ONE'), 'the first article’s rest');
      // The app shows the next article's preview and asks again.
      el.querySelector('article')!.innerHTML = '<p>The second story’s preview.</p>';
      el.articleId = `second-${freshKey()}`;
      await el.updateComplete;
      await el.refresh();
      await waitUntil(() => el.textContent!.includes('REST-ONE'), 'the second article’s rest');
      expect((await hits(el.articleId)).content).to.equal(1);
      expect((await hits(first)).content).to.equal(1);
      expect(el.textContent!.match(/REST-ONE/g)).to.have.length(1);
      expect(el.querySelector('article')!.textContent).to.include('The second story’s preview.');
    });

    it('content that lands after a newer decision (a paywall-unlock listener locked the gate) is not appended', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.addEventListener('paywall-unlock', (event) => {
        (event.target as PaywallGate).entitlement = { granted: false, reason: 'SITE' };
      });
      wrapper.innerHTML = `<paywall-gate entitlements-url="${answerUrl(freshKey(), { body: GRANTED })}" content-url="/api/content?k=${freshKey()}">${PREVIEW}</paywall-gate>`;
      const el = wrapper.querySelector('paywall-gate')!;
      await waitUntil(() => el.state === 'locked' && el.entitlement?.reason === 'SITE', 'locked by the listener');
      await el.decisionComplete;
      expect(el.textContent).to.not.include('REST-ONE');
      expect(part(el, 'offer').hidden).to.equal(false);
    });
  });

  describe('entitlements', () => {
    let day = 0;
    /** A grant for `reason` at first, then the endpoint fails: does the grace period cover the reader? Each case on a day of its own. */
    async function graceFor(reason: string, attrs: Record<string, string> = {}): Promise<PaywallGate['state']> {
      day += 10;
      const now = Date.now() + day * 86_400_000;
      const answers = `${JSON.stringify({ granted: true, grantReason: reason })}|x`;
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('paywall-gate');
      const settings = {
        'entitlements-url': answerUrl(freshKey(), { body: answers, status: '200|500', cache: 'no-store' }),
        'grace-hours': '24',
        ...attrs,
      };
      for (const [name, value] of Object.entries(settings)) el.setAttribute(name, value);
      el.clock = () => now;
      el.innerHTML = '<p>One two three.</p>';
      wrapper.append(el);
      await el.decisionComplete;
      const warnings = captureWarnings();
      try {
        await el.refresh();
      } finally {
        warnings.restore();
      }
      return el.state;
    }

    it('only a subscriber’s grant starts a grace period; the subscriber reasons can be set', async () => {
      expect(await graceFor('UNLOCKED')).to.equal('locked');
      expect(await graceFor('LAA')).to.equal('locked');
      expect(await graceFor('metering')).to.equal('locked');
      expect(await graceFor('annual-plan')).to.equal('locked');
      expect(await graceFor('SUBSCRIBER')).to.equal('unlocked');
      expect(await graceFor('annual-plan', { 'subscriber-reasons': 'monthly-plan annual-plan' })).to.equal('unlocked');
    });

    it('a login message while the first request is still out starts a new request, and its answer wins', async () => {
      const key = freshKey();
      const [el] = await gates(
        `entitlements-url="${answerUrl(key, { delay: '800|0', body: `${DENIED}|${GRANTED}` })}" login-url="https://login.example/in"`,
      );
      await waitFor(async () => (await hits(key)).answer === 1, 'the first request');
      window.dispatchEvent(new MessageEvent('message', { origin: 'https://login.example', data: 'paywall-login' }));
      await el.decisionComplete;
      expect(el.state).to.equal('unlocked');
      expect((await hits(key)).answer).to.equal(2);
    });

    it('refresh() asks again for every gate of the article on the page, and only for those', async () => {
      const key = freshKey();
      const other = freshKey();
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const gate = (id: string, url: string) =>
        `<paywall-gate article-id="${id}" preview-length="1" entitlements-url="${url}"><p>One two.</p></paywall-gate>`;
      const changing = answerUrl(key, { body: `${DENIED}|${GRANTED}`, cache: 'no-store' });
      wrapper.innerHTML = gate('story', changing) + gate('story', changing) + gate('elsewhere', answerUrl(other, { body: DENIED }));
      const [first, second, third] = [...wrapper.querySelectorAll('paywall-gate')];
      await Promise.all([first, second, third].map((g) => g.decisionComplete));
      await first.refresh();
      await second.decisionComplete;
      expect([first.state, second.state, third.state]).to.deep.equal(['unlocked', 'unlocked', 'locked']);
      expect((await hits(key)).answer).to.equal(2);
      expect((await hits(other)).answer).to.equal(1);
    });

    it('200 gates for different articles against a 100 ms endpoint: none times out (each timeout runs only while its request is out)', async function () {
      this.timeout(30_000);
      const key = freshKey();
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const endpoint = `/api/answer?k=${key}&delay=100&a={articleId}`;
      wrapper.innerHTML = Array.from(
        { length: 200 },
        (_, i) => `<paywall-gate article-id="a${i}" preview-length="1" entitlements-url="${endpoint}"><p>One two.</p></paywall-gate>`,
      ).join('');
      const all = [...wrapper.querySelectorAll('paywall-gate')];
      const errors: string[] = [];
      wrapper.addEventListener('paywall-error', (event) => errors.push(event.detail.reason));
      await Promise.all(all.map((g) => settled(g, 25_000)));
      await Promise.all(all.map((g) => g.decisionComplete));
      expect(errors).to.deep.equal([]);
      expect(all.every((g) => g.state === 'locked')).to.equal(true);
      expect((await hits(key)).answer).to.equal(200);
    });

    it('{articleIds}: gates for different articles ask in batches of at most 50, each reading its own answer', async () => {
      const key = freshKey();
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const endpoint = `/api/batch?k=${key}&granted=a3,a120&articles={articleIds}`;
      wrapper.innerHTML = Array.from(
        { length: 120 },
        (_, i) => `<paywall-gate article-id="a${i}" preview-length="1" entitlements-url="${endpoint}"><p>One two.</p></paywall-gate>`,
      ).join('');
      const all = [...wrapper.querySelectorAll('paywall-gate')];
      all.push(...(await gates(`article-id="a120" entitlements-url="${endpoint}"`)));
      await Promise.all(all.map((g) => settled(g)));
      const unlocked = all.filter((g) => g.state === 'unlocked').map((g) => g.articleId);
      expect(unlocked).to.deep.equal(['a3', 'a120']);
      const { batches } = await hits(key);
      expect(batches.length).to.be.within(3, 4);
      expect(batches.every((ids) => ids.length <= 50)).to.equal(true);
      expect(batches.flat().sort()).to.deep.equal(all.map((g) => g.articleId).sort());
    });

    it('pingback-format="amp": every view sends the entitlement JSON as it came; gates for one article are one view', async () => {
      const key = freshKey();
      const ping = `/api/ping?k=${key}`;
      const [denied] = await gates(
        `article-id="amp-1" entitlements-url="${answerUrl(freshKey(), { body: DENIED })}" pingback-url="${ping}" pingback-format="amp"`,
      );
      const [granted] = await gates(
        `article-id="amp-2" entitlements-url="${answerUrl(freshKey(), { body: GRANTED })}" pingback-url="${ping}" pingback-format="amp"`,
      );
      await Promise.all([denied.decisionComplete, granted.decisionComplete]);
      await waitFor(async () => (await hits(key)).ping.length === 2, 'two pingbacks');
      const bodies = (await hits(key)).ping.map((p) => JSON.parse(p.body));
      expect(bodies).to.have.deep.members([JSON.parse(DENIED), JSON.parse(GRANTED)]);
      // A second gate for the first article: the same view, no second report.
      const [again] = await gates(
        `article-id="amp-1" entitlements-url="${answerUrl(freshKey(), { body: DENIED })}" pingback-url="${ping}" pingback-format="amp"`,
      );
      await again.decisionComplete;
      expect((await hits(key)).ping).to.have.length(2);
    });

    it('granted-path="__proto__.granted" leads nowhere: a bad shape, and the offer', async () => {
      const warnings = captureWarnings();
      try {
        const [el] = await gates(
          `entitlements-url="${answerUrl(freshKey(), { body: '{"__proto__":{"granted":true}}' })}" granted-path="__proto__.granted"`,
        );
        expect((await oneEvent(el, 'paywall-error')).detail.reason).to.equal('bad-shape');
        await el.decisionComplete;
        expect(el.state).to.equal('locked');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('bad numbers', () => {
    it('a timeout past 2^31 − 1 ms or of 0 is brought into range with a warning, and the request still goes', async () => {
      for (const [timeout, used] of [
        ['3000000000', 60000],
        ['0', 100],
      ] as const) {
        const warnings = captureWarnings();
        try {
          const [el] = await gates(`entitlements-url="${answerUrl(freshKey(), { body: DENIED })}" timeout="${timeout}"`);
          await el.decisionComplete;
          expect(el.state).to.equal('locked');
          expect(partText(el, 'heading')).to.equal('You have read 5 of your 5 free articles this month.');
          expect(warnings.messages).to.deep.equal([`<paywall-gate> timeout: "${timeout}" is outside 100 to 60000 ms; ${used} is used.`]);
        } finally {
          warnings.restore();
        }
      }
    });

    it('a meter of 1e21, more used than the limit, or a limit of 0: the message without numbers', async () => {
      const fallback = 'This story is for subscribers.';
      const cases: [Record<string, unknown>, string, boolean][] = [
        [{ used: 1e21, limit: 1e21 }, fallback, false],
        [{ used: 5, limit: 3 }, fallback, true],
        [{ used: 0, limit: 0 }, fallback, true],
        [{ used: 2, limit: 3, remaining: 7 }, fallback, true],
        [{ used: 3, limit: 3 }, 'You have read 3 of your 3 free articles this month.', false],
      ];
      for (const [meter, heading, warned] of cases) {
        const warnings = captureWarnings();
        try {
          const [el] = await gates('');
          el.entitlement = { granted: false, meter };
          await el.updateComplete;
          expect(partText(el, 'heading'), JSON.stringify(meter)).to.equal(heading);
          expect(el.shadowRoot!.textContent).to.not.include('e+');
          expect(
            warnings.messages.some((m) => m.includes('does not add up')),
            JSON.stringify(meter),
          ).to.equal(warned);
        } finally {
          warnings.restore();
        }
      }
    });
  });

  it('a control character before // does not get a link past the check: login, subscribe and a plan’s checkout are refused', async () => {
    const warnings = captureWarnings();
    try {
      const hostile = '\u0001//other.example/';
      const el = document.createElement('paywall-gate');
      el.setAttribute('login-url', hostile);
      el.setAttribute('subscribe-url', hostile);
      el.setAttribute('preview-length', '1');
      el.innerHTML = `<script type="application/json">${JSON.stringify({ plans: [{ name: 'Annual', price: 10, currency: 'EUR', period: 'P1Y', href: hostile }] })}</script><p>One two.</p><p>Three four.</p>`;
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.append(el);
      el.entitlement = { granted: false };
      await el.updateComplete;
      const card = el.shadowRoot!.querySelector<PlanCard>('plan-card')!;
      await card.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~=login-link]')).to.equal(null);
      expect(part(el, 'cta').localName).to.equal('button');
      expect(part(card, 'cta').localName).to.equal('button');
      expect(warnings.messages.filter((m) => m.includes('is refused'))).to.have.length(3);
    } finally {
      warnings.restore();
    }
  });

  it('the status region announces an unlock only after a lock, not on every free article', async () => {
    const [free] = await gates(`entitlements-url="${answerUrl(freshKey(), { body: GRANTED })}"`);
    await free.decisionComplete;
    expect(free.state).to.equal('unlocked');
    expect(part(free, 'status').textContent!.trim()).to.equal('');
    const [el] = await gates('');
    el.entitlement = { granted: false };
    await el.updateComplete;
    el.entitlement = { granted: true };
    await el.updateComplete;
    expect(part(el, 'status').textContent!.trim()).to.equal('Full access. The story continues below.');
  });
});
