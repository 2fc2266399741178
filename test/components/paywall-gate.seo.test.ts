// Issue 16's first part: the gated part a search engine's JSON-LD names, and the JSON-LD itself.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { PaywallGate } from '../../src/components/paywall-gate/paywall-gate.js';
import { gatedArticleData, writeStructuredData } from '../../src/seo/structured-data.js';
import { answerUrl, eachTestFreshAndWithoutRejections, freshKey } from '../support/api.js';
import { GRANTED } from '../support/gates.js';
import { captureWarnings } from '../support/helpers.js';

async function gate(markup: string): Promise<PaywallGate> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.innerHTML = markup;
  const el = wrapper.querySelector('paywall-gate')!;
  await el.updateComplete;
  return el;
}

const STORY = '<h2>Tram line</h2><p>One two three four.</p><p>Five six seven.</p><p>SECRET eight nine.</p>';

describe('<paywall-gate> and search engines', () => {
  eachTestFreshAndWithoutRejections();
  afterEach(() => document.querySelectorAll('head script[type="application/ld+json"]').forEach((script) => script.remove()));

  it('soft mode: the part the page marked with the gated class is where the preview ends, whatever its length', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.innerHTML = `<paywall-gate preview-length="500"><article><p>Free one.</p><p>Free two.</p><div class="paywall"><p>SECRET gated.</p></div></article></paywall-gate>`;
    const el = wrapper.querySelector('paywall-gate')!;
    const marked = el.querySelector('.paywall');
    el.entitlement = { granted: false };
    await el.updateComplete;
    expect(el.textContent).to.not.include('SECRET');
    expect(el.querySelectorAll('article p')).to.have.length(2);
    el.entitlement = { granted: true };
    await el.updateComplete;
    expect(el.querySelector('.paywall') === marked).to.equal(true);
    expect(el.querySelectorAll('.paywall')).to.have.length(1);
  });

  it('soft mode: on unlock, the blocks past the preview go in an element with the gated class (gated-class sets it)', async () => {
    const el = await gate(
      `<paywall-gate preview-length="1" preview-unit="paragraphs" gated-class="premium"><article>${STORY}</article></paywall-gate>`,
    );
    el.entitlement = { granted: false };
    await el.updateComplete;
    el.entitlement = { granted: true };
    await el.updateComplete;
    const part = el.querySelector('article > div.premium')!;
    expect([...part.children].map((p) => p.textContent)).to.deep.equal(['Five six seven.', 'SECRET eight nine.']);
    // Locked again, the preview ends at the marked part.
    el.entitlement = { granted: false };
    await el.updateComplete;
    expect(el.textContent).to.not.include('SECRET');
    expect(el.querySelector('.premium')).to.equal(null);
  });

  it('locked again after an unlock, the preview ends where it did: the gated part the gate made is no break', async () => {
    const el = await gate(`<paywall-gate preview-length="3"><article>${STORY}</article></paywall-gate>`);
    el.entitlement = { granted: false };
    await el.updateComplete;
    const preview = el.querySelector('article')!.innerHTML;
    el.entitlement = { granted: true };
    await el.updateComplete;
    expect(el.querySelector('.paywall')).to.not.equal(null);
    el.entitlement = { granted: false };
    await el.updateComplete;
    expect(el.querySelector('article')!.innerHTML).to.equal(preview);
  });

  it('hard mode: the fetched rest goes in an element with the gated class', async () => {
    const el = await gate(
      `<paywall-gate entitlements-url="${answerUrl(freshKey(), { body: GRANTED })}" content-url="/api/content?k=${freshKey()}&markup=clean"><article><p>Preview only.</p></article></paywall-gate>`,
    );
    await waitUntil(() => el.querySelector('.paywall'), 'the gated part');
    expect(el.querySelector('article > div.paywall')!.textContent).to.include('REST-ONE');
  });

  it('structured-data writes JSON-LD naming the gated part when the page has none', async () => {
    const el = await gate(
      `<paywall-gate structured-data gated-class="premium" preview-length="1"><article>${STORY}</article></paywall-gate>`,
    );
    await waitUntil(() => document.querySelector('head script[type="application/ld+json"]'), 'the JSON-LD');
    const data = JSON.parse(document.querySelector('head script[type="application/ld+json"]')!.textContent!);
    expect(data).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Tram line',
      isAccessibleForFree: false,
      hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.premium' },
    });
    expect(el.isConnected).to.equal(true);
  });

  it('leaves the page’s own JSON-LD alone, and keeps a hostile headline inside its script', async () => {
    const own = Object.assign(document.createElement('script'), { type: 'application/ld+json', textContent: '{"@type":"Article"}' });
    document.head.append(own);
    const el = document.createElement('div');
    el.innerHTML = '<h2>Own</h2>';
    expect(writeStructuredData(el, 'paywall')).to.equal('kept');
    expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    own.remove();
    el.querySelector('h2')!.textContent = 'A </script><script>window.__canary=1</script> headline';
    expect(writeStructuredData(el, 'paywall')).to.equal('written');
    const written = document.querySelector('head script[type="application/ld+json"]')!;
    expect(written.textContent).to.not.include('</script>');
    expect(JSON.parse(written.textContent!).headline).to.equal('A </script><script>window.__canary=1</script> headline');
    expect((window as { __canary?: number }).__canary).to.equal(undefined);
    expect(gatedArticleData(undefined, 'a b')).to.deep.include({
      hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.a\\ b' },
    });
  });

  it('warns about a gated-class that is not one class name, and uses paywall', async () => {
    const warnings = captureWarnings();
    try {
      const el = await gate(
        '<paywall-gate gated-class="two words"><article><p>One.</p><div class="paywall"><p>SECRET.</p></div></article></paywall-gate>',
      );
      el.entitlement = { granted: false };
      await el.updateComplete;
      expect(el.textContent).to.not.include('SECRET');
      expect(warnings.messages).to.deep.equal(['<paywall-gate> gated-class: "two words" is not one class name; paywall is used.']);
    } finally {
      warnings.restore();
    }
  });
});
