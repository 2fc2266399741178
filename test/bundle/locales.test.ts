import { expect, waitUntil } from '@open-wc/testing';
import { answerUrl, freshKey } from '../support/api.js';
import { DENIED } from '../support/gates.js';

// The built script-tag bundle (`npm test` builds first) on pages in other languages: each fetches
// its language's module from parts/, beside the bundle, and only when it needs one.
const BUNDLE = '/dist/paywall-elements.min.js';

type Rendered = Element & { updateComplete: Promise<boolean> };

async function pageIn(lang: string): Promise<Window & typeof globalThis> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '900px';
  document.body.append(iframe);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = `<!doctype html><html lang="${lang}"><head><script src="${BUNDLE}" defer></script></head><body>
    <paywall-gate preview-length="1" preview-unit="paragraphs" entitlements-url="${answerUrl(freshKey(), { body: DENIED })}">
      <article><p>Opening.</p><p>Rest.</p></article>
    </paywall-gate>
    <plan-card name="Annual" price="2700" currency="INR" period="P1Y" href="/checkout"></plan-card>
  </body></html>`;
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('plan-card');
  return win;
}

const shadowText = (el: Element | null, part: string) =>
  el?.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
const localeFiles = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/parts/locale-'));

describe('script-tag bundle, languages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('loads Hindi from parts/locale-hi.js on a Hindi page, for the gate and the plan card', async () => {
    const win = await pageIn('hi');
    const gate = win.document.querySelector('paywall-gate')!;
    const card = win.document.querySelector('plan-card')!;
    await waitUntil(() => shadowText(gate, 'heading') === 'इस महीने आप 5 मुफ़्त लेखों में से 5 पढ़ चुके हैं।', 'the gate spoke Hindi', {
      timeout: 5000,
    });
    await waitUntil(() => shadowText(card, 'cta') === 'यह प्लान चुनें', 'the card spoke Hindi');
    expect(shadowText(card, 'period')).to.not.contain('Year');
    expect(localeFiles(win)).to.deep.equal(['/dist/parts/locale-hi.js']);
  });

  it('loads Arabic on an Arabic page', async () => {
    const win = await pageIn('ar-EG');
    const card = win.document.querySelector<Rendered>('plan-card')!;
    await waitUntil(() => shadowText(card, 'cta') === 'اختر هذه الباقة', 'the card spoke Arabic');
    expect(localeFiles(win)).to.deep.equal(['/dist/parts/locale-ar.js']);
  });

  for (const lang of ['en-GB', 'ja']) {
    it(`loads no language module on a page in ${lang}, and reads in English`, async () => {
      const win = await pageIn(lang);
      const gate = win.document.querySelector<Rendered>('paywall-gate')!;
      const card = win.document.querySelector<Rendered>('plan-card')!;
      await waitUntil(() => shadowText(gate, 'heading'), 'the gate locked', { timeout: 5000 });
      await card.updateComplete;
      expect(shadowText(gate, 'heading')).to.equal('You have read 5 of your 5 free articles this month.');
      expect(shadowText(card, 'cta')).to.equal('Choose this plan');
      expect(localeFiles(win)).to.deep.equal([]);
    });
  }
});
