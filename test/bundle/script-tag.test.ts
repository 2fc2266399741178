import { expect } from '@open-wc/testing';

// The built script-tag bundle (`npm test` builds first), loaded the ways a publisher pastes it,
// each in a fresh frame so that nothing from the test page's own imports is defined there.
const BUNDLE = '/dist/paywall-elements.min.js';

interface Frame {
  win: Window & typeof globalThis;
  errors: string[];
}

async function frameWith(head: string): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '900px';
  document.body.append(iframe);
  const errors: string[] = [];
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = `<!doctype html><html lang="en-IN"><head>
    <script>window.addEventListener('error', (e) => (window.__errors ||= []).push(String(e.message)));</script>
    ${head}</head><body>
    <plan-card name="Annual" price="2700" currency="INR" period="P1Y" href="/checkout"></plan-card>
    <benefits-list heading="Included"><ul><li><strong>Archive</strong> Back to 1997.</li></ul></benefits-list>
  </body></html>`;
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('plan-card');
  await win.customElements.whenDefined('benefits-list');
  const rendering = win.document.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('plan-card, benefits-list');
  await Promise.all([...rendering].map((el) => el.updateComplete));
  errors.push(...((win as unknown as { __errors?: string[] }).__errors ?? []));
  return { win, errors };
}

function rendered(win: Window) {
  const card = win.document.querySelector('plan-card')!;
  const list = win.document.querySelector('benefits-list')!;
  return {
    price: card.shadowRoot?.querySelector('[part=price]')?.textContent,
    title: list.shadowRoot?.querySelector('[part=title]')?.textContent,
  };
}

describe('script-tag bundle', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('registers every tag as a classic deferred script', async () => {
    const { win, errors } = await frameWith(`<script src="${BUNDLE}" defer></script>`);
    expect(errors).to.deep.equal([]);
    expect(rendered(win)).to.deep.equal({ price: '₹2,700', title: 'Archive' });
  });

  it('registers every tag as a module script', async () => {
    const { win, errors } = await frameWith(`<script type="module" src="${BUNDLE}"></script>`);
    expect(errors).to.deep.equal([]);
    expect(rendered(win)).to.deep.equal({ price: '₹2,700', title: 'Archive' });
  });

  it('loads twice, both ways, without an error', async () => {
    const { win, errors } = await frameWith(
      `<script src="${BUNDLE}" defer></script><script src="${BUNDLE}?again" defer></script><script type="module" src="${BUNDLE}?module"></script>`,
    );
    expect(errors).to.deep.equal([]);
    expect(rendered(win)).to.deep.equal({ price: '₹2,700', title: 'Archive' });
  });

  it('leaves a tag the page already defined alone', async () => {
    const { win, errors } = await frameWith(
      `<script>customElements.define('plan-card', class extends HTMLElement { connectedCallback() { this.textContent = 'own'; } });</script>
       <script src="${BUNDLE}" defer></script>`,
    );
    expect(errors).to.deep.equal([]);
    expect(win.document.querySelector('plan-card')!.textContent).to.equal('own');
    expect(rendered(win).title).to.equal('Archive');
  });
});

describe('script-tag bundle, as minified', () => {
  it('reads an answer whose Content-Length header came twice', async () => {
    // The minifier once turned the size check's !(declared > cap) into cap >= declared, which
    // is false for the NaN of "16, 16": the body went unread and subscribers were locked out.
    const iframe = document.createElement('iframe');
    document.body.append(iframe);
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    const url = `/api/answer?k=twice-${Math.random().toString(36).slice(2)}&body=${encodeURIComponent('{"granted":true}')}&length=twice`;
    iframe.srcdoc = `<!doctype html><html lang="en"><head><script src="${BUNDLE}" defer></script></head><body>
      <paywall-gate entitlements-url="${url}" preview-length="1" preview-unit="paragraphs"><p>Free.</p><p>LATER one.</p></paywall-gate>
    </body></html>`;
    await loaded;
    const win = iframe.contentWindow as Window & typeof globalThis;
    const gate = win.document.querySelector('paywall-gate')!;
    for (let i = 0; i < 100 && gate.getAttribute('state') !== 'unlocked'; i++) await new Promise((r) => setTimeout(r, 20));
    expect(gate.getAttribute('state')).to.equal('unlocked');
    expect(gate.textContent).to.include('LATER one.');
    iframe.remove();
  });
});

describe('script-tag bundle, before the article is parsed', () => {
  it('waits for the article when loaded by a classic script in <head>, then shows only the preview', async () => {
    const iframe = document.createElement('iframe');
    document.body.append(iframe);
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    iframe.srcdoc = `<!doctype html><html lang="en"><head><script src="${BUNDLE}"></script></head><body>
      <paywall-gate preview-length="1" preview-unit="paragraphs"><p>Free.</p><p>SECRET one.</p><p>SECRET two.</p></paywall-gate>
    </body></html>`;
    await loaded;
    const win = iframe.contentWindow as Window & typeof globalThis;
    await win.customElements.whenDefined('paywall-gate');
    const gate = win.document.querySelector('paywall-gate') as HTMLElement & { updateComplete: Promise<boolean> };
    await gate.updateComplete;
    expect(gate.getAttribute('state')).to.equal('pending');
    expect(gate.textContent!.trim()).to.equal('Free.');
    iframe.remove();
  });
});
