import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { PaywallGate } from '../../src/components/paywall-gate/paywall-gate.js';
import { forgetLocales, registerLocale } from '../../src/locales/registry.js';
import ar from '../../src/locales/ar.js';
import { answerUrl, eachTestFreshAndWithoutRejections, freshKey } from '../support/api.js';
import { animationsFinished, part } from '../support/helpers.js';
import { ARTICLE, DENIED, settled } from '../support/gates.js';

const FREE_READ = JSON.stringify({ granted: true, grantReason: 'METERING', data: { articlesRead: 1, articleLimit: 3 } });
const OFFER = JSON.stringify({
  plans: [
    { name: 'شهري', price: 299, currency: 'INR', period: 'P1M', href: '/buy/monthly' },
    { name: 'سنوي', price: 2700, currency: 'INR', period: 'P1Y', href: '/buy/annual', featured: true, badge: 'الأوفر' },
  ],
  benefits: { heading: 'ما يشمله الاشتراك', items: [{ title: 'الأرشيف', description: 'كل ما نشرناه منذ 1997.' }] },
});

/** A gate on a page with `lang` and `dir`, asking an endpoint that answers `body`. */
async function gateIn(lang: string, dir: string, body: string): Promise<PaywallGate> {
  const wrapper = document.createElement('div');
  Object.assign(wrapper, { lang, dir });
  wrapper.style.width = '800px';
  wrapper.innerHTML = `<paywall-gate preview-length="1" preview-unit="paragraphs" login-url="/login" subscribe-url="/subscribe" entitlements-url="${answerUrl(freshKey(), { body })}"><script type="application/json">${OFFER}</script>${ARTICLE}</paywall-gate>`;
  document.body.append(wrapper);
  const el = wrapper.querySelector('paywall-gate')!;
  await settled(el);
  return el;
}

/** The benefits list the gate made, rendered. */
async function benefitsOf(el: PaywallGate): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const find = () => el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('benefits-list');
  await waitUntil(() => find()?.shadowRoot?.querySelector('[part~=title]'), 'the benefits rendered');
  await find()!.updateComplete;
  return find()!;
}

const left = (node: Element) => node.getBoundingClientRect().left;

describe('<paywall-gate> right to left (Arabic)', () => {
  eachTestFreshAndWithoutRejections();
  beforeEach(() => {
    forgetLocales();
    registerLocale(ar);
  });
  afterEach(() => document.querySelectorAll('body > div[lang]').forEach((wrapper) => wrapper.remove()));

  it('locked: passes axe, and the offer reads from the right', async () => {
    const el = await gateIn('ar', 'rtl', DENIED);
    const list = await benefitsOf(el);
    // Logical alignment: the plans and benefits start on the right.
    expect(getComputedStyle(part(el, 'plans')).textAlign).to.equal('start');
    expect(getComputedStyle(part(el, 'plans')).direction).to.equal('rtl');
    // The row of plans runs right to left: the first plan is on the right.
    const [first, second] = el.shadowRoot!.querySelectorAll('plan-card');
    expect(left(first)).to.be.greaterThan(left(second));
    // An item's check mark sits on its right, before the title.
    expect(left(part(list, 'icon'))).to.be.greaterThan(left(part(list, 'title')));
    await animationsFinished();
    await expect(el).to.be.accessible();
  });

  it('the same offer left to right mirrors it', async () => {
    const el = await gateIn('ar', 'ltr', DENIED);
    const list = await benefitsOf(el);
    const [first, second] = el.shadowRoot!.querySelectorAll('plan-card');
    expect(left(first)).to.be.lessThan(left(second));
    expect(left(part(list, 'icon'))).to.be.lessThan(left(part(list, 'title')));
  });

  it('unlocked with the meter notice: passes axe, the dismiss button on the left', async () => {
    const el = await gateIn('ar', 'rtl', FREE_READ);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~=notice-text]'), 'the notice showed');
    expect(left(part(el, 'notice-dismiss'))).to.be.lessThan(left(part(el, 'notice-text')));
    await animationsFinished();
    await expect(el).to.be.accessible();
  });
});
