import { expect } from '@open-wc/testing';
import { checkSettings } from '../../src/doctor/checks/settings.js';
import type { GateSnapshot } from '../../src/doctor/types.js';
import { cleanPage, goodGate } from './snapshots.js';

const withGate = (changes: Partial<GateSnapshot>) => checkSettings(cleanPage({ gates: [goodGate(changes)] }));
const withAttributes = (attributes: Record<string, string>, changes: Partial<GateSnapshot> = {}) =>
  withGate({ attributes: { ...goodGate().attributes, ...attributes }, ...changes });

describe('doctor: settings', () => {
  it('reports nothing for a login link that returns, a preview shorter than the article, and an article id of its own', () => {
    expect(checkSettings(cleanPage())).to.deep.equal([]);
    expect(withAttributes({ 'login-url': '/login?next={{return_url}}' })).to.deep.equal([]);
    expect(withAttributes({ 'login-url': '/login' }, { hasLoginSlot: true })).to.deep.equal([]);
  });

  it('warns about a login link without {returnUrl}', () => {
    const [finding, ...more] = withAttributes({ 'login-url': '/login' });
    expect(more).to.deep.equal([]);
    expect(finding).to.include({ severity: 'warning', check: 'settings' });
    expect(finding.message).to.equal(
      'Gate 1 (tram)’s login-url, “/login”, has no {returnUrl}: after logging in, the reader does not come back to the story.',
    );
  });

  it('errs on a soft-mode preview as long as the article, not in hard mode', () => {
    const covers = { preview: 'All of it.', rest: '', servedPastPreview: false, previewCoversArticle: true };
    expect(withGate({ article: covers }).map((f) => f.severity)).to.deep.equal(['error']);
    expect(withGate({ article: covers, hardMode: true })).to.deep.equal([]);
  });

  it('warns about an article id taken from the path when it is used; not when nothing uses it', () => {
    const [finding] = withGate({ articleIdFrom: 'path' });
    expect(finding.message).to.contain('has no article-id and the page no canonical link');
    expect(withGate({ articleIdFrom: 'path', articleIdUsed: false })).to.deep.equal([]);
    expect(withGate({ articleIdFrom: 'canonical' })).to.deep.equal([]);
  });
});
