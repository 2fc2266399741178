import { expect } from '@open-wc/testing';
import { AMP_PATHS, normalize, OWN_PATHS, valueAt } from '../../src/entitlements/normalize.js';

describe('normalize', () => {
  it('reads the amp-subscriptions answer', () => {
    const answer = { granted: false, grantReason: 'METERING', data: { articlesRead: 5, articleLimit: 5 } };
    expect(normalize(answer, AMP_PATHS)).to.deep.equal({
      granted: false,
      reason: 'METERING',
      meter: { used: 5, limit: 5, remaining: undefined },
    });
    expect(normalize({ granted: true, grantReason: 'SUBSCRIBER', loggedIn: true }, AMP_PATHS)).to.deep.equal({
      granted: true,
      reason: 'SUBSCRIBER',
      loggedIn: true,
    });
    expect(normalize({ granted: false, loggedIn: 'yes' }, AMP_PATHS)).to.deep.equal({ granted: false, reason: undefined });
  });

  it('reads any shape by dot paths', () => {
    const paths = {
      granted: 'user.access',
      reason: 'user.why',
      used: 'quota.n',
      limit: 'quota.of',
      remaining: 'quota.left',
      loggedIn: 'user.in',
    };
    const answer = { user: { access: false, why: 'quota' }, quota: { n: 2, of: 3, left: 1 } };
    expect(normalize(answer, paths)).to.deep.include({ granted: false, reason: 'quota', meter: { used: 2, limit: 3, remaining: 1 } });
  });

  it('reads the library’s own shape', () => {
    expect(normalize({ granted: true, reason: 'FREE', meter: { used: 1, limit: 4 } }, OWN_PATHS)).to.deep.include({
      granted: true,
      reason: 'FREE',
      meter: { used: 1, limit: 4, remaining: undefined },
    });
  });

  it('grants only for a boolean true: "true", 1 and a missing field are a bad shape', () => {
    for (const granted of ['true', 1, null, undefined, {}]) expect(normalize({ granted }, AMP_PATHS)).to.equal(undefined);
    for (const answer of [null, 'granted', 42, [], [true]]) expect(normalize(answer, AMP_PATHS)).to.equal(undefined);
  });

  it('keeps only whole counts ≥ 0 and text reasons', () => {
    const answer = { granted: false, grantReason: { evil: 1 }, data: { articlesRead: '5', articleLimit: -1, articlesRemaining: 1.5 } };
    expect(normalize(answer, AMP_PATHS)).to.deep.equal({ granted: false, reason: undefined });
  });

  it('follows own keys only: __proto__ and inherited members are never reached', () => {
    const answer = JSON.parse('{"__proto__": {"granted": true}, "constructor": {"name": 1}}');
    expect(normalize(answer, AMP_PATHS)).to.equal(undefined);
    expect(valueAt({}, 'constructor.name')).to.equal(undefined);
    expect(valueAt({ a: { b: 1 } }, 'a.toString')).to.equal(undefined);
    expect(({} as Record<string, unknown>).granted).to.equal(undefined);
  });

  it("never follows __proto__, constructor or prototype, even as an answer's own key", () => {
    const answer = JSON.parse('{"__proto__": {"granted": true}, "prototype": {"granted": true}}');
    expect(valueAt(answer, '__proto__.granted')).to.equal(undefined);
    expect(valueAt(answer, 'prototype.granted')).to.equal(undefined);
    expect(normalize(answer, { ...AMP_PATHS, granted: '__proto__.granted' })).to.equal(undefined);
  });
});
