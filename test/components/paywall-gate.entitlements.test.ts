import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { GateErrorDetail, PaywallGate } from '../../src/components/paywall-gate/paywall-gate.js';
import { answerUrl, breakStorage, eachTestFreshAndWithoutRejections, freshKey, hits, waitFor } from '../support/api.js';
import { animationsFinished, captureWarnings, part, partText } from '../support/helpers.js';
import { ARTICLE, DENIED, GRANTED, gates, secretShown, settled } from '../support/gates.js';

describe('<paywall-gate> with an entitlement endpoint', () => {
  eachTestFreshAndWithoutRejections();

  it('locks on a denial, with the meter from the answer, and fires paywall-lock', async () => {
    const [el] = await gates(`entitlements-url="${answerUrl(freshKey(), { body: DENIED })}"`);
    const lock = await oneEvent(el, 'paywall-lock');
    expect(lock.detail).to.deep.equal({ reason: 'METERING', meter: { used: 5, limit: 5, remaining: undefined } });
    await el.updateComplete;
    expect(el.state).to.equal('locked');
    expect(partText(el, 'heading')).to.equal('You have read 5 of your 5 free articles this month.');
    expect(secretShown(el)).to.equal(false);
    await animationsFinished();
    await expect(el).to.be.accessible();
  });

  it('unlocks on a grant and fires paywall-unlock', async () => {
    const [el] = await gates(`entitlements-url="${answerUrl(freshKey(), { body: GRANTED })}"`);
    const unlock = await oneEvent(el, 'paywall-unlock');
    expect(unlock.detail.reason).to.equal('SUBSCRIBER');
    await el.updateComplete;
    expect(secretShown(el)).to.equal(true);
  });

  it('on a failure: paywall-error with the reason, one warning, and the policy', async () => {
    const warnings = captureWarnings();
    try {
      const [el] = await gates(`entitlements-url="${answerUrl(freshKey(), { status: 500 })}"`);
      const error = await oneEvent(el, 'paywall-error');
      expect(error.detail as GateErrorDetail).to.deep.equal({ reason: 'http-status', status: 500, source: 'entitlements-url' });
      expect(error.bubbles && error.composed).to.equal(true);
      await settled(el);
      expect(el.state).to.equal('locked');
      // The heading says why: the endpoint could not be asked.
      expect(partText(el, 'heading')).to.equal('We could not check your access just now.');
      expect(warnings.messages).to.deep.equal([
        '<paywall-gate> entitlements-url: the request failed (http-status 500); the offer is shown.',
      ]);
    } finally {
      warnings.restore();
    }
  });

  describe('every failure ends locked (the default policy), with paywall-error and one warning', () => {
    const failures: [string, Record<string, string | number>, string][] = [
      ['410', { status: 410 }, 'http-status'],
      ['an HTML body', { type: 'text/html', body: '<p>Sign in</p>' }, 'bad-json'],
      ['invalid JSON', { body: '{"granted":' }, 'bad-json'],
      ['an empty body', { body: 'empty' }, 'bad-json'],
      ['5 MB', { body: 'huge' }, 'too-large'],
      ['"granted": "true"', { body: '{"granted":"true"}' }, 'bad-shape'],
      ['missing fields', { body: '{"grantReason":"SUBSCRIBER"}' }, 'bad-shape'],
      ['__proto__', { body: '{"__proto__":{"granted":true}}' }, 'bad-shape'],
      ['a hang', { delay: 1500, body: GRANTED }, 'timeout'],
    ];
    for (const [name, query, reason] of failures) {
      it(name, async () => {
        const warnings = captureWarnings();
        try {
          // A timeout that a busy test machine's endpoint meets, unless it hangs on purpose.
          const [el] = await gates(`entitlements-url="${answerUrl(freshKey(), query)}" timeout="1000"`);
          expect((await oneEvent(el, 'paywall-error')).detail.reason).to.equal(reason);
          await settled(el);
          expect(el.state).to.equal('locked');
          expect(secretShown(el)).to.equal(false);
          expect(warnings.messages).to.have.length(1);
        } finally {
          warnings.restore();
        }
      });
    }

    it('offline and a CORS refusal: network', async () => {
      const crossOrigin = answerUrl(freshKey(), { body: GRANTED }, `${location.protocol}//127.0.0.1:${location.port}`);
      const warnings = captureWarnings();
      try {
        for (const url of ['http://127.0.0.1:9/answer', crossOrigin]) {
          const [el] = await gates(`entitlements-url="${url}"`);
          expect((await oneEvent(el, 'paywall-error')).detail.reason).to.equal('network');
          await settled(el);
          expect(el.state).to.equal('locked');
        }
        expect(warnings.messages[0]).to.equal('<paywall-gate> entitlements-url: the request failed (network); the offer is shown.');
      } finally {
        warnings.restore();
      }
    });
  });

  it('on-failure="open" shows the article when the endpoint times out', async () => {
    const warnings = captureWarnings();
    try {
      const [el] = await gates(
        `entitlements-url="${answerUrl(freshKey(), { delay: 1000, body: DENIED })}" timeout="100" on-failure="open"`,
      );
      expect((await oneEvent(el, 'paywall-error')).detail.reason).to.equal('timeout');
      await settled(el);
      expect(el.state).to.equal('unlocked');
      expect(warnings.messages[0]).to.match(/timeout.*the article is shown/);
    } finally {
      warnings.restore();
    }
  });

  it('five gates for one article share one request', async () => {
    const key = freshKey();
    const all = await gates(`entitlements-url="${answerUrl(key, { delay: 50, body: DENIED })}"`, 5);
    await Promise.all(all.map((el) => settled(el)));
    expect(all.map((el) => el.state)).to.deep.equal(['locked', 'locked', 'locked', 'locked', 'locked']);
    expect((await hits(key)).answer).to.equal(1);
  });

  it('a gate made again within the TTL (a reload) uses the kept answer', async () => {
    const key = freshKey();
    const [first] = await gates(`entitlements-url="${answerUrl(key, { body: DENIED, cache: 'max-age=60' })}"`);
    await settled(first);
    const [second] = await gates(`entitlements-url="${answerUrl(key, { body: DENIED, cache: 'max-age=60' })}"`);
    await settled(second);
    expect((await hits(key)).answer).to.equal(1);
  });

  it('the newest answer wins: an older one arriving later is dropped', async () => {
    const key = freshKey();
    const [el] = await gates(`entitlements-url="${answerUrl(key, { delay: '300|0', body: `${GRANTED}|${DENIED}` })}"`);
    const unlocks: Event[] = [];
    el.addEventListener('paywall-unlock', (event) => unlocks.push(event));
    await waitFor(async () => (await hits(key)).answer === 1, 'the first request');
    await el.refresh();
    expect(el.state).to.equal('locked');
    await el.decisionComplete;
    expect(el.state).to.equal('locked');
    expect(unlocks).to.deep.equal([]);
    expect((await hits(key)).answer).to.equal(2);
  });

  it('a decision the page sets in the same task as it adds the gate wins too', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.innerHTML = `<paywall-gate preview-length="1" preview-unit="paragraphs" free-limit="1" entitlements-url="${answerUrl(freshKey(), { body: DENIED })}">${ARTICLE}</paywall-gate>`;
    const el = wrapper.querySelector('paywall-gate')!;
    el.entitlement = { granted: true, reason: 'SDK' };
    await el.decisionComplete;
    expect(el.state).to.equal('unlocked');
  });

  it('a decision set by the page wins over a question still out', async () => {
    const [el] = await gates(`entitlements-url="${answerUrl(freshKey(), { delay: 200, body: DENIED })}"`);
    el.entitlement = { granted: true, reason: 'SDK' };
    await el.decisionComplete;
    expect(el.state).to.equal('unlocked');
  });

  it('a gate removed while its request is in flight: no error, no late render', async () => {
    const [el] = await gates(`entitlements-url="${answerUrl(freshKey(), { delay: 150, body: GRANTED })}"`);
    const events: string[] = [];
    for (const type of ['paywall-lock', 'paywall-unlock', 'paywall-error']) el.addEventListener(type, () => events.push(type));
    el.remove();
    await el.decisionComplete;
    expect(el.state).to.equal('pending');
    expect(events).to.deep.equal([]);
  });

  describe('logging in', () => {
    it('puts the way back in login-url, and asks again when the reader comes back to the tab', async () => {
      const key = freshKey();
      const [el] = await gates(
        `entitlements-url="${answerUrl(key, { body: `${DENIED}|${GRANTED}` })}" login-url="/login?next={returnUrl}"`,
      );
      await settled(el);
      const link = part<HTMLAnchorElement>(el, 'login-link');
      expect(new URL(link.href).searchParams.get('next')).to.equal(location.href);
      link.addEventListener('click', (event) => event.preventDefault());
      const login = oneEvent(el, 'paywall-login');
      link.click();
      expect((await login).detail.url).to.equal(link.href);
      window.dispatchEvent(new Event('focus'));
      await waitUntil(() => el.state === 'unlocked', 'unlocked without a reload', { timeout: 2000 });
      expect(secretShown(el)).to.equal(true);
      expect((await hits(key)).answer).to.equal(2);
    });

    it('every gate on the page asks again when the reader comes back through one of them', async () => {
      const key = freshKey();
      const all = await gates(`entitlements-url="${answerUrl(key, { body: `${DENIED}|${GRANTED}` })}" login-url="/login"`, 2);
      await Promise.all(all.map((el) => settled(el)));
      const link = part<HTMLAnchorElement>(all[0], 'login-link');
      link.addEventListener('click', (event) => event.preventDefault());
      link.click();
      window.dispatchEvent(new Event('focus'));
      await waitUntil(() => all.every((el) => el.state === 'unlocked'), 'both unlocked', { timeout: 2000 });
      expect((await hits(key)).answer).to.equal(2);
    });

    it('asks again on a message from the login page’s origin, as a string or { type }; ignores other origins and other messages', async () => {
      for (const data of ['paywall-login', { type: 'paywall-login' }]) {
        const key = freshKey();
        const [el] = await gates(
          `entitlements-url="${answerUrl(key, { body: `${DENIED}|${GRANTED}` })}" login-url="https://login.example/in"`,
        );
        await settled(el);
        window.dispatchEvent(new MessageEvent('message', { origin: 'https://evil.example', data }));
        window.dispatchEvent(new MessageEvent('message', { origin: 'https://login.example', data: 'hello' }));
        window.dispatchEvent(new MessageEvent('message', { origin: 'https://login.example', data: { type: 'other' } }));
        window.dispatchEvent(new Event('focus'));
        await el.decisionComplete;
        expect(el.state).to.equal('locked');
        expect((await hits(key)).answer).to.equal(1);
        window.dispatchEvent(new MessageEvent('message', { origin: 'https://login.example', data }));
        await waitUntil(() => el.state === 'unlocked', 'unlocked by the message', { timeout: 2000 });
      }
    });
  });

  describe('hard mode', () => {
    it('the locked page never fetches the rest; after a grant it is fetched once, cleaned, and appended', async () => {
      const key = freshKey();
      const contentUrl = `/api/content?k=${key}`;
      const json =
        '<script type="application/json">{"plans": [{"name": "Annual", "price": 2700, "currency": "INR", "period": "P1Y"}]}</script>';
      const [locked] = await gates(
        `entitlements-url="${answerUrl(freshKey(), { body: DENIED })}" content-url="${contentUrl}" login-url="/login"`,
        1,
        `${json}<article><p>Preview only.</p></article>`,
      );
      await settled(locked);
      await locked.updateComplete;
      expect((await hits(key)).content).to.equal(0);
      expect(locked.textContent).to.not.include('REST-ONE');
      // Nothing was cut (the page holds only the preview), and still the offer shows.
      expect(part(locked, 'offer').hidden).to.equal(false);
      expect(partText(locked, 'heading')).to.equal('You have read 5 of your 5 free articles this month.');
      expect(locked.shadowRoot!.querySelectorAll('plan-card')).to.have.length(1);

      const [el] = await gates(
        `entitlements-url="${answerUrl(freshKey(), { body: GRANTED })}" content-url="${contentUrl}"`,
        1,
        '<article><p>Preview only.</p></article>',
      );
      await waitUntil(() => el.textContent!.includes('REST-TWO'), 'the rest arrived', { timeout: 2000 });
      // The rest sits in the gated part, which a search engine's hasPart selector names.
      expect(el.querySelector('article > div.paywall > p:last-of-type')!.textContent).to.match(/^REST-TWO/);
      expect((await hits(key)).content).to.equal(1);
      // The content's image fails to load; its handler, had it been kept, would have run by then.
      await waitFor(() => [...el.querySelectorAll('img')].every((img) => img.complete), 'the images to load or fail');
      expect((window as { __canary?: number }).__canary).to.equal(undefined);
      expect(el.querySelector('script, [onerror], a[href^="javascript"]')).to.equal(null);
      await el.refresh();
      expect(el.textContent!.match(/REST-ONE/g)).to.have.length(1);
    });
  });

  describe('hard mode on a page with Trusted Types', () => {
    it('a page that forbids parsing HTML from strings: paywall-error, and the gate locks with the offer, not an exception', async () => {
      const original = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
      Object.defineProperty(HTMLTemplateElement.prototype, 'innerHTML', {
        configurable: true,
        set() {
          throw new TypeError("This document requires 'TrustedHTML' assignment.");
        },
      });
      const warnings = captureWarnings();
      try {
        const [el] = await gates(
          `entitlements-url="${answerUrl(freshKey(), { body: GRANTED })}" content-url="/api/content?k=${freshKey()}"`,
          1,
          '<article><p>Preview only.</p></article>',
        );
        const error = await oneEvent(el, 'paywall-error');
        expect(error.detail.source).to.equal('content-url');
        await el.decisionComplete;
        expect(el.state).to.equal('locked');
        expect(part(el, 'offer').hidden).to.equal(false);
        expect(el.textContent).to.not.include('REST-ONE');
      } finally {
        warnings.restore();
        delete (HTMLTemplateElement.prototype as { innerHTML?: unknown }).innerHTML;
        expect(Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')).to.deep.equal(original);
      }
    });
  });

  describe('local meter', () => {
    /** A gate made with its clock set before it starts; each test counts in its own month (the page keeps what it saved). */
    async function view(articleId: string, month: number, more: Record<string, string> = {}): Promise<PaywallGate> {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('paywall-gate');
      const attributes = { 'free-limit': '2', 'article-id': articleId, 'preview-length': '1', 'preview-unit': 'paragraphs', ...more };
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      el.clock = () => new Date(2028, month, 15).getTime();
      el.innerHTML = ARTICLE;
      wrapper.append(el);
      await settled(el);
      return el;
    }

    it('counts distinct articles with free-limit and no endpoint; the meter message shows the count; a new month starts again', async () => {
      expect((await view('a', 0)).state).to.equal('unlocked');
      expect((await view('b', 0)).state).to.equal('unlocked');
      expect((await view('a', 0)).state).to.equal('unlocked');
      const el = await view('c', 0);
      expect(el.state).to.equal('locked');
      expect(partText(el, 'heading')).to.equal('You have read 2 of your 2 free articles this month.');
      expect((await view('c', 1)).state).to.equal('unlocked');
    });

    it('counts an article id given as a number once', async () => {
      for (let i = 0; i < 3; i++) {
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        const el = document.createElement('paywall-gate');
        Object.assign(el, {
          freeLimit: 1,
          articleId: 12345,
          previewLength: 1,
          previewUnit: 'paragraphs',
          clock: () => new Date(2028, 5, 1).getTime(),
        });
        el.innerHTML = ARTICLE;
        wrapper.append(el);
        await settled(el);
        expect(el.state).to.equal('unlocked');
      }
    });

    it('a metered view is reported once, even when the gate moves in the page', async () => {
      const key = freshKey();
      const sendBeacon = navigator.sendBeacon;
      let beacons = 0;
      navigator.sendBeacon = (...args) => (beacons++, sendBeacon.apply(navigator, args));
      try {
        const el = await view('p', 5, { 'pingback-url': `/api/ping?k=${key}` });
        await waitFor(async () => (await hits(key)).ping.length === 1, 'the pingback');
        document.body.append(el);
        await el.decisionComplete;
        el.remove();
        await el.refresh();
      } finally {
        navigator.sendBeacon = sendBeacon;
      }
      expect(beacons).to.equal(1);
      expect((await hits(key)).ping).to.have.length(1);
    });

    it('works on memory when storage throws on every call', async () => {
      const restore = breakStorage(['getItem', 'setItem']);
      try {
        expect((await view('a', 3)).state).to.equal('unlocked');
        expect((await view('b', 3)).state).to.equal('unlocked');
        expect((await view('c', 3)).state).to.equal('locked');
      } finally {
        restore();
      }
    });
  });
});
