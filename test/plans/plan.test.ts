import { expect } from '@open-wc/testing';
import { describePlan } from '../../src/plans/plan.js';

const base = 'https://news.example/story';
const seed = [
  { name: 'Quarterly', price: 900, currency: 'INR', period: 'P3M' },
  { name: 'Annual', price: '2700', currency: 'INR', period: 'P1Y' },
  { name: 'Two years', price: '3900', currency: 'inr', period: 'P2Y' },
];

describe('describePlan', () => {
  it("gives the page's three plans exactly their figures", () => {
    const views = seed.map((plan) => describePlan(plan, 'en-IN', base));
    expect(views.map(({ view }) => [view.price, view.period, view.perMonth])).to.deep.equal([
      ['₹900', '3 Months', '₹300/month'],
      ['₹2,700', '1 Year', '₹225/month'],
      ['₹3,900', '2 Years', '₹162/month'],
    ]);
    expect(views.flatMap(({ problems }) => problems)).to.deep.equal([]);
  });

  it('shows a small per-month price in minor units rather than as nothing', () => {
    const { view } = describePlan({ name: 'Tiny', price: 10, currency: 'INR', period: 'P2Y' }, 'en-IN', base);
    expect(view.perMonth).to.equal('₹0.41/month');
  });

  it('never throws on values of the wrong type set from JavaScript', () => {
    const { view, problems } = describePlan(
      { name: {} as never, price: [] as never, currency: 356 as never, period: {} as never, href: 5 as never },
      'en',
      base,
    );
    expect(view.name).to.equal(undefined);
    expect(view.price).to.equal(undefined);
    expect(problems.map((p) => p.attribute)).to.deep.equal(['name', 'currency', 'price', 'period']);
  });

  it('shows no per-month price for passes', () => {
    const { view, problems } = describePlan({ name: 'Day pass', price: 30, currency: 'INR', period: 'P1D' }, 'en-IN', base);
    expect(view).to.include({ price: '₹30', period: '1 Day' });
    expect(view.perMonth).to.equal(undefined);
    expect(problems).to.deep.equal([]);
  });

  it('fills a custom per-month template, and falls back when it has an unknown placeholder', () => {
    const plan = { name: 'Annual', price: 2700, currency: 'INR', period: 'P1Y' };
    expect(describePlan({ ...plan, perMonthLabel: 'only {price} a month' }, 'en-IN', base).view.perMonth).to.equal('only ₹225 a month');
    const { view, problems } = describePlan({ ...plan, perMonthLabel: '{cost} monthly' }, 'en-IN', base);
    expect(view.perMonth).to.equal('₹225/month');
    expect(problems.map((p) => p.attribute)).to.deep.equal(['per-month-label']);
  });

  for (const [price, why] of [
    [-5, 'is not a positive number'],
    [0, 'is not a positive number'],
    ['abc', 'is not a positive number'],
    ['Infinity', 'is not a positive number'],
    ['0x10', 'is not a positive number'],
    ['1e3', 'is not a positive number'],
    ['', 'is missing'],
    [undefined, 'is missing'],
  ] as const) {
    it(`hides a price of ${JSON.stringify(price)} and says it is ${why}`, () => {
      const { view, problems } = describePlan({ ...seed[1], price }, 'en-IN', base);
      expect(view.price).to.equal(undefined);
      expect(view.perMonth).to.equal(undefined);
      expect(view.period).to.equal('1 Year');
      expect(problems).to.have.length(1);
      expect(problems[0].attribute).to.equal('price');
      expect(problems[0].message).to.contain(why);
    });
  }

  it('shows a price without a currency when the code is unknown or missing', () => {
    for (const currency of ['XYZ', 'rupees', '', undefined]) {
      const { view, problems } = describePlan({ ...seed[1], currency }, 'en-IN', base);
      expect(view.price, String(currency)).to.equal('2,700');
      expect(view.perMonth).to.equal('225/month');
      expect(problems.map((p) => p.attribute)).to.deep.equal(['currency']);
    }
  });

  it('hides the duration and per-month price of an invalid, zero or missing period', () => {
    for (const period of ['P0M', 'monthly', '', undefined]) {
      const { view, problems } = describePlan({ ...seed[1], period }, 'en-IN', base);
      expect(view.period, String(period)).to.equal(undefined);
      expect(view.perMonth).to.equal(undefined);
      expect(view.price).to.equal('₹2,700');
      expect(problems.map((p) => p.attribute)).to.deep.equal(['period']);
    }
  });

  it('reports a missing name', () => {
    const { view, problems } = describePlan({ ...seed[1], name: '   ' }, 'en-IN', base);
    expect(view.name).to.equal(undefined);
    expect(problems.map((p) => p.attribute)).to.deep.equal(['name']);
  });

  it('refuses a hostile href and keeps a safe one', () => {
    expect(describePlan({ ...seed[1], href: '/checkout?plan=annual' }, 'en-IN', base).view.href).to.equal(
      'https://news.example/checkout?plan=annual',
    );
    const { view, problems } = describePlan({ ...seed[1], href: 'javascript:alert(1)' }, 'en-IN', base);
    expect(view.href).to.equal(undefined);
    expect(problems.map((p) => p.attribute)).to.deep.equal(['href']);
    expect(problems[0].message).to.contain('"javascript:alert(1)"');
  });
});
