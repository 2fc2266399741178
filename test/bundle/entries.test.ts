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
    ]);
    expect(win.customElements.get('plan-card')).to.equal(undefined);
    expect(win.customElements.get('benefits-list')).to.equal(undefined);
    expect(win.customElements.get('paywall-gate')).to.equal(undefined);
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
