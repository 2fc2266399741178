import { expect } from '@open-wc/testing';

// The npm entry points as built in dist/ (`npm test` builds first), each in a fresh frame.
async function frame(): Promise<Window & typeof globalThis> {
  const iframe = document.createElement('iframe');
  document.body.append(iframe);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = '<!doctype html><p>empty</p>';
  await loaded;
  return iframe.contentWindow as Window & typeof globalThis;
}

const load = (win: Window, path: string) =>
  (win as unknown as { eval(code: string): Promise<Record<string, unknown>> }).eval(`import(${JSON.stringify(path)})`);

describe('npm entry points', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('index exports the classes and registers nothing', async () => {
    const win = await frame();
    const index = await load(win, '/dist/index.js');
    expect(Object.keys(index).sort()).to.deep.equal([
      'BenefitsList',
      'PaywallGate',
      'PlanCard',
      'createAnswerStore',
      'createEntitlementClient',
      'createSafeStorage',
      'registerLocale',
    ]);
    expect(win.customElements.get('plan-card')).to.equal(undefined);
    expect(win.customElements.get('benefits-list')).to.equal(undefined);
    expect(win.customElements.get('paywall-gate')).to.equal(undefined);
  });

  it('each locale module is plain data, which registerLocale makes a plan card’s copy', async () => {
    const win = await frame();
    for (const lang of ['ar', 'de', 'es', 'fr', 'hi']) {
      const module = await load(win, `/dist/locales/${lang}.js`);
      expect(Object.keys(module)).to.deep.equal(['default']);
      expect((module.default as { lang: string }).lang).to.equal(lang);
    }
    const index = await load(win, '/dist/index.js');
    await load(win, '/dist/define.js');
    const de = await load(win, '/dist/locales/de.js');
    (index.registerLocale as (locale: unknown) => void)(de.default);
    win.document.body.innerHTML = '<plan-card lang="de" name="Jahr" price="120" currency="EUR" period="P1Y"></plan-card>';
    const card = win.document.querySelector('plan-card') as HTMLElement & { updateComplete: Promise<boolean> };
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part~=cta]')!.textContent!.trim()).to.equal('Dieses Angebot wählen');
  });

  it('define registers the tags with the exported classes, and is safe to load twice', async () => {
    const win = await frame();
    const index = await load(win, '/dist/index.js');
    await load(win, '/dist/define.js');
    await load(win, '/dist/define.js?again');
    expect(win.customElements.get('plan-card')).to.equal(index.PlanCard);
    expect(win.customElements.get('benefits-list')).to.equal(index.BenefitsList);
    expect(win.customElements.get('paywall-gate')).to.equal(index.PaywallGate);
  });
});
