import { expect } from '@open-wc/testing';
import {
  failurePolicy,
  readClientSettings,
  readOfferLinks,
  readPreviewSettings,
  type GateProperties,
} from '../../../src/components/paywall-gate/gate-settings.js';
import type { Problem } from '../../../src/util/warn.js';

const BASE = 'https://news.example/story';

/** An element holding the given properties, as a gate would. */
const gate = (properties: Record<string, unknown>): Element & GateProperties => Object.assign(document.createElement('div'), properties);

const messages = (problems: Problem[]) => problems.map((p) => `${p.attribute}: ${p.message}`);

describe('gate settings', () => {
  it('reads every entitlement setting into client options', () => {
    const problems: Problem[] = [];
    const adapter = () => ({ granted: true });
    const { client, hardMode } = readClientSettings(
      gate({
        entitlementsUrl: '/api/e?a={articleId}',
        credentials: 'omit',
        timeout: 500,
        graceHours: 2,
        onFailure: 'open',
        grantedPath: 'user.access',
        reasonPath: 'user.why',
        freeLimit: 3,
        headers: { 'X-Site': 'news' },
        adapter,
        contentUrl: '/rest/{articleId}',
        pingbackUrl: '/ping',
      }),
      BASE,
      problems,
    );
    expect(problems).to.deep.equal([]);
    expect(client).to.deep.include({
      endpoint: '/api/e?a={articleId}',
      base: BASE,
      credentials: 'omit',
      timeout: 500,
      graceHours: 2,
      onFailure: { granted: true, reason: 'FAILURE' },
      paths: { granted: 'user.access', reason: 'user.why' },
      freeLimit: 3,
      headers: { 'X-Site': 'news' },
      adapter,
      pingback: '/ping',
    });
    expect(hardMode).to.deep.equal({ contentUrl: '/rest/{articleId}', sanitize: undefined, allowEmbeds: false });
  });

  it('malformed settings: a warning naming each attribute, and the documented fallback', () => {
    const problems: Problem[] = [];
    const el = gate({
      entitlementsUrl: 'javascript:alert(1)',
      credentials: 'all',
      timeout: NaN,
      graceHours: -1,
      freeLimit: 2.5,
      contentUrl: 'javascript:alert(1)',
      pingbackUrl: '//evil.example/ping',
      headers: 'X-Evil: 1',
      adapter: 'not a function',
      clock: 42,
    });
    el.setAttribute('timeout', 'soon');
    const { client, hardMode } = readClientSettings(el, BASE, problems);
    expect(messages(problems)).to.deep.equal([
      'entitlements-url: "javascript:alert(1)" is refused: only http, https and relative URLs are used; on-failure decides.',
      'credentials: "all" is not include, same-origin or omit; include is used.',
      'headers: is not an object of text values; no extra headers are sent.',
      'timeout: "soon" is not a whole number of 0 or more; 3000 is used.',
      'grace-hours: "-1" is not a whole number of 0 or more; no grace period is given.',
      'adapter: is not a function; entitlements-url is asked instead.',
      'free-limit: "2.5" is not a whole number of 0 or more; there is no local meter, and the message is shown without the limit.',
      'clock: is not a function; the browser’s clock is used.',
      'content-url: "javascript:alert(1)" is refused: only http, https and relative URLs are used; only the preview is shown.',
      'pingback-url: "//evil.example/ping" is refused: only http, https and relative URLs are used; no view is reported.',
    ]);
    // A refused endpoint still fails each view as refused, so that the failure policy decides.
    expect(client).to.deep.include({
      endpoint: 'javascript:alert(1)',
      credentials: 'include',
      timeout: 3000,
      graceHours: 0,
      headers: undefined,
      adapter: undefined,
    });
    expect(client.freeLimit).to.equal(undefined);
    expect(client.pingback).to.equal(undefined);
    expect(hardMode.contentUrl).to.equal(undefined);
  });

  it('on-failure: open, closed, an entitlement in JSON; anything else warns and stays closed', () => {
    const problems: Problem[] = [];
    expect(failurePolicy('open', problems)).to.deep.equal({ granted: true, reason: 'FAILURE' });
    expect(failurePolicy(undefined, problems)).to.deep.equal({ granted: false, reason: 'FAILURE' });
    expect(failurePolicy('{"granted": false, "reason": "OUTAGE", "meter": {"used": 1, "limit": 3}}', problems)).to.deep.include({
      granted: false,
      reason: 'OUTAGE',
    });
    expect(problems).to.deep.equal([]);
    expect(failurePolicy('sometimes', problems)).to.deep.equal({ granted: false, reason: 'FAILURE' });
    expect(failurePolicy('{"granted": "yes"}', problems)).to.deep.equal({ granted: false, reason: 'FAILURE' });
    expect(messages(problems)).to.deep.equal([
      'on-failure: "sometimes" is not open, closed or an entitlement in JSON; closed is used.',
      'on-failure: "{\\"granted\\": \\"yes\\"}" is not open, closed or an entitlement in JSON; closed is used.',
    ]);
  });

  it('preview: length and unit, with the defaults for bad values', () => {
    const problems: Problem[] = [];
    expect(readPreviewSettings(gate({ previewLength: 3, previewUnit: 'paragraphs' }), problems)).to.deep.equal({
      length: 3,
      unit: 'paragraphs',
      gatedClass: 'paywall',
    });
    expect(readPreviewSettings(gate({}), problems)).to.deep.equal({ length: 100, unit: 'words', gatedClass: 'paywall' });
    expect(problems).to.deep.equal([]);
    expect(readPreviewSettings(gate({ previewLength: -2, previewUnit: 'lines', gatedClass: 'two words' }), problems)).to.deep.equal({
      length: 100,
      unit: 'words',
      gatedClass: 'paywall',
    });
    expect(messages(problems)).to.deep.equal([
      'preview-length: "-2" is not a whole number of 0 or more; 100 is used.',
      'preview-unit: "lines" is not words, characters or paragraphs; words is used.',
      'gated-class: "two words" is not one class name; paywall is used.',
    ]);
  });

  it('links: filled for the view, encoded, and refused when hostile', () => {
    const problems: Problem[] = [];
    const view = { articleId: 'a/b', url: BASE, returnUrl: `${BASE}?x=1` };
    const links = readOfferLinks(
      gate({ loginUrl: '/login?next={returnUrl}&r={readerId}', subscribeUrl: 'javascript:alert(1)' }),
      view,
      'r1',
      BASE,
      problems,
    );
    expect(links.login).to.equal('https://news.example/login?next=https%3A%2F%2Fnews.example%2Fstory%3Fx%3D1&r=r1');
    expect(links.subscribe).to.equal(undefined);
    expect(messages(problems)).to.deep.equal([
      'subscribe-url: "javascript:alert(1)" is refused: only http, https and relative URLs are used; the call to action leads to the plans.',
    ]);
  });
});
