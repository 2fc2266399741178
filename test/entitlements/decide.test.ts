import { expect } from '@open-wc/testing';
import { decide, fillUrl, type EntitlementContext, type Settings } from '../../src/entitlements/decide.js';
import { forgetAnswers } from '../../src/entitlements/request.js';
import type { Problem } from '../../src/util/warn.js';
import { answerUrl, breakStorage, eachTestFreshAndWithoutRejections, freshKey, hits, sleep } from '../support/api.js';

const NOW = new Date(2026, 10, 27, 12).getTime();
const HOUR = 3.6e6;
const context = (articleId = 'story-1'): EntitlementContext => ({ articleId, url: location.href, readerId: 'r1', returnUrl: location.href });

/** Decides with the given settings; the problems are returned beside the decision. */
async function ask(settings: Settings, options: { now?: number; fresh?: boolean; articleId?: string } = {}) {
  const problems: Problem[] = [];
  const decision = await decide(settings, context(options.articleId), options.now ?? NOW, problems, { fresh: options.fresh });
  return { decision, problems, entitlement: decision?.entitlement, failure: decision?.failures[0]?.[1] };
}

/** A time in another month: what this page saved to the local meter is kept for the page's life, so each test counts in its own month. */
const month = (m: number) => new Date(2027, m, 10).getTime();

describe('decide', () => {
  eachTestFreshAndWithoutRejections();

  describe('answers', () => {
    it('reads the amp-subscriptions format, granted and denied', async () => {
      const denied = JSON.stringify({ granted: false, grantReason: 'METERING', data: { articlesRead: 5, articleLimit: 5 } });
      expect((await ask({ entitlementsUrl: answerUrl(freshKey(), { body: denied }) })).entitlement).to.deep.include({
        granted: false,
        reason: 'METERING',
        meter: { used: 5, limit: 5, remaining: undefined },
      });
      const granted = JSON.stringify({ granted: true, grantReason: 'SUBSCRIBER' });
      expect((await ask({ entitlementsUrl: answerUrl(freshKey(), { body: granted }) })).entitlement).to.deep.include({ granted: true, reason: 'SUBSCRIBER' });
    });

    it('reads another shape through the *-path settings', async () => {
      const body = JSON.stringify({ user: { access: false, why: 'quota' }, quota: { n: 2, of: 3 } });
      const { entitlement } = await ask({
        entitlementsUrl: answerUrl(freshKey(), { body }),
        grantedPath: 'user.access',
        reasonPath: 'user.why',
        usedPath: 'quota.n',
        limitPath: 'quota.of',
      });
      expect(entitlement).to.deep.include({ granted: false, reason: 'quota', meter: { used: 2, limit: 3, remaining: undefined } });
      const granted = JSON.stringify({ user: { access: true, why: 'subscriber' } });
      expect((await ask({ entitlementsUrl: answerUrl(freshKey(), { body: granted }), grantedPath: 'user.access', reasonPath: 'user.why' })).entitlement).to.deep.include({
        granted: true,
        reason: 'subscriber',
      });
    });

    it('asks an adapter instead, with the view’s context', async () => {
      let seen: EntitlementContext | undefined;
      const adapter = async (c: EntitlementContext) => {
        seen = c;
        return { granted: true, reason: 'SUBSCRIBER' };
      };
      expect((await ask({ adapter })).entitlement).to.deep.include({ granted: true, reason: 'SUBSCRIBER' });
      expect(seen).to.deep.equal(context());
      const denied = await ask({ adapter: () => ({ granted: false, reason: 'METERING', meter: { used: 3, limit: 3 } }) });
      expect(denied.entitlement).to.deep.include({ granted: false, reason: 'METERING', meter: { used: 3, limit: 3, remaining: undefined } });
    });

    it('sends Accept: application/json, the headers property, and fills the URL template, encoded', async () => {
      const key = freshKey();
      await ask({ entitlementsUrl: `/api/answer?k=${key}&a={articleId}`, headers: { 'X-Custom': 'yes' } }, { articleId: 'a b&c' });
      const { headers } = await hits(key);
      expect(headers.accept).to.equal('application/json');
      expect(headers.custom).to.equal('yes');
      expect(fillUrl('/e?a={articleId}&r={returnUrl}&x={other}', { articleId: 'a b&c', returnUrl: 'https://n.example/s?x=1' })).to.equal(
        '/e?a=a%20b%26c&r=https%3A%2F%2Fn.example%2Fs%3Fx%3D1&x={other}',
      );
    });
  });

  describe('failures end in the failure policy', () => {
    const cases: [string, Record<string, string | number>, string, number?][] = [
      ['a 500', { status: 500, body: '{"granted":true}' }, 'http-status', 500],
      ['a 404', { status: 404 }, 'http-status', 404],
      ['an HTML body', { type: 'text/html', body: '<!doctype html><p>Sign in</p>' }, 'bad-json'],
      ['invalid JSON', { body: '{"granted": tru' }, 'bad-json'],
      ['an empty body', { body: 'empty' }, 'bad-json'],
      ['5 MB without a Content-Length', { body: 'huge' }, 'too-large'],
      ['5 MB with a Content-Length', { body: 'huge-declared' }, 'too-large'],
      ['"granted": "true"', { body: '{"granted":"true"}' }, 'bad-shape'],
      ['missing fields', { body: '{}' }, 'bad-shape'],
      ['a __proto__ key', { body: '{"__proto__":{"granted":true}}' }, 'bad-shape'],
      ['a hang past the timeout', { delay: 400, body: '{"granted":true}' }, 'timeout'],
    ];
    for (const [name, query, reason, status] of cases) {
      it(`${name}: ${reason}, and the offer (closed, the default)`, async () => {
        const { entitlement, failure } = await ask({ entitlementsUrl: answerUrl(freshKey(), query), timeout: 200 });
        expect(failure).to.deep.equal({ reason, status });
        expect(entitlement).to.deep.equal({ granted: false, reason: 'FAILURE' });
        expect(({} as Record<string, unknown>).granted).to.equal(undefined);
      });
    }

    it('a CORS failure and a refused connection (offline): network', async () => {
      const crossOrigin = answerUrl(freshKey(), { body: '{"granted":true}' }, `${location.protocol}//127.0.0.1:${location.port}`);
      expect(location.hostname).to.not.equal('127.0.0.1');
      expect((await ask({ entitlementsUrl: crossOrigin })).failure).to.deep.equal({ reason: 'network', status: undefined });
      expect((await ask({ entitlementsUrl: 'http://127.0.0.1:9/answer' })).failure).to.deep.equal({ reason: 'network', status: undefined });
    });

    it('a refused URL: refused, with a warning naming the attribute', async () => {
      const { failure, problems, entitlement } = await ask({ entitlementsUrl: 'javascript:alert(1)' });
      expect(failure?.reason).to.equal('refused');
      expect(entitlement?.granted).to.equal(false);
      expect(problems.map((p) => p.attribute)).to.deep.equal(['entitlements-url']);
    });

    it('malformed settings: a warning naming each attribute, and the documented fallback', async () => {
      const key = freshKey();
      const { problems, failure } = await ask({
        entitlementsUrl: answerUrl(key, { delay: 300, body: '{"granted":true}' }),
        credentials: 'all',
        timeout: 'soon',
        graceHours: '-1',
        contentUrl: 'javascript:alert(1)',
        pingbackUrl: '//evil.example/ping',
      });
      expect(problems.map((p) => `${p.attribute}: ${p.message}`)).to.deep.equal([
        'credentials: "all" is not one of include, same-origin, omit; include is used.',
        'timeout: "soon" is not a whole number of 0 or more; 3000 is used.',
        'grace-hours: "-1" is not a whole number of 0 or more; no grace period is given.',
        'content-url: "javascript:alert(1)" is refused: only http, https and relative URLs are used; only the preview is shown.',
        'pingback-url: "//evil.example/ping" is refused: only http, https and relative URLs are used; no view is reported.',
      ]);
      // The 3000 ms default timeout outlasts the 300 ms answer; the default credentials send the cookies.
      expect(failure).to.equal(undefined);
      expect((await hits(key)).answer).to.equal(1);
    });

    it('an adapter that throws, rejects or hangs', async () => {
      const failing = [
        () => {
          throw new Error('SDK down');
        },
        () => Promise.reject(new Error('SDK down')),
        () => new Promise<never>(() => {}),
        () => ({ granted: 'yes' }),
      ];
      const reasons = [];
      for (const adapter of failing) reasons.push((await ask({ adapter: adapter as never, timeout: 100 })).failure?.reason);
      expect(reasons).to.deep.equal(['network', 'network', 'timeout', 'bad-shape']);
    });

    it('on-failure="open" shows the article; JSON gives the decision; anything else warns and stays closed', async () => {
      const url = answerUrl(freshKey(), { status: 503 });
      expect((await ask({ entitlementsUrl: url, onFailure: 'open' })).entitlement).to.deep.equal({ granted: true, reason: 'FAILURE' });
      const json = '{"granted": false, "reason": "OUTAGE", "meter": {"used": 1, "limit": 3}}';
      expect((await ask({ entitlementsUrl: url, onFailure: json })).entitlement).to.deep.include({ granted: false, reason: 'OUTAGE' });
      const { entitlement, problems } = await ask({ entitlementsUrl: url, onFailure: 'sometimes' });
      expect(entitlement).to.deep.equal({ granted: false, reason: 'FAILURE' });
      expect(problems[0].message).to.match(/^"sometimes" is not open, closed or an entitlement in JSON; closed is used\.$/);
    });

    it('grace-hours: a subscriber granted on this device recently keeps reading; a metered grant does not count', async () => {
      const granted = answerUrl(freshKey(), { body: '{"granted":true,"grantReason":"SUBSCRIBER"}' });
      const down = answerUrl(freshKey(), { status: 500 });
      await ask({ entitlementsUrl: granted });
      expect((await ask({ entitlementsUrl: down, graceHours: 24 }, { now: NOW + 23 * HOUR })).entitlement).to.deep.equal({ granted: true, reason: 'GRACE' });
      expect((await ask({ entitlementsUrl: down, graceHours: 24 }, { now: NOW + 25 * HOUR })).entitlement?.granted).to.equal(false);
      expect((await ask({ entitlementsUrl: down }, { now: NOW + HOUR })).entitlement?.granted).to.equal(false);
      // A metered grant later does not renew the remembered time.
      await ask({ entitlementsUrl: answerUrl(freshKey(), { body: '{"granted":true,"grantReason":"METERING"}' }) }, { now: NOW + 100 * HOUR });
      expect((await ask({ entitlementsUrl: down, graceHours: 24 }, { now: NOW + 101 * HOUR })).entitlement?.granted).to.equal(false);
    });
  });

  describe('one request per question', () => {
    it('shares one request in flight, fresh or not', async () => {
      const key = freshKey();
      const url = answerUrl(key, { delay: 100, body: '{"granted":true}' });
      const all = await Promise.all([1, 2, 3, 4, 5].map((n) => ask({ entitlementsUrl: url }, { fresh: n > 3 })));
      expect(all.map((a) => a.entitlement?.granted)).to.deep.equal([true, true, true, true, true]);
      expect((await hits(key)).answer).to.equal(1);
    });

    it('keeps an answer for its max-age, or its ttl field, or 60 s; not past it, not for no-store, not when fresh', async () => {
      const cases: [Record<string, string>, number, number][] = [
        [{ cache: 'max-age=30' }, 29_000, 1],
        [{ cache: 'max-age=30' }, 31_000, 2],
        [{ body: '{"granted":false,"ttl":5}' }, 4_000, 1],
        [{ body: '{"granted":false,"ttl":5}' }, 6_000, 2],
        [{}, 59_000, 1],
        [{ cache: 'private, no-store' }, 1_000, 2],
        [{ cache: 'max-age=0' }, 1_000, 2],
      ];
      for (const [query, later, requests] of cases) {
        const key = freshKey();
        await ask({ entitlementsUrl: answerUrl(key, query) });
        await ask({ entitlementsUrl: answerUrl(key, query) }, { now: NOW + later });
        expect((await hits(key)).answer, JSON.stringify(query) + later).to.equal(requests);
      }
      const key = freshKey();
      await ask({ entitlementsUrl: answerUrl(key) });
      await ask({ entitlementsUrl: answerUrl(key) }, { fresh: true });
      expect((await hits(key)).answer).to.equal(2);
    });

    it('an older answer arriving after a fresh one does not replace the kept answer', async () => {
      const key = freshKey();
      const url = answerUrl(key, { delay: '300|0', body: '{"granted":false}|{"granted":true}', cache: 'max-age=60' });
      const old = ask({ entitlementsUrl: url });
      await sleep(50);
      // The reader logs in meanwhile: kept answers and requests still out are forgotten.
      forgetAnswers();
      expect((await ask({ entitlementsUrl: url }, { fresh: true })).entitlement?.granted).to.equal(true);
      expect((await old).entitlement?.granted).to.equal(false);
      expect((await ask({ entitlementsUrl: url })).entitlement?.granted).to.equal(true);
      expect((await hits(key)).answer).to.equal(2);
    });

    it('keeps answers in memory when sessionStorage throws', async () => {
      const restore = breakStorage(['setItem'], 'QuotaExceededError');
      try {
        const key = freshKey();
        await ask({ entitlementsUrl: answerUrl(key) });
        await ask({ entitlementsUrl: answerUrl(key) });
        expect((await hits(key)).answer).to.equal(1);
      } finally {
        restore();
      }
    });
  });

  describe('local meter', () => {
    it('with free-limit and no endpoint, counts distinct articles per month', async () => {
      const view = async (articleId: string, now = month(0)) => (await ask({ freeLimit: 2 }, { articleId, now })).entitlement;
      expect(await view('a')).to.deep.equal({ granted: true, reason: 'METERING', meter: { used: 1, limit: 2, remaining: 1 } });
      expect((await view('a'))?.meter?.used).to.equal(1);
      expect((await view('b'))?.granted).to.equal(true);
      expect(await view('c')).to.deep.equal({ granted: false, reason: 'METERING', meter: { used: 2, limit: 2, remaining: 0 } });
      expect((await view('c', month(1)))?.granted).to.equal(true);
    });

    it('counts when the answer neither grants nor meters; a meter in the answer wins; a failure does not count', async () => {
      const plain = answerUrl(freshKey(), { body: '{"granted":false}' });
      expect((await ask({ entitlementsUrl: plain, freeLimit: 1 }, { now: month(2) })).entitlement).to.deep.include({ granted: true, reason: 'METERING' });
      const metered = answerUrl(freshKey(), { body: '{"granted":false,"data":{"articlesRead":3,"articleLimit":3}}' });
      expect((await ask({ entitlementsUrl: metered, freeLimit: 10 })).entitlement?.meter).to.deep.include({ used: 3, limit: 3 });
      const down = answerUrl(freshKey(), { status: 500 });
      expect((await ask({ entitlementsUrl: down, freeLimit: 10 }, { articleId: 'x', now: month(2) })).entitlement?.reason).to.equal('FAILURE');
    });

    it('works on memory when localStorage throws', async () => {
      const restore = breakStorage(['getItem']);
      try {
        expect((await ask({ freeLimit: 1 }, { articleId: 'm1', now: month(3) })).entitlement?.granted).to.equal(true);
        expect((await ask({ freeLimit: 1 }, { articleId: 'm2', now: month(3) })).entitlement?.granted).to.equal(false);
      } finally {
        restore();
      }
    });

    it('reports a metered view to pingback-url once, as text/plain', async () => {
      const key = freshKey();
      const pingbackUrl = `/api/ping?k=${key}`;
      await ask({ freeLimit: 3, pingbackUrl }, { now: month(4) });
      await ask({ freeLimit: 3, pingbackUrl }, { now: month(4), fresh: true });
      await ask({ entitlementsUrl: answerUrl(freshKey(), { body: '{"granted":true,"grantReason":"SUBSCRIBER"}' }), pingbackUrl });
      await sleep(100);
      const { ping } = await hits(key);
      expect(ping).to.have.length(1);
      expect(ping[0].type).to.match(/^text\/plain/);
      expect(JSON.parse(ping[0].body)).to.deep.include({ articleId: 'story-1', meter: { used: 1, limit: 3, remaining: 2 } });
    });
  });

  describe('hard mode', () => {
    it('fetches the rest of the article only after a grant', async () => {
      const key = freshKey();
      const contentUrl = `/api/content?k=${key}`;
      const denied = await ask({ entitlementsUrl: answerUrl(freshKey()), contentUrl });
      expect(denied.decision?.content).to.equal(undefined);
      expect((await hits(key)).content).to.equal(0);
      const granted = await ask({ entitlementsUrl: answerUrl(freshKey(), { body: '{"granted":true}' }), contentUrl });
      expect(granted.decision?.content?.textContent).to.include('REST-ONE');
      expect(granted.decision?.content?.querySelector('script')).to.equal(null);
      expect((await hits(key)).content).to.equal(1);
    });

    it('reports a content failure against content-url and still decides', async () => {
      const { decision } = await ask({ entitlementsUrl: answerUrl(freshKey(), { body: '{"granted":true}' }), contentUrl: '/api/nowhere', timeout: 500 });
      expect(decision?.entitlement.granted).to.equal(true);
      expect(decision?.failures).to.deep.equal([['content-url', { reason: 'http-status', status: 404 }]]);
    });
  });

  it('gives undefined when there is nothing to ask: the page decides', async () => {
    expect((await ask({})).decision).to.equal(undefined);
  });
});
