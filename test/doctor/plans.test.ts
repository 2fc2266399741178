import { expect } from '@open-wc/testing';
import { amountIn, checkPlans } from '../../src/doctor/checks/plans.js';
import type { Finding, PlanSnapshot } from '../../src/doctor/types.js';
import { cleanPage, plan, seedPlans } from './snapshots.js';

const summary = (findings: Finding[]) => findings.map(({ severity, message }) => `${severity}: ${message}`);
const withPlans = (plans: PlanSnapshot[], url?: string) => cleanPage({ plans: [{ where: '<div.plans>', plans }], ...(url ? { url } : {}) });

describe('doctor: plans', () => {
  it('reports nothing for the seed page’s plans (₹162 for ₹3,900 over 24 months is rounded down, as shown there)', () => {
    expect(checkPlans(cleanPage())).to.deep.equal([]);
  });

  it('reads amounts as the locale writes them', () => {
    expect(amountIn('₹2,700/month', 'en-IN')).to.equal(2700);
    expect(amountIn('₹1,62,000', 'en-IN')).to.equal(162000);
    expect(amountIn('1.234,50 € im Monat', 'de-DE')).to.equal(1234.5);
    expect(amountIn('3,33 € par mois', 'fr-FR')).to.equal(3.33);
    expect(amountIn('٣٠٠ ج.م.', 'ar-EG')).to.equal(300);
    expect(amountIn('per month', 'en')).to.equal(undefined);
  });

  it('errs on a per-month figure that does not follow from price and period', () => {
    const plans = seedPlans();
    plans[0] = plan({ name: 'Quarterly', price: 900, period: 'P3M', perMonth: '₹250/month' });
    expect(summary(checkPlans(withPlans(plans)))).to.deep.equal([
      'error: The plan “Quarterly” in <div.plans> shows “₹250/month” a month, but 900 over 3 months is 300.00.',
    ]);
  });

  it('holds figures with cents to the cent', () => {
    const cents = (perMonth: string) =>
      withPlans([plan({ name: 'Quarterly', price: 9.99, currency: 'USD', period: 'P3M', perMonth, locale: 'en-US' })]);
    expect(checkPlans(cents('$3.33/month'))).to.deep.equal([]);
    expect(summary(checkPlans(cents('$3.99/month')))).to.have.length(1);
  });

  it('warns about two plans of one name, or of one period', () => {
    const plans = [
      ...seedPlans(),
      plan({ name: 'annual ', period: 'P1Y6M', perMonth: '₹150/month' }),
      plan({ name: 'Print', period: 'P3M', perMonth: '₹900/month', price: 2700 }),
    ];
    expect(summary(checkPlans(withPlans(plans)))).to.deep.equal([
      'warning: Two plans in <div.plans> are both called “Annual”.',
      'warning: Two plans in <div.plans> run for the same period, P3M.',
    ]);
  });

  it('warns when none of three plans is featured, but not for two', () => {
    const plain = seedPlans().map((p) => ({ ...p, featured: false }));
    expect(summary(checkPlans(withPlans(plain)))).to.deep.equal(['warning: None of the 3 plans in <div.plans> is featured.']);
    expect(checkPlans(withPlans(plain.slice(0, 2)))).to.deep.equal([]);
  });

  it('errs on a checkout over http on an https page, not on an http page', () => {
    const plans = seedPlans();
    plans[1] = plan({ featured: true, href: 'http://shop.example/annual' });
    expect(summary(checkPlans(withPlans(plans)))).to.deep.equal([
      'error: The plan “Annual” in <div.plans> checks out over plain http: http://shop.example/annual',
    ]);
    expect(checkPlans(withPlans(plans, 'http://localhost:8000/article.html'))).to.deep.equal([]);
  });
});
