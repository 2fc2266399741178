import { expect } from '@open-wc/testing';
import { checkStructuredData } from '../../src/doctor/checks/structured-data.js';
import type { Finding } from '../../src/doctor/types.js';
import { articleJsonLd, cleanPage } from './snapshots.js';

const summary = (findings: Finding[]) => findings.map(({ severity, message }) => `${severity}: ${message}`);

describe('doctor: structured data', () => {
  it('reports nothing for a gated article marked up right', () => {
    expect(checkStructuredData(cleanPage())).to.deep.equal([]);
  });

  it('reports nothing on a page without a gate and without JSON-LD', () => {
    expect(checkStructuredData(cleanPage({ gates: [], jsonLd: [], selectors: [] }))).to.deep.equal([]);
  });

  it('accepts "False" as written by many sites, in an @graph', () => {
    const data = { '@graph': [{ '@type': 'WebSite' }, articleJsonLd({ isAccessibleForFree: 'False' })] };
    expect(checkStructuredData(cleanPage({ jsonLd: [{ data }] }))).to.deep.equal([]);
  });

  it('warns when a gated article has no JSON-LD', () => {
    const findings = checkStructuredData(cleanPage({ jsonLd: [], selectors: [] }));
    expect(summary(findings)).to.deep.equal([
      'warning: The page gates an article but has no JSON-LD for it: search engines may take the cut for cloaking.',
    ]);
  });

  it('reports a block that is not JSON as an error', () => {
    const findings = checkStructuredData(cleanPage({ jsonLd: [{ data: articleJsonLd() }, { error: 'Unexpected token }' }] }));
    expect(summary(findings)).to.deep.equal(['error: A JSON-LD block is not valid JSON (Unexpected token }); search engines ignore it.']);
  });

  it('warns when isAccessibleForFree is missing, and errs when it is true', () => {
    const missing = checkStructuredData(cleanPage({ jsonLd: [{ data: articleJsonLd({ isAccessibleForFree: undefined }) }] }));
    expect(summary(missing)).to.deep.equal(['warning: The article’s JSON-LD has no isAccessibleForFree, although the page gates it.']);
    const free = checkStructuredData(cleanPage({ jsonLd: [{ data: articleJsonLd({ isAccessibleForFree: true }) }] }));
    expect(summary(free)).to.deep.equal(['error: The article’s JSON-LD says isAccessibleForFree: true, but the page gates it.']);
  });

  it('warns when no hasPart says which part is gated', () => {
    const findings = checkStructuredData(cleanPage({ jsonLd: [{ data: articleJsonLd({ hasPart: undefined }) }], selectors: [] }));
    expect(summary(findings)).to.deep.equal([
      'warning: The article’s JSON-LD has no hasPart with a cssSelector: it does not say which part is gated.',
    ]);
  });

  it('errs on a cssSelector that matches nothing, matches outside the gated part, or is not a selector', () => {
    const page = (selector: string, match: object) =>
      cleanPage({
        jsonLd: [{ data: articleJsonLd({ hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: selector } }) }],
        selectors: [{ selector, valid: true, matched: 1, outsideGatedPart: 0, ...match }],
      });
    expect(summary(checkStructuredData(page('.premium', { matched: 0 })))).to.deep.equal([
      'error: The JSON-LD hasPart cssSelector “.premium” matches nothing on the page.',
    ]);
    expect(summary(checkStructuredData(page('article', { outsideGatedPart: 1 })))).to.deep.equal([
      'error: The JSON-LD hasPart cssSelector “article” matches 1 element(s) outside the gated part.',
    ]);
    expect(summary(checkStructuredData(page('.a[', { valid: false })))).to.deep.equal([
      'error: The JSON-LD hasPart cssSelector “.a[” is not a valid CSS selector.',
    ]);
  });
});
