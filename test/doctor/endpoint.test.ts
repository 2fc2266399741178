import { expect } from '@open-wc/testing';
import { checkEndpoint } from '../../src/doctor/checks/endpoint.js';
import type { EndpointProbe, Finding } from '../../src/doctor/types.js';
import { cleanPage, goodEndpoint, goodGate } from './snapshots.js';

const summary = (findings: Finding[]) =>
  findings.map(
    ({ severity, message }) => `${severity}: ${message.replace(/^Gate 1 \(tram\)’s endpoint \S+ /, '').replace(/: “[^”]*”$/, '')}`,
  );
const probed = (changes: Partial<EndpointProbe>) => checkEndpoint(cleanPage({ gates: [goodGate({ endpoint: goodEndpoint(changes) })] }));
const answered = (changes: Partial<NonNullable<EndpointProbe['answer']>>, probe: Partial<EndpointProbe> = {}) =>
  probed({ ...probe, answer: { ...goodEndpoint().answer!, ...changes } });

describe('doctor: endpoint', () => {
  it('reports nothing for a fast same-origin answer in amp-subscriptions’ shape, with Cache-Control', () => {
    expect(checkEndpoint(cleanPage())).to.deep.equal([]);
  });

  it('reports nothing for a gate without an endpoint (an adapter, or the page’s own decision)', () => {
    expect(checkEndpoint(cleanPage({ gates: [goodGate({ endpoint: undefined })] }))).to.deep.equal([]);
  });

  it('tells CORS without credentials from CORS that refuses the page, and from a server that is down', () => {
    const across = { crossOrigin: true, url: 'https://api.example/e', answer: undefined };
    expect(summary(probed({ ...across, withoutCredentials: 'read', opaque: 'answered' }))).to.deep.equal([
      'error: can be read without cookies but not with them: its CORS headers do not allow credentials.',
    ]);
    expect(summary(probed({ ...across, withoutCredentials: 'failed', opaque: 'answered' }))).to.deep.equal([
      'error: answers, but its CORS headers do not let this page read the answer.',
    ]);
    expect(summary(probed({ ...across, withoutCredentials: 'failed', opaque: 'failed' }))).to.deep.equal([
      'error: could not be reached: every reader gets the failure policy.',
    ]);
    expect(probed({ ...across, withoutCredentials: 'read' })[0].fix).to.contain('Access-Control-Allow-Credentials: true');
  });

  it('errs on an endpoint that does not answer in three times the timeout', () => {
    expect(summary(probed({ answer: undefined, timedOut: true }))).to.deep.equal([
      'error: did not answer within 9000 ms: every reader gets the failure policy.',
    ]);
  });

  it('errs on an HTTP error, an answer that is not JSON, and one with no true or false where the paths say', () => {
    expect(summary(answered({ status: 503, body: '{"error":"down"}' }))).to.deep.equal([
      'error: answered HTTP 503: every reader gets the failure policy.',
    ]);
    expect(summary(answered({ body: '<html>Sign in</html>' }))).to.deep.equal(['error: answered something that is not JSON']);
    expect(summary(answered({ body: '{"access":true}' }))).to.deep.equal([
      'error: answered “{"access":true}”, with no true or false at “granted”: the gate takes that as a failure.',
    ]);
  });

  it('reads the answer with the gate’s own paths, and a batch under the article id', () => {
    expect(answered({ body: '{"user":{"access":true}}' }, { paths: { granted: 'user.access' } })).to.deep.equal([]);
    expect(answered({ body: '{"a.b":{"granted":false}}' }, { batchedAs: 'a.b' })).to.deep.equal([]);
    expect(summary(answered({ body: '{"other":{"granted":false}}' }, { batchedAs: 'a.b' }))).to.have.length(1);
  });

  it('warns about an answer without Cache-Control, and one slower than half the timeout', () => {
    expect(summary(answered({ cacheControl: undefined }))).to.deep.equal([
      'warning: sends no Cache-Control: a shared cache may keep one reader’s answer for another, and the gate keeps it for the life of the page.',
    ]);
    expect(summary(answered({ ms: 1600 }))).to.deep.equal([
      'warning: took 1600 ms, more than half the gate’s timeout of 3000 ms: on a slow connection readers get the failure policy.',
    ]);
    expect(answered({ ms: 1400 })).to.deep.equal([]);
  });
});
