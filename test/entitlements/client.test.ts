import { expect } from '@open-wc/testing';
import { createAnswerStore } from '../../src/entitlements/answer-store.js';
import { createEntitlementClient, type ClientOptions, type View } from '../../src/entitlements/client.js';
import type { SafeStorage } from '../../src/entitlements/safe-storage.js';
import type { EntitlementContext } from '../../src/entitlements/sources.js';
import { answerUrl, breakStorage, freshKey, hits, waitFor, watchRejections } from '../support/api.js';

const NOW = new Date(2026, 10, 27, 12).getTime();
const HOUR = 3.6e6;
const view = (articleId = 'story-1'): View => ({ articleId, url: location.href, returnUrl: location.href });

/** A device storage in memory, as a test's own: nothing kept between tests. */
export function memoryStorage(): SafeStorage {
  const values = new Map<string, string>();
  return {
    load: (key) => (values.has(key) ? JSON.parse(values.get(key)!) : undefined),
    save: (key, value) => values.set(key, JSON.stringify(value)),
  };
}

/** A client with a store and a device of its own, at a fixed time (or `now`). */
function client(options: ClientOptions, now = NOW) {
  return createEntitlementClient({ device: memoryStorage(), clock: () => now, ...options });
}

/** One decision, with its first failure. */
async function decideOnce(options: ClientOptions, { articleId, fresh }: { articleId?: string; fresh?: boolean } = {}) {
  const decision = await client(options).decide(view(articleId), { fresh });
  return { decision, entitlement: decision?.entitlement, failure: decision?.failures[0] };
}

describe('createEntitlementClient', () => {
  let rejections: ReturnType<typeof watchRejections>;
  beforeEach(() => (rejections = watchRejections()));
  afterEach(() => {
    rejections.stop();
    expect(rejections.reasons).to.deep.equal([]);
  });

  describe('answers', () => {
    it('reads the amp-subscriptions format, granted and denied', async () => {
      const denied = JSON.stringify({ granted: false, grantReason: 'METERING', data: { articlesRead: 5, articleLimit: 5 } });
      expect((await decideOnce({ endpoint: answerUrl(freshKey(), { body: denied }) })).entitlement).to.deep.equal({
        granted: false,
        reason: 'METERING',
        meter: { used: 5, limit: 5, remaining: undefined },
      });
      const granted = JSON.stringify({ granted: true, grantReason: 'SUBSCRIBER', loggedIn: true });
      expect((await decideOnce({ endpoint: answerUrl(freshKey(), { body: granted }) })).entitlement).to.deep.equal({
        granted: true,
        reason: 'SUBSCRIBER',
        loggedIn: true,
      });
    });

    it('reads another shape through paths', async () => {
      const body = JSON.stringify({ user: { access: false, why: 'quota' }, quota: { n: 2, of: 3 } });
      const paths = { granted: 'user.access', reason: 'user.why', used: 'quota.n', limit: 'quota.of' };
      const { entitlement } = await decideOnce({ endpoint: answerUrl(freshKey(), { body }), paths });
      expect(entitlement).to.deep.include({ granted: false, reason: 'quota', meter: { used: 2, limit: 3, remaining: undefined } });
      const granted = JSON.stringify({ user: { access: true, why: 'subscriber' } });
      expect((await decideOnce({ endpoint: answerUrl(freshKey(), { body: granted }), paths })).entitlement).to.deep.include({
        granted: true,
        reason: 'subscriber',
      });
    });

    it('asks an adapter instead, with the view and the reader id', async () => {
      let seen: EntitlementContext | undefined;
      const adapter = async (context: EntitlementContext) => {
        seen = context;
        return { granted: true, reason: 'SUBSCRIBER' };
      };
      expect((await decideOnce({ adapter })).entitlement).to.deep.include({ granted: true, reason: 'SUBSCRIBER' });
      expect(seen).to.deep.include(view());
      expect(seen?.readerId).to.match(/^\d+-\d+-\d+-\d+$/);
      const denied = await decideOnce({ adapter: () => ({ granted: false, reason: 'METERING', meter: { used: 3, limit: 3 } }) });
      expect(denied.entitlement).to.deep.include({
        granted: false,
        reason: 'METERING',
        meter: { used: 3, limit: 3, remaining: undefined },
      });
    });

    it('keeps one reader id per device', async () => {
      const device = memoryStorage();
      const ids: string[] = [];
      const adapter = (context: EntitlementContext) => {
        ids.push(context.readerId);
        return { granted: false };
      };
      await createEntitlementClient({ adapter, device }).decide(view());
      await createEntitlementClient({ adapter, device }).decide(view());
      await createEntitlementClient({ adapter, device: memoryStorage() }).decide(view());
      expect(ids[0]).to.equal(ids[1]);
      expect(ids[2]).to.not.equal(ids[0]);
    });

    it('sends Accept: application/json and the headers, and fills the URL template, encoded', async () => {
      const key = freshKey();
      await decideOnce(
        { endpoint: `/api/answer?k=${key}&a={articleId}`, base: location.href, headers: { 'X-Custom': 'yes' } },
        { articleId: 'a b&c' },
      );
      const { headers } = await hits(key);
      expect(headers.accept).to.equal('application/json');
      expect(headers.custom).to.equal('yes');
    });
  });

  describe('failures end in the failure policy', () => {
    const cases: [string, Record<string, string | number>, string, number?][] = [
      ['a 500', { status: 500, body: '{"granted":true}' }, 'http-status', 500],
      ['a 410', { status: 410 }, 'http-status', 410],
      ['an HTML body', { type: 'text/html', body: '<!doctype html><p>Sign in</p>' }, 'bad-json'],
      ['invalid JSON', { body: '{"granted": tru' }, 'bad-json'],
      ['an empty body', { body: 'empty' }, 'bad-json'],
      ['5 MB without a Content-Length', { body: 'huge' }, 'too-large'],
      ['5 MB with a Content-Length', { body: 'huge-declared' }, 'too-large'],
      ['"granted": "true"', { body: '{"granted":"true"}' }, 'bad-shape'],
      ['missing fields', { body: '{}' }, 'bad-shape'],
      ['a __proto__ key', { body: '{"__proto__":{"granted":true}}' }, 'bad-shape'],
      ['a hang past the timeout', { delay: 1500, body: '{"granted":true}' }, 'timeout'],
    ];
    for (const [name, query, reason, status] of cases) {
      it(`${name}: ${reason}, and the offer (closed, the default)`, async () => {
        const { entitlement, failure } = await decideOnce({ endpoint: answerUrl(freshKey(), query), timeout: 1000 });
        expect(failure).to.deep.equal({ source: 'endpoint', reason, status });
        expect(entitlement).to.deep.equal({ granted: false, reason: 'FAILURE' });
        expect(({} as Record<string, unknown>).granted).to.equal(undefined);
      });
    }

    it('reads an answer whose Content-Length header came twice', async () => {
      const { entitlement, failure } = await decideOnce({ endpoint: answerUrl(freshKey(), { body: '{"granted":true}', length: 'twice' }) });
      expect(failure).to.equal(undefined);
      expect(entitlement?.granted).to.equal(true);
    });

    it('a CORS failure and a refused connection (offline): network', async () => {
      const crossOrigin = answerUrl(freshKey(), { body: '{"granted":true}' }, `${location.protocol}//127.0.0.1:${location.port}`);
      expect(location.hostname).to.not.equal('127.0.0.1');
      expect((await decideOnce({ endpoint: crossOrigin })).failure).to.deep.equal({
        source: 'endpoint',
        reason: 'network',
        status: undefined,
      });
      expect((await decideOnce({ endpoint: 'http://127.0.0.1:9/answer' })).failure).to.deep.equal({
        source: 'endpoint',
        reason: 'network',
        status: undefined,
      });
    });

    it('a refused endpoint URL: refused, and the policy', async () => {
      for (const endpoint of ['javascript:alert(1)', '//evil.example/e', '']) {
        const { failure, entitlement } = await decideOnce({ endpoint });
        expect(failure?.reason, endpoint).to.equal('refused');
        expect(entitlement?.granted).to.equal(false);
      }
    });

    it('an adapter that throws, rejects, hangs or answers in a bad shape', async () => {
      const failing = [
        () => {
          throw new Error('SDK down');
        },
        () => Promise.reject(new Error('SDK down')),
        () => new Promise<never>(() => {}),
        () => ({ granted: 'yes' }),
      ];
      const failures = [];
      for (const adapter of failing) failures.push((await decideOnce({ adapter: adapter as never, timeout: 100 })).failure);
      expect(failures.map((f) => `${f?.source} ${f?.reason}`)).to.deep.equal([
        'adapter network',
        'adapter network',
        'adapter timeout',
        'adapter bad-shape',
      ]);
    });

    it('onFailure gives the decision', async () => {
      const endpoint = answerUrl(freshKey(), { status: 503 });
      expect((await decideOnce({ endpoint, onFailure: { granted: true, reason: 'FAILURE' } })).entitlement).to.deep.equal({
        granted: true,
        reason: 'FAILURE',
      });
      expect((await decideOnce({ endpoint, onFailure: { granted: false, reason: 'OUTAGE' } })).entitlement).to.deep.equal({
        granted: false,
        reason: 'OUTAGE',
      });
    });

    it('graceHours: a subscriber granted on this device recently keeps reading; a metered grant does not count', async () => {
      const device = memoryStorage();
      const at = (now: number, options: ClientOptions) => createEntitlementClient({ device, clock: () => now, ...options }).decide(view());
      const granted = answerUrl(freshKey(), { body: '{"granted":true,"grantReason":"SUBSCRIBER"}' });
      const down = answerUrl(freshKey(), { status: 500 });
      await at(NOW, { endpoint: granted });
      expect((await at(NOW + 23 * HOUR, { endpoint: down, graceHours: 24 }))?.entitlement).to.deep.equal({
        granted: true,
        reason: 'GRACE',
      });
      expect((await at(NOW + 25 * HOUR, { endpoint: down, graceHours: 24 }))?.entitlement.granted).to.equal(false);
      expect((await at(NOW + HOUR, { endpoint: down }))?.entitlement.granted).to.equal(false);
      // A metered grant later does not renew the remembered time.
      await at(NOW + 100 * HOUR, { endpoint: answerUrl(freshKey(), { body: '{"granted":true,"grantReason":"METERING"}' }) });
      expect((await at(NOW + 101 * HOUR, { endpoint: down, graceHours: 24 }))?.entitlement.granted).to.equal(false);
    });
  });

  describe('one request per question', () => {
    it('shares one request in flight among clients of one store, fresh or not', async () => {
      const key = freshKey();
      const endpoint = answerUrl(key, { delay: 100, body: '{"granted":true}' });
      const store = createAnswerStore(memoryStorage());
      const all = await Promise.all([1, 2, 3, 4, 5].map((n) => client({ endpoint, store }).decide(view(), { fresh: n > 3 })));
      expect(all.map((decision) => decision?.entitlement.granted)).to.deep.equal([true, true, true, true, true]);
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
        const store = createAnswerStore(memoryStorage());
        await client({ endpoint: answerUrl(key, query), store }).decide(view());
        await client({ endpoint: answerUrl(key, query), store }, NOW + later).decide(view());
        expect((await hits(key)).answer, JSON.stringify(query) + later).to.equal(requests);
      }
      const key = freshKey();
      const store = createAnswerStore(memoryStorage());
      await client({ endpoint: answerUrl(key), store }).decide(view());
      await client({ endpoint: answerUrl(key), store }).decide(view(), { fresh: true });
      expect((await hits(key)).answer).to.equal(2);
    });

    it('forget(): an older answer arriving after a fresh one does not replace the kept answer', async () => {
      const key = freshKey();
      const endpoint = answerUrl(key, { delay: '300|0', body: '{"granted":false}|{"granted":true}', cache: 'max-age=60' });
      const reader = client({ endpoint });
      const old = reader.decide(view());
      await waitFor(async () => (await hits(key)).answer === 1, 'the first request');
      reader.forget();
      expect((await reader.decide(view(), { fresh: true }))?.entitlement.granted).to.equal(true);
      expect((await old)?.entitlement.granted).to.equal(false);
      expect((await reader.decide(view()))?.entitlement.granted).to.equal(true);
      expect((await hits(key)).answer).to.equal(2);
    });

    it('keeps answers in memory when sessionStorage throws', async () => {
      const restore = breakStorage(['setItem'], 'QuotaExceededError');
      try {
        const key = freshKey();
        const reader = createEntitlementClient({ endpoint: answerUrl(key) });
        await reader.decide(view());
        await reader.decide(view());
        expect((await hits(key)).answer).to.equal(1);
      } finally {
        restore();
      }
    });
  });

  describe('local meter', () => {
    it('with freeLimit and no endpoint, counts distinct articles per month on the device', async () => {
      const device = memoryStorage();
      const read = async (articleId: string, now = NOW) =>
        (await createEntitlementClient({ freeLimit: 2, device, clock: () => now }).decide(view(articleId)))?.entitlement;
      expect(await read('a')).to.deep.equal({ granted: true, reason: 'METERING', meter: { used: 1, limit: 2, remaining: 1 } });
      expect((await read('a'))?.meter?.used).to.equal(1);
      expect((await read('b'))?.granted).to.equal(true);
      expect(await read('c')).to.deep.equal({ granted: false, reason: 'METERING', meter: { used: 2, limit: 2, remaining: 0 } });
      expect((await read('c', new Date(2026, 11, 2).getTime()))?.granted).to.equal(true);
    });

    it('never overrides an endpoint’s answer: a denial without a meter stays a denial, a failure stays the policy', async () => {
      const plain = answerUrl(freshKey(), { body: '{"granted":false}' });
      expect((await decideOnce({ endpoint: plain, freeLimit: 5 })).entitlement).to.deep.equal({ granted: false, reason: undefined });
      const metered = answerUrl(freshKey(), { body: '{"granted":false,"data":{"articlesRead":3,"articleLimit":3}}' });
      expect((await decideOnce({ endpoint: metered, freeLimit: 10 })).entitlement?.meter).to.deep.include({ used: 3, limit: 3 });
      const down = answerUrl(freshKey(), { status: 500 });
      expect((await decideOnce({ endpoint: down, freeLimit: 10 })).entitlement?.reason).to.equal('FAILURE');
      expect((await decideOnce({ adapter: () => ({ granted: false }), freeLimit: 10 })).entitlement?.granted).to.equal(false);
    });

    it('reports a metered view to pingback once, as text/plain', async () => {
      const key = freshKey();
      const pingback = `/api/ping?k=${key}`;
      const device = memoryStorage();
      const base = location.href;
      const sendBeacon = navigator.sendBeacon;
      let beacons = 0;
      navigator.sendBeacon = (...args) => (beacons++, sendBeacon.apply(navigator, args));
      try {
        await createEntitlementClient({ freeLimit: 3, pingback, base, device }).decide(view());
        await createEntitlementClient({ freeLimit: 3, pingback, base, device }).decide(view(), { fresh: true });
        await client({ endpoint: answerUrl(freshKey(), { body: '{"granted":true,"grantReason":"SUBSCRIBER"}' }), pingback, base }).decide(
          view(),
        );
      } finally {
        navigator.sendBeacon = sendBeacon;
      }
      expect(beacons).to.equal(1);
      await waitFor(async () => (await hits(key)).ping.length > 0, 'the pingback');
      const { ping } = await hits(key);
      expect(ping).to.have.length(1);
      expect(ping[0].type).to.match(/^text\/plain/);
      expect(JSON.parse(ping[0].body)).to.deep.include({ articleId: 'story-1', meter: { used: 1, limit: 3, remaining: 2 } });
    });
  });

  it('gives undefined when there is nothing to ask: the page decides', async () => {
    expect((await decideOnce({})).decision).to.equal(undefined);
  });
});
