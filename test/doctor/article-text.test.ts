import { expect } from '@open-wc/testing';
import { checkArticleText } from '../../src/doctor/checks/article-text.js';
import type { Finding } from '../../src/doctor/types.js';
import { articleJsonLd, cleanPage, goodGate } from './snapshots.js';

const summary = (findings: Finding[]) => findings.map(({ severity, message }) => `${severity}: ${message.replace(/: “.*$/s, '')}`);
const { preview, rest } = goodGate().article!;
const SOFT_PREMIUM =
  'warning: Gate 1 (tram) is in soft mode on a premium article: the whole text is in the page’s HTML, where anyone can read it (view source, reader mode, a blocked script).';

describe('doctor: article text', () => {
  it('reports nothing for a metered article in soft mode whose copies keep to the preview', () => {
    const page = cleanPage({
      meta: { description: preview, ogDescription: 'The tram line is approved.' },
      noscripts: ['Turn on JavaScript to read on.'],
      jsonLd: [{ data: articleJsonLd({ articleBody: preview }) }],
    });
    expect(checkArticleText(page)).to.deep.equal([]);
  });

  it('warns about soft mode on a premium article: by its content tier, or a refusal without a meter', () => {
    const byTier = checkArticleText(cleanPage({ meta: { contentTier: 'locked' } }));
    expect(summary(byTier)).to.deep.equal([SOFT_PREMIUM]);
    expect(byTier[0].fix).to.contain('content-url');
    const refused = goodGate({ entitlement: { granted: false, reason: 'SUBSCRIBERS_ONLY' } });
    expect(summary(checkArticleText(cleanPage({ gates: [refused] })))).to.deep.equal([SOFT_PREMIUM]);
  });

  it('does not take a failed endpoint for a premium article', () => {
    const failed = goodGate({ entitlement: { granted: false, reason: 'FAILURE' } });
    expect(checkArticleText(cleanPage({ gates: [failed] }))).to.deep.equal([]);
  });

  it('errs when hard mode’s page already holds text past the preview', () => {
    const gate = goodGate({ hardMode: true });
    expect(summary(checkArticleText(cleanPage({ gates: [gate] })))).to.deep.equal([
      'error: Gate 1 (tram) is in hard mode, but the page as sent already holds text past the preview.',
    ]);
  });

  it('errs on text past the preview in the meta description, og:description, articleBody or a <noscript>', () => {
    const page = cleanPage({
      meta: { description: `In short: ${rest}`, ogDescription: rest },
      jsonLd: [{ data: articleJsonLd({ articleBody: `${preview} ${rest}` }) }],
      noscripts: [`<p>${rest}</p>`],
    });
    expect(summary(checkArticleText(page))).to.deep.equal([
      'error: <meta name="description"> copies text past the preview of Gate 1 (tram)',
      'error: <meta property="og:description"> copies text past the preview of Gate 1 (tram)',
      'error: The JSON-LD articleBody copies text past the preview of Gate 1 (tram)',
      'error: A <noscript> copies text past the preview of Gate 1 (tram)',
    ]);
  });

  it('warns, in hard mode with the rest unseen, about a copy that runs on past the preview', () => {
    const gate = goodGate({ hardMode: true, article: { preview, servedPastPreview: false, previewCoversArticle: false } });
    const runsOn = cleanPage({
      gates: [gate],
      jsonLd: [{ data: articleJsonLd({ articleBody: `${preview} And then the story went on for many more words.` }) }],
    });
    expect(summary(checkArticleText(runsOn))).to.deep.equal([
      'warning: The JSON-LD articleBody goes on past the end of the preview of Gate 1 (tram)',
    ]);
    const stops = cleanPage({ gates: [gate], jsonLd: [{ data: articleJsonLd({ articleBody: preview }) }] });
    expect(checkArticleText(stops)).to.deep.equal([]);
  });
});
